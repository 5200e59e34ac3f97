//! Three-way merge of two people's annotations of one article, from the version both started
//! from (git's merge driver calls it through `claimmark merge`). Annotations are matched by id:
//! changes to different annotations, or to different fields of one, merge cleanly; evidence
//! and links merge item by item; the same field changed differently on both sides becomes a
//! [`Conflict`] kept in the annotation (ours in place, theirs beside it), so the result is
//! always a valid file. Pure: no files, no UI.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{
    Annotation, AnnotationId, AnnotationSet, Conflict, Document, Field, FieldValue, RatingScale,
};

/// One version of the file: its article, annotations and rating scale.
#[derive(Clone, Copy)]
pub struct Side<'a> {
    /// The article.
    pub document: &'a Document,
    /// The annotations.
    pub annotations: &'a AnnotationSet,
    /// The verdicts.
    pub scale: &'a RatingScale,
}

/// Why two versions cannot be merged.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    /// The two sides annotate different texts.
    #[error(
        "the two versions annotate different article texts ({ours} and {theirs} characters). \
         Open one of them in claimmark, use File → Update article text… with the other's \
         article so both annotate the same text, then merge again"
    )]
    DifferentArticles {
        /// Characters in our article.
        ours: usize,
        /// Characters in theirs.
        theirs: usize,
    },
}

/// What the merge did, for the summary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Annotations only the other side added.
    pub added_by_them: usize,
    /// Annotations removed because the other side deleted them.
    pub deleted_by_them: usize,
    /// Fields taken from the other side.
    pub fields_from_them: usize,
    /// The other side's new annotations whose ids clashed with ours: (old id, new id).
    pub renumbered: Vec<(AnnotationId, AnnotationId)>,
    /// Links dropped because their target was deleted: (from, to).
    pub dropped_links: Vec<(AnnotationId, AnnotationId)>,
    /// Conflicts left in the file (annotation, what).
    pub conflicts: Vec<(AnnotationId, String)>,
    /// Other things worth saying (rating scales that differ).
    pub notes: Vec<String>,
}

/// The merge's result.
#[derive(Clone, Debug)]
pub struct Merged {
    /// The merged annotations (on our article text).
    pub annotations: AnnotationSet,
    /// The rating scale.
    pub scale: RatingScale,
    /// What happened.
    pub report: MergeReport,
}

/// True when two versions of an annotation say the same (every field and conflict; times and
/// authors aside).
fn same_content(a: &Annotation, b: &Annotation) -> bool {
    a.conflicts == b.conflicts && Field::ALL.iter().all(|f| f.get(a) == f.get(b))
}

/// Merges list items: ours, without what they removed from the base, plus what they added.
fn merge_items<T: PartialEq + Clone>(base: Option<&[T]>, ours: &[T], theirs: &[T]) -> Vec<T> {
    let base = base.unwrap_or_default();
    let mut out: Vec<T> = ours
        .iter()
        .filter(|item| !base.contains(item) || theirs.contains(item))
        .cloned()
        .collect();
    for item in theirs {
        if !base.contains(item) && !out.contains(item) {
            out.push(item.clone());
        }
    }
    out
}

/// Merges one annotation field by field; conflicts are added to the result.
fn merge_annotation(
    base: Option<&Annotation>,
    ours: &Annotation,
    theirs: &Annotation,
    report: &mut MergeReport,
) -> Annotation {
    let mut out = ours.clone();
    let mut took_theirs = false;
    for field in Field::ALL {
        let (o, t) = (field.get(ours), field.get(theirs));
        if o == t {
            continue;
        }
        let b = base.map(|b| field.get(b));
        if b.as_ref() == Some(&o) {
            field.set(&mut out, t);
            report.fields_from_them += 1;
            took_theirs = true;
            continue;
        }
        if b.as_ref() == Some(&t) {
            continue;
        }
        let merged = match (&b, &o, &t) {
            (b, FieldValue::Evidence(o), FieldValue::Evidence(t)) => {
                let b = match b {
                    Some(FieldValue::Evidence(b)) => Some(b.as_slice()),
                    _ => None,
                };
                Some(FieldValue::Evidence(merge_items(b, o, t)))
            }
            (b, FieldValue::Links(o), FieldValue::Links(t)) => {
                let b = match b {
                    Some(FieldValue::Links(b)) => Some(b.as_slice()),
                    _ => None,
                };
                Some(FieldValue::Links(merge_items(b, o, t)))
            }
            _ => None,
        };
        match merged {
            Some(value) => {
                field.set(&mut out, value);
                took_theirs = true;
            }
            None => {
                let conflict = Conflict::Field {
                    field,
                    theirs: t,
                    by: theirs.review.modified_by.clone(),
                };
                report.conflicts.push((out.id, conflict.describe(Some(&o))));
                out.conflicts.push(conflict);
            }
        }
    }
    for conflict in &theirs.conflicts {
        if !out.conflicts.contains(conflict) {
            out.conflicts.push(conflict.clone());
        }
    }
    if took_theirs && theirs.modified > ours.modified {
        out.modified = theirs.modified.clone();
        out.review.modified_by = theirs.review.modified_by.clone();
    }
    out
}

/// Gives the other side's new annotations whose ids clash with our new ones (and are not the
/// same annotation) fresh ids, and points their links at the new ids.
fn renumber_theirs(
    base: &AnnotationSet,
    ours: &AnnotationSet,
    theirs: &AnnotationSet,
    report: &mut MergeReport,
) -> Vec<Annotation> {
    let mut next = [base, ours, theirs]
        .iter()
        .flat_map(|set| set.in_order().map(|a| a.id.0))
        .max()
        .unwrap_or(0)
        + 1;
    let mut map = BTreeMap::new();
    for t in theirs.in_order() {
        if base.get(t.id).is_some() {
            continue;
        }
        let Some(o) = ours.get(t.id) else { continue };
        let same = o.tag == t.tag && o.span == t.span && o.text == t.text;
        if !same {
            map.insert(t.id, AnnotationId(next));
            report.renumbered.push((t.id, AnnotationId(next)));
            next += 1;
        }
    }
    theirs
        .in_order()
        .map(|t| {
            let mut t = t.clone();
            if let Some(new) = map.get(&t.id) {
                t.id = *new;
            }
            for link in &mut t.review.links {
                if let Some(new) = map.get(&link.target) {
                    link.target = *new;
                }
            }
            t
        })
        .collect()
}

/// Merges `ours` and `theirs`, both descended from `base` (empty when they share no
/// history). The result is on our article text.
pub fn three_way(base: Side<'_>, ours: Side<'_>, theirs: Side<'_>) -> Result<Merged, MergeError> {
    if ours.document.text() != theirs.document.text() {
        return Err(MergeError::DifferentArticles {
            ours: ours.document.char_len(),
            theirs: theirs.document.char_len(),
        });
    }
    let mut report = MergeReport::default();
    let theirs_list = renumber_theirs(
        base.annotations,
        ours.annotations,
        theirs.annotations,
        &mut report,
    );
    let theirs_by_id: BTreeMap<AnnotationId, &Annotation> =
        theirs_list.iter().map(|a| (a.id, a)).collect();
    let ids: BTreeSet<AnnotationId> = base
        .annotations
        .in_order()
        .chain(ours.annotations.in_order())
        .map(|a| a.id)
        .chain(theirs_by_id.keys().copied())
        .collect();
    let mut merged = Vec::with_capacity(ids.len());
    for id in ids {
        let b = base.annotations.get(id);
        let o = ours.annotations.get(id);
        let t = theirs_by_id.get(&id).copied();
        match (b, o, t) {
            (b, Some(o), Some(t)) => merged.push(merge_annotation(b, o, t, &mut report)),
            (Some(b), Some(o), None) => {
                if same_content(b, o) {
                    report.deleted_by_them += 1;
                } else {
                    let mut kept = o.clone();
                    let conflict = Conflict::DeletedByThem { by: String::new() };
                    report.conflicts.push((id, conflict.describe(None)));
                    kept.conflicts.push(conflict);
                    merged.push(kept);
                }
            }
            (Some(b), None, Some(t)) => {
                if !same_content(b, t) {
                    let mut kept = t.clone();
                    let conflict = Conflict::DeletedByUs {
                        by: t.review.modified_by.clone(),
                    };
                    report.conflicts.push((id, conflict.describe(None)));
                    kept.conflicts.push(conflict);
                    merged.push(kept);
                }
            }
            (None, Some(o), None) => merged.push(o.clone()),
            (None, None, Some(t)) => {
                report.added_by_them += 1;
                merged.push(t.clone());
            }
            (Some(_), None, None) | (None, None, None) => {}
        }
    }
    let kept: BTreeSet<AnnotationId> = merged.iter().map(|a| a.id).collect();
    let had: BTreeSet<AnnotationId> = ours
        .annotations
        .in_order()
        .map(|a| a.id)
        .chain(theirs_by_id.keys().copied())
        .collect();
    for annotation in &mut merged {
        let from = annotation.id;
        annotation.review.links.retain(|link| {
            let dangling = had.contains(&link.target) && !kept.contains(&link.target);
            if dangling {
                report.dropped_links.push((from, link.target));
            }
            !dangling
        });
    }
    let scale = if ours.scale == theirs.scale || theirs.scale == base.scale {
        ours.scale.clone()
    } else if ours.scale == base.scale {
        theirs.scale.clone()
    } else {
        report
            .notes
            .push("both sides changed the rating scale differently; ours is kept".to_owned());
        ours.scale.clone()
    };
    // A rejected suggestion stays rejected unless one side took the rejection back.
    let rejected_in = |set: &AnnotationSet, text: &str| set.is_rejected(text);
    let rejected: BTreeSet<&str> = ours
        .annotations
        .rejected_suggestions()
        .chain(theirs.annotations.rejected_suggestions())
        .filter(|text| {
            let (o, t) = (
                rejected_in(ours.annotations, text),
                rejected_in(theirs.annotations, text),
            );
            (o && t) || !rejected_in(base.annotations, text)
        })
        .collect();
    let annotations = AnnotationSet::from_annotations(merged)
        .unwrap_or_default()
        .with_rejected(rejected);
    Ok(Merged {
        annotations,
        scale,
        report,
    })
}

impl MergeReport {
    /// True when nothing is left to decide.
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }

    /// The summary in lines a person reads.
    pub fn describe(&self) -> Vec<String> {
        let mut lines = vec![format!(
            "{} annotation(s) added by them, {} deleted by them, {} field(s) taken from them",
            self.added_by_them, self.deleted_by_them, self.fields_from_them
        )];
        for (old, new) in &self.renumbered {
            lines.push(format!(
                "their new annotation {old} clashed with ours and is now {new} (links follow)"
            ));
        }
        for (from, to) in &self.dropped_links {
            lines.push(format!(
                "link from {from} to {to} dropped: {to} was deleted"
            ));
        }
        lines.extend(self.notes.iter().cloned());
        for (id, what) in &self.conflicts {
            lines.push(format!("conflict in annotation {id}: {what}"));
        }
        lines
    }
}

#[cfg(test)]
mod test;
