//! Other tools' formats: W3C Web Annotation and schema.org ClaimReview (JSON-LD), brat
//! standoff, doccano JSONL and Label Studio JSON. Pure: strings in, strings or types out.

pub mod brat;
pub mod claimreview;
pub mod doccano;
pub mod label_studio;
pub mod utf16;
pub mod w3c;

use crate::model::{Annotation, AnnotationId, AnnotationSet, Document, Span, Tag};

/// What an import did, for the summary printed at its end.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Annotations imported as they were.
    pub imported: usize,
    /// Annotations imported after a conversion (offsets re-found, types mapped, …), with why.
    pub converted: Vec<String>,
    /// Entries not imported, with why.
    pub skipped: Vec<String>,
}

impl ImportReport {
    /// The summary: counts, then every conversion and skip with its reason.
    pub fn describe(&self) -> String {
        let mut text = format!(
            "{} imported, {} converted, {} skipped",
            self.imported,
            self.converted.len(),
            self.skipped.len()
        );
        for line in &self.converted {
            text.push_str(&format!("\n  converted: {line}"));
        }
        for line in &self.skipped {
            text.push_str(&format!("\n  skipped: {line}"));
        }
        text
    }
}

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

/// Maps a foreign label (brat type, doccano label, …) to one of our tags, ignoring case.
pub fn tag_for_label(label: &str) -> Option<Tag> {
    let lower = label.trim().to_lowercase();
    match lower.as_str() {
        "claim" | "claims" | "statement" => Some(Tag::Claim),
        "quote" | "quotation" | "quotes" => Some(Tag::Quote),
        "citation" | "reference" | "source" | "cite" => Some(Tag::Citation),
        _ => None,
    }
}

/// Builds annotations on `document` from (span, tag, note) entries, recording what was done.
pub fn build(
    document: &Document,
    entries: Vec<(Span, Tag, String)>,
    now: &str,
    report: &mut ImportReport,
) -> AnnotationSet {
    let mut list: Vec<Annotation> = Vec::new();
    for (span, tag, note) in entries {
        let id = AnnotationId(list.len() as u64 + 1);
        match Annotation::new(id, tag, span, document, now) {
            Some(mut annotation) => {
                annotation.note = note;
                list.push(annotation);
            }
            None => report.skipped.push(format!(
                "{} at {}–{}: outside the article or empty",
                tag.key_name(),
                span.start,
                span.end
            )),
        }
    }
    AnnotationSet::from_annotations(list).unwrap_or_default()
}
