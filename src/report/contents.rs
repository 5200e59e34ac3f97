//! What every report shows, gathered once: claims with their review, quotes, citations, links
//! in both directions, and counts by verdict and status.

use crate::i18n::words;
use crate::model::{
    Annotation, AnnotationId, AnnotationSet, ClaimStatus, Document, RatingScale, Tag,
};
use crate::tr;

/// A claim with everything a report prints about it.
pub struct ClaimCard<'a> {
    /// The claim.
    pub claim: &'a Annotation,
    /// Its verdict's number on the scale, if it has a known verdict.
    pub verdict_value: Option<i32>,
    /// Linked annotations: (how, the other annotation), both directions, in document order.
    pub links: Vec<(String, &'a Annotation)>,
}

/// The data behind every export.
pub struct Report<'a> {
    /// The article.
    pub document: &'a Document,
    /// All annotations.
    pub annotations: &'a AnnotationSet,
    /// The rating scale.
    pub scale: &'a RatingScale,
}

impl<'a> Report<'a> {
    /// A report on these.
    pub fn new(
        document: &'a Document,
        annotations: &'a AnnotationSet,
        scale: &'a RatingScale,
    ) -> Self {
        Self {
            document,
            annotations,
            scale,
        }
    }

    /// Annotations with `tag`, in document order.
    pub fn tagged(&self, tag: Tag) -> Vec<&'a Annotation> {
        self.annotations
            .in_order()
            .filter(|a| a.tag == tag)
            .collect()
    }

    /// Every claim with its verdict number and links.
    pub fn claim_cards(&self) -> Vec<ClaimCard<'a>> {
        self.tagged(Tag::Claim)
            .into_iter()
            .map(|claim| ClaimCard {
                claim,
                verdict_value: claim
                    .review
                    .verdict
                    .as_deref()
                    .and_then(|v| self.scale.get(v))
                    .map(|r| r.value),
                links: self.links_of(claim.id),
            })
            .collect()
    }

    /// Links from and to an annotation, described from its side.
    pub fn links_of(&self, id: AnnotationId) -> Vec<(String, &'a Annotation)> {
        let mut links = Vec::new();
        if let Some(source) = self.annotations.get(id) {
            for link in &source.review.links {
                if let Some(target) = self.annotations.get(link.target) {
                    links.push((words::link_label(link.kind), target));
                }
            }
        }
        for other in self.annotations.in_order() {
            for link in other.review.links.iter().filter(|l| l.target == id) {
                links.push((words::link_inverse(link.kind), other));
            }
        }
        links
    }

    /// (verdict label, number of claims) for every label on the scale, then "No verdict yet".
    pub fn verdict_counts(&self) -> Vec<(String, usize)> {
        let claims = self.tagged(Tag::Claim);
        let mut counts: Vec<(String, usize)> = self
            .scale
            .ratings
            .iter()
            .map(|r| {
                let n = claims
                    .iter()
                    .filter(|c| c.review.verdict.as_deref() == Some(r.label.as_str()))
                    .count();
                (r.label.clone(), n)
            })
            .collect();
        let unknown = claims
            .iter()
            .filter(|c| {
                c.review
                    .verdict
                    .as_deref()
                    .is_some_and(|v| self.scale.get(v).is_none())
            })
            .count();
        if unknown > 0 {
            counts.push((tr!("report-other-verdict"), unknown));
        }
        let none = claims.iter().filter(|c| c.review.verdict.is_none()).count();
        counts.push((tr!("report-no-verdict"), none));
        counts
    }

    /// (claims done, claims in all).
    pub fn progress(&self) -> (usize, usize) {
        let claims = self.tagged(Tag::Claim);
        let done = claims
            .iter()
            .filter(|c| c.review.status == ClaimStatus::Done)
            .count();
        (done, claims.len())
    }

    /// A short reference to an annotation for link lists: "citation “\[1\]”".
    pub fn describe(annotation: &Annotation) -> String {
        let text: String = annotation
            .text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let short = if text.chars().count() > 80 {
            format!("{}…", text.chars().take(79).collect::<String>())
        } else {
            text
        };
        tr!(
            "report-annotation",
            tag = words::tag_name(annotation.tag),
            text = short
        )
    }
}

/// True for `http:`/`https:` URLs, the only ones reports make clickable.
pub fn is_web_url(text: &str) -> bool {
    let lower = text.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !text.contains(char::is_whitespace)
}
