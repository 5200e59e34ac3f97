//! Undo/redo stacks of edits, and the dirty flag that follows them.

use crate::edit::{Content, Edit};
use crate::model::{AnnotationId, Field, SetError};

/// Identifies a run of small edits (e.g. typing in one note) that undo as one step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MergeKey {
    /// The annotation being edited.
    pub id: AnnotationId,
    /// Which field.
    pub field: Field,
}

#[derive(Clone, Debug)]
struct Entry {
    /// The edit that moves the set to `state`.
    edit: Edit,
    /// The state the set is in after `edit` is applied.
    state: u64,
    /// What the user did, e.g. "Tag claim".
    label: String,
    merge: Option<MergeKey>,
}

/// The undo and redo stacks of one document.
///
/// Every state of the annotation set has a number; `saved` is the number of the state last
/// written to disk, so the set is dirty exactly when `current != saved`, however the user got
/// there (edits, undo, redo).
#[derive(Clone, Debug)]
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
    current: u64,
    next_state: u64,
    saved: Option<u64>,
    merge_open: bool,
}

impl Default for History {
    fn default() -> Self {
        Self::new_saved()
    }
}

impl History {
    /// A history whose starting state counts as saved (a file just opened).
    pub fn new_saved() -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            current: 0,
            next_state: 1,
            saved: Some(0),
            merge_open: false,
        }
    }

    /// A history whose starting state has never been saved.
    pub fn new_unsaved() -> Self {
        Self {
            saved: None,
            ..Self::new_saved()
        }
    }

    /// Applies `edit` to `content` and records it so it can be undone.
    ///
    /// With a `merge` key equal to the previous edit's (and no edit in between), the two are
    /// undone as one step. Nothing is recorded when the edit fails.
    pub fn apply(
        &mut self,
        content: &mut Content,
        edit: Edit,
        label: impl Into<String>,
        merge: Option<MergeKey>,
    ) -> Result<(), SetError> {
        let inverse = edit.apply(content)?;
        let merges = merge.is_some()
            && self.merge_open
            && self.redo.is_empty()
            && self.undo.last().is_some_and(|e| e.merge == merge);
        let previous = self.current;
        self.current = self.fresh_state();
        self.redo.clear();
        if merges {
            // The older inverse already restores the state before the whole run.
        } else {
            self.undo.push(Entry {
                edit: inverse,
                state: previous,
                label: label.into(),
                merge,
            });
        }
        self.merge_open = merge.is_some();
        Ok(())
    }

    /// Ends the current run of mergeable edits: the next one starts a new undo step.
    pub fn seal(&mut self) {
        self.merge_open = false;
    }

    /// Undoes the last edit. Returns its label, or `None` when there is nothing to undo.
    pub fn undo(&mut self, content: &mut Content) -> Result<Option<String>, SetError> {
        let had = !self.undo.is_empty();
        Self::step(content, &mut self.undo, &mut self.redo, &mut self.current)?;
        self.merge_open = false;
        Ok(had
            .then(|| self.redo.last().map(|e| e.label.clone()))
            .flatten())
    }

    /// Redoes the last undone edit. Returns its label, or `None` when there is nothing to redo.
    pub fn redo(&mut self, content: &mut Content) -> Result<Option<String>, SetError> {
        let had = !self.redo.is_empty();
        Self::step(content, &mut self.redo, &mut self.undo, &mut self.current)?;
        self.merge_open = false;
        Ok(had
            .then(|| self.undo.last().map(|e| e.label.clone()))
            .flatten())
    }

    fn step(
        content: &mut Content,
        from: &mut Vec<Entry>,
        to: &mut Vec<Entry>,
        current: &mut u64,
    ) -> Result<(), SetError> {
        let Some(entry) = from.pop() else {
            return Ok(());
        };
        match entry.edit.clone().apply(content) {
            Ok(inverse) => {
                to.push(Entry {
                    edit: inverse,
                    state: *current,
                    label: entry.label,
                    merge: entry.merge,
                });
                *current = entry.state;
                Ok(())
            }
            Err(error) => {
                from.push(entry);
                Err(error)
            }
        }
    }

    fn fresh_state(&mut self) -> u64 {
        let state = self.next_state;
        self.next_state += 1;
        state
    }

    /// True when there is an edit to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when there is an edit to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Label of the edit Undo would revert.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|e| e.label.as_str())
    }

    /// Label of the edit Redo would re-apply.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|e| e.label.as_str())
    }

    /// Records that the current state has been written to disk.
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.current);
        self.merge_open = false;
    }

    /// Records that the current state is not on disk (e.g. restored from a recovery file).
    pub fn mark_unsaved(&mut self) {
        self.saved = None;
    }

    /// True when the set differs from what was last saved.
    pub fn is_dirty(&self) -> bool {
        self.saved != Some(self.current)
    }
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::model::{Annotation, AnnotationSet, Document, Span, Tag};
    use proptest::prelude::*;

    fn doc() -> Document {
        Document::new(
            "The quick brown fox jumps over the lazy dog. 😀 李小龙".to_owned(),
            None,
            "utf-8",
        )
    }

    #[test]
    fn dirty_follows_undo_and_redo() {
        let doc = doc();
        let mut set = Content::new(doc.clone(), AnnotationSet::new(), Vec::new());
        let mut history = History::new_saved();
        assert!(!history.is_dirty());
        let a = Annotation::new(AnnotationId(1), Tag::Claim, Span::new(4, 9), &doc, "t").unwrap();
        history
            .apply(&mut set, Edit::Add(a), "Tag claim", None)
            .unwrap();
        assert!(history.is_dirty());
        history.undo(&mut set).unwrap();
        assert!(!history.is_dirty(), "back at the saved state");
        history.redo(&mut set).unwrap();
        assert!(history.is_dirty());
        history.mark_saved();
        assert!(!history.is_dirty());
        history.undo(&mut set).unwrap();
        assert!(history.is_dirty(), "undo past a save is a change");
    }

    #[test]
    fn merged_edits_undo_as_one() {
        let doc = doc();
        let mut set = Content::new(doc.clone(), AnnotationSet::new(), Vec::new());
        let mut history = History::new_saved();
        let a = Annotation::new(AnnotationId(1), Tag::Claim, Span::new(4, 9), &doc, "t").unwrap();
        history
            .apply(&mut set, Edit::Add(a.clone()), "Tag", None)
            .unwrap();
        let key = Some(MergeKey {
            id: a.id,
            field: Field::Note,
        });
        for note in ["a", "ab", "abc"] {
            let mut b = a.clone();
            b.note = note.to_owned();
            history
                .apply(&mut set, Edit::Update(b), "Edit note", key)
                .unwrap();
        }
        assert_eq!(set.annotations().get(a.id).unwrap().note, "abc");
        history.undo(&mut set).unwrap();
        assert_eq!(set.annotations().get(a.id).unwrap().note, "");
        history.undo(&mut set).unwrap();
        assert!(set.annotations().is_empty());
        assert!(!history.can_undo());
    }

    #[test]
    fn seal_breaks_a_merge_run() {
        let doc = doc();
        let mut set = Content::new(doc.clone(), AnnotationSet::new(), Vec::new());
        let mut history = History::new_saved();
        let a = Annotation::new(AnnotationId(1), Tag::Claim, Span::new(4, 9), &doc, "t").unwrap();
        history
            .apply(&mut set, Edit::Add(a.clone()), "Tag", None)
            .unwrap();
        let key = Some(MergeKey {
            id: a.id,
            field: Field::Note,
        });
        let mut b = a.clone();
        b.note = "first".to_owned();
        history
            .apply(&mut set, Edit::Update(b.clone()), "Edit note", key)
            .unwrap();
        history.seal();
        b.note = "second".to_owned();
        history
            .apply(&mut set, Edit::Update(b), "Edit note", key)
            .unwrap();
        history.undo(&mut set).unwrap();
        assert_eq!(set.annotations().get(a.id).unwrap().note, "first");
    }

    #[derive(Clone, Debug)]
    enum Op {
        Add(usize, usize, u8),
        Remove(usize),
        Retag(usize, u8),
        Note(usize, String),
        Undo,
        Redo,
        /// A new version of the article: `n` chars cut from its start.
        ReplaceArticle(usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0usize..50, 1usize..20, 0u8..3).prop_map(|(s, l, t)| Op::Add(s, l, t)),
            (0usize..10).prop_map(Op::Remove),
            (0usize..10, 0u8..3).prop_map(|(i, t)| Op::Retag(i, t)),
            (0usize..10, "[a-z😀 ]{0,8}").prop_map(|(i, n)| Op::Note(i, n)),
            Just(Op::Undo),
            Just(Op::Redo),
            (0usize..20).prop_map(Op::ReplaceArticle),
        ]
    }

    proptest! {
        #[test]
        fn undo_all_restores_the_original(ops in proptest::collection::vec(op(), 0..60)) {
            let doc = doc();
            let mut set = Content::new(doc.clone(), AnnotationSet::new(), Vec::new());
            let original = set.annotations().clone();
            let original_document = set.document().clone();
            let mut history = History::new_saved();
            for op in ops {
                let ids: Vec<AnnotationId> = set.annotations().in_order().map(|a| a.id).collect();
                let pick = |i: usize| ids.get(i % ids.len().max(1)).copied();
                let tag = |t: u8| Tag::ALL[usize::from(t) % 3];
                match op {
                    Op::Add(start, len, t) => {
                        let id = set.annotations().next_id();
                        let end = (start + len).min(doc.char_len());
                        if let Some(a) = Annotation::new(id, tag(t), Span::new(start, end), &doc, "t") {
                            history.apply(&mut set, Edit::Add(a), "add", None).unwrap();
                        }
                    }
                    Op::Remove(i) => if let Some(id) = pick(i) {
                        history.apply(&mut set, Edit::Remove(id), "remove", None).unwrap();
                    },
                    Op::Retag(i, t) => if let Some(id) = pick(i) {
                        let mut a = set.annotations().get(id).unwrap().clone();
                        a.tag = tag(t);
                        history.apply(&mut set, Edit::Update(a), "retag", None).unwrap();
                    },
                    Op::Note(i, note) => if let Some(id) = pick(i) {
                        let mut a = set.annotations().get(id).unwrap().clone();
                        a.note = note;
                        let key = Some(MergeKey { id, field: Field::Note });
                        history.apply(&mut set, Edit::Update(a), "note", key).unwrap();
                    },
                    Op::ReplaceArticle(cut) => {
                        let text: String = set.document().text().chars().skip(cut).collect();
                        let document = Document::new(text, None, "utf-8");
                        let (annotations, _) = crate::reattach::reattach_all(set.annotations(), Some(set.document()), &document, None);
                        let edit = Edit::ReplaceArticle(Box::new(crate::edit::Article { document, annotations, links: Vec::new() }));
                        history.apply(&mut set, edit, "replace", None).unwrap();
                    }
                    Op::Undo => { history.undo(&mut set).unwrap(); }
                    Op::Redo => { history.redo(&mut set).unwrap(); }
                }
                if !history.is_dirty() {
                    prop_assert_eq!(set.annotations(), &original, "clean must mean unchanged");
                    prop_assert_eq!(set.document(), &original_document);
                }
            }
            while history.can_undo() {
                history.undo(&mut set).unwrap();
            }
            prop_assert_eq!(set.annotations(), &original);
            prop_assert_eq!(set.document(), &original_document);
            prop_assert!(!history.is_dirty());
        }
    }
}
