//! Two people's work in one session: deciding a merge conflict, and taking differences from
//! another person's file into ours (the compare view). Each is one undoable step.

use std::collections::BTreeMap;

use super::{Session, SessionError};
use crate::compare::{Difference, DifferenceKind};
use crate::edit::Edit;
use crate::model::{Annotation, AnnotationId, AnnotationSet, Conflict, SetError};

/// Which side of a merge conflict to keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictChoice {
    /// Ours: our value stays; an annotation we deleted goes.
    Ours,
    /// Theirs: their value is taken; an annotation they deleted goes.
    Theirs,
}

impl Session {
    /// The edits that delete `id` and the links pointing at it.
    fn deletion(&self, id: AnnotationId) -> Vec<Edit> {
        let mut edits = Vec::new();
        for (source, _) in self.links_to(id).to_vec() {
            let already = edits
                .iter()
                .any(|e| matches!(e, Edit::Update(a) if a.id == source));
            if already || source == id {
                continue;
            }
            if let Some(mut other) = self.annotations().get(source).cloned() {
                other.review.links.retain(|l| l.target != id);
                edits.push(Edit::Update(other));
            }
        }
        edits.push(Edit::Remove(id));
        edits
    }

    /// Decides conflict number `index` of annotation `id`.
    pub fn resolve_conflict(
        &mut self,
        id: AnnotationId,
        index: usize,
        choice: ConflictChoice,
        now: &str,
    ) -> Result<(), SessionError> {
        let annotation = self.get_cloned(id)?;
        let Some(conflict) = annotation.conflicts.get(index).cloned() else {
            return Err(SessionError::Set(SetError::Missing(id)));
        };
        let delete = matches!(
            (&conflict, choice),
            (Conflict::DeletedByThem { .. }, ConflictChoice::Theirs)
                | (Conflict::DeletedByUs { .. }, ConflictChoice::Ours)
        );
        if delete {
            let edits = self.deletion(id);
            self.history.apply(
                &mut self.content,
                Edit::Batch(edits),
                "Resolve conflict".to_owned(),
                None,
            )?;
            return Ok(());
        }
        self.edit(id, "Resolve conflict", None, now, |a| {
            if let (Conflict::Field { field, theirs, .. }, ConflictChoice::Theirs) =
                (&conflict, choice)
            {
                field.set(a, theirs.clone());
            }
            a.conflicts.remove(index);
        })
    }

    /// Takes `differences` from the other person's annotations (`theirs`) into ours, as one
    /// step: their annotation added (new id, no links), ours removed, or ours given their
    /// span, tag or field. Returns how many were taken.
    pub fn accept_differences(
        &mut self,
        differences: &[Difference],
        theirs: &AnnotationSet,
        now: &str,
    ) -> Result<usize, SessionError> {
        let mut next = self.annotations().next_id().0;
        let mut added = Vec::new();
        let mut removed = Vec::new();
        let mut updated: BTreeMap<AnnotationId, Annotation> = BTreeMap::new();
        let mut taken = 0;
        for difference in differences {
            match difference.kind {
                DifferenceKind::OnlyTheirs => {
                    let Some(their) = difference.theirs.and_then(|id| theirs.get(id)) else {
                        continue;
                    };
                    let mut copy = their.clone();
                    copy.id = AnnotationId(next);
                    next += 1;
                    copy.review.links.clear();
                    copy.conflicts.clear();
                    copy.flag = None;
                    added.push(copy);
                }
                DifferenceKind::OnlyOurs => {
                    let Some(id) = difference
                        .ours
                        .filter(|id| self.annotations().get(*id).is_some())
                    else {
                        continue;
                    };
                    if !removed.contains(&id) {
                        removed.push(id);
                    }
                }
                DifferenceKind::Span | DifferenceKind::Tag | DifferenceKind::Field(_) => {
                    let field = match difference.kind {
                        DifferenceKind::Span => crate::model::Field::Position,
                        DifferenceKind::Tag => crate::model::Field::Tag,
                        DifferenceKind::Field(field) => field,
                        _ => continue,
                    };
                    let (Some(id), Some(value)) = (difference.ours, difference.their_value.clone())
                    else {
                        continue;
                    };
                    let Some(current) = updated
                        .get(&id)
                        .cloned()
                        .or_else(|| self.annotations().get(id).cloned())
                    else {
                        continue;
                    };
                    let mut changed = current;
                    if !field.set(&mut changed, value) {
                        continue;
                    }
                    changed.modified = now.to_owned();
                    changed.review.modified_by = self.reviewer.clone();
                    updated.insert(id, changed);
                }
            }
            taken += 1;
        }
        // Links pointing at removed annotations go with them.
        for &id in &removed {
            for (source, _) in self.links_to(id).to_vec() {
                if removed.contains(&source) {
                    continue;
                }
                let current = updated
                    .get(&source)
                    .cloned()
                    .or_else(|| self.annotations().get(source).cloned());
                if let Some(mut other) = current {
                    other.review.links.retain(|l| !removed.contains(&l.target));
                    updated.insert(source, other);
                }
            }
        }
        let mut edits: Vec<Edit> = updated
            .into_values()
            .filter(|a| !removed.contains(&a.id))
            .map(Edit::Update)
            .collect();
        edits.extend(removed.iter().map(|id| Edit::Remove(*id)));
        edits.extend(added.into_iter().map(Edit::Add));
        if edits.is_empty() {
            return Ok(0);
        }
        let label = if taken == 1 {
            "Accept difference".to_owned()
        } else {
            format!("Accept {taken} differences")
        };
        self.history
            .apply(&mut self.content, Edit::Batch(edits), label, None)?;
        Ok(taken)
    }
}
