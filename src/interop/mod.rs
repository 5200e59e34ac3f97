//! Exchange formats: the one list of them ([`Format`]), the single [`export`] and [`import`]
//! entry points, and each other tool's format (W3C Web Annotation and schema.org ClaimReview
//! JSON-LD, brat standoff, doccano JSONL, Label Studio JSON). Pure: strings in, strings or
//! types out; the IO layer reads and writes the files.

pub mod brat;
pub mod claimreview;
pub mod doccano;
mod format;
pub mod label_studio;
pub mod utf16;
pub mod w3c;

pub use format::{ExportFailure, Format, Output, OutputFile, export};

use std::path::{Path, PathBuf};

use crate::article::read_article;
use crate::model::{Annotation, AnnotationId, AnnotationSet, Document, Span, Tag};

/// The files an import reads, picked from what the user named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportFiles {
    /// The other tool's file (`.ann`, `.json`, `.jsonl`).
    pub export: PathBuf,
    /// The article it points into, for formats that keep it apart (brat, W3C).
    pub article: Option<PathBuf>,
}

fn has_extension(path: &Path, wanted: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| wanted.iter().any(|w| e.eq_ignore_ascii_case(w)))
}

impl ImportFiles {
    /// Which of `inputs` is the export and which the article, for `format`.
    pub fn pick(format: Format, inputs: &[PathBuf]) -> Result<Self, InteropError> {
        let usage = |text: &str| InteropError::Usage(text.to_owned());
        match format {
            Format::Brat => {
                let ann = inputs
                    .iter()
                    .find(|p| has_extension(p, &["ann"]))
                    .ok_or_else(|| usage("give the brat .ann file"))?;
                let txt = inputs
                    .iter()
                    .find(|p| has_extension(p, &["txt"]))
                    .cloned()
                    .unwrap_or_else(|| ann.with_extension("txt"));
                Ok(Self {
                    export: ann.clone(),
                    article: Some(txt),
                })
            }
            Format::W3c => {
                let json = inputs
                    .iter()
                    .find(|p| has_extension(p, &["json", "jsonld"]))
                    .ok_or_else(|| usage("give the W3C annotations (.json or .jsonld)"))?;
                let article = inputs.iter().find(|p| *p != json).ok_or_else(|| {
                    usage("give the article text too (the file the annotations point into)")
                })?;
                Ok(Self {
                    export: json.clone(),
                    article: Some(article.clone()),
                })
            }
            Format::Doccano | Format::LabelStudio => Ok(Self {
                export: inputs
                    .first()
                    .cloned()
                    .ok_or_else(|| usage("give the file to import"))?,
                article: None,
            }),
            other => Err(InteropError::Usage(format!(
                "claimmark writes {} but does not read it",
                other.name()
            ))),
        }
    }
}

/// What an import reads, already loaded.
pub struct ImportRequest<'a> {
    /// The other tool's format.
    pub format: Format,
    /// The other tool's file, as text.
    pub export: &'a str,
    /// The article (file name and bytes) for formats that keep it apart (brat, W3C).
    pub article: Option<(&'a str, &'a [u8])>,
    /// Labels mapped to tags by the user (`--map Person=quote`), matched ignoring case.
    pub mapping: &'a [(String, Tag)],
    /// The time recorded as each annotation's creation.
    pub now: &'a str,
}

/// An imported document with its annotations and what the import did.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The article.
    pub document: Document,
    /// Its annotations.
    pub annotations: AnnotationSet,
    /// What was imported, converted and skipped, and why.
    pub report: ImportReport,
}

/// Imports another tool's annotations.
pub fn import(request: &ImportRequest<'_>) -> Result<Imported, InteropError> {
    let article = || -> Result<Document, InteropError> {
        let (name, bytes) = request
            .article
            .ok_or_else(|| InteropError::Usage("give the article too".to_owned()))?;
        read_article(bytes, name)
            .map(|a| a.document)
            .map_err(|e| InteropError::Shape(format!("the article “{name}”: {e}")))
    };
    let (document, annotations, report) = match request.format {
        Format::Brat => {
            let document = article()?;
            let (set, report) =
                brat::import(&document, request.export, request.mapping, request.now)?;
            (document, set, report)
        }
        Format::W3c => {
            let document = article()?;
            let (set, report) = w3c::import(&document, request.export, request.now)?;
            (document, set, report)
        }
        Format::Doccano => doccano::import(request.export, request.now)?,
        Format::LabelStudio => label_studio::import(request.export, request.now)?,
        other => {
            return Err(InteropError::Usage(format!(
                "claimmark writes {} but does not read it",
                other.name()
            )));
        }
    };
    Ok(Imported {
        document,
        annotations,
        report,
    })
}

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
