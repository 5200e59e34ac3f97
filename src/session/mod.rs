//! One open document with its annotations, history and file: the operations the app performs.
//!
//! Pure: no egui, no filesystem. Every change goes through [`History`], so undo/redo and the
//! dirty flag cannot drift apart.

mod together;
mod web;

use std::path::PathBuf;

pub use together::ConflictChoice;
pub use web::PageUpdate;

use crate::edit::{Article, Content, Edit};
use crate::history::{History, MergeKey};
use crate::model::{
    Annotation, AnnotationId, AnnotationSet, Document, Field, Link, RatingScale, SetError, Span,
    Tag,
};

/// Why an operation on the session did nothing.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    /// Nothing (or only spaces) is selected.
    #[error("select some text first, then choose a tag")]
    EmptySelection,
    /// The selection is outside the article.
    #[error("the selection is outside the article")]
    OutOfRange,
    /// The same text already has this tag.
    #[error("this text is already tagged as {0}")]
    AlreadyTagged(&'static str),
    /// The annotation set refused the change.
    #[error("{0}")]
    Set(#[from] SetError),
}

/// The open document and everything about it that can be saved.
#[derive(Clone, Debug)]
pub struct Session {
    /// The article and its annotations; changed only through the history.
    content: Content,
    history: History,
    /// Where the annotations are saved; `None` until the first Save As.
    pub path: Option<PathBuf>,
    /// The verdicts claims can get in this document.
    pub scale: RatingScale,
    /// The name recorded with each change (from the preferences).
    pub reviewer: String,
    /// What the last save wrote, so the next one re-serializes only what changed.
    save_cache: crate::format::SaveCache,
    /// The bytes of the PDF the article was read from, until they are kept beside the
    /// annotation file (at its first save).
    pub original_pdf: Option<std::sync::Arc<Vec<u8>>>,
}

impl Session {
    /// A session for a document and annotations just opened from `path` (clean).
    pub fn new(document: Document, annotations: AnnotationSet, path: Option<PathBuf>) -> Self {
        Self {
            content: Content::new(document, annotations, Vec::new()),
            history: History::new_saved(),
            path,
            scale: RatingScale::default(),
            reviewer: String::new(),
            save_cache: crate::format::SaveCache::default(),
            original_pdf: None,
        }
    }

    /// The same session with the link targets found in the article's markup: a citation
    /// tagged on a link's text gets the link's address as its target.
    pub fn with_links(mut self, links: Vec<(String, String)>) -> Self {
        let (document, annotations) = (self.document().clone(), self.annotations().clone());
        self.content = Content::new(document, annotations, links);
        self
    }

    /// The article.
    pub fn document(&self) -> &Document {
        self.content.document()
    }

    /// Takes over a save cache filled elsewhere (see [`crate::format::SaveCache::warmed`]).
    pub fn adopt_save_cache(&mut self, cache: crate::format::SaveCache) {
        self.save_cache.adopt(cache);
    }

    /// The annotation file's text for the current state (fast after the first time).
    pub fn serialize(&mut self) -> Result<String, crate::format::FormatError> {
        crate::format::to_ron_cached(
            self.content.document(),
            self.content.annotations(),
            &self.scale,
            &mut self.save_cache,
        )
    }

    /// The annotations (read-only; change them with the session's methods).
    pub fn annotations(&self) -> &AnnotationSet {
        self.content.annotations()
    }

    /// True when there are changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// Label of what Undo would revert.
    pub fn undo_label(&self) -> Option<&str> {
        self.history.undo_label()
    }

    /// Label of what Redo would re-apply.
    pub fn redo_label(&self) -> Option<&str> {
        self.history.redo_label()
    }

    /// Records that the current state is not saved anywhere (restored unsaved work).
    pub fn mark_unsaved(&mut self) {
        self.history.mark_unsaved();
    }

    /// A number that changes with every change to the article or its annotations.
    pub fn revision(&self) -> u64 {
        self.annotations().revision()
    }

    /// Records a successful save to `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.path = Some(path);
        self.history.mark_saved();
    }

    /// Tags `selection` (trimmed of surrounding white space) and returns the new id.
    pub fn tag(
        &mut self,
        selection: Span,
        tag: Tag,
        now: &str,
    ) -> Result<AnnotationId, SessionError> {
        let document = self.content.document();
        if !selection.is_within(document.char_len()) {
            return Err(SessionError::OutOfRange);
        }
        let span = trim_whitespace(document, selection);
        if span.is_empty() {
            return Err(SessionError::EmptySelection);
        }
        let duplicate = self
            .annotations()
            .index()
            .overlapping(span)
            .any(|(entry, _)| entry.span == span && entry.tag == tag);
        if duplicate {
            return Err(SessionError::AlreadyTagged(tag.label()));
        }
        let id = self.annotations().next_id();
        let mut annotation =
            Annotation::new(id, tag, span, document, now).ok_or(SessionError::OutOfRange)?;
        annotation.review.created_by = self.reviewer.clone();
        annotation.review.modified_by = self.reviewer.clone();
        // In a transcript, who said it is known: the claim's claimant, the quote's speaker.
        if let Some(said) = document.timeline().and_then(|t| t.said_at(span))
            && !said.speakers.is_empty()
        {
            let who = said.speakers.join(", ");
            match tag {
                Tag::Claim => annotation.review.claimant = who,
                Tag::Quote => annotation.review.speaker = who,
                Tag::Citation => {}
            }
        }
        if tag == Tag::Citation {
            let text = annotation.text.trim();
            if let Some((_, url)) = self.content.links().iter().find(|(label, _)| {
                let label = label.trim();
                label == text
                    || label.contains(text)
                    || (label.chars().count() >= 3 && text.contains(label))
            }) {
                annotation.review.target = url.clone();
            }
        }
        let label = format!("Tag {}", tag.key_name());
        self.history
            .apply(&mut self.content, Edit::Add(annotation), label, None)?;
        Ok(id)
    }

    /// Marks a suggested sentence not worth checking, by its text, as one undoable step: it is
    /// kept in the file and never suggested again. False when it was already rejected.
    pub fn reject_suggestion(&mut self, text: &str) -> Result<bool, SessionError> {
        if text.trim().is_empty() || self.annotations().is_rejected(text) {
            return Ok(false);
        }
        let edit = Edit::Reject {
            text: text.trim().to_owned(),
            rejected: true,
        };
        self.history
            .apply(&mut self.content, edit, "Reject suggestion", None)?;
        Ok(true)
    }

    /// Changes the tag of an annotation.
    pub fn retag(&mut self, id: AnnotationId, tag: Tag, now: &str) -> Result<(), SessionError> {
        let mut annotation = self.get_cloned(id)?;
        if annotation.tag == tag {
            return Ok(());
        }
        annotation.tag = tag;
        annotation.modified = now.to_owned();
        annotation.review.modified_by = self.reviewer.clone();
        let label = format!("Change tag to {}", tag.key_name());
        self.history
            .apply(&mut self.content, Edit::Update(annotation), label, None)?;
        Ok(())
    }

    /// Sets the note of an annotation. Consecutive note edits of one annotation undo as one.
    pub fn set_note(
        &mut self,
        id: AnnotationId,
        note: &str,
        now: &str,
    ) -> Result<(), SessionError> {
        let mut annotation = self.get_cloned(id)?;
        if annotation.note == note {
            return Ok(());
        }
        annotation.note = note.to_owned();
        annotation.modified = now.to_owned();
        annotation.review.modified_by = self.reviewer.clone();
        let merge = Some(MergeKey {
            id,
            field: Field::Note,
        });
        self.history.apply(
            &mut self.content,
            Edit::Update(annotation),
            "Edit note",
            merge,
        )?;
        Ok(())
    }

    /// Ends a run of note edits, so the next one is a separate undo step.
    pub fn finish_typing(&mut self) {
        self.history.seal();
    }

    /// Changes any fields of an annotation with `change`, recording who and when. With a
    /// `merge_field`, consecutive changes of that field undo as one step (typing).
    pub fn edit(
        &mut self,
        id: AnnotationId,
        label: &str,
        merge_field: Option<Field>,
        now: &str,
        change: impl FnOnce(&mut Annotation),
    ) -> Result<(), SessionError> {
        let before = self.get_cloned(id)?;
        let mut annotation = before.clone();
        change(&mut annotation);
        annotation.id = id;
        if annotation == before {
            return Ok(());
        }
        annotation.modified = now.to_owned();
        annotation.review.modified_by = self.reviewer.clone();
        let merge = merge_field.map(|field| MergeKey { id, field });
        self.history
            .apply(&mut self.content, Edit::Update(annotation), label, merge)?;
        Ok(())
    }

    /// Puts an annotation on `span` (re-attaching an orphaned or moved one): its text and
    /// context are taken from the article, its flag and "check" mark cleared.
    pub fn reattach_to(
        &mut self,
        id: AnnotationId,
        span: Span,
        now: &str,
    ) -> Result<(), SessionError> {
        let span = trim_whitespace(self.document(), span);
        if span.is_empty() || !span.is_within(self.document().char_len()) {
            return Err(SessionError::EmptySelection);
        }
        let document = self.document().clone();
        self.edit(id, "Re-attach", None, now, |a| {
            crate::reattach::anchor(a, span, &document);
            a.check = None;
        })
    }

    /// Links `from` to `to` (both must exist; a link to itself or a repeated link is ignored).
    pub fn link(&mut self, from: AnnotationId, link: Link, now: &str) -> Result<(), SessionError> {
        if from == link.target || self.annotations().get(link.target).is_none() {
            return Err(SessionError::Set(SetError::Missing(link.target)));
        }
        let label = format!("Link: {}", link.kind.label());
        self.edit(from, &label, None, now, |a| {
            if !a.review.links.contains(&link) {
                a.review.links.push(link);
            }
        })
    }

    /// Removes a link from `from`.
    pub fn unlink(
        &mut self,
        from: AnnotationId,
        link: Link,
        now: &str,
    ) -> Result<(), SessionError> {
        self.edit(from, "Remove link", None, now, |a| {
            a.review.links.retain(|l| *l != link);
        })
    }

    /// Annotations linking to `id`, with how.
    pub fn links_to(&self, id: AnnotationId) -> &[(AnnotationId, Link)] {
        self.annotations().links_to(id)
    }

    /// Deletes an annotation, and the links other annotations have to it (one undo step).
    pub fn delete(&mut self, id: AnnotationId) -> Result<(), SessionError> {
        let annotation = self.get_cloned(id)?;
        let label = format!("Delete {}", annotation.tag.key_name());
        let mut edits = Vec::new();
        for (source, _) in self.links_to(id).to_vec() {
            if let Some(mut other) = self.annotations().get(source).cloned() {
                if edits
                    .iter()
                    .any(|e| matches!(e, Edit::Update(a) if a.id == source))
                {
                    continue;
                }
                other.review.links.retain(|l| l.target != id);
                edits.push(Edit::Update(other));
            }
        }
        edits.push(Edit::Remove(id));
        self.history
            .apply(&mut self.content, Edit::Batch(edits), label, None)?;
        Ok(())
    }

    /// Undoes the last change; returns its label, or `None` when there was nothing to undo.
    pub fn undo(&mut self) -> Result<Option<String>, SessionError> {
        Ok(self.history.undo(&mut self.content)?)
    }

    /// Redoes the last undone change; returns its label, or `None` when there was nothing.
    pub fn redo(&mut self) -> Result<Option<String>, SessionError> {
        Ok(self.history.redo(&mut self.content)?)
    }

    /// Replaces the article with a new version of it (`links`: its markup's link targets) and
    /// moves every annotation onto it, as one undoable step. Returns what happened to them.
    /// `deadline` bounds the diff of a huge rewrite ([`crate::reattach::OffsetMap::new`]).
    pub fn replace_article(
        &mut self,
        document: Document,
        links: Vec<(String, String)>,
        deadline: Option<std::time::Instant>,
    ) -> Result<crate::reattach::Summary, SessionError> {
        let (annotations, summary) = crate::reattach::reattach_all(
            self.annotations(),
            Some(self.document()),
            &document,
            deadline,
        );
        let edit = Edit::ReplaceArticle(Box::new(Article {
            document,
            annotations,
            links,
        }));
        self.history
            .apply(&mut self.content, edit, "Update article text", None)?;
        Ok(summary)
    }

    fn get_cloned(&self, id: AnnotationId) -> Result<Annotation, SessionError> {
        self.annotations()
            .get(id)
            .cloned()
            .ok_or(SessionError::Set(SetError::Missing(id)))
    }
}

/// The span without white space at either end.
pub fn trim_whitespace(document: &Document, span: Span) -> Span {
    let Some(text) = document.slice(span) else {
        return span;
    };
    let leading = text.chars().take_while(|c| c.is_whitespace()).count();
    let trailing = text.chars().rev().take_while(|c| c.is_whitespace()).count();
    if leading >= span.len() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + leading, span.end - trailing)
}

#[cfg(test)]
mod test {
    use super::*;

    fn session() -> Session {
        let doc = Document::new("  Claims 😀 here.\nNext line".to_owned(), None, "utf-8");
        Session::new(doc, AnnotationSet::new(), None)
    }

    #[test]
    fn in_a_transcript_the_speaker_is_the_claimant_and_the_quotes_speaker() {
        let t = crate::article::transcript::assemble(&[crate::article::transcript::Cue {
            from_ms: Some(1_000),
            to_ms: Some(3_000),
            speaker: "SEN. ALVAREZ".to_owned(),
            lines: vec!["Taxes fell by half.".to_owned()],
        }]);
        let doc = Document::new(t.text.clone(), None, "utf-8").with_timeline(Some(t.timeline));
        let mut s = Session::new(doc, AnnotationSet::new(), None);
        let claim = s.tag(Span::new(14, 33), Tag::Claim, "t").unwrap();
        assert_eq!(
            s.annotations().get(claim).unwrap().review.claimant,
            "SEN. ALVAREZ"
        );
        let quote = s.tag(Span::new(14, 24), Tag::Quote, "t").unwrap();
        assert_eq!(
            s.annotations().get(quote).unwrap().review.speaker,
            "SEN. ALVAREZ"
        );
        s.undo().unwrap();
        s.undo().unwrap();
        assert!(s.annotations().is_empty(), "one undoable step each");
    }

    #[test]
    fn tagging_trims_and_marks_dirty() {
        let mut s = session();
        let id = s.tag(Span::new(0, 11), Tag::Claim, "t").unwrap();
        let a = s.annotations().get(id).unwrap();
        assert_eq!(a.text, "Claims 😀");
        assert!(s.is_dirty());
        assert_eq!(
            s.tag(Span::new(2, 10), Tag::Claim, "t"),
            Err(SessionError::AlreadyTagged("Claim"))
        );
        assert!(
            s.tag(Span::new(2, 10), Tag::Quote, "t").is_ok(),
            "same text, other tag is fine"
        );
        assert_eq!(
            s.tag(Span::new(0, 2), Tag::Claim, "t"),
            Err(SessionError::EmptySelection)
        );
        assert_eq!(
            s.tag(Span::new(0, 200), Tag::Claim, "t"),
            Err(SessionError::OutOfRange)
        );
    }

    #[test]
    fn edits_undo_in_order() {
        let mut s = session();
        let id = s.tag(Span::new(2, 8), Tag::Claim, "t").unwrap();
        s.retag(id, Tag::Citation, "t2").unwrap();
        s.set_note(id, "n", "t3").unwrap();
        s.set_note(id, "no", "t3").unwrap();
        s.delete(id).unwrap();
        assert!(s.annotations().is_empty());
        s.undo().unwrap();
        assert_eq!(s.annotations().get(id).unwrap().note, "no");
        s.undo().unwrap();
        assert_eq!(s.annotations().get(id).unwrap().note, "");
        assert_eq!(s.annotations().get(id).unwrap().tag, Tag::Citation);
        s.undo().unwrap();
        assert_eq!(s.annotations().get(id).unwrap().tag, Tag::Claim);
        s.undo().unwrap();
        assert!(s.annotations().is_empty());
        assert!(!s.is_dirty());
        assert_eq!(s.undo().unwrap(), None);
    }
}
