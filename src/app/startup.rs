//! What the app shows at start: the file named on the command line, or the bundled sample.

use std::path::Path;

use super::{Status, StatusKind};
use crate::format;
use crate::io::{self, Opened};
use crate::model::{AnnotationSet, Document};

/// The bundled sample article with its annotations, as written by claimmark itself.
const SAMPLE_RON: &str = include_str!("../../assets/sample-openai-microsoft.ron");

/// The bundled, already annotated sample. It is not tied to a file, so Save asks where.
pub fn sample() -> Opened {
    match format::from_ron(SAMPLE_RON) {
        Ok(loaded) => Opened {
            document: loaded.document,
            annotations: loaded.annotations,
            scale: loaded.scale,
            annotation_path: None,
            notices: Vec::new(),
            links: Vec::new(),
            original_pdf: None,
        },
        Err(error) => Opened {
            document: Document::new(
                format!("The bundled sample could not be read: {error}"),
                None,
                "utf-8",
            ),
            annotations: AnnotationSet::new(),
            scale: Default::default(),
            annotation_path: None,
            notices: Vec::new(),
            links: Vec::new(),
            original_pdf: None,
        },
    }
}

/// Opens `path`, or the sample when there is none. When the file cannot be opened, the sample
/// is shown with the error in the status bar.
pub fn startup_document(path: Option<&Path>) -> (Opened, Vec<Status>) {
    let Some(path) = path else {
        let status = Status {
            text: crate::tr!("status-sample", keys = super::Command::Open.keys()),
            kind: StatusKind::Info,
        };
        return (sample(), vec![status]);
    };
    match io::open(path) {
        Ok(opened) => {
            let status = Status {
                text: crate::tr!("status-opened-at-start", name = io::file_name(path)),
                kind: StatusKind::Info,
            };
            (opened, vec![status])
        }
        Err(error) => {
            let status = Status {
                text: crate::tr!(
                    "status-open-failed-sample",
                    why = crate::ui::errors::io(&error)
                ),
                kind: StatusKind::Error,
            };
            (sample(), vec![status])
        }
    }
}
