use proptest::prelude::*;

use super::*;
use crate::model::{ClaimStatus, Evidence, Link, LinkKind, Span, Tag};

const TEXT: &str = "The minister said exports rose 12% last year. Customs data show 7%. \
                    “We are the fastest-growing economy,” she added. The bridge cost €1.8 billion.";

fn document() -> Document {
    Document::new(TEXT.to_owned(), Some("story.txt".to_owned()), "utf-8")
}

fn claim(doc: &Document, id: u64, start: usize, end: usize) -> Annotation {
    Annotation::new(
        AnnotationId(id),
        Tag::Claim,
        Span::new(start, end),
        doc,
        "2026-11-01T10:00:00Z",
    )
    .unwrap()
}

fn set(list: Vec<Annotation>) -> AnnotationSet {
    AnnotationSet::from_annotations(list).unwrap()
}

fn merge(base: &AnnotationSet, ours: &AnnotationSet, theirs: &AnnotationSet) -> Merged {
    let doc = document();
    let scale = RatingScale::default();
    let side = |annotations| Side {
        document: &doc,
        annotations,
        scale: &scale,
    };
    three_way(side(base), side(ours), side(theirs)).unwrap()
}

fn edited(a: &Annotation, by: &str, change: impl FnOnce(&mut Annotation)) -> Annotation {
    let mut a = a.clone();
    change(&mut a);
    a.modified = "2026-11-02T10:00:00Z".to_owned();
    a.review.modified_by = by.to_owned();
    a
}

#[test]
fn different_fields_merge_and_the_same_field_conflicts() {
    let doc = document();
    let one = claim(&doc, 1, 18, 44);
    let two = claim(&doc, 2, 46, 66);
    let base = set(vec![one.clone(), two.clone()]);
    let ours = set(vec![
        edited(&one, "Ana", |a| a.review.verdict = Some("False".to_owned())),
        edited(&two, "Ana", |a| a.note = "check customs".to_owned()),
    ]);
    let theirs = set(vec![
        edited(&one, "Ben", |a| a.review.status = ClaimStatus::Done),
        edited(&two, "Ben", |a| a.note = "customs site down".to_owned()),
    ]);
    let merged = merge(&base, &ours, &theirs);
    let one = merged.annotations.get(AnnotationId(1)).unwrap();
    assert_eq!(one.review.verdict.as_deref(), Some("False"));
    assert_eq!(one.review.status, ClaimStatus::Done);
    assert!(one.conflicts.is_empty());
    let two = merged.annotations.get(AnnotationId(2)).unwrap();
    assert_eq!(two.note, "check customs", "ours stays in place");
    assert_eq!(
        two.conflicts,
        vec![Conflict::Field {
            field: Field::Note,
            theirs: FieldValue::Text("customs site down".to_owned()),
            by: "Ben".to_owned()
        }]
    );
    assert_eq!(
        merged.report.conflicts,
        vec![(
            AnnotationId(2),
            "note: ours “check customs”, theirs “customs site down” (Ben)".to_owned()
        )]
    );
    assert_eq!(merged.report.fields_from_them, 1);
}

#[test]
fn deletions_evidence_and_links() {
    let doc = document();
    let one = claim(&doc, 1, 18, 44);
    let two = claim(&doc, 2, 46, 66);
    let three = claim(&doc, 3, 118, 144);
    let base = set(vec![one.clone(), two.clone(), three.clone()]);
    let evidence = |reference: &str| Evidence {
        reference: reference.to_owned(),
        ..Evidence::default()
    };
    // Ours: deletes #2 (untouched by them), adds evidence A to #1, changes #3.
    let ours = set(vec![
        edited(&one, "Ana", |a| a.review.evidence.push(evidence("A"))),
        edited(&three, "Ana", |a| a.note = "ours".to_owned()),
    ]);
    // Theirs: adds evidence B to #1, deletes #3 (which ours changed).
    let theirs = set(vec![
        edited(&one, "Ben", |a| {
            a.review.evidence.push(evidence("B"));
        }),
        two.clone(),
    ]);
    let merged = merge(&base, &ours, &theirs);
    assert!(
        merged.annotations.get(AnnotationId(2)).is_none(),
        "deleted by us, untouched by them"
    );
    let one = merged.annotations.get(AnnotationId(1)).unwrap();
    let references: Vec<&str> = one
        .review
        .evidence
        .iter()
        .map(|e| e.reference.as_str())
        .collect();
    assert_eq!(references, ["A", "B"]);
    let three = merged.annotations.get(AnnotationId(3)).unwrap();
    assert_eq!(
        three.conflicts,
        vec![Conflict::DeletedByThem { by: String::new() }]
    );
    assert_eq!(three.note, "ours");
}

#[test]
fn clashing_new_ids_are_renumbered_with_their_links() {
    let doc = document();
    let one = claim(&doc, 1, 18, 44);
    let base = set(vec![one.clone()]);
    let ours = set(vec![one.clone(), claim(&doc, 2, 46, 66)]);
    let mut their_new = claim(&doc, 2, 118, 144);
    their_new.review.links.push(Link {
        kind: LinkKind::ContradictedBy,
        target: AnnotationId(1),
    });
    let their_one = edited(&one, "Ben", |a| {
        a.review.links.push(Link {
            kind: LinkKind::SupportedBy,
            target: AnnotationId(2),
        });
    });
    let theirs = set(vec![their_one, their_new]);
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(
        merged.report.renumbered,
        vec![(AnnotationId(2), AnnotationId(3))]
    );
    assert_eq!(merged.annotations.len(), 3);
    assert_eq!(
        merged.annotations.get(AnnotationId(2)).unwrap().span,
        Span::new(46, 66)
    );
    assert_eq!(
        merged.annotations.get(AnnotationId(3)).unwrap().span,
        Span::new(118, 144)
    );
    let links = &merged
        .annotations
        .get(AnnotationId(1))
        .unwrap()
        .review
        .links;
    assert_eq!(
        links[0].target,
        AnnotationId(3),
        "their link follows the renumbered id"
    );
    assert!(merged.report.is_clean());
}

#[test]
fn the_same_annotation_added_on_both_sides_is_kept_once() {
    let doc = document();
    let base = set(vec![]);
    let mut ours = claim(&doc, 1, 18, 44);
    ours.review.verdict = Some("False".to_owned());
    let theirs = claim(&doc, 1, 18, 44);
    let merged = merge(&base, &set(vec![ours]), &set(vec![theirs]));
    assert_eq!(merged.annotations.len(), 1);
    // No common base for it: a value on one side only is a conflict, both kept.
    assert_eq!(
        merged
            .annotations
            .get(AnnotationId(1))
            .unwrap()
            .conflicts
            .len(),
        1
    );
}

#[test]
fn different_articles_are_refused() {
    let doc = document();
    let other = Document::new(format!("{TEXT} More."), None, "utf-8");
    let empty = AnnotationSet::default();
    let scale = RatingScale::default();
    let side = |document| Side {
        document,
        annotations: &empty,
        scale: &scale,
    };
    let error = three_way(side(&doc), side(&doc), side(&other)).unwrap_err();
    assert!(error.to_string().contains("Update article text"), "{error}");
}

/// Sides made as the app makes them: annotations added, edited, deleted (with the links
/// pointing at them).
fn annotations_strategy() -> impl Strategy<Value = Vec<(u8, usize, usize, u8, bool)>> {
    prop::collection::vec(
        (0u8..3, 0usize..140, 1usize..30, 0u8..4, any::<bool>()),
        0..12,
    )
}

fn build(spec: &[(u8, usize, usize, u8, bool)], first_id: u64) -> Vec<Annotation> {
    let doc = document();
    let len = doc.char_len();
    let mut out: Vec<Annotation> = Vec::new();
    for (n, (tag, start, length, verdict, linked)) in spec.iter().enumerate() {
        let start = (*start).min(len - 1);
        let end = (start + length).min(len);
        let mut a = claim(&doc, first_id + n as u64, start, end);
        a.tag = Tag::ALL[usize::from(*tag)];
        a.review.verdict = ["True", "False", "Misleading"]
            .get(usize::from(*verdict))
            .map(|v| (*v).to_owned());
        if *linked && let Some(previous) = out.last() {
            a.review.links.push(Link {
                kind: LinkKind::SupportedBy,
                target: previous.id,
            });
        }
        out.push(a);
    }
    out
}

/// A side derived from `base`: some annotations deleted (with links to them), some edited,
/// some added with ids from `first_new`.
fn derive(
    base: &[Annotation],
    deletes: &[bool],
    notes: &[bool],
    added: &[(u8, usize, usize, u8, bool)],
    first_new: u64,
    who: &str,
) -> Vec<Annotation> {
    let deleted: Vec<AnnotationId> = base
        .iter()
        .zip(deletes.iter().chain(std::iter::repeat(&false)))
        .filter(|(_, d)| **d)
        .map(|(a, _)| a.id)
        .collect();
    let mut out: Vec<Annotation> = base
        .iter()
        .filter(|a| !deleted.contains(&a.id))
        .zip(notes.iter().chain(std::iter::repeat(&false)))
        .map(|(a, n)| {
            let mut a = a.clone();
            a.review.links.retain(|l| !deleted.contains(&l.target));
            if *n {
                a = edited(&a, who, |a| a.note = format!("{who} was here"));
            }
            a
        })
        .collect();
    let mut new = build(added, first_new);
    for a in &mut new {
        a.review.links.clear();
    }
    out.extend(new);
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn merging_with_itself_or_an_unchanged_side_changes_nothing(
        base in annotations_strategy(),
        deletes in prop::collection::vec(any::<bool>(), 0..12),
        notes in prop::collection::vec(any::<bool>(), 0..12),
        added in annotations_strategy(),
    ) {
        let base = build(&base, 1);
        let ours = derive(&base, &deletes, &notes, &added, 100, "Ana");
        let (base, ours) = (set(base), set(ours));
        prop_assert_eq!(&merge(&ours, &ours, &ours).annotations, &ours);
        prop_assert_eq!(&merge(&base, &ours, &base).annotations, &ours);
        prop_assert_eq!(&merge(&base, &base, &ours).annotations, &ours);
    }

    #[test]
    fn a_merge_never_loses_what_either_side_added(
        base in annotations_strategy(),
        our_deletes in prop::collection::vec(any::<bool>(), 0..12),
        their_deletes in prop::collection::vec(any::<bool>(), 0..12),
        our_notes in prop::collection::vec(any::<bool>(), 0..12),
        their_notes in prop::collection::vec(any::<bool>(), 0..12),
        our_added in annotations_strategy(),
        their_added in annotations_strategy(),
    ) {
        let base = build(&base, 1);
        // Both sides number their new annotations from the same next id, as two apps would.
        let ours = derive(&base, &our_deletes, &our_notes, &our_added, 100, "Ana");
        let theirs = derive(&base, &their_deletes, &their_notes, &their_added, 100, "Ben");
        let merged = merge(&set(base.clone()), &set(ours.clone()), &set(theirs.clone()));
        let result: Vec<&Annotation> = merged.annotations.in_order().collect();
        for added in ours.iter().chain(&theirs).filter(|a| a.id.0 >= 100) {
            prop_assert!(
                result.iter().any(|m| m.tag == added.tag && m.span == added.span && m.text == added.text),
                "lost {:?}", added
            );
        }
        // Every link points at an annotation that exists.
        for a in &result {
            for link in &a.review.links {
                prop_assert!(merged.annotations.get(link.target).is_some());
            }
        }
    }
}

#[test]
fn rejected_suggestions_merge_as_sets() {
    let doc = document();
    let one = claim(&doc, 1, 18, 44);
    let base = set(vec![one.clone()]).with_rejected(["Customs data show 7%.", "Old one."]);
    // Ours takes back "Old one." and rejects the bridge; theirs rejects the quote.
    let ours = set(vec![one.clone()])
        .with_rejected(["Customs data show 7%.", "The bridge cost €1.8 billion."]);
    let theirs = set(vec![one]).with_rejected([
        "Customs data show 7%.",
        "Old one.",
        "“We are the fastest-growing economy,” she added.",
    ]);
    let merged = merge(&base, &ours, &theirs);
    let rejected: Vec<&str> = merged.annotations.rejected_suggestions().collect();
    assert_eq!(
        rejected,
        [
            "Customs data show 7%.",
            "The bridge cost €1.8 billion.",
            "“We are the fastest-growing economy,” she added."
        ]
    );
}
