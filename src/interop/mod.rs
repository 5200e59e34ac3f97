//! Exchange formats: the one list of them ([`Format`]), the single [`export`] and [`import`]
//! entry points, and each other tool's format (W3C Web Annotation and schema.org ClaimReview
//! JSON-LD, brat standoff, doccano JSONL, Label Studio JSON, Hypothesis). Pure: strings in, strings or
//! types out; the IO layer reads and writes the files.

pub mod anchor;
pub mod brat;
pub mod claimreview;
pub mod doccano;
mod format;
pub mod hypothesis;
mod import;
pub mod label_studio;
pub mod labels;
pub mod source_text;
pub mod w3c;

pub use claimreview::OutsideCheck;
pub use format::{ExportFailure, Format, Output, OutputFile, export, export_with};
pub use import::{
    Entry, ImportFiles, ImportReport, ImportRequest, ImportResult, Imported, article_source, build,
    import,
};
pub use labels::{LabelMap, tag_for_label};
pub use source_text::{OffsetUnit, SourceText};

/// Why an import or export could not be done at all.
#[derive(Debug, thiserror::Error)]
pub enum InteropError {
    /// The input is not valid JSON.
    #[error("line {line}, column {column}: not valid JSON ({message})")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser said.
        message: String,
    },
    /// The input has the wrong shape.
    #[error("{0}")]
    Shape(String),
    /// The wrong files were named.
    #[error("{0}")]
    Usage(String),
}

impl From<serde_json::Error> for InteropError {
    fn from(e: serde_json::Error) -> Self {
        InteropError::Json {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        }
    }
}
