//! The one way in for other tools' files: which named file is which ([`ImportFiles`]), what an
//! import reads ([`ImportRequest`]) and gives back ([`Imported`], one per document and
//! annotator), and the report of every span imported, converted or skipped, and why.

use std::path::{Path, PathBuf};

use super::labels::LabelMap;
use super::source_text::SourceText;
use super::{Format, InteropError, brat, doccano, hypothesis, label_studio, w3c};
use crate::article::{ArticleKind, decode_raw, read_article};
use crate::model::{Annotation, AnnotationId, AnnotationSet, Span, Tag};

/// The files an import reads, picked from what the user named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportFiles {
    /// The other tool's file (`.ann`, `.json`, `.jsonl`).
    pub export: PathBuf,
    /// The article it points into, for formats that keep it apart (brat, W3C, Hypothesis).
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
            Format::W3c | Format::Hypothesis => {
                let json = inputs
                    .iter()
                    .find(|p| has_extension(p, &["json", "jsonld"]))
                    .ok_or_else(|| usage("give the annotations (.json or .jsonld)"))?;
                let article = inputs.iter().find(|p| *p != json).ok_or_else(|| {
                    usage(
                        "give the article too: its text (.txt) or the saved web page (.html) \
                         the annotations point into",
                    )
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
    /// The article (file name and bytes) for formats that keep it apart (brat, W3C,
    /// Hypothesis).
    pub article: Option<(&'a str, &'a [u8])>,
    /// Labels mapped to tags by the user (`--map Person=quote`), matched ignoring case.
    pub mapping: &'a [(String, Tag)],
    /// Only this annotator's work (Label Studio: e-mail, id or name).
    pub annotator: Option<&'a str>,
    /// The time recorded as each annotation's creation when the file has none.
    pub now: &'a str,
}

/// One imported document with its annotations and what the import did.
#[derive(Clone, Debug)]
pub struct Imported {
    /// A name for its file: the document's id or title, and its annotator when a file holds
    /// several people's work.
    pub name: String,
    /// The article.
    pub document: crate::model::Document,
    /// Its annotations.
    pub annotations: AnnotationSet,
    /// What was imported, converted and skipped, and why.
    pub report: ImportReport,
}

impl Imported {
    /// A document from its entries (see [`build`]), with the report of how they were read.
    pub fn from_entries(
        name: String,
        document: crate::model::Document,
        entries: Vec<Entry>,
        now: &str,
        mut report: ImportReport,
    ) -> Self {
        let annotations = build(&document, entries, now, &mut report);
        Self {
            name,
            document,
            annotations,
            report,
        }
    }
}

/// What an import did, for the summary printed at its end.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Annotations imported as they were.
    pub imported: usize,
    /// Annotations imported after a conversion (offsets counted in another unit, re-found by
    /// their text, …), with why.
    pub converted: Vec<String>,
    /// Entries not imported, with why.
    pub skipped: Vec<String>,
    /// Facts about the whole file (the offset unit it uses, …).
    pub notes: Vec<String>,
}

impl ImportReport {
    /// The summary: counts, then every conversion and skip with its reason.
    pub fn describe(&self) -> String {
        let mut text = format!(
            "{} imported, {} converted, {} skipped",
            self.imported + self.converted.len(),
            self.converted.len(),
            self.skipped.len()
        );
        for line in &self.notes {
            text.push_str(&format!("\n  note: {line}"));
        }
        for line in &self.converted {
            text.push_str(&format!("\n  converted: {line}"));
        }
        for line in &self.skipped {
            text.push_str(&format!("\n  skipped: {line}"));
        }
        text
    }

    /// Counts where [`anchor`](super::anchor::anchor) placed the span of entry `label` (as it
    /// was, converted, or skipped with why) and gives the span to import, if any.
    pub fn place(
        &mut self,
        label: &str,
        anchored: Result<super::anchor::Anchored, String>,
    ) -> Option<Span> {
        match anchored {
            Ok(super::anchor::Anchored::AtPosition(span)) => {
                self.imported += 1;
                Some(span)
            }
            Ok(super::anchor::Anchored::Found(span, how)) => {
                self.converted.push(format!("{label}: {how}"));
                Some(span)
            }
            Err(why) => {
                self.skipped.push(format!("{label}: {why}"));
                None
            }
        }
    }

    /// True when something was converted or skipped (the command exits with 1).
    pub fn needs_attention(&self) -> bool {
        !self.converted.is_empty() || !self.skipped.is_empty()
    }
}

/// One span to import, already on the normalized document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Where, in document chars.
    pub span: Span,
    /// Its tag.
    pub tag: Tag,
    /// The note.
    pub note: String,
    /// What the user should check ("suggested — check: …").
    pub check: Option<String>,
    /// Who made it, if the file says.
    pub created_by: String,
    /// When it was made, if the file says (RFC 3339).
    pub created: Option<String>,
}

impl Entry {
    /// A span with a tag and nothing else.
    pub fn new(span: Span, tag: Tag) -> Self {
        Self {
            span,
            tag,
            note: String::new(),
            check: None,
            created_by: String::new(),
            created: None,
        }
    }
}

/// Builds the annotations of a document from its entries, in the order given (entry n gets
/// id n + 1); entries that are empty or outside the document are reported as skipped.
pub fn build(
    document: &crate::model::Document,
    entries: Vec<Entry>,
    now: &str,
    report: &mut ImportReport,
) -> AnnotationSet {
    let mut list: Vec<Annotation> = Vec::new();
    for (n, entry) in entries.into_iter().enumerate() {
        let id = AnnotationId(n as u64 + 1);
        let created = entry.created.as_deref().unwrap_or(now);
        match Annotation::new(id, entry.tag, entry.span, document, created) {
            Some(mut annotation) => {
                annotation.note = entry.note;
                annotation.check = entry.check;
                annotation.review.created_by = entry.created_by.clone();
                annotation.review.modified_by = entry.created_by;
                list.push(annotation);
            }
            None => report.skipped.push(format!(
                "{} at {}–{}: outside the article or empty",
                entry.tag.key_name(),
                entry.span.start,
                entry.span.end
            )),
        }
    }
    AnnotationSet::from_annotations(list).unwrap_or_default()
}

/// The article another tool annotated, as it held it: a text file exactly as it was (its
/// BOM and `\r\n` kept, since offsets count them), or a saved page's readable text.
pub fn article_source(name: &str, bytes: &[u8]) -> Result<SourceText, InteropError> {
    let failed =
        |e: crate::article::DecodeError| InteropError::Shape(format!("the article “{name}”: {e}"));
    if ArticleKind::from_file_name(name) == ArticleKind::Text {
        let raw = decode_raw(bytes).map_err(failed)?;
        return Ok(SourceText::new(
            &raw.text,
            Some(name.to_owned()),
            raw.encoding.name(),
        ));
    }
    let article = read_article(bytes, name).map_err(failed)?;
    let text = article.document.text().to_owned();
    Ok(SourceText::with_document(&text, article.document))
}

/// Everything one import produced.
#[derive(Clone, Debug)]
pub struct ImportResult {
    /// One per document (and per annotator when a file holds several people's work).
    pub documents: Vec<Imported>,
    /// Documents of the file that could not be imported at all, with why.
    pub skipped: Vec<String>,
    /// Which labels of the whole file became which tags, and which did not.
    pub labels: Vec<String>,
}

/// Imports another tool's annotations.
pub fn import(request: &ImportRequest<'_>) -> Result<ImportResult, InteropError> {
    let mut labels = LabelMap::new(request.mapping);
    let article = || -> Result<SourceText, InteropError> {
        let (name, bytes) = request
            .article
            .ok_or_else(|| InteropError::Usage("give the article too".to_owned()))?;
        article_source(name, bytes)
    };
    let one = |imported: Imported| (vec![imported], Vec::<String>::new());
    let (documents, skipped) = match request.format {
        Format::Brat => one(brat::import(
            article()?,
            request.export,
            &mut labels,
            request.now,
        )?),
        Format::W3c => one(w3c::import(
            article()?,
            request.export,
            &mut labels,
            request.now,
        )?),
        Format::Hypothesis => one(hypothesis::import(
            article()?,
            request.export,
            &mut labels,
            request.now,
        )?),
        Format::Doccano => doccano::import(request.export, &mut labels, request.now)?,
        Format::LabelStudio => {
            label_studio::import(request.export, &mut labels, request.annotator, request.now)?
        }
        other => {
            return Err(InteropError::Usage(format!(
                "claimmark writes {} but does not read it",
                other.name()
            )));
        }
    };
    if documents.is_empty() {
        return Err(InteropError::Shape(format!(
            "no document could be imported: {}",
            skipped.join("; ")
        )));
    }
    Ok(ImportResult {
        documents,
        skipped,
        labels: labels.describe(),
    })
}
