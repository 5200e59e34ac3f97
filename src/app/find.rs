//! Find in the article: the find bar's state, its matches, and moving between them.

use super::{ClaimmarkApp, StatusKind};
use crate::find::FoldedText;
use crate::model::{Span, TextSelection};

/// The find bar's state.
#[derive(Default)]
pub(super) struct FindState {
    /// Whether the bar is shown.
    pub(super) open: bool,
    /// What to look for.
    pub(super) query: String,
    /// Matches of `query`, in document order.
    pub(super) matches: Vec<Span>,
    /// Index of the current match.
    pub(super) current: Option<usize>,
    /// Give the query field focus next frame.
    pub(super) focus_request: bool,
    folded: FoldedText,
}

impl FindState {
    /// Forgets the matches (another document is shown); the query and bar stay.
    pub(super) fn reset(&mut self) {
        self.matches.clear();
        self.current = None;
    }
}

impl ClaimmarkApp {
    pub(super) fn set_find_query(&mut self, query: String) {
        self.find.folded.update(self.session.document());
        self.find.matches = self.find.folded.find_all(&query);
        self.find.query = query;
        let from = self.selection.map_or(0, |s| s.span().start);
        self.find.current = self.find.matches.iter().position(|m| m.start >= from).or(
            if self.find.matches.is_empty() {
                None
            } else {
                Some(0)
            },
        );
        self.show_current_match();
    }

    pub(super) fn step_find(&mut self, direction: isize) {
        if !self.find.open {
            self.find.open = true;
            self.find.focus_request = true;
        }
        let count = self.find.matches.len();
        if count == 0 {
            if !self.find.query.is_empty() {
                self.set_status(
                    StatusKind::Warning,
                    crate::tr!("status-not-found", query = &self.find.query),
                );
            }
            return;
        }
        let current = self.find.current.unwrap_or(0) as isize;
        let next = (current + direction).rem_euclid(count as isize) as usize;
        self.find.current = Some(next);
        self.show_current_match();
    }

    fn show_current_match(&mut self) {
        let Some(found) = self.current_match() else {
            return;
        };
        self.selection = Some(TextSelection {
            anchor: found.start,
            cursor: found.end,
        });
        self.view.scroll_to(found.start);
        let index = self.find.current.unwrap_or(0) + 1;
        self.set_status(
            StatusKind::Info,
            crate::tr!(
                "status-match",
                number = index,
                count = self.find.matches.len(),
                keys = super::Command::tag_keys()
            ),
        );
    }

    /// The current find match, if any.
    pub fn current_match(&self) -> Option<Span> {
        self.find
            .current
            .and_then(|i| self.find.matches.get(i))
            .copied()
    }
}
