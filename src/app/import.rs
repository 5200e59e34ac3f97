//! File → Import from another tool: pick the other tool's file (and, for formats that point
//! into an article kept apart, the article), import it through [`crate::interop::import`]
//! like the command line, and show the first document as new, unsaved work.

use std::path::{Path, PathBuf};

use super::{ClaimmarkApp, PromptPurpose, StatusKind};
use crate::interop::{Format, ImportFiles, ImportRequest};
use crate::io;
use crate::tr;

/// True when the format's annotations point into an article kept in another file that the
/// user must name (brat finds its .txt beside the .ann).
fn needs_article(format: Format) -> bool {
    matches!(format, Format::W3c | Format::Hypothesis)
}

impl ClaimmarkApp {
    /// With the other tool's file chosen: asks for the article if needed, else imports.
    pub(super) fn continue_import(&mut self, ctx: &egui::Context, format: Format, export: PathBuf) {
        if needs_article(format) {
            let purpose = PromptPurpose::Import {
                format,
                export: Some(export),
            };
            self.choose_path(ctx, purpose, Path::new(""));
        } else {
            self.import_files(format, &[export]);
        }
    }

    /// Imports `inputs` and shows the first document.
    pub(super) fn import_files(&mut self, format: Format, inputs: &[PathBuf]) {
        match self.run_import(format, inputs) {
            Ok((message, attention)) => {
                let kind = if attention {
                    StatusKind::Warning
                } else {
                    StatusKind::Info
                };
                self.set_status(kind, message);
            }
            Err(message) => self.set_status(StatusKind::Error, message),
        }
    }

    fn run_import(&mut self, format: Format, inputs: &[PathBuf]) -> Result<(String, bool), String> {
        let files = ImportFiles::pick(format, inputs).map_err(|e| e.to_string())?;
        let export = io::read_text(&files.export).map_err(|e| e.to_string())?;
        let article = match &files.article {
            Some(path) => Some((
                io::file_name(path),
                io::read_bytes(path).map_err(|e| e.to_string())?,
            )),
            None => None,
        };
        let now = crate::io::clock::now_rfc3339();
        let request = ImportRequest {
            format,
            export: &export,
            article: article.as_ref().map(|(n, b)| (n.as_str(), b.as_slice())),
            mapping: &[],
            annotator: None,
            now: &now,
        };
        let result = crate::interop::import(&request).map_err(|e| {
            tr!(
                "status-import-failed",
                name = io::file_name(&files.export),
                why = e.to_string()
            )
        })?;
        let count = result.documents.len();
        let Some(first) = result.documents.into_iter().next() else {
            return Err(tr!("status-import-empty"));
        };
        let report = first.report;
        let mut session = crate::session::Session::new(first.document, first.annotations, None);
        session.mark_unsaved();
        self.replace_session(session);
        let mut message = tr!(
            "status-imported",
            name = io::file_name(&files.export),
            summary = report.describe().lines().next().unwrap_or_default()
        );
        // The whole list, readable by hovering the status bar.
        for line in report.describe().lines().skip(1) {
            message.push_str(" · ");
            message.push_str(line.trim());
        }
        if count > 1 {
            message.push_str(&tr!(
                "status-import-several",
                count = count,
                format = format.name(),
                file = Path::new(&files.export).display().to_string()
            ));
        }
        Ok((message, report.needs_attention() || count > 1))
    }
}
