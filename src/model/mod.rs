//! The pure data model: documents, spans, selections, tags, annotations and their index, review
//! fields. No IO, no UI.

mod annotation;
mod annotation_set;
mod conflict;
mod document;
mod field;
mod file_name;
mod pages;
mod review;
mod review_filter;
mod runs;
mod selection;
mod span;
mod span_index;
mod tag;
mod timeline;
mod web;

pub use annotation::{Annotation, AnnotationId, CONTEXT_CHARS, Flag, capitalized, excerpt};
pub use annotation_set::{AnnotationSet, SetError};
pub use conflict::Conflict;
pub use document::{Document, sha256_bytes_hex, sha256_hex};
pub use field::{Field, FieldValue};
pub use file_name::safe_file_stem;
pub use pages::{PageRange, PageRun, PdfPages};
pub use review::{
    ClaimStatus, Evidence, Link, LinkKind, NORMALIZED_CLAIM_LIMIT, Rating, RatingScale, Review,
};
pub use review_filter::{ReviewFilter, SortColumn, VerdictFilter};
pub use selection::{
    TextSelection, next_word_end, previous_word_start, sentence_at, snap_to_words, word_at,
    word_span,
};
pub use span::Span;
pub use span_index::{IndexEntry, SpanIndex};
pub use tag::Tag;
pub use timeline::{SaidAt, TimedRun, Timeline, clock, media_at, youtube_video_of};
pub use web::{Archived, WebSource};
