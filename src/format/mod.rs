//! The annotation file format (RON): writing, reading and validating. Pure: `&str` <-> types.
//!
//! A file is self-contained: it embeds the article text (as a list of lines, so diffs stay
//! readable) and its metadata, and every annotation with its tag, char offsets, exact text and
//! some context. Output is deterministic: annotations in document order, fixed formatting.

mod emit;
mod error;
mod v1;
mod v2;
mod writer;

pub use writer::{SaveCache, to_ron_cached};

pub use error::{FormatError, LoadWarning};

use crate::model::{Annotation, AnnotationId, AnnotationSet, Document, RatingScale, Review, Span};
#[cfg(test)]
use v1::ArticleV1;
use v1::{AnnotationV1, FileV1, Header};
use v2::{AnnotationV2, FileV2};

/// The value of the `format` header field.
pub const FORMAT_NAME: &str = "claimmark";
/// The newest file version this build writes. It reads this one and every older one.
pub const CURRENT_VERSION: u32 = 6;
/// The version written when a file records rejected suggestions.
pub const REJECTIONS_VERSION: u32 = 6;
/// The version written when a file records a PDF's pages but no rejected suggestions.
pub const PDF_VERSION: u32 = 5;
/// The version written when a file records a transcript's timing but no PDF pages.
pub const TIMELINE_VERSION: u32 = 4;
/// The version written when a file records a web archive but no transcript timing.
pub const WEB_VERSION: u32 = 3;
/// The version written when a file holds nothing of version 3 (no web archive), so that older
/// claimmark builds still read it.
pub const PLAIN_VERSION: u32 = 2;

/// The version a file of this document and these annotations is written in: 6 when it records
/// rejected suggestions, 5 a PDF's pages, 4 a transcript's timing, 3 a web page or an archived
/// source, else 2 (the oldest that holds it, so older claimmark builds still read the file).
pub fn version_for(document: &Document, annotations: &AnnotationSet) -> u32 {
    let archived = |a: &Annotation| {
        a.review.target_archived.is_some() || a.review.evidence.iter().any(|e| e.archived.is_some())
    };
    if annotations.rejected_suggestions().len() > 0 {
        REJECTIONS_VERSION
    } else if document.pdf().is_some() {
        PDF_VERSION
    } else if document.timeline().is_some() {
        TIMELINE_VERSION
    } else if document.web().is_some() || annotations.in_order().any(archived) {
        WEB_VERSION
    } else {
        PLAIN_VERSION
    }
}
/// Deepest nesting the reader accepts, against hostile files.
const RECURSION_LIMIT: usize = 32;

/// A file's contents after loading.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The embedded article.
    pub document: Document,
    /// Its annotations; those that do not match the article carry a flag.
    pub annotations: AnnotationSet,
    /// The verdicts claims can get.
    pub scale: RatingScale,
    /// The version the file was written in (older ones are upgraded on load).
    pub version: u32,
    /// What the user should be told.
    pub warnings: Vec<LoadWarning>,
}

/// Writes the document and its annotations as pretty, deterministic RON.
pub fn to_ron(
    document: &Document,
    annotations: &AnnotationSet,
    scale: &RatingScale,
) -> Result<String, FormatError> {
    writer::to_ron_uncached(document, annotations, scale)
}

/// Serializes the whole file in one go (the reference the fast writer must match).
#[cfg(test)]
fn to_ron_whole(
    document: &Document,
    annotations: &AnnotationSet,
    scale: &RatingScale,
) -> Result<String, FormatError> {
    let file = FileV2 {
        format: FORMAT_NAME.to_owned(),
        version: version_for(document, annotations),
        article: article_to_file(document),
        rating_scale: scale.clone(),
        annotations: annotations.in_order().map(annotation_to_file).collect(),
        rejected_suggestions: annotations
            .rejected_suggestions()
            .map(str::to_owned)
            .collect(),
    };
    ron::ser::to_string_pretty(&file, writer::pretty())
        .map(|text| text + "\n")
        .map_err(|e| FormatError::Write(e.to_string()))
}

#[cfg(test)]
fn article_to_file(document: &Document) -> ArticleV1 {
    ArticleV1 {
        title: document.title().to_owned(),
        source: document.source().map(str::to_owned),
        encoding: document.encoding().to_owned(),
        sha256: document.sha256().to_owned(),
        chars: document.char_len(),
        web: document.web().cloned(),
        timeline: document.timeline().cloned(),
        pdf: document.pdf().cloned(),
        text: document.text().split('\n').map(str::to_owned).collect(),
    }
}

#[cfg(test)]
fn annotation_to_file(a: &Annotation) -> AnnotationV2 {
    let r = &a.review;
    AnnotationV2 {
        id: a.id.0,
        tag: a.tag,
        start: a.span.start,
        end: a.span.end,
        text: a.text.clone(),
        prefix: a.prefix.clone(),
        suffix: a.suffix.clone(),
        note: a.note.clone(),
        created: a.created.clone(),
        modified: a.modified.clone(),
        created_by: r.created_by.clone(),
        modified_by: r.modified_by.clone(),
        status: r.status,
        verdict: r.verdict.clone(),
        normalized: r.normalized.clone(),
        claimant: r.claimant.clone(),
        rationale: r.rationale.clone(),
        evidence: r.evidence.clone(),
        speaker: r.speaker.clone(),
        quote_verified: r.quote_verified,
        target: r.target.clone(),
        citation_checked: r.citation_checked,
        target_archived: r.target_archived.clone(),
        links: r.links.clone(),
        check: a.check.clone().unwrap_or_default(),
        conflicts: a.conflicts.clone(),
    }
}

fn annotation_from_file(a: AnnotationV2) -> Annotation {
    Annotation {
        id: AnnotationId(a.id),
        tag: a.tag,
        span: Span {
            start: a.start,
            end: a.end,
        },
        text: a.text,
        prefix: a.prefix,
        suffix: a.suffix,
        note: a.note,
        created: a.created,
        modified: a.modified,
        review: Review {
            status: a.status,
            verdict: a.verdict,
            normalized: a.normalized,
            claimant: a.claimant,
            rationale: a.rationale,
            evidence: a.evidence,
            speaker: a.speaker,
            quote_verified: a.quote_verified,
            target: a.target,
            citation_checked: a.citation_checked,
            target_archived: a.target_archived,
            links: a.links,
            created_by: a.created_by,
            modified_by: a.modified_by,
        },
        check: Some(a.check).filter(|c| !c.is_empty()),
        flag: None,
        conflicts: a.conflicts,
    }
}

/// Version 1 had no review fields; they start empty.
fn upgrade_v1(file: FileV1) -> FileV2 {
    FileV2 {
        format: file.format,
        version: PLAIN_VERSION,
        article: file.article,
        rating_scale: RatingScale::default(),
        rejected_suggestions: Vec::new(),
        annotations: file
            .annotations
            .into_iter()
            .map(|a: AnnotationV1| AnnotationV2 {
                id: a.id,
                tag: a.tag,
                start: a.start,
                end: a.end,
                text: a.text,
                prefix: a.prefix,
                suffix: a.suffix,
                note: a.note,
                created: a.created,
                modified: a.modified,
                created_by: String::new(),
                modified_by: String::new(),
                status: Default::default(),
                verdict: None,
                normalized: String::new(),
                claimant: String::new(),
                rationale: String::new(),
                evidence: Vec::new(),
                speaker: String::new(),
                quote_verified: false,
                target: String::new(),
                citation_checked: false,
                target_archived: None,
                links: Vec::new(),
                check: String::new(),
                conflicts: Vec::new(),
            })
            .collect(),
    }
}

/// Reads and validates an annotation file.
///
/// Errors (nothing loaded): bad syntax or types, a missing header, an unknown version,
/// duplicate ids. Annotations whose offsets or text do not match the article are loaded with
/// a flag, never dropped or moved; a changed article text is reported as a warning.
pub fn from_ron(source: &str) -> Result<Loaded, FormatError> {
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    let syntax_error = |error: ron::error::SpannedError| syntax_error(source, error);
    // One pass in the common case: version 2 reads version 1 files too (their missing fields
    // take defaults). The header is read on its own only to explain a failure.
    let parsed: Result<FileV2, _> = options.from_str(source);
    let header: Header = match &parsed {
        Ok(file) => Header {
            format: file.format.clone(),
            version: u64::from(file.version),
        },
        Err(_) => options.from_str(source).map_err(syntax_error)?,
    };
    if header.format != FORMAT_NAME {
        return Err(FormatError::NotAnAnnotationFile);
    }
    let file: FileV2 = match header.version {
        1 => match parsed {
            Ok(file) => file,
            Err(_) => upgrade_v1(options.from_str::<FileV1>(source).map_err(syntax_error)?),
        },
        2..=6 => parsed.map_err(syntax_error)?,
        found => {
            return Err(FormatError::UnsupportedVersion {
                found,
                supported: CURRENT_VERSION,
            });
        }
    };
    let version = header.version as u32;
    let text = file.article.text.join("\n");
    let document = Document::with_title(
        text,
        file.article.title,
        file.article.source,
        &file.article.encoding,
    )
    .with_web(file.article.web);
    let mut warnings = Vec::new();
    // Times that do not fit the text are left out, said once; the text and annotations stay.
    let document = match file.article.timeline {
        Some(timeline) => match timeline.problem(document.char_len()) {
            None => document.with_timeline(Some(timeline)),
            Some(problem) => {
                warnings.push(LoadWarning::TimelineDropped(problem));
                document
            }
        },
        None => document,
    };
    // Pages that do not fit the text are left out the same way.
    let document = match file.article.pdf {
        Some(pdf) => match pdf.problem(document.char_len()) {
            None => document.with_pdf(Some(pdf)),
            Some(problem) => {
                warnings.push(LoadWarning::PagesDropped(problem));
                document
            }
        },
        None => document,
    };
    if document.sha256() != file.article.sha256.to_ascii_lowercase() {
        warnings.push(LoadWarning::TextChanged);
    }
    let mut annotations = Vec::with_capacity(file.annotations.len());
    let mut seen = std::collections::HashSet::new();
    for stored in file.annotations {
        if !seen.insert(stored.id) {
            return Err(FormatError::DuplicateId {
                id: stored.id,
                line: line_of_second_id(source, stored.id),
            });
        }
        let mut annotation = annotation_from_file(stored);
        annotation.flag = annotation.check_against(&document);
        annotations.push(annotation);
    }
    // Offsets and text disagree: find each such annotation again by its text and context.
    let mut found_again = 0;
    let mut moved = 0;
    if annotations.iter().any(|a| a.flag.is_some()) {
        let target = crate::reattach::Target::new(&document);
        for annotation in annotations.iter_mut().filter(|a| a.flag.is_some()) {
            match crate::reattach::place(annotation, &target) {
                crate::reattach::Placement::Exact(span) => {
                    crate::reattach::anchor(annotation, span, &document);
                    found_again += 1;
                }
                crate::reattach::Placement::Moved { span, reason } => {
                    crate::reattach::anchor(annotation, span, &document);
                    annotation.check = Some(reason);
                    moved += 1;
                }
                crate::reattach::Placement::Orphaned => {}
            }
        }
    }
    if found_again + moved > 0 {
        warnings.push(LoadWarning::Reattached { found_again, moved });
    }
    let annotations = AnnotationSet::from_annotations(annotations)
        .map_err(|_| {
            FormatError::Write("duplicate id after checking ids (internal error)".to_owned())
        })?
        .with_rejected(file.rejected_suggestions.iter().map(String::as_str));
    let flagged = annotations.flagged_count();
    if flagged > 0 {
        warnings.push(LoadWarning::Flagged { count: flagged });
    }
    let in_conflict = annotations.in_order().filter(|a| !a.conflicts.is_empty());
    let (count, in_annotations) =
        in_conflict.fold((0, 0), |(n, k), a| (n + a.conflicts.len(), k + 1));
    if count > 0 {
        warnings.push(LoadWarning::Conflicts {
            count,
            annotations: in_annotations,
        });
    }
    Ok(Loaded {
        document,
        annotations,
        scale: file.rating_scale,
        version,
        warnings,
    })
}

fn syntax_error(source: &str, error: ron::error::SpannedError) -> FormatError {
    let line = error.span.start.line;
    let text = source
        .lines()
        .nth(line.saturating_sub(1))
        .map(str::trim)
        .unwrap_or_default();
    let near = if text.is_empty() {
        String::new()
    } else if text.chars().count() > 60 {
        format!(" (`{}…`)", text.chars().take(59).collect::<String>())
    } else {
        format!(" (`{text}`)")
    };
    FormatError::Syntax {
        line,
        column: error.span.start.col,
        message: error.code.to_string(),
        near,
    }
}

/// 1-based line of the second `id: N,` field, for error messages.
fn line_of_second_id(source: &str, id: u64) -> usize {
    let needle = format!("id: {id},");
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| line.trim() == needle)
        .nth(1)
        .map_or(0, |(n, _)| n + 1)
}

#[cfg(test)]
mod test;
