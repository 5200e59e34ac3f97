//! The web in a session: a page fetched again replaces the article as one undoable step (or
//! changes nothing when it is the same), and sources archived from the web are recorded on
//! every evidence item and citation that names their address, as one undoable step.

use super::{Session, SessionError};
use crate::edit::Edit;
use crate::model::{Archived, Document, Tag};
use crate::reattach::Summary;

/// What fetching the article's page again found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageUpdate {
    /// The same bytes as when it was read: nothing changed.
    Unchanged,
    /// The page's bytes changed but its article's text did not; the document now records
    /// the new retrieval.
    SameText,
    /// The article's text changed: the new text, every annotation re-attached.
    Changed(Summary),
}

impl PageUpdate {
    /// True when an annotation moved or lost its place (the command line exits with 1).
    pub fn needs_attention(&self) -> bool {
        matches!(self, PageUpdate::Changed(s) if s.moved + s.orphaned > 0)
    }
}

/// The web address a source names, as written (trimmed), when it is one.
fn address(text: &str) -> Option<&str> {
    let trimmed = text.trim();
    crate::capture::link_file::web_address(trimmed).map(|_| trimmed)
}

impl Session {
    /// Takes `document`, read from the article's page fetched again: unchanged when its bytes
    /// are the same, else the new text with every annotation re-attached (one undoable step;
    /// `deadline` bounds the diff).
    pub fn update_from_page(
        &mut self,
        document: Document,
        links: Vec<(String, String)>,
        deadline: Option<std::time::Instant>,
    ) -> Result<PageUpdate, SessionError> {
        let old = self.document().web().map(|w| w.sha256.as_str());
        let new = document.web().map(|w| w.sha256.as_str());
        if old.is_some() && old == new {
            return Ok(PageUpdate::Unchanged);
        }
        let same_text = document.text() == self.document().text();
        let summary = self.replace_article(document, links, deadline)?;
        Ok(if same_text {
            PageUpdate::SameText
        } else {
            PageUpdate::Changed(summary)
        })
    }

    /// The web addresses of evidence items and citation targets, each once, in document
    /// order; with `again`, also those archived already.
    pub fn addresses_to_archive(&self, again: bool) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        let mut add = |text: &str, archived: bool| {
            if let Some(url) = address(text)
                && (again || !archived)
                && !found.iter().any(|f| f == url)
            {
                found.push(url.to_owned());
            }
        };
        for a in self.annotations().in_order() {
            for e in &a.review.evidence {
                add(&e.reference, e.archived.is_some());
            }
            if a.tag == Tag::Citation {
                add(&a.review.target, a.review.target_archived.is_some());
            }
        }
        found
    }

    /// Records `archived` pages (address → what was kept) on every evidence item and citation
    /// naming their address, as one undoable step. Returns how many sources were recorded.
    pub fn record_archives(
        &mut self,
        archived: &[(String, Archived)],
        now: &str,
    ) -> Result<usize, SessionError> {
        let find = |text: &str| {
            address(text).and_then(|url| {
                archived
                    .iter()
                    .find(|(address, _)| address == url)
                    .map(|(_, a)| a.clone())
            })
        };
        let mut edits = Vec::new();
        let mut count = 0;
        for a in self.annotations().in_order() {
            let mut changed = a.clone();
            for e in &mut changed.review.evidence {
                if let Some(found) = find(&e.reference) {
                    e.archived = Some(found);
                    count += 1;
                }
            }
            if a.tag == Tag::Citation
                && let Some(found) = find(&a.review.target)
            {
                changed.review.target_archived = Some(found);
                count += 1;
            }
            if changed != *a {
                changed.modified = now.to_owned();
                changed.review.modified_by = self.reviewer.clone();
                edits.push(Edit::Update(changed));
            }
        }
        if !edits.is_empty() {
            let label = if count == 1 {
                "Archive a source".to_owned()
            } else {
                format!("Archive {count} sources")
            };
            self.history
                .apply(&mut self.content, Edit::Batch(edits), label, None)?;
        }
        Ok(count)
    }
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::model::{Annotation, AnnotationId, AnnotationSet, Evidence, Span, WebSource};

    const NOW: &str = "2026-12-04T10:00:00Z";

    fn web(sha: &str) -> Option<WebSource> {
        Some(WebSource {
            url: "https://news.example/s".to_owned(),
            final_url: "https://news.example/s".to_owned(),
            retrieved: NOW.to_owned(),
            sha256: sha.to_owned(),
        })
    }

    fn session() -> Session {
        let doc = Document::new(
            "Exports rose 12% [1], the minister said. Customs data show 7%.".to_owned(),
            Some("https://news.example/s".to_owned()),
            "utf-8",
        )
        .with_web(web("aaa"));
        let mut claim =
            Annotation::new(AnnotationId(1), Tag::Claim, Span::new(0, 16), &doc, NOW).unwrap();
        claim.review.evidence = vec![
            Evidence {
                reference: " https://stats.example/exports ".to_owned(),
                ..Evidence::default()
            },
            Evidence {
                reference: "Annual report, table 3".to_owned(),
                ..Evidence::default()
            },
        ];
        let mut citation =
            Annotation::new(AnnotationId(2), Tag::Citation, Span::new(17, 20), &doc, NOW).unwrap();
        citation.review.target = "https://stats.example/exports".to_owned();
        let mut other =
            Annotation::new(AnnotationId(3), Tag::Claim, Span::new(41, 61), &doc, NOW).unwrap();
        other.review.evidence = vec![Evidence {
            reference: "https://customs.example/2025".to_owned(),
            ..Evidence::default()
        }];
        let set = AnnotationSet::from_annotations(vec![claim, citation, other]).unwrap();
        Session::new(doc, set, None)
    }

    #[test]
    fn sources_are_archived_once_per_address_and_undo_together() {
        let mut s = session();
        assert_eq!(
            s.addresses_to_archive(false),
            [
                "https://stats.example/exports",
                "https://customs.example/2025"
            ]
        );
        let kept = Archived {
            final_url: "https://stats.example/exports".to_owned(),
            retrieved: NOW.to_owned(),
            sha256: "bbb".to_owned(),
        };
        let count = s
            .record_archives(
                &[("https://stats.example/exports".to_owned(), kept.clone())],
                NOW,
            )
            .unwrap();
        assert_eq!(count, 2, "the evidence item and the citation");
        let claim = s.annotations().get(AnnotationId(1)).unwrap();
        assert_eq!(claim.review.evidence[0].archived.as_ref(), Some(&kept));
        assert_eq!(claim.review.evidence[1].archived, None);
        let citation = s.annotations().get(AnnotationId(2)).unwrap();
        assert_eq!(citation.review.target_archived.as_ref(), Some(&kept));
        assert_eq!(
            s.addresses_to_archive(false),
            ["https://customs.example/2025"]
        );
        assert_eq!(s.addresses_to_archive(true).len(), 2);
        assert_eq!(s.undo().unwrap().as_deref(), Some("Archive 2 sources"));
        assert_eq!(s.addresses_to_archive(false).len(), 2);
    }

    #[test]
    fn a_page_fetched_again() {
        let mut s = session();
        let same = s.document().clone();
        assert_eq!(
            s.update_from_page(same.clone(), Vec::new(), None).unwrap(),
            PageUpdate::Unchanged
        );
        assert!(!s.is_dirty());
        let new_bytes = same.clone().with_web(web("ccc"));
        assert_eq!(
            s.update_from_page(new_bytes, Vec::new(), None).unwrap(),
            PageUpdate::SameText
        );
        assert_eq!(s.document().web().unwrap().sha256, "ccc");
        let changed = Document::new(
            "Exports rose 15% [1], the minister said on Monday. Customs data show 7%.".to_owned(),
            Some("https://news.example/s".to_owned()),
            "utf-8",
        )
        .with_web(web("ddd"));
        let update = s.update_from_page(changed, Vec::new(), None).unwrap();
        assert!(matches!(update, PageUpdate::Changed(_)));
        assert!(update.needs_attention(), "the claim's words changed");
        s.undo().unwrap();
        assert_eq!(s.document().web().unwrap().sha256, "ccc");
    }
}
