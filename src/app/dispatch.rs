//! Applying actions and running commands: the one place where the app changes the session and
//! its own state in answer to the user.

use std::path::Path;

use super::dialogs::PreferencesForm;
use super::{Action, ClaimmarkApp, Command, Dialog, Pending, PromptPurpose, SideTab, StatusKind};
use crate::i18n::words;
use crate::io::clock::now_rfc3339;
use crate::model::{ClaimStatus, Evidence, Tag};
use crate::tr;
use crate::ui::errors;

impl ClaimmarkApp {
    pub(super) fn apply_action(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Run(command) => self.run(ctx, command),
            Action::SelectAnnotation(id) => {
                if let (Some(_), Some(target)) = (self.form.picking_link, id) {
                    self.finish_link(target);
                    return;
                }
                self.select_annotation(id, true);
                self.side.scroll_to_selected = false;
            }
            Action::Article(event) => self.article_event(event),
            Action::Editor(id, action) => self.editor_action(ctx, id, action),
            Action::OpenPath(path) => self.request(ctx, Pending::Open(Some(path))),
            Action::OpenAddress(address) => self.request(ctx, Pending::OpenAddress(address)),
            Action::WebAddressAnswer(answer) => {
                if matches!(self.dialog, Some(Dialog::WebAddress { .. })) {
                    self.dialog = None;
                }
                match answer {
                    Some(address) => self.request(ctx, Pending::OpenAddress(address)),
                    None => self.set_status(StatusKind::Info, tr!("status-cancelled")),
                }
            }
            Action::CancelFetch => self.cancel_web(),
            Action::CancelOpen => self.cancel_open(),
            Action::PdfPassword(answer) => self.answer_pdf_password(ctx, answer),
            Action::ModelAnswer(download) => {
                if download {
                    self.download_model(ctx);
                } else {
                    self.dialog = None;
                    self.set_status(StatusKind::Info, tr!("status-cancelled"));
                }
            }
            Action::CancelModel => self.cancel_model(),
            Action::Confirm(choice) => self.confirm(ctx, choice),
            Action::FindQuery(query) => self.set_find_query(query),
            Action::PathAnswer(answer) => self.answer_path_prompt(ctx, answer),
            Action::SideTab(tab) => self.side.tab = tab,
            Action::PreferencesAnswer(answer) => self.answer_preferences(answer),
            Action::Recover(answer) => self.answer_recovery(answer),
            Action::Overwrite(overwrite) => self.answer_overwrite(overwrite),
            Action::Desk(action) => self.desk_action(ctx, action),
            Action::Compare(action) => self.compare_action(action),
            Action::SeenBefore(index, seen) => self.seen_before_action(ctx, index, seen),
            Action::Suggestion(action) => self.suggestion_action(ctx, action),
        }
    }

    fn run(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::NewFromClipboard => self.request(ctx, Pending::NewFromClipboard),
            Command::Open => self.request(ctx, Pending::Open(None)),
            Command::OpenWebPage => self.ask_web_address(),
            Command::CheckPage => self.check_page(ctx),
            Command::ArchiveSources => self.archive_sources(ctx, None),
            Command::Save => self.save(ctx, false, None),
            Command::SaveAs => self.save(ctx, true, None),
            Command::Quit => self.request(ctx, Pending::Quit),
            Command::Undo => self.undo_or_redo(true),
            Command::Redo => self.undo_or_redo(false),
            Command::Delete => self.delete_selected(),
            Command::Tag(tag) => self.tag_selection(tag),
            Command::Retag(tag) => self.retag_selected(tag),
            Command::Find => {
                self.find.open = true;
                self.find.focus_request = true;
            }
            Command::FindNext => self.step_find(1),
            Command::FindPrevious => self.step_find(-1),
            Command::NextClaim => self.step_claim(true),
            Command::PreviousClaim => self.step_claim(false),
            Command::DoneAndNext => {
                if let Some(id) = self.selected_claim() {
                    let result =
                        self.session
                            .edit(id, &tr!("undo-mark-done"), None, &now_rfc3339(), |a| {
                                a.review.status = ClaimStatus::Done;
                            });
                    if let Err(e) = result {
                        self.set_status(StatusKind::Error, e.to_string());
                    }
                }
                self.step_claim(true);
            }
            Command::Verdict(index) => self.set_verdict(Some(index)),
            Command::ClearVerdict => self.set_verdict(None),
            Command::AddEvidence => self.add_evidence(),
            Command::ShowSelected => self.select_annotation(self.selected, true),
            Command::StartLink(kind) => {
                if self.selected.is_some() {
                    self.form.picking_link = Some(kind);
                    self.set_status(
                        StatusKind::Info,
                        tr!(
                            "status-pick-link",
                            kind = words::link_label(kind),
                            escape = Command::Escape.keys()
                        ),
                    );
                }
            }
            Command::ConfirmPosition => {
                if let Some(id) = self.selected {
                    let result = self.session.edit(
                        id,
                        &tr!("undo-confirm-position"),
                        None,
                        &now_rfc3339(),
                        |a| {
                            a.check = None;
                        },
                    );
                    if let Err(e) = result {
                        self.set_status(StatusKind::Error, e.to_string());
                    }
                }
            }
            Command::ReattachToSelection => self.reattach_selected(),
            Command::ReviewPanel => {
                self.side.tab = match self.side.tab {
                    SideTab::Review => SideTab::Annotations,
                    SideTab::Annotations | SideTab::Compare | SideTab::Suggestions => {
                        SideTab::Review
                    }
                };
            }
            Command::CompareWith => self.choose_path(ctx, PromptPurpose::Compare, Path::new("")),
            Command::ZoomIn => self.zoom(1),
            Command::ZoomOut => self.zoom(-1),
            Command::ZoomReset => self.zoom(0),
            Command::Theme(theme) => self.set_theme(ctx, theme),
            Command::OpenRecent(n) => self.open_recent(ctx, n),
            Command::ClearRecent => self.clear_recent(),
            Command::SuggestionsPanel => {
                self.side.tab = match self.side.tab {
                    SideTab::Suggestions => SideTab::Annotations,
                    _ => SideTab::Suggestions,
                };
            }
            Command::NextSuggestion => self.step_suggestion(true),
            Command::PreviousSuggestion => self.step_suggestion(false),
            Command::AcceptSuggestion => self.accept_suggestion(),
            Command::RejectSuggestion => self.reject_suggestion(),
            Command::Export(format) => self.export(ctx, format),
            Command::Import(format) => self.request(ctx, Pending::Import(format)),
            Command::Preferences => {
                self.dialog = Some(Dialog::Preferences(PreferencesForm {
                    language: self.look.language_choice,
                    name: self.session.reviewer.clone(),
                    suggestions: self.suggest.on,
                    threshold: self.suggest.threshold,
                }));
            }
            Command::UpdateArticleText => {
                self.choose_path(ctx, PromptPurpose::UpdateText, Path::new(""));
            }
            Command::OpenDesk => self.choose_path(ctx, PromptPurpose::Desk, Path::new("")),
            Command::DeskPanel => {
                if self.desk.folder.is_some() {
                    self.desk.shown = !self.desk.shown;
                } else {
                    self.choose_path(ctx, PromptPurpose::Desk, Path::new(""));
                }
            }
            Command::SearchDesk => self.show_desk_search(),
            Command::GetModel => self.ask_get_model(),
            Command::Escape => {
                if self.form.picking_link.take().is_some() {
                    self.set_status(StatusKind::Info, tr!("status-link-cancelled"));
                } else if self.find.open {
                    self.find.open = false;
                } else if self.selection.is_some_and(|s| !s.span().is_empty()) {
                    self.selection = None;
                } else {
                    self.selected = None;
                }
            }
        }
    }

    fn undo_or_redo(&mut self, undo: bool) {
        let (result, which) = if undo {
            (self.session.undo(), "undo")
        } else {
            (self.session.redo(), "redo")
        };
        match result {
            Ok(Some(label)) => {
                self.keep_selection_valid();
                self.set_status(
                    StatusKind::Info,
                    tr!("status-undid", which = which, what = label),
                );
            }
            Ok(None) => self.set_status(StatusKind::Info, tr!("status-nothing-to", which = which)),
            Err(e) => self.set_status(
                StatusKind::Error,
                tr!("status-could-not", which = which, why = errors::session(&e)),
            ),
        }
    }

    fn delete_selected(&mut self) {
        let Some(id) = self.selected else {
            return;
        };
        match self.session.delete(id) {
            Ok(()) => {
                self.selected = None;
                self.set_status(
                    StatusKind::Info,
                    tr!("status-deleted", undo = Command::Undo.keys()),
                );
            }
            Err(e) => self.set_status(StatusKind::Error, errors::session(&e)),
        }
    }

    fn tag_selection(&mut self, tag: Tag) {
        let selection = self.selection.map(|s| s.span()).filter(|s| !s.is_empty());
        let Some(span) = selection else {
            if self.selected.is_some() {
                self.retag_selected(tag);
            } else {
                self.set_status(StatusKind::Warning, tr!("status-select-text-first"));
            }
            return;
        };
        match self.session.tag(span, tag, &now_rfc3339()) {
            Ok(id) => {
                let text = self
                    .session
                    .annotations()
                    .get(id)
                    .map(|a| a.excerpt(60))
                    .unwrap_or_default();
                self.selection = None;
                self.select_annotation(Some(id), false);
                self.set_status(
                    StatusKind::Info,
                    tr!("status-tagged", tag = tag.key_name(), text = text),
                );
            }
            Err(e) => self.set_status(StatusKind::Warning, errors::session(&e)),
        }
    }

    fn retag_selected(&mut self, tag: Tag) {
        let Some(id) = self.selected else {
            return;
        };
        if self
            .session
            .annotations()
            .get(id)
            .is_some_and(|a| a.tag == tag)
        {
            return;
        }
        match self.session.retag(id, tag, &now_rfc3339()) {
            Ok(()) => self.set_status(
                StatusKind::Info,
                tr!("status-retagged", tag = tag.key_name()),
            ),
            Err(e) => self.set_status(StatusKind::Error, errors::session(&e)),
        }
    }

    fn set_verdict(&mut self, index: Option<usize>) {
        let rating = match index {
            Some(index) => match self.session.scale.ratings.get(index) {
                Some(rating) => Some(rating.label.clone()),
                None => return,
            },
            None => None,
        };
        let Some(id) = self.selected_claim() else {
            if rating.is_some() {
                self.set_status(
                    StatusKind::Warning,
                    tr!(
                        "status-select-claim-first",
                        next = Command::NextClaim.keys()
                    ),
                );
            }
            return;
        };
        let label = if rating.is_some() {
            words::edit_label(crate::model::Field::Verdict, false)
        } else {
            tr!("undo-clear-verdict")
        };
        let verdict = rating.clone();
        let result = self.session.edit(id, &label, None, &now_rfc3339(), |a| {
            a.review.verdict = verdict
        });
        match (result, rating) {
            (Ok(()), Some(rating)) => {
                self.set_status(StatusKind::Info, tr!("status-verdict", verdict = rating))
            }
            (Ok(()), None) => {}
            (Err(e), _) => self.set_status(StatusKind::Error, errors::session(&e)),
        }
    }

    fn add_evidence(&mut self) {
        let Some(id) = self.selected_claim() else {
            self.set_status(StatusKind::Warning, tr!("status-select-a-claim"));
            return;
        };
        let result = self
            .session
            .edit(id, &tr!("undo-add-evidence"), None, &now_rfc3339(), |a| {
                a.review.evidence.push(Evidence::default());
            });
        match result {
            Ok(()) => {
                self.form.focus_new_evidence = true;
                self.set_status(StatusKind::Info, tr!("status-evidence-added"));
            }
            Err(e) => self.set_status(StatusKind::Error, errors::session(&e)),
        }
    }

    fn reattach_selected(&mut self) {
        let (Some(id), Some(span)) = (self.selected, self.selection.map(|s| s.span())) else {
            return;
        };
        if span.is_empty() {
            return;
        }
        match self.session.reattach_to(id, span, &now_rfc3339()) {
            Ok(()) => {
                self.selection = None;
                self.set_status(StatusKind::Info, tr!("status-reattached"));
            }
            Err(e) => self.set_status(StatusKind::Error, errors::session(&e)),
        }
    }
}
