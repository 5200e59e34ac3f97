//! What a fact-checker records about an annotation beyond its tag: workflow status, verdict,
//! claimant, evidence, quote and citation details, and links between annotations.

use serde::{Deserialize, Serialize};

use super::AnnotationId;

/// Where a claim is in the review workflow.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum ClaimStatus {
    /// Not started.
    #[default]
    ToCheck,
    /// Someone is working on it.
    InProgress,
    /// Checked; waiting for a colleague's second look.
    NeedsSecondReview,
    /// Finished.
    Done,
}

impl ClaimStatus {
    /// All statuses, in workflow order.
    pub const ALL: [ClaimStatus; 4] = [
        ClaimStatus::ToCheck,
        ClaimStatus::InProgress,
        ClaimStatus::NeedsSecondReview,
        ClaimStatus::Done,
    ];

    /// The name shown to users.
    pub fn label(self) -> &'static str {
        match self {
            ClaimStatus::ToCheck => "To check",
            ClaimStatus::InProgress => "In progress",
            ClaimStatus::NeedsSecondReview => "Needs second review",
            ClaimStatus::Done => "Done",
        }
    }
}

/// One step of a rating scale: a label and its number (higher is better).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Rating {
    /// What the verdict says, e.g. "Mostly true".
    pub label: String,
    /// Its number for exports (schema.org `ratingValue`).
    pub value: i32,
}

/// The verdicts a claim can get, best first.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RatingScale {
    /// Ratings from best to worst.
    pub ratings: Vec<Rating>,
}

impl Default for RatingScale {
    fn default() -> Self {
        let labels = [
            "True",
            "Mostly true",
            "Half true",
            "Mostly false",
            "False",
            "Misleading",
            "Unverifiable",
        ];
        let count = labels.len() as i32;
        Self {
            ratings: labels
                .iter()
                .zip(0..)
                .map(|(label, i)| Rating {
                    label: (*label).to_owned(),
                    value: count - i,
                })
                .collect(),
        }
    }
}

impl RatingScale {
    /// The rating with this label.
    pub fn get(&self, label: &str) -> Option<&Rating> {
        self.ratings.iter().find(|r| r.label == label)
    }

    /// The best rating's number.
    pub fn best(&self) -> i32 {
        self.ratings.iter().map(|r| r.value).max().unwrap_or(1)
    }

    /// The worst rating's number.
    pub fn worst(&self) -> i32 {
        self.ratings.iter().map(|r| r.value).min().unwrap_or(1)
    }
}

/// A piece of evidence for a claim's verdict.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// A URL or a reference ("Annual report 2024, table 5").
    pub reference: String,
    /// A short title.
    pub title: String,
    /// What it shows.
    pub note: String,
    /// When it was accessed (free text, usually YYYY-MM-DD).
    pub accessed: String,
    /// The page as it was archived (when `reference` is a web address that was archived).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<super::Archived>,
}

/// How one annotation relates to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LinkKind {
    /// The claim is supported by the target (a citation or quote).
    SupportedBy,
    /// The claim is contradicted by the target.
    ContradictedBy,
    /// The quote is attributed to the target (a citation).
    AttributedTo,
}

impl LinkKind {
    /// All kinds.
    pub const ALL: [LinkKind; 3] = [
        LinkKind::SupportedBy,
        LinkKind::ContradictedBy,
        LinkKind::AttributedTo,
    ];

    /// Read from the source's side: "supported by".
    pub fn label(self) -> &'static str {
        match self {
            LinkKind::SupportedBy => "supported by",
            LinkKind::ContradictedBy => "contradicted by",
            LinkKind::AttributedTo => "attributed to",
        }
    }

    /// Read from the target's side: "supports".
    pub fn inverse_label(self) -> &'static str {
        match self {
            LinkKind::SupportedBy => "supports",
            LinkKind::ContradictedBy => "contradicts",
            LinkKind::AttributedTo => "is the source of",
        }
    }
}

/// A link from one annotation to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Link {
    /// The relation.
    pub kind: LinkKind,
    /// The other annotation.
    pub target: AnnotationId,
}

/// Review fields of an annotation. All optional; which ones the form shows depends on the tag,
/// and nothing is lost when the tag changes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Review {
    /// Claim: workflow status.
    pub status: ClaimStatus,
    /// Claim: the verdict's label on the document's rating scale.
    pub verdict: Option<String>,
    /// Claim: a short restatement (schema.org `claimReviewed`; Google asks for ≤ 75 chars).
    pub normalized: String,
    /// Claim: who made it.
    pub claimant: String,
    /// Claim: why the verdict.
    pub rationale: String,
    /// Claim: the evidence.
    pub evidence: Vec<Evidence>,
    /// Quote: who said it.
    pub speaker: String,
    /// Quote: checked against its source.
    pub quote_verified: bool,
    /// Citation: URL or reference text.
    pub target: String,
    /// Citation: checked.
    pub citation_checked: bool,
    /// Citation: the target page as it was archived.
    pub target_archived: Option<super::Archived>,
    /// Links to other annotations.
    pub links: Vec<Link>,
    /// Who made the annotation.
    pub created_by: String,
    /// Who changed it last.
    pub modified_by: String,
}

/// Longest normalized claim Google's ClaimReview guidelines recommend.
pub const NORMALIZED_CLAIM_LIMIT: usize = 75;
