//! The differences between our annotations of an article and another person's, for the
//! compare view: their annotations are paired with ours by position (the same span first,
//! then the largest overlap, the same tag preferred), since two people's ids mean nothing to
//! each other. Each difference is one thing that can be accepted into our document.

use crate::model::{Annotation, AnnotationId, AnnotationSet, Field, FieldValue, Span, capitalized};

/// The review fields compared between paired annotations (links are left out: they name ids).
pub const COMPARED_FIELDS: [Field; 11] = [
    Field::Note,
    Field::Status,
    Field::Verdict,
    Field::Normalized,
    Field::Claimant,
    Field::Rationale,
    Field::Evidence,
    Field::Speaker,
    Field::QuoteVerified,
    Field::Target,
    Field::CitationChecked,
];

/// What differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DifferenceKind {
    /// Only we marked this.
    OnlyOurs,
    /// Only they marked this.
    OnlyTheirs,
    /// We both marked it, on different words.
    Span,
    /// We both marked it, with different tags.
    Tag,
    /// We both marked it; this field differs.
    Field(Field),
}

impl DifferenceKind {
    /// In a few words: "only ours", "different verdict".
    pub fn label(self) -> String {
        match self {
            DifferenceKind::OnlyOurs => "only ours".to_owned(),
            DifferenceKind::OnlyTheirs => "only theirs".to_owned(),
            DifferenceKind::Span => "different span".to_owned(),
            DifferenceKind::Tag => "different tag".to_owned(),
            DifferenceKind::Field(field) => format!("different {}", field.name()),
        }
    }
}

/// One difference between the two files.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    /// What differs.
    pub kind: DifferenceKind,
    /// Our annotation, when we have one.
    pub ours: Option<AnnotationId>,
    /// Theirs, when they have one.
    pub theirs: Option<AnnotationId>,
    /// Our value of what differs (the field, tag or position).
    pub our_value: Option<FieldValue>,
    /// Their value.
    pub their_value: Option<FieldValue>,
}

impl Difference {
    /// The difference in words, for the list.
    pub fn describe(&self, ours: &AnnotationSet, theirs: &AnnotationSet) -> String {
        let text = |a: Option<&Annotation>| {
            a.map(|a| format!("{} “{}”", a.tag.label(), crate::model::excerpt(&a.text, 50)))
                .unwrap_or_default()
        };
        let our = self.ours.and_then(|id| ours.get(id));
        let their = self.theirs.and_then(|id| theirs.get(id));
        let value =
            |v: &Option<FieldValue>| v.as_ref().map(FieldValue::describe).unwrap_or_default();
        match self.kind {
            DifferenceKind::OnlyOurs => format!("Only ours: {}", text(our)),
            DifferenceKind::OnlyTheirs => format!("Only theirs: {}", text(their)),
            kind => format!(
                "{}: {} — ours {}, theirs {}",
                capitalized(&kind.label()),
                text(our),
                value(&self.our_value),
                value(&self.their_value)
            ),
        }
    }
}

/// Pairs their annotations with ours by position: (ours, theirs).
pub fn pair_by_position(
    ours: &AnnotationSet,
    theirs: &AnnotationSet,
) -> Vec<(AnnotationId, AnnotationId)> {
    let a: Vec<&Annotation> = ours.in_order().collect();
    let b: Vec<&Annotation> = theirs.in_order().collect();
    let spans_a: Vec<Span> = a.iter().map(|x| x.span).collect();
    let spans_b: Vec<Span> = b.iter().map(|x| x.span).collect();
    let alike = |i: usize, j: usize| a.get(i).map(|x| x.tag) == b.get(j).map(|y| y.tag);
    super::agreement::overlap_pairs(&spans_a, &spans_b, &alike)
        .into_iter()
        .filter_map(|(i, j)| Some((a.get(i)?.id, b.get(j)?.id)))
        .collect()
}

/// Every difference between `ours` and `theirs`, in our document's order (theirs alone where
/// they fall).
pub fn differences(ours: &AnnotationSet, theirs: &AnnotationSet) -> Vec<Difference> {
    let pairs = pair_by_position(ours, theirs);
    let paired_ours: std::collections::HashMap<AnnotationId, AnnotationId> =
        pairs.iter().copied().collect();
    let paired_theirs: std::collections::HashSet<AnnotationId> =
        pairs.iter().map(|(_, t)| *t).collect();
    let mut out: Vec<(usize, Difference)> = Vec::new();
    for o in ours.in_order() {
        let Some(t) = paired_ours.get(&o.id).and_then(|t| theirs.get(*t)) else {
            out.push((
                o.span.start,
                Difference {
                    kind: DifferenceKind::OnlyOurs,
                    ours: Some(o.id),
                    theirs: None,
                    our_value: None,
                    their_value: None,
                },
            ));
            continue;
        };
        let mut push = |kind, field: Field| {
            out.push((
                o.span.start,
                Difference {
                    kind,
                    ours: Some(o.id),
                    theirs: Some(t.id),
                    our_value: Some(field.get(o)),
                    their_value: Some(field.get(t)),
                },
            ));
        };
        if o.span != t.span {
            push(DifferenceKind::Span, Field::Position);
        }
        if o.tag != t.tag {
            push(DifferenceKind::Tag, Field::Tag);
        }
        for field in COMPARED_FIELDS {
            if field.get(o) != field.get(t) {
                push(DifferenceKind::Field(field), field);
            }
        }
    }
    for t in theirs.in_order().filter(|t| !paired_theirs.contains(&t.id)) {
        out.push((
            t.span.start,
            Difference {
                kind: DifferenceKind::OnlyTheirs,
                ours: None,
                theirs: Some(t.id),
                our_value: None,
                their_value: None,
            },
        ));
    }
    out.sort_by_key(|(start, d)| (*start, d.kind));
    out.into_iter().map(|(_, d)| d).collect()
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::model::{Document, Tag};

    fn annotation(doc: &Document, id: u64, tag: Tag, start: usize, end: usize) -> Annotation {
        Annotation::new(
            AnnotationId(id),
            tag,
            Span::new(start, end),
            doc,
            "2026-11-27T00:00:00Z",
        )
        .unwrap()
    }

    #[test]
    fn paired_by_position_not_by_id() {
        let doc = Document::new(
            "Exports rose 12% last year. Imports fell 3%. Prices rose.".to_owned(),
            None,
            "utf-8",
        );
        let mut our_claim = annotation(&doc, 1, Tag::Claim, 0, 26);
        our_claim.review.verdict = Some("False".to_owned());
        let ours = AnnotationSet::from_annotations(vec![
            our_claim,
            annotation(&doc, 2, Tag::Claim, 28, 44),
        ])
        .unwrap();
        // Their ids differ; their first claim ends earlier and has another verdict; their
        // second is a quote; they marked "Prices rose" and we did not.
        let mut their_claim = annotation(&doc, 7, Tag::Claim, 0, 16);
        their_claim.review.verdict = Some("Misleading".to_owned());
        let theirs = AnnotationSet::from_annotations(vec![
            their_claim,
            annotation(&doc, 8, Tag::Quote, 28, 44),
            annotation(&doc, 9, Tag::Claim, 45, 56),
        ])
        .unwrap();
        let kinds: Vec<(DifferenceKind, Option<u64>, Option<u64>)> = differences(&ours, &theirs)
            .iter()
            .map(|d| (d.kind, d.ours.map(|i| i.0), d.theirs.map(|i| i.0)))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (DifferenceKind::Span, Some(1), Some(7)),
                (DifferenceKind::Field(Field::Verdict), Some(1), Some(7)),
                (DifferenceKind::Tag, Some(2), Some(8)),
                (DifferenceKind::OnlyTheirs, None, Some(9)),
            ]
        );
        assert!(differences(&ours, &ours).is_empty());
    }
}
