//! Edits: the only way an open document changes. Applying an edit returns its inverse.
//!
//! An edit changes the [`Content`]: the article and its annotations. Most edits touch one
//! annotation; *Update article text* replaces the article and moves every annotation, and is
//! undone like any other edit.

use crate::model::{Annotation, AnnotationId, AnnotationSet, Document, SetError};

/// The article being annotated, its annotations, and the link targets found in its markup.
///
/// Invariant: changed only by [`Edit::apply`].
#[derive(Clone, Debug)]
pub struct Content {
    document: Document,
    annotations: AnnotationSet,
    links: Vec<(String, String)>,
}

impl Content {
    /// Content made of these parts.
    pub fn new(
        document: Document,
        annotations: AnnotationSet,
        links: Vec<(String, String)>,
    ) -> Self {
        Self {
            document,
            annotations,
            links,
        }
    }

    /// The article.
    pub fn document(&self) -> &Document {
        &self.document
    }

    /// Its annotations.
    pub fn annotations(&self) -> &AnnotationSet {
        &self.annotations
    }

    /// (link text, address) of the links in the article's markup, for citation targets.
    pub fn links(&self) -> &[(String, String)] {
        &self.links
    }
}

/// A whole new version of the article with its annotations moved onto it.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// The article.
    pub document: Document,
    /// The annotations, placed on it.
    pub annotations: AnnotationSet,
    /// Link targets found in its markup.
    pub links: Vec<(String, String)>,
}

/// One undoable change to the [`Content`].
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Add a new annotation.
    Add(Annotation),
    /// Remove the annotation with this id.
    Remove(AnnotationId),
    /// Replace the annotation that has the same id (tag, note, any field).
    Update(Annotation),
    /// Replace the article and all annotations (a new version of the article).
    ReplaceArticle(Box<Article>),
    /// Mark a suggested sentence (by its text) rejected, or no longer rejected.
    Reject {
        /// The sentence's text.
        text: String,
        /// Rejected (true) or suggested again (false).
        rejected: bool,
    },
    /// Several edits applied in order, undone as one.
    Batch(Vec<Edit>),
}

impl Edit {
    /// Applies the edit to `content` and returns the edit that undoes it.
    ///
    /// On error the content is left exactly as it was (a failing batch is rolled back).
    pub fn apply(self, content: &mut Content) -> Result<Edit, SetError> {
        let set = &mut content.annotations;
        match self {
            Edit::Add(annotation) => {
                let id = annotation.id;
                set.insert(annotation)?;
                Ok(Edit::Remove(id))
            }
            Edit::Remove(id) => set.remove(id).map(Edit::Add),
            Edit::Update(annotation) => set.replace(annotation).map(Edit::Update),
            Edit::ReplaceArticle(article) => {
                let Article {
                    document,
                    annotations,
                    links,
                } = *article;
                let old = Article {
                    document: std::mem::replace(&mut content.document, document),
                    annotations: std::mem::replace(&mut content.annotations, annotations),
                    links: std::mem::replace(&mut content.links, links),
                };
                Ok(Edit::ReplaceArticle(Box::new(old)))
            }
            Edit::Reject { text, rejected } => {
                let was = set.set_rejected(&text, rejected);
                Ok(Edit::Reject {
                    text,
                    rejected: was,
                })
            }
            Edit::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match edit.apply(content) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(error) => {
                            for inverse in inverses.into_iter().rev() {
                                // Undoing what was just applied cannot fail.
                                let _ = inverse.apply(content);
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
    use crate::model::{Span, Tag};

    fn content(text: &str) -> Content {
        Content::new(
            Document::new(text.to_owned(), None, "utf-8"),
            AnnotationSet::new(),
            Vec::new(),
        )
    }

    #[test]
    fn apply_then_inverse_restores() {
        let mut content = content("hello world");
        let a = Annotation::new(
            AnnotationId(1),
            Tag::Claim,
            Span::new(0, 5),
            content.document(),
            "t",
        )
        .unwrap();
        let inverse = Edit::Add(a.clone()).apply(&mut content).unwrap();
        assert_eq!(content.annotations().len(), 1);
        let mut b = a.clone();
        b.tag = Tag::Quote;
        let undo_update = Edit::Update(b).apply(&mut content).unwrap();
        assert_eq!(
            content.annotations().get(AnnotationId(1)).unwrap().tag,
            Tag::Quote
        );
        undo_update.apply(&mut content).unwrap();
        assert_eq!(content.annotations().get(AnnotationId(1)), Some(&a));
        inverse.apply(&mut content).unwrap();
        assert!(content.annotations().is_empty());
    }

    #[test]
    fn replacing_the_article_is_undone_whole() {
        let mut content = content("old text 😀 here");
        let a = Annotation::new(
            AnnotationId(1),
            Tag::Claim,
            Span::new(4, 8),
            content.document(),
            "t",
        )
        .unwrap();
        Edit::Add(a.clone()).apply(&mut content).unwrap();
        let before_document = content.document().clone();
        let before_annotations = content.annotations().clone();
        let new_document = Document::new("new 😀 text".to_owned(), None, "utf-8");
        let moved = Annotation::new(
            AnnotationId(1),
            Tag::Claim,
            Span::new(6, 10),
            &new_document,
            "t",
        )
        .unwrap();
        let inverse = Edit::ReplaceArticle(Box::new(Article {
            document: new_document.clone(),
            annotations: AnnotationSet::from_annotations(vec![moved]).unwrap(),
            links: vec![("x".to_owned(), "https://x.example".to_owned())],
        }))
        .apply(&mut content)
        .unwrap();
        assert_eq!(content.document(), &new_document);
        assert_eq!(content.links().len(), 1);
        assert_ne!(
            content.annotations().revision(),
            before_annotations.revision()
        );
        inverse.apply(&mut content).unwrap();
        assert_eq!(content.document(), &before_document);
        assert_eq!(content.annotations(), &before_annotations);
        assert!(content.links().is_empty());
    }

    #[test]
    fn rejecting_a_suggestion_is_undone() {
        let mut content = content("Unemployment fell 12 % in 2023. 😀");
        let text = "Unemployment fell 12 % in 2023.";
        let undo = Edit::Reject {
            text: format!(" {text}\n"),
            rejected: true,
        }
        .apply(&mut content)
        .unwrap();
        assert!(content.annotations().is_rejected(text));
        assert_eq!(content.annotations().rejected_suggestions().len(), 1);
        // Rejecting it again changes nothing, and its inverse leaves it rejected.
        let again = Edit::Reject {
            text: text.to_owned(),
            rejected: true,
        }
        .apply(&mut content)
        .unwrap();
        again.apply(&mut content).unwrap();
        assert!(content.annotations().is_rejected(text));
        undo.apply(&mut content).unwrap();
        assert!(!content.annotations().is_rejected(text));
        assert_eq!(content.annotations(), &AnnotationSet::new());
    }

    #[test]
    fn failing_batch_is_rolled_back() {
        let mut content = content("hello world");
        let a = Annotation::new(
            AnnotationId(1),
            Tag::Claim,
            Span::new(0, 5),
            content.document(),
            "t",
        )
        .unwrap();
        let batch = Edit::Batch(vec![Edit::Add(a), Edit::Remove(AnnotationId(9))]);
        assert_eq!(
            batch.apply(&mut content),
            Err(SetError::Missing(AnnotationId(9)))
        );
        assert!(content.annotations().is_empty());
    }
}
