//! The annotation file format (RON): writing, reading and validating. Pure: `&str` <-> types.
//!
//! A file is self-contained: it embeds the article text (as a list of lines, so diffs stay
//! readable) and its metadata, and every annotation with its tag, char offsets, exact text and
//! some context. Output is deterministic: annotations in document order, fixed formatting.

mod error;
mod v1;

pub use error::{FormatError, LoadWarning};

use crate::model::{Annotation, AnnotationId, AnnotationSet, Document, Span};
use v1::{AnnotationV1, ArticleV1, FileV1, Header};

/// The value of the `format` header field.
pub const FORMAT_NAME: &str = "claimmark";
/// The newest file version this build writes and reads.
pub const CURRENT_VERSION: u32 = 1;
/// Deepest nesting the reader accepts, against hostile files.
const RECURSION_LIMIT: usize = 32;

/// A file's contents after loading.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The embedded article.
    pub document: Document,
    /// Its annotations; those that do not match the article carry a flag.
    pub annotations: AnnotationSet,
    /// What the user should be told.
    pub warnings: Vec<LoadWarning>,
}

/// Writes the document and its annotations as pretty, deterministic RON.
pub fn to_ron(document: &Document, annotations: &AnnotationSet) -> Result<String, FormatError> {
    let file = FileV1 {
        format: FORMAT_NAME.to_owned(),
        version: CURRENT_VERSION,
        article: ArticleV1 {
            title: document.title().to_owned(),
            source: document.source().map(str::to_owned),
            encoding: document.encoding().to_owned(),
            sha256: document.sha256().to_owned(),
            chars: document.char_len(),
            text: document.text().split('\n').map(str::to_owned).collect(),
        },
        annotations: annotations.in_order().map(annotation_to_v1).collect(),
    };
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .new_line("\n")
        .indentor("    ")
        .enumerate_arrays(false);
    let mut text =
        ron::ser::to_string_pretty(&file, config).map_err(|e| FormatError::Write(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

fn annotation_to_v1(a: &Annotation) -> AnnotationV1 {
    AnnotationV1 {
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
    let header: Header = options.from_str(source).map_err(syntax_error)?;
    if header.format != FORMAT_NAME {
        return Err(FormatError::NotAnAnnotationFile);
    }
    if header.version != u64::from(CURRENT_VERSION) {
        return Err(FormatError::UnsupportedVersion {
            found: header.version,
            supported: CURRENT_VERSION,
        });
    }
    let file: FileV1 = options.from_str(source).map_err(syntax_error)?;
    let text = file.article.text.join("\n");
    let document = Document::with_title(
        text,
        file.article.title,
        file.article.source,
        &file.article.encoding,
    );
    let mut warnings = Vec::new();
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
        let mut annotation = Annotation {
            id: AnnotationId(stored.id),
            tag: stored.tag,
            span: Span {
                start: stored.start,
                end: stored.end,
            },
            text: stored.text,
            prefix: stored.prefix,
            suffix: stored.suffix,
            note: stored.note,
            created: stored.created,
            modified: stored.modified,
            flag: None,
        };
        annotation.flag = annotation.check_against(&document);
        annotations.push(annotation);
    }
    let annotations = AnnotationSet::from_annotations(annotations).map_err(|_| {
        FormatError::Write("duplicate id after checking ids (internal error)".to_owned())
    })?;
    let flagged = annotations.flagged_count();
    if flagged > 0 {
        warnings.push(LoadWarning::Flagged { count: flagged });
    }
    Ok(Loaded {
        document,
        annotations,
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
