//! The command-line tools (everything except starting the GUI): reading the input, writing the
//! output, and turning errors into messages and exit codes.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::export::{ExportFormat, Report};
use crate::io;

/// Why a command failed; the binary prints it and exits with [`CliError::exit_code`].
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The input could not be read or is not a valid annotation file.
    #[error("{0}")]
    Input(#[from] io::IoError),
    /// The input is an article, not an annotation file.
    #[error("“{}” is an article, not a claimmark annotation file (.ron); open it in the app and save the annotations first", .0.display())]
    NotAnnotationFile(PathBuf),
    /// The export could not be produced.
    #[error("{0}")]
    Export(#[from] crate::export::ExportError),
    /// The output could not be written.
    #[error("could not write “{}”: {source}", path.display())]
    Output {
        /// Where.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

impl CliError {
    /// 2 for unreadable or bad input and failed writes (the tools' "bad usage or input").
    pub fn exit_code(&self) -> u8 {
        2
    }
}

/// `claimmark export`: writes a report of `input` in `format` to `output` (or stdout).
pub fn export(format: ExportFormat, input: &Path, output: Option<&Path>) -> Result<(), CliError> {
    if !io::is_annotation_file(input) {
        return Err(CliError::NotAnnotationFile(input.to_owned()));
    }
    let opened = io::open(input)?;
    for notice in &opened.notices {
        eprintln!("claimmark: note: {notice}");
    }
    let report = Report::new(&opened.document, &opened.annotations, &opened.scale);
    let text = format.write(&report)?;
    write_output(output, &text)
}

/// Writes `text` to `output`, or to standard output without one.
pub fn write_output(output: Option<&Path>, text: &str) -> Result<(), CliError> {
    match output {
        Some(path) => io::write_text(path, text).map_err(|source| CliError::Output {
            path: path.to_owned(),
            source,
        }),
        None => std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(|source| CliError::Output {
                path: PathBuf::from("standard output"),
                source,
            }),
    }
}
