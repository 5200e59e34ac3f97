//! Version 1 of the annotation file (read only; upgraded to the current version on load).

use serde::{Deserialize, Serialize};

use crate::model::Tag;

/// The whole file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "claimmark_file")]
pub(super) struct FileV1 {
    pub format: String,
    pub version: u32,
    pub article: ArticleV1,
    pub annotations: Vec<AnnotationV1>,
}

/// The embedded article; `text` holds its lines, joined with `\n` on load.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "article")]
pub(super) struct ArticleV1 {
    pub title: String,
    pub source: Option<String>,
    pub encoding: String,
    pub sha256: String,
    pub chars: usize,
    /// Version 3: the web page the article was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<crate::model::WebSource>,
    /// Version 4: when and by whom a transcript's text was said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline: Option<crate::model::Timeline>,
    /// Version 5: the PDF the text was read from, and its pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pdf: Option<crate::model::PdfPages>,
    pub text: Vec<String>,
}

/// One annotation; offsets are chars, half-open.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "annotation")]
pub(super) struct AnnotationV1 {
    pub id: u64,
    pub tag: Tag,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub prefix: String,
    pub suffix: String,
    pub note: String,
    pub created: String,
    pub modified: String,
}

/// Just enough of any version's file to decide how to read the rest.
#[derive(Deserialize)]
#[serde(rename = "claimmark_file")]
pub(super) struct Header {
    #[serde(default)]
    pub format: String,
    #[serde(default)]
    pub version: u64,
}
