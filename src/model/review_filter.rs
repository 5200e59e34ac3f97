//! Which annotations the review table shows and in which order: filters by tag, status,
//! verdict and words, and a sort column. Pure, so the table's rows can be tested without a UI.

use super::{Annotation, AnnotationSet, ClaimStatus, RatingScale, Tag};

/// Which column the table is sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortColumn {
    /// Document order.
    #[default]
    Position,
    /// Workflow status.
    Status,
    /// Verdict: claims without one first, then the best verdict first.
    Verdict,
    /// Claimant, alphabetically.
    Claimant,
    /// Number of evidence items.
    Evidence,
}

/// Which verdicts to show.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum VerdictFilter {
    /// All.
    #[default]
    Any,
    /// Only those without a verdict yet.
    Missing,
    /// Only this verdict.
    Is(String),
}

/// The table's filters and sort order.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewFilter {
    /// Shown flag per tag, in [`Tag::ALL`] order; claims only by default.
    pub tags: [bool; 3],
    /// Only this status.
    pub status: Option<ClaimStatus>,
    /// Verdict filter.
    pub verdict: VerdictFilter,
    /// Only annotations whose text, note or review fields contain this (ignoring case).
    pub text: String,
    /// Sort column.
    pub sort: SortColumn,
    /// Sort ascending.
    pub ascending: bool,
}

impl Default for ReviewFilter {
    fn default() -> Self {
        Self {
            tags: [true, false, false],
            status: None,
            verdict: VerdictFilter::Any,
            text: String::new(),
            sort: SortColumn::Position,
            ascending: true,
        }
    }
}

impl ReviewFilter {
    /// True when the table shows `a`.
    pub fn keeps(&self, a: &Annotation) -> bool {
        let tag_ok = Tag::ALL
            .iter()
            .position(|t| *t == a.tag)
            .and_then(|i| self.tags.get(i))
            .copied()
            .unwrap_or(true);
        let status_ok = self
            .status
            .is_none_or(|s| a.tag == Tag::Claim && a.review.status == s);
        let verdict_ok = match &self.verdict {
            VerdictFilter::Any => true,
            VerdictFilter::Missing => a.review.verdict.is_none(),
            VerdictFilter::Is(v) => a.review.verdict.as_deref() == Some(v.as_str()),
        };
        let needle = self.text.trim().to_lowercase();
        let text_ok = needle.is_empty()
            || [
                &a.text,
                &a.note,
                &a.review.claimant,
                &a.review.normalized,
                &a.review.rationale,
            ]
            .iter()
            .any(|field| field.to_lowercase().contains(&needle));
        tag_ok && status_ok && verdict_ok && text_ok
    }

    /// The annotations the table shows, in its order.
    pub fn rows<'a>(
        &self,
        annotations: &'a AnnotationSet,
        scale: &RatingScale,
    ) -> Vec<&'a Annotation> {
        let mut rows: Vec<&Annotation> = annotations.in_order().filter(|a| self.keeps(a)).collect();
        let verdict_rank = |a: &Annotation| {
            a.review
                .verdict
                .as_deref()
                .and_then(|v| scale.get(v))
                .map_or(i32::MIN, |r| -r.value)
        };
        match self.sort {
            SortColumn::Position => {}
            SortColumn::Status => rows.sort_by_key(|a| a.review.status),
            SortColumn::Verdict => rows.sort_by_key(|a| verdict_rank(a)),
            SortColumn::Claimant => rows.sort_by_key(|a| a.review.claimant.to_lowercase()),
            SortColumn::Evidence => rows.sort_by_key(|a| a.review.evidence.len()),
        }
        if !self.ascending {
            rows.reverse();
        }
        rows
    }
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::model::{AnnotationId, Document, Span};

    fn set() -> (AnnotationSet, RatingScale) {
        let doc = Document::new(
            "Crime fell 12% in 2025, the mayor said. “We did it,” she said. [1] Police data."
                .to_owned(),
            None,
            "utf-8",
        );
        let scale = RatingScale::default();
        let labels: Vec<String> = scale.ratings.iter().map(|r| r.label.clone()).collect();
        let make = |id: u64, tag: Tag, span: Span| {
            crate::model::Annotation::new(AnnotationId(id), tag, span, &doc, "2026-01-01T00:00:00Z")
                .unwrap()
        };
        let mut first = make(1, Tag::Claim, Span::new(0, 22));
        first.review.status = ClaimStatus::Done;
        first.review.verdict = labels.first().cloned();
        first.review.claimant = "Mayor Ruiz".to_owned();
        first.review.evidence.push(Default::default());
        let mut second = make(2, Tag::Claim, Span::new(24, 38));
        second.review.verdict = labels.last().cloned();
        second.review.claimant = "aldermen".to_owned();
        second.note = "ask the police".to_owned();
        let third = make(3, Tag::Claim, Span::new(41, 51));
        let quote = make(4, Tag::Quote, Span::new(40, 52));
        let citation = make(5, Tag::Citation, Span::new(63, 66));
        let set =
            AnnotationSet::from_annotations(vec![first, second, third, quote, citation]).unwrap();
        (set, scale)
    }

    fn ids(filter: &ReviewFilter) -> Vec<u64> {
        let (set, scale) = set();
        filter.rows(&set, &scale).iter().map(|a| a.id.0).collect()
    }

    #[test]
    fn claims_only_by_default_in_document_order() {
        assert_eq!(ids(&ReviewFilter::default()), vec![1, 2, 3]);
        let all = ReviewFilter {
            tags: [true, true, true],
            ..ReviewFilter::default()
        };
        assert_eq!(
            ids(&all),
            vec![1, 2, 4, 3, 5],
            "the quote starts before claim 3"
        );
    }

    #[test]
    fn filters_by_status_verdict_and_words() {
        let done = ReviewFilter {
            status: Some(ClaimStatus::Done),
            ..ReviewFilter::default()
        };
        assert_eq!(ids(&done), vec![1]);
        let missing = ReviewFilter {
            verdict: VerdictFilter::Missing,
            ..ReviewFilter::default()
        };
        assert_eq!(ids(&missing), vec![3]);
        let (_, scale) = set();
        let worst = ReviewFilter {
            verdict: VerdictFilter::Is(scale.ratings.last().unwrap().label.clone()),
            ..ReviewFilter::default()
        };
        assert_eq!(ids(&worst), vec![2]);
        // Words match text, note and review fields, ignoring case.
        let police = ReviewFilter {
            text: "  POLICE ".to_owned(),
            ..ReviewFilter::default()
        };
        assert_eq!(ids(&police), vec![2]);
        let mayor = ReviewFilter {
            text: "ruiz".to_owned(),
            ..ReviewFilter::default()
        };
        assert_eq!(ids(&mayor), vec![1]);
    }

    #[test]
    fn sorts_each_way() {
        let by = |sort, ascending| ReviewFilter {
            sort,
            ascending,
            ..ReviewFilter::default()
        };
        assert_eq!(ids(&by(SortColumn::Position, false)), vec![3, 2, 1]);
        assert_eq!(ids(&by(SortColumn::Status, true)), vec![2, 3, 1]);
        // Claims without a verdict first, then the best verdict first.
        assert_eq!(ids(&by(SortColumn::Verdict, true)), vec![3, 1, 2]);
        assert_eq!(ids(&by(SortColumn::Claimant, true)), vec![3, 2, 1]);
        assert_eq!(ids(&by(SortColumn::Evidence, false)), vec![1, 3, 2]);
    }
}
