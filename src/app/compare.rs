//! The compare view in the app: another person's file of the same article opened beside ours
//! (File → Compare with…), their spans drawn as dashed outlines, the differences listed with
//! the agreement figures, and each accepted into our document as an undoable edit.

use std::path::Path;

use super::{ClaimmarkApp, SideTab, StatusKind};
use crate::compare::{Agreement, Difference, agreement, differences};
use crate::io::clock::now_rfc3339;
use crate::model::{AnnotationSet, Span, Tag};
use crate::tr;
use crate::ui::compare_panel::CompareAction;

/// The other person's file and what differs.
pub(super) struct CompareState {
    /// Its file name.
    pub(super) name: String,
    /// Its annotations.
    pub(super) theirs: AnnotationSet,
    /// Their spans, by start, for the article view.
    pub(super) spans: Vec<(Span, Tag)>,
    /// The differences still open (rejected ones left out).
    pub(super) differences: Vec<Difference>,
    /// How far the files agree.
    pub(super) agreement: Agreement,
    /// Differences the user rejected.
    rejected: Vec<Difference>,
    /// Our annotations' revision the differences were computed for.
    revision: u64,
}

impl ClaimmarkApp {
    /// Opens `path` (an annotation file of the same article) for comparing.
    pub(super) fn compare_with(&mut self, path: &Path) {
        let opened = match crate::io::open_annotations(path) {
            Ok(opened) => opened,
            Err(error) => {
                self.set_status(StatusKind::Error, crate::ui::errors::io(&error));
                return;
            }
        };
        if opened.document.text() != self.session.document().text() {
            self.set_status(
                StatusKind::Error,
                format!(
                    "“{}” annotates another text ({} characters, ours {}): compare files of the \
                     same article",
                    crate::io::file_name(path),
                    opened.document.char_len(),
                    self.session.document().char_len()
                ),
            );
            return;
        }
        let mut spans: Vec<(Span, Tag)> = opened
            .annotations
            .in_order()
            .map(|a| (a.span, a.tag))
            .collect();
        spans.sort_by_key(|(s, _)| (s.start, s.end));
        self.compare = Some(CompareState {
            name: crate::io::file_name(path),
            theirs: opened.annotations,
            spans,
            differences: Vec::new(),
            agreement: agreement(0, &AnnotationSet::new(), &AnnotationSet::new()),
            rejected: Vec::new(),
            revision: u64::MAX,
        });
        self.keep_compare_current();
        self.side.tab = SideTab::Compare;
        if let Some(compare) = &self.compare {
            self.set_status(
                StatusKind::Info,
                tr!(
                    "status-comparing",
                    name = &compare.name,
                    count = compare.differences.len()
                ),
            );
        }
    }

    /// Recomputes the differences and figures after our annotations changed.
    pub(super) fn keep_compare_current(&mut self) {
        let revision = self.session.annotations().revision();
        let ours = self.session.annotations();
        let length = self.session.document().char_len();
        let Some(compare) = &mut self.compare else {
            return;
        };
        if compare.revision == revision {
            return;
        }
        compare.revision = revision;
        compare.agreement = agreement(length, ours, &compare.theirs);
        let rejected = &compare.rejected;
        compare.differences = differences(ours, &compare.theirs)
            .into_iter()
            .filter(|d| !rejected.contains(d))
            .collect();
    }

    /// What the compare list asked for.
    pub(super) fn compare_action(&mut self, action: CompareAction) {
        let Some(compare) = &mut self.compare else {
            return;
        };
        let chosen: Vec<Difference> = match &action {
            CompareAction::Accept(n) => compare.differences.get(*n).cloned().into_iter().collect(),
            CompareAction::AcceptAll(kind) => compare
                .differences
                .iter()
                .filter(|d| d.kind == *kind)
                .cloned()
                .collect(),
            CompareAction::Reject(n) => {
                if let Some(d) = compare.differences.get(*n).cloned() {
                    compare.rejected.push(d);
                    compare.revision = u64::MAX;
                }
                Vec::new()
            }
            CompareAction::Show(n) => {
                let Some(d) = compare.differences.get(*n).cloned() else {
                    return;
                };
                let their_start = d
                    .theirs
                    .and_then(|id| compare.theirs.get(id))
                    .map(|a| a.span.start);
                match d.ours {
                    Some(id) => self.select_annotation(Some(id), true),
                    None => {
                        if let Some(start) = their_start {
                            self.view.scroll_to(start);
                        }
                    }
                }
                return;
            }
            CompareAction::Close => {
                self.compare = None;
                self.side.tab = SideTab::Annotations;
                return;
            }
        };
        if chosen.is_empty() {
            self.keep_compare_current();
            return;
        }
        let theirs = compare.theirs.clone();
        match self
            .session
            .accept_differences(&chosen, &theirs, &now_rfc3339())
        {
            Ok(taken) => self.set_status(
                StatusKind::Info,
                tr!(
                    "status-took-differences",
                    count = taken,
                    undo = super::Command::Undo.keys()
                ),
            ),
            Err(error) => self.set_status(StatusKind::Error, crate::ui::errors::session(&error)),
        }
        self.keep_selection_valid();
        self.keep_compare_current();
    }
}
