//! Moving through the annotations: selecting (by click, list or review mode's F8), following
//! and making links, and the changes the annotation form asks for.

use super::{ClaimmarkApp, Command, StatusKind};
use crate::i18n::words;
use crate::io::clock::now_rfc3339;
use crate::model::{AnnotationId, ClaimStatus, Link, Tag};
use crate::report::Report;
use crate::tr;
use crate::ui::annotation_editor::EditorAction;
use crate::ui::article_view::ArticleEvent;

impl ClaimmarkApp {
    pub(super) fn article_event(&mut self, event: ArticleEvent) {
        match event {
            ArticleEvent::Select(selection) => self.selection = Some(selection),
            ArticleEvent::Click { offset } => {
                let hits = self.session.annotations().index().at(offset);
                if self.form.picking_link.is_some() {
                    if let Some(target) = hits.first() {
                        self.finish_link(target.id);
                    }
                    return;
                }
                // Nested highlights: each click selects the next one out.
                let next = match self
                    .selected
                    .and_then(|id| hits.iter().position(|e| e.id == id))
                {
                    Some(at) => hits.get((at + 1) % hits.len()),
                    None => hits.first(),
                };
                self.selected = next.map(|e| e.id);
                self.side.scroll_to_selected = self.selected.is_some();
            }
        }
    }

    pub(super) fn editor_action(
        &mut self,
        ctx: &egui::Context,
        id: AnnotationId,
        action: EditorAction,
    ) {
        let result = match action {
            EditorAction::Update {
                annotation,
                field,
                typing,
            } => {
                let merge = typing.then_some(field);
                self.session.edit(
                    id,
                    &words::edit_label(field, typing),
                    merge,
                    &now_rfc3339(),
                    |a| {
                        *a = *annotation;
                    },
                )
            }
            EditorAction::DoneTyping => {
                self.session.finish_typing();
                Ok(())
            }
            EditorAction::Follow(other) => {
                self.select_annotation(Some(other), true);
                Ok(())
            }
            EditorAction::RemoveLink(link) => self.session.unlink(id, link, &now_rfc3339()),
            EditorAction::Archive(address) => {
                self.archive_sources(ctx, Some(vec![address]));
                Ok(())
            }
            EditorAction::ResolveConflict { index, choice } => {
                self.session
                    .resolve_conflict(id, index, choice, &now_rfc3339())
            }
        };
        if let Err(e) = result {
            self.set_status(StatusKind::Error, e.to_string());
        }
    }

    pub(super) fn finish_link(&mut self, target: AnnotationId) {
        let (Some(kind), Some(from)) = (self.form.picking_link.take(), self.selected) else {
            return;
        };
        if target == from {
            self.form.picking_link = Some(kind);
            self.set_status(StatusKind::Warning, tr!("status-link-to-itself"));
            return;
        }
        match self
            .session
            .link(from, Link { kind, target }, &now_rfc3339())
        {
            Ok(()) => {
                let other = self
                    .session
                    .annotations()
                    .get(target)
                    .map(Report::describe)
                    .unwrap_or_default();
                self.set_status(
                    StatusKind::Info,
                    tr!(
                        "status-linked",
                        kind = words::link_label(kind),
                        other = other
                    ),
                );
            }
            Err(e) => self.set_status(StatusKind::Error, crate::ui::errors::session(&e)),
        }
    }

    /// The selected annotation, if it is a claim.
    pub(super) fn selected_claim(&self) -> Option<AnnotationId> {
        self.selected
            .and_then(|id| self.session.annotations().get(id))
            .filter(|a| a.tag == Tag::Claim)
            .map(|a| a.id)
    }

    /// Selects the next (or previous) claim that is not done, wrapping around, brings it into
    /// view and puts the keyboard in its form.
    pub(super) fn step_claim(&mut self, forward: bool) {
        let claims: Vec<(AnnotationId, bool)> = self
            .session
            .annotations()
            .in_order()
            .filter(|a| a.tag == Tag::Claim)
            .map(|a| (a.id, a.review.status == ClaimStatus::Done))
            .collect();
        let open: Vec<AnnotationId> = claims
            .iter()
            .filter(|(_, done)| !done)
            .map(|(id, _)| *id)
            .collect();
        if open.is_empty() {
            let message = if claims.is_empty() {
                tr!(
                    "status-no-claims",
                    key = Command::Tag(crate::model::Tag::Claim).keys()
                )
            } else {
                tr!("status-all-done", count = claims.len())
            };
            self.set_status(StatusKind::Info, message);
            return;
        }
        let position = self
            .selected
            .and_then(|id| claims.iter().position(|(c, _)| *c == id));
        let count = claims.len();
        let next = match position {
            None if forward => open.first().copied(),
            None => open.last().copied(),
            Some(at) => (1..=count)
                .map(|step| {
                    if forward {
                        (at + step) % count
                    } else {
                        (at + count - step) % count
                    }
                })
                .filter_map(|i| claims.get(i))
                .find(|(_, done)| !done)
                .map(|(id, _)| *id),
        };
        if let Some(id) = next {
            self.selection = None;
            self.select_annotation(Some(id), true);
            self.form.focus_first_field = true;
            self.set_status(
                StatusKind::Info,
                tr!(
                    "status-claim-step",
                    id = id.to_string(),
                    count = open.len(),
                    next = Command::NextClaim.keys(),
                    done = Command::DoneAndNext.keys()
                ),
            );
        }
    }

    pub(super) fn select_annotation(&mut self, id: Option<AnnotationId>, scroll: bool) {
        self.selected = id;
        if let Some(annotation) = id.and_then(|id| self.session.annotations().get(id))
            && scroll
            && annotation.is_anchored()
        {
            self.view.scroll_to(annotation.span.start);
        }
        self.side.scroll_to_selected = true;
    }

    pub(super) fn keep_selection_valid(&mut self) {
        if let Some(id) = self.selected
            && self.session.annotations().get(id).is_none()
        {
            self.selected = None;
        }
        let length = self.session.document().char_len();
        if self.selection.is_some_and(|s| s.span().end > length) {
            self.selection = None;
        }
    }
}
