//! Edits: the only way annotations change. Applying an edit returns its inverse.

use crate::model::{Annotation, AnnotationId, AnnotationSet, SetError};

/// One undoable change to an [`AnnotationSet`].
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Add a new annotation.
    Add(Annotation),
    /// Remove the annotation with this id.
    Remove(AnnotationId),
    /// Replace the annotation that has the same id (tag, note, any field).
    Update(Annotation),
    /// Several edits applied in order, undone as one.
    Batch(Vec<Edit>),
}

impl Edit {
    /// Applies the edit to `set` and returns the edit that undoes it.
    ///
    /// On error the set is left exactly as it was (a failing batch is rolled back).
    pub fn apply(self, set: &mut AnnotationSet) -> Result<Edit, SetError> {
        match self {
            Edit::Add(annotation) => {
                let id = annotation.id;
                set.insert(annotation)?;
                Ok(Edit::Remove(id))
            }
            Edit::Remove(id) => set.remove(id).map(Edit::Add),
            Edit::Update(annotation) => set.replace(annotation).map(Edit::Update),
            Edit::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match edit.apply(set) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(error) => {
                            for inverse in inverses.into_iter().rev() {
                                // Undoing what was just applied cannot fail.
                                let _ = inverse.apply(set);
                            }
                            return Err(error);
                        }
                    }
                }
                inverses.reverse();
                Ok(Edit::Batch(inverses))
            }
        }
    }
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::model::{Document, Span, Tag};

    #[test]
    fn apply_then_inverse_restores() {
        let doc = Document::new("hello world".to_owned(), None, "utf-8");
        let mut set = AnnotationSet::new();
        let a = Annotation::new(AnnotationId(1), Tag::Claim, Span::new(0, 5), &doc, "t").unwrap();
        let inverse = Edit::Add(a.clone()).apply(&mut set).unwrap();
        assert_eq!(set.len(), 1);
        let mut b = a.clone();
        b.tag = Tag::Quote;
        let undo_update = Edit::Update(b).apply(&mut set).unwrap();
        assert_eq!(set.get(AnnotationId(1)).unwrap().tag, Tag::Quote);
        undo_update.apply(&mut set).unwrap();
        assert_eq!(set.get(AnnotationId(1)), Some(&a));
        inverse.apply(&mut set).unwrap();
        assert!(set.is_empty());
    }

    #[test]
    fn failing_batch_is_rolled_back() {
        let doc = Document::new("hello world".to_owned(), None, "utf-8");
        let mut set = AnnotationSet::new();
        let a = Annotation::new(AnnotationId(1), Tag::Claim, Span::new(0, 5), &doc, "t").unwrap();
        let batch = Edit::Batch(vec![Edit::Add(a), Edit::Remove(AnnotationId(9))]);
        assert_eq!(
            batch.apply(&mut set),
            Err(SetError::Missing(AnnotationId(9)))
        );
        assert!(set.is_empty());
    }
}
