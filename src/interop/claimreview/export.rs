//! schema.org ClaimReview (JSON-LD), one per reviewed claim, for fact-check publishing.
//! Google's rules are checked and reported as warnings, never as failures.

use serde_json::{Value, json};

use crate::model::{AnnotationSet, Document, NORMALIZED_CLAIM_LIMIT, RatingScale, Tag};

/// The ClaimReview list and the warnings about it.
pub struct ClaimReviews {
    /// JSON-LD: a list of ClaimReview objects.
    pub json: String,
    /// What does not follow Google's ClaimReview guidelines.
    pub warnings: Vec<String>,
}

/// One ClaimReview per claim that has a verdict.
pub fn export(
    document: &Document,
    annotations: &AnnotationSet,
    scale: &RatingScale,
) -> ClaimReviews {
    let mut warnings = Vec::new();
    let mut reviews = Vec::new();
    let url = document
        .source()
        .filter(|s| s.starts_with("http://") || s.starts_with("https://"));
    if url.is_none() {
        warnings.push(
            "the article has no web address as its source, so `appearance` has no url".to_owned(),
        );
    }
    for claim in annotations.in_order().filter(|a| a.tag == Tag::Claim) {
        let r = &claim.review;
        let name = format!(
            "claim {} “{}”",
            claim.id,
            claim.text.chars().take(50).collect::<String>()
        );
        let Some(verdict) = &r.verdict else {
            warnings.push(format!(
                "{name}: no verdict yet, so no ClaimReview was written for it"
            ));
            continue;
        };
        let claim_reviewed = if r.normalized.trim().is_empty() {
            warnings.push(format!(
                "{name}: no normalized claim; the claim's text is used as claimReviewed"
            ));
            claim.text.clone()
        } else {
            r.normalized.trim().to_owned()
        };
        let length = claim_reviewed.chars().count();
        if length > NORMALIZED_CLAIM_LIMIT {
            warnings.push(format!("{name}: claimReviewed is {length} characters; Google asks for at most {NORMALIZED_CLAIM_LIMIT}"));
        }
        let mut rating = json!({
            "@type": "Rating",
            "alternateName": verdict,
            "bestRating": scale.best(),
            "worstRating": scale.worst(),
        });
        match scale.get(verdict) {
            Some(found) => set(&mut rating, "ratingValue", json!(found.value)),
            None => warnings.push(format!(
                "{name}: verdict “{verdict}” is not on the rating scale, so it has no ratingValue"
            )),
        }
        let mut item_reviewed = json!({ "@type": "Claim" });
        if r.claimant.trim().is_empty() {
            warnings.push(format!(
                "{name}: no claimant, so itemReviewed has no author"
            ));
        } else {
            set(
                &mut item_reviewed,
                "author",
                json!({ "@type": "Person", "name": r.claimant.trim() }),
            );
        }
        let mut appearance = json!({ "@type": "CreativeWork", "headline": document.title() });
        if let Some(url) = url {
            set(&mut appearance, "url", json!(url));
        }
        // Said in a recording: the appearance is the clip, from its start to its end (seconds).
        if let Some(said) = document.timeline().and_then(|t| t.said_at(claim.span))
            && let Some(from) = said.from_ms
        {
            set(&mut appearance, "@type", json!("Clip"));
            set(&mut appearance, "startOffset", json!(from / 1000));
            if let Some(at) = crate::report::recording_at(document, claim.span) {
                set(&mut appearance, "url", json!(at));
            }
            if let Some(to) = said.to_ms {
                set(&mut appearance, "endOffset", json!(to.div_ceil(1000)));
            }
        }
        set(&mut item_reviewed, "appearance", appearance);
        let mut review = json!({
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "datePublished": claim.modified.get(..10).unwrap_or_default(),
            "claimReviewed": claim_reviewed,
            "reviewRating": rating,
            "itemReviewed": item_reviewed,
        });
        if !r.modified_by.is_empty() {
            set(
                &mut review,
                "author",
                json!({ "@type": "Person", "name": r.modified_by }),
            );
        }
        if let Some(url) = url {
            set(
                &mut review,
                "url",
                json!(format!("{url}#claim-{}", claim.id.0)),
            );
        }
        reviews.push(review);
    }
    ClaimReviews {
        json: serde_json::to_string_pretty(&Value::Array(reviews)).unwrap_or_default() + "\n",
        warnings,
    }
}

/// Sets `key` on a JSON object (does nothing on other values).
fn set(target: &mut Value, key: &str, value: Value) {
    if let Some(map) = target.as_object_mut() {
        map.insert(key.to_owned(), value);
    }
}
