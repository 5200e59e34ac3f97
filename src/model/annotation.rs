//! One annotation: a tagged span with its exact text, context, note and timestamps.

use serde::{Deserialize, Serialize};

use super::{Document, Review, Span, Tag};

/// Characters of context kept before and after each annotation, so a later version can find
/// it again if the article text changes.
pub const CONTEXT_CHARS: usize = 32;

/// A stable identifier for an annotation, unique within one annotation set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AnnotationId(pub u64);

impl std::fmt::Display for AnnotationId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// Why a loaded annotation does not sit where its file says it should.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Flag {
    /// The end offset is before the start offset.
    EndBeforeStart,
    /// The offsets lie past the end of the article.
    OutOfRange,
    /// The article text at the offsets is not the annotation's stored text.
    TextMismatch {
        /// What the article actually says at the stored offsets.
        found: String,
    },
    /// The article text changed and the annotation could not be found again with confidence:
    /// kept, listed, never placed on a guess; re-attach it by selecting the right text.
    Orphaned,
}

impl Flag {
    /// A sentence a user understands.
    pub fn describe(&self) -> String {
        match self {
            Flag::EndBeforeStart => "its end comes before its start".to_owned(),
            Flag::OutOfRange => "its position is past the end of the article".to_owned(),
            Flag::TextMismatch { found } => {
                let found: String = found.chars().take(60).collect();
                format!("the article says “{found}” there, not the stored text")
            }
            Flag::Orphaned => "the article text changed and this text could not be found again \
                 with confidence; select the right text and re-attach it"
                .to_owned(),
        }
    }
}

/// A tagged span of the article.
///
/// Invariant for annotations made in the app: `span` lies within the document and `text` is
/// exactly the document's text at `span`. Annotations loaded from a file that break this are
/// kept unchanged, with `flag` set, and are never moved or dropped silently.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Annotation {
    /// Stable identifier.
    pub id: AnnotationId,
    /// What the span is.
    pub tag: Tag,
    /// Where it is, in chars.
    pub span: Span,
    /// The exact text at `span` when the annotation was made.
    pub text: String,
    /// Up to [`CONTEXT_CHARS`] chars before the span.
    pub prefix: String,
    /// Up to [`CONTEXT_CHARS`] chars after the span.
    pub suffix: String,
    /// Free-text note by the fact-checker.
    pub note: String,
    /// When it was made (RFC 3339, UTC).
    pub created: String,
    /// When it last changed (RFC 3339, UTC).
    pub modified: String,
    /// Review fields: status, verdict, evidence, links, who changed it, ….
    pub review: Review,
    /// Set when the annotation was moved onto changed text by a confident but inexact match:
    /// what to check ("moved — check: …").
    pub check: Option<String>,
    /// Set when a loaded annotation does not match the article.
    pub flag: Option<Flag>,
    /// What a merge left undecided (both sides kept: ours here, theirs in the conflict).
    pub conflicts: Vec<super::Conflict>,
}

impl Annotation {
    /// A new annotation on `span` of `document`, with text and context taken from it.
    ///
    /// Returns `None` when the span is empty or not within the document.
    pub fn new(
        id: AnnotationId,
        tag: Tag,
        span: Span,
        document: &Document,
        now: &str,
    ) -> Option<Annotation> {
        if span.is_empty() {
            return None;
        }
        let text = document.slice(span)?.to_owned();
        Some(Annotation {
            id,
            tag,
            span,
            text,
            prefix: document.text_before(span.start, CONTEXT_CHARS).to_owned(),
            suffix: document.text_after(span.end, CONTEXT_CHARS).to_owned(),
            note: String::new(),
            created: now.to_owned(),
            modified: now.to_owned(),
            review: Review::default(),
            check: None,
            flag: None,
            conflicts: Vec::new(),
        })
    }

    /// Its text on one line (white space runs collapsed), cut to `max_chars` with "…".
    pub fn excerpt(&self, max_chars: usize) -> String {
        excerpt(&self.text, max_chars)
    }

    /// True when the annotation is placed and matches the article, so it can be highlighted.
    pub fn is_anchored(&self) -> bool {
        self.flag.is_none()
    }

    /// Checks the annotation against `document` and returns the flag it deserves, if any.
    pub fn check_against(&self, document: &Document) -> Option<Flag> {
        if self.span.end < self.span.start {
            return Some(Flag::EndBeforeStart);
        }
        let Some(found) = document.slice(self.span) else {
            return Some(Flag::OutOfRange);
        };
        (found != self.text).then(|| Flag::TextMismatch {
            found: found.to_owned(),
        })
    }
}

/// `text` on one line (white space runs collapsed), cut to `max_chars` with "…".
pub fn excerpt(text: &str, max_chars: usize) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > max_chars {
        let cut: String = one_line.chars().take(max_chars.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    } else {
        one_line
    }
}

/// `text` with its first letter in upper case ("could not read …" → "Could not read …").
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn new_takes_text_and_context_from_the_document() {
        let doc = Document::new(
            "Before 😀 the claim itself, after.".to_owned(),
            None,
            "utf-8",
        );
        let a = Annotation::new(AnnotationId(1), Tag::Claim, Span::new(9, 25), &doc, "t").unwrap();
        assert_eq!(a.text, "the claim itself");
        assert_eq!(a.prefix, "Before 😀 ");
        assert_eq!(a.suffix, ", after.");
        assert_eq!(a.check_against(&doc), None);
        assert!(Annotation::new(AnnotationId(2), Tag::Claim, Span::new(3, 3), &doc, "t").is_none());
        assert!(
            Annotation::new(AnnotationId(2), Tag::Claim, Span::new(3, 300), &doc, "t").is_none()
        );
    }

    #[test]
    fn check_flags_what_does_not_match() {
        let doc = Document::new("abcdef".to_owned(), None, "utf-8");
        let mut a =
            Annotation::new(AnnotationId(1), Tag::Quote, Span::new(1, 3), &doc, "t").unwrap();
        a.text = "xx".to_owned();
        assert_eq!(
            a.check_against(&doc),
            Some(Flag::TextMismatch {
                found: "bc".to_owned()
            })
        );
        a.span = Span { start: 4, end: 2 };
        assert_eq!(a.check_against(&doc), Some(Flag::EndBeforeStart));
        a.span = Span { start: 4, end: 20 };
        assert_eq!(a.check_against(&doc), Some(Flag::OutOfRange));
    }
}
