//! The pure data model: documents, spans, tags, annotations and their index. No IO, no UI.

mod annotation;
mod annotation_set;
mod article_import;
mod decode;
mod document;
mod review;
mod span;
mod span_index;
mod tag;

pub use annotation::{Annotation, AnnotationId, CONTEXT_CHARS, Flag};
pub use annotation_set::{AnnotationSet, SetError};
pub use article_import::{Extracted, from_html, from_markdown};
pub use decode::{DecodeError, DecodedText, SourceEncoding, decode_article, normalize_text};
pub use document::{Document, sha256_hex};
pub use review::{
    ClaimStatus, Evidence, Link, LinkKind, NORMALIZED_CLAIM_LIMIT, Rating, RatingScale, Review,
};
pub use span::Span;
pub use span_index::{IndexEntry, SpanIndex};
pub use tag::Tag;
