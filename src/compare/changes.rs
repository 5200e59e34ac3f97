//! What changed between two versions of one annotation file, annotation by annotation and in
//! words ("claim #4: verdict False → Misleading (Ben)"), for `claimmark diff` and git.
//! Versions of one file share ids, so annotations are matched by id.

use crate::model::{Annotation, AnnotationSet, Document, Field, FieldValue};

fn who(a: &Annotation) -> String {
    let by = &a.review.modified_by;
    if by.is_empty() {
        String::new()
    } else {
        format!(" ({by})")
    }
}

fn name(a: &Annotation) -> String {
    format!("{} {}", a.tag.key_name(), a.id)
}

fn change_of(field: Field, old: &FieldValue, new: &FieldValue) -> String {
    match (field, old, new) {
        (Field::Position, ..) => format!("moved from {} to {}", old.describe(), new.describe()),
        (Field::Evidence, FieldValue::Evidence(a), FieldValue::Evidence(b)) => {
            let added: Vec<String> = b
                .iter()
                .filter(|e| !a.contains(e))
                .map(|e| {
                    format!(
                        "+ {}",
                        if e.title.is_empty() {
                            &e.reference
                        } else {
                            &e.title
                        }
                    )
                })
                .collect();
            let removed: Vec<String> = a
                .iter()
                .filter(|e| !b.contains(e))
                .map(|e| {
                    format!(
                        "− {}",
                        if e.title.is_empty() {
                            &e.reference
                        } else {
                            &e.title
                        }
                    )
                })
                .collect();
            format!("evidence {}", [added, removed].concat().join(", "))
        }
        (Field::Links, FieldValue::Links(a), FieldValue::Links(b)) => {
            let describe = |l: &crate::model::Link, sign: &str| {
                format!("{sign} {} {}", l.kind.label(), l.target)
            };
            let added = b
                .iter()
                .filter(|l| !a.contains(l))
                .map(|l| describe(l, "+"));
            let removed = a
                .iter()
                .filter(|l| !b.contains(l))
                .map(|l| describe(l, "−"));
            format!(
                "links {}",
                added.chain(removed).collect::<Vec<_>>().join(", ")
            )
        }
        _ => format!("{} {} → {}", field.name(), old.describe(), new.describe()),
    }
}

/// The changes from `old` to `new`, one line each, in document order.
pub fn changes(
    old_document: Option<&Document>,
    old: &AnnotationSet,
    new_document: &Document,
    new: &AnnotationSet,
) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(old_document) = old_document
        && old_document.text() != new_document.text()
    {
        lines.push(format!(
            "article text changed ({} → {} characters)",
            old_document.char_len(),
            new_document.char_len()
        ));
    }
    let mut rows: Vec<(usize, String)> = Vec::new();
    for a in new.in_order() {
        match old.get(a.id) {
            None => rows.push((
                a.span.start,
                format!(
                    "{} added: “{}”{}",
                    name(a),
                    crate::model::excerpt(&a.text, 70),
                    who(a)
                ),
            )),
            Some(before) => {
                let mut parts: Vec<String> = Field::ALL
                    .iter()
                    .filter_map(|f| {
                        let (x, y) = (f.get(before), f.get(a));
                        (x != y).then(|| change_of(*f, &x, &y))
                    })
                    .collect();
                if before.conflicts != a.conflicts {
                    parts.push(format!(
                        "{} merge conflict(s) → {}",
                        before.conflicts.len(),
                        a.conflicts.len()
                    ));
                }
                if !parts.is_empty() {
                    rows.push((
                        a.span.start,
                        format!("{}: {}{}", name(a), parts.join("; "), who(a)),
                    ));
                }
            }
        }
    }
    for a in old.in_order().filter(|a| new.get(a.id).is_none()) {
        rows.push((
            a.span.start,
            format!(
                "{} deleted: “{}”",
                name(a),
                crate::model::excerpt(&a.text, 70)
            ),
        ));
    }
    rows.sort_by_key(|(start, _)| *start);
    lines.extend(rows.into_iter().map(|(_, line)| line));
    lines
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::model::{AnnotationId, Span, Tag};

    #[test]
    fn changes_in_words() {
        let doc = Document::new(
            "Exports rose 12% last year. Imports fell 3%.".to_owned(),
            None,
            "utf-8",
        );
        let claim =
            Annotation::new(AnnotationId(4), Tag::Claim, Span::new(0, 26), &doc, "t").unwrap();
        let quote =
            Annotation::new(AnnotationId(5), Tag::Quote, Span::new(28, 44), &doc, "t").unwrap();
        let mut old_claim = claim.clone();
        old_claim.review.verdict = Some("False".to_owned());
        let old = AnnotationSet::from_annotations(vec![old_claim, quote]).unwrap();
        let mut new_claim = claim;
        new_claim.review.verdict = Some("Misleading".to_owned());
        new_claim.review.modified_by = "Ben".to_owned();
        let added =
            Annotation::new(AnnotationId(6), Tag::Citation, Span::new(41, 44), &doc, "t").unwrap();
        let new = AnnotationSet::from_annotations(vec![new_claim, added]).unwrap();
        assert_eq!(
            changes(Some(&doc), &old, &doc, &new),
            vec![
                "claim #4: verdict False → Misleading (Ben)",
                "quote #5 deleted: “Imports fell 3%.”",
                "citation #6 added: “3%.”",
            ]
        );
    }
}
