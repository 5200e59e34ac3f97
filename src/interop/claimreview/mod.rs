//! schema.org ClaimReview: the checks other fact-checking sites publish. [`OutsideCheck`] is
//! what claimmark keeps of one; [`read_claim_reviews`] finds them in JSON-LD and web pages,
//! [`export`] writes ours, and the outside-checks file ([`outside_checks_json`],
//! [`read_outside_checks`]) keeps them in a desk. Pure.

mod checks_file;
mod export;
mod read;

use serde::{Deserialize, Serialize};

pub use checks_file::{outside_checks_json, read_outside_checks};
pub use export::{ClaimReviews, export};
pub use read::read_claim_reviews;

/// A check published by another fact-checking site (schema.org ClaimReview).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutsideCheck {
    /// The claim reviewed (`claimReviewed`).
    pub claim: String,
    /// The review's title (`headline`, else `name`): often the claim asked as a question.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub headline: String,
    /// Who made the claim (`itemReviewed.author.name`).
    pub claimant: String,
    /// The verdict in the publisher's words (`reviewRating.alternateName`).
    pub rating: String,
    /// Who checked it (`author.name` of the review, or the publisher).
    pub publisher: String,
    /// The fact-check's address (`url`).
    pub url: String,
    /// When it was published (`datePublished`).
    pub date: String,
}
