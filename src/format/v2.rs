//! Versions 2 and 3 of the annotation file: version 1 plus review fields, links, who changed
//! what, the document's rating scale, and what a merge left undecided (`conflicts`). Version 3
//! adds, where there are any, what was archived from the web: the page the article was read
//! from (`article.web`), archived evidence (`archived`) and citation targets
//! (`target_archived`); a file without them is still written as version 2, which older
//! claimmark reads. Version 6 adds the suggested sentences the checker rejected
//! (`rejected_suggestions`), only where there are any. Empty review fields are left out, so
//! files stay short.

use serde::{Deserialize, Serialize};

use super::v1::ArticleV1;
use crate::model::{ClaimStatus, Conflict, Evidence, Link, RatingScale, Tag};

/// The whole file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "claimmark_file")]
pub(super) struct FileV2 {
    pub format: String,
    pub version: u32,
    pub article: ArticleV1,
    #[serde(default)]
    pub rating_scale: RatingScale,
    pub annotations: Vec<AnnotationV2>,
    /// Version 6: the suggested sentences the checker rejected, by text, sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejected_suggestions: Vec<String>,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// One annotation; offsets are chars, half-open.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "annotation")]
pub(super) struct AnnotationV2 {
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
    #[serde(default, skip_serializing_if = "is_default")]
    pub created_by: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub modified_by: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: ClaimStatus,
    #[serde(default, skip_serializing_if = "is_default")]
    pub verdict: Option<String>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub normalized: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub claimant: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub rationale: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub evidence: Vec<Evidence>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub speaker: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub quote_verified: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub target: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub citation_checked: bool,
    /// Version 3: the citation's target page as archived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_archived: Option<crate::model::Archived>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub links: Vec<Link>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub check: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub conflicts: Vec<Conflict>,
}
