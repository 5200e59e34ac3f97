//! Applying actions: the one place where the app changes the session and its own state.

use std::path::{Path, PathBuf};

use super::{
    Action, Choice, ClaimmarkApp, Command, PathPrompt, Pending, Picked, PromptPurpose, SideTab,
    StatusKind,
};
use crate::export::{ExportFormat, Report};
use crate::io;
use crate::model::{AnnotationId, AnnotationSet, Document, Span};
use crate::model::{ClaimStatus, Evidence, Link, Tag};
use crate::session::{Session, now_rfc3339};
use crate::ui::annotation_editor::EditorAction;
use crate::ui::article_view::{ArticleEvent, ArticleView, TextSelection};

impl ClaimmarkApp {
    pub(super) fn apply_action(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Run(command) => self.run(ctx, command),
            Action::SelectAnnotation(id) => {
                if let (Some(_), Some(target)) = (self.picking_link, id) {
                    self.finish_link(target);
                    return;
                }
                self.select_annotation(id, true);
                self.scroll_list_to_selected = false;
            }
            Action::Article(event) => self.article_event(event),
            Action::Editor(id, action) => self.editor_action(id, action),
            Action::OpenPath(path) => self.request(ctx, Pending::Open(Some(path))),
            Action::Confirm(choice) => self.confirm(ctx, choice),
            Action::FindQuery(query) => self.set_find_query(query),
            Action::PathAnswer(answer) => self.answer_path_prompt(ctx, answer),
            Action::SideTab(tab) => self.side_tab = tab,
            Action::PreferencesAnswer(answer) => self.answer_preferences(answer),
            Action::Recover(answer) => self.answer_recovery(answer),
            Action::Overwrite(overwrite) => {
                if let Some(path) = self.overwrite_prompt.take() {
                    if overwrite {
                        self.write_session(&path);
                    } else {
                        self.set_status(
                            StatusKind::Info,
                            "Not saved: use Save As to keep both versions",
                        );
                    }
                }
            }
        }
    }

    fn run(&mut self, ctx: &egui::Context, command: Command) {
        let now = now_rfc3339();
        match command {
            Command::NewFromClipboard => self.request(ctx, Pending::NewFromClipboard),
            Command::Open => self.request(ctx, Pending::Open(None)),
            Command::Save => {
                self.save(false, None);
            }
            Command::SaveAs => {
                self.save(true, None);
            }
            Command::Quit => self.request(ctx, Pending::Quit),
            Command::Undo => match self.session.undo() {
                Ok(Some(label)) => {
                    self.keep_selection_valid();
                    self.set_status(StatusKind::Info, format!("Undid: {label}"));
                }
                Ok(None) => self.set_status(StatusKind::Info, "Nothing to undo"),
                Err(e) => self.set_status(StatusKind::Error, format!("Could not undo: {e}")),
            },
            Command::Redo => match self.session.redo() {
                Ok(Some(label)) => {
                    self.keep_selection_valid();
                    self.set_status(StatusKind::Info, format!("Redid: {label}"));
                }
                Ok(None) => self.set_status(StatusKind::Info, "Nothing to redo"),
                Err(e) => self.set_status(StatusKind::Error, format!("Could not redo: {e}")),
            },
            Command::Delete => {
                if let Some(id) = self.selected {
                    match self.session.delete(id) {
                        Ok(()) => {
                            self.selected = None;
                            self.set_status(
                                StatusKind::Info,
                                "Deleted the annotation (Ctrl+Z brings it back)",
                            );
                        }
                        Err(e) => self.set_status(StatusKind::Error, e.to_string()),
                    }
                }
            }
            Command::Tag(tag) => {
                let selection = self.selection.map(|s| s.span()).filter(|s| !s.is_empty());
                match (selection, self.selected) {
                    (Some(span), _) => match self.session.tag(span, tag, &now) {
                        Ok(id) => {
                            let text = self
                                .session
                                .annotations()
                                .get(id)
                                .map(|a| excerpt(&a.text))
                                .unwrap_or_default();
                            self.selection = None;
                            self.select_annotation(Some(id), false);
                            self.set_status(StatusKind::Info, format!("Tagged {}: “{text}”", tag.key_name()));
                        }
                        Err(e) => self.set_status(StatusKind::Warning, e.to_string()),
                    },
                    (None, Some(id)) => match self.session.retag(id, tag, &now) {
                        Ok(()) => self.set_status(StatusKind::Info, format!("Changed the tag to {}", tag.key_name())),
                        Err(e) => self.set_status(StatusKind::Error, e.to_string()),
                    },
                    (None, None) => self.set_status(
                        StatusKind::Warning,
                        "Select some text first (drag over it, or Shift+arrow keys), then choose a tag",
                    ),
                }
            }
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
                    let result = self.session.edit(id, "Mark done", None, &now, |a| {
                        a.review.status = ClaimStatus::Done;
                    });
                    if let Err(e) = result {
                        self.set_status(StatusKind::Error, e.to_string());
                    }
                }
                self.step_claim(true);
            }
            Command::Verdict(index) => {
                let Some(rating) = self.session.scale.ratings.get(index).cloned() else {
                    return;
                };
                if let Some(id) = self.selected_claim() {
                    let label = rating.label.clone();
                    let result = self.session.edit(id, "Set verdict", None, &now, |a| {
                        a.review.verdict = Some(label);
                    });
                    match result {
                        Ok(()) => {
                            self.set_status(StatusKind::Info, format!("Verdict: {}", rating.label))
                        }
                        Err(e) => self.set_status(StatusKind::Error, e.to_string()),
                    }
                } else {
                    self.set_status(
                        StatusKind::Warning,
                        "Select a claim first (F8 goes to the next one to check)",
                    );
                }
            }
            Command::ClearVerdict => {
                if let Some(id) = self.selected_claim() {
                    let result = self.session.edit(id, "Clear verdict", None, &now, |a| {
                        a.review.verdict = None;
                    });
                    if let Err(e) = result {
                        self.set_status(StatusKind::Error, e.to_string());
                    }
                }
            }
            Command::AddEvidence => {
                if let Some(id) = self.selected_claim() {
                    let result = self.session.edit(id, "Add evidence", None, &now, |a| {
                        a.review.evidence.push(Evidence::default());
                    });
                    match result {
                        Ok(()) => {
                            self.focus_new_evidence = true;
                            self.set_status(
                                StatusKind::Info,
                                "Evidence added: type its URL or reference",
                            );
                        }
                        Err(e) => self.set_status(StatusKind::Error, e.to_string()),
                    }
                } else {
                    self.set_status(StatusKind::Warning, "Select a claim first");
                }
            }
            Command::ReviewPanel => {
                self.side_tab = match self.side_tab {
                    SideTab::Review => SideTab::Annotations,
                    SideTab::Annotations => SideTab::Review,
                };
            }
            Command::Export(format) => self.export(format),
            Command::Preferences => {
                self.preferences_draft = Some(self.session.reviewer.clone());
            }
            Command::UpdateArticleText => match self.platform.pick_open() {
                Picked::Path(path) => self.update_article_text(&path),
                Picked::Cancelled => {}
                Picked::Unavailable => {
                    self.path_prompt = Some(PathPrompt {
                        purpose: PromptPurpose::UpdateText,
                        text: String::new(),
                    });
                }
            },
            Command::Escape => {
                if self.picking_link.take().is_some() {
                    self.set_status(StatusKind::Info, "Link cancelled");
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

    /// Runs `pending` now, or asks first when there are unsaved changes.
    fn request(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.session.is_dirty() {
            self.pending = Some(pending);
        } else {
            self.proceed(ctx, pending);
        }
    }

    fn confirm(&mut self, ctx: &egui::Context, choice: Choice) {
        let Some(pending) = self.pending.take() else {
            return;
        };
        match choice {
            Choice::Cancel => self.set_status(StatusKind::Info, "Cancelled"),
            Choice::Discard => {
                self.drop_recovery_file();
                self.proceed(ctx, pending);
            }
            Choice::Save => {
                if self.save(false, Some(pending.clone())) {
                    self.proceed(ctx, pending);
                }
            }
        }
    }

    fn proceed(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::Quit => {
                self.close_confirmed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Pending::Open(Some(path)) => self.open_path(&path),
            Pending::Open(None) => match self.platform.pick_open() {
                Picked::Path(path) => self.open_path(&path),
                Picked::Cancelled => {}
                Picked::Unavailable => {
                    self.path_prompt = Some(PathPrompt {
                        purpose: PromptPurpose::Open,
                        text: String::new(),
                    });
                }
            },
            Pending::NewFromClipboard => match self.platform.read_clipboard() {
                Some(text) if !text.trim().is_empty() => {
                    let text = crate::model::normalize_text(&text);
                    let document = Document::new(text, Some("clipboard".to_owned()), "utf-8");
                    let chars = document.char_len();
                    self.replace_session(Session::new(document, AnnotationSet::new(), None));
                    self.set_status(
                        StatusKind::Info,
                        format!("New article from the clipboard ({chars} characters). Save it to keep it."),
                    );
                }
                _ => self.set_status(
                    StatusKind::Warning,
                    "The clipboard holds no text. Copy an article's text first.",
                ),
            },
        }
    }

    fn open_path(&mut self, path: &Path) {
        match io::open(path) {
            Ok(opened) => {
                let count = opened.annotations.len();
                let notices = opened.notices.clone();
                self.replace_session(Session::from_opened(opened));
                if notices.is_empty() {
                    self.set_status(
                        StatusKind::Info,
                        format!("Opened “{}” ({count} annotations)", io::file_name(path)),
                    );
                } else {
                    self.set_status(
                        StatusKind::Warning,
                        format!("Opened “{}”: {}", io::file_name(path), notices.join("; ")),
                    );
                }
            }
            Err(error) => self.set_status(StatusKind::Error, capitalize(&error.to_string())),
        }
    }

    fn replace_session(&mut self, mut session: Session) {
        session.reviewer = self.session.reviewer.clone();
        self.session = session;
        self.disk_stamp = self.session.path.as_deref().and_then(io::stamp);
        self.recovery_key = super::new_recovery_key();
        self.recovered_revision = None;
        self.last_change = (self.session.revision(), std::time::Instant::now());
        self.view = ArticleView::default();
        self.selection = None;
        self.selected = None;
        self.find.matches.clear();
        self.find.current = None;
        let query = std::mem::take(&mut self.find.query);
        self.set_find_query(query);
        self.start_save_warmup();
    }

    /// Saves; with `ask` or without a file yet, asks where. Returns true when saved now; when
    /// the path must be typed in the window, `then` runs after that save.
    fn save(&mut self, ask: bool, then: Option<Pending>) -> bool {
        let path = match (&self.session.path, ask) {
            (Some(path), false) => path.clone(),
            _ => {
                let suggested = suggested_file_name(&self.session);
                match self.platform.pick_save(&suggested) {
                    Picked::Path(path) => path,
                    Picked::Cancelled => {
                        self.set_status(StatusKind::Info, "Not saved");
                        return false;
                    }
                    Picked::Unavailable => {
                        let folder = std::env::current_dir().unwrap_or_default();
                        self.path_prompt = Some(PathPrompt {
                            purpose: PromptPurpose::Save { then },
                            text: folder.join(suggested).display().to_string(),
                        });
                        return false;
                    }
                }
            }
        };
        self.save_to(&path)
    }

    fn save_to(&mut self, path: &Path) -> bool {
        let same_file = self.session.path.as_deref() == Some(path);
        let on_disk = crate::io::stamp(path);
        if same_file && on_disk.is_some() && on_disk != self.disk_stamp {
            self.overwrite_prompt = Some(path.to_owned());
            return false;
        }
        self.write_session(path)
    }

    fn write_session(&mut self, path: &Path) -> bool {
        let written = self
            .session
            .serialize()
            .map_err(|source| io::IoError::Format {
                path: path.to_owned(),
                source,
            })
            .and_then(|text| io::save_text(path, &text));
        match written {
            Ok(()) => {
                self.session.mark_saved(path.to_owned());
                self.disk_stamp = crate::io::stamp(path);
                self.drop_recovery_file();
                self.set_status(StatusKind::Info, format!("Saved to {}", path.display()));
                true
            }
            Err(error) => {
                self.set_status(StatusKind::Error, capitalize(&error.to_string()));
                false
            }
        }
    }

    fn answer_path_prompt(&mut self, ctx: &egui::Context, answer: Option<String>) {
        let Some(prompt) = self.path_prompt.take() else {
            return;
        };
        let Some(text) = answer
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
        else {
            self.set_status(StatusKind::Info, "Cancelled");
            return;
        };
        let path = PathBuf::from(text);
        match prompt.purpose {
            PromptPurpose::Open => self.open_path(&path),
            PromptPurpose::Export(format) => self.write_export(format, &path),
            PromptPurpose::UpdateText => self.update_article_text(&path),
            PromptPurpose::Save { then } => {
                let path = if path.extension().is_none() {
                    path.with_extension("ron")
                } else {
                    path
                };
                if self.save_to(&path)
                    && let Some(then) = then
                {
                    self.proceed(ctx, then);
                }
            }
        }
    }

    fn article_event(&mut self, event: ArticleEvent) {
        match event {
            ArticleEvent::Select(selection) => self.selection = Some(selection),
            ArticleEvent::Click { offset } => {
                let hits = self.session.annotations().index().at(offset);
                if self.picking_link.is_some() {
                    if let Some(target) = hits.first() {
                        self.finish_link(target.id);
                    }
                    return;
                }
                let next = match self
                    .selected
                    .and_then(|id| hits.iter().position(|e| e.id == id))
                {
                    Some(at) => hits.get((at + 1) % hits.len()),
                    None => hits.first(),
                };
                self.selected = next.map(|e| e.id);
                self.scroll_list_to_selected = self.selected.is_some();
            }
        }
    }

    fn editor_action(&mut self, id: AnnotationId, action: EditorAction) {
        let now = now_rfc3339();
        let result = match action {
            EditorAction::SetTag(tag) => self.session.retag(id, tag, &now),
            EditorAction::Update {
                annotation,
                label,
                merge_field,
            } => self.session.edit(id, label, merge_field, &now, |a| {
                *a = *annotation;
            }),
            EditorAction::DoneTyping => {
                self.session.finish_typing();
                Ok(())
            }
            EditorAction::Delete => {
                let result = self.session.delete(id);
                if result.is_ok() {
                    self.selected = None;
                    self.set_status(
                        StatusKind::Info,
                        "Deleted the annotation (Ctrl+Z brings it back)",
                    );
                }
                result
            }
            EditorAction::Show => {
                self.select_annotation(Some(id), true);
                Ok(())
            }
            EditorAction::Follow(other) => {
                self.select_annotation(Some(other), true);
                Ok(())
            }
            EditorAction::StartLink(kind) => {
                self.picking_link = Some(kind);
                self.set_status(
                    StatusKind::Info,
                    format!(
                        "Click the annotation this one is {} (Esc cancels)",
                        kind.label()
                    ),
                );
                Ok(())
            }
            EditorAction::RemoveLink(link) => self.session.unlink(id, link, &now),
            EditorAction::ConfirmPosition => {
                self.session.edit(id, "Confirm position", None, &now, |a| {
                    a.check.clear();
                })
            }
            EditorAction::ReattachToSelection => match self.selection.map(|s| s.span()) {
                Some(span) if !span.is_empty() => {
                    let result = self.session.reattach_to(id, span, &now);
                    if result.is_ok() {
                        self.selection = None;
                        self.set_status(StatusKind::Info, "Re-attached to the selected text");
                    }
                    result
                }
                _ => Ok(()),
            },
        };
        if let Err(e) = result {
            self.set_status(StatusKind::Error, e.to_string());
        }
    }

    fn finish_link(&mut self, target: AnnotationId) {
        let (Some(kind), Some(from)) = (self.picking_link.take(), self.selected) else {
            return;
        };
        if target == from {
            self.picking_link = Some(kind);
            self.set_status(
                StatusKind::Warning,
                "Pick another annotation: one cannot link to itself",
            );
            return;
        }
        let now = now_rfc3339();
        match self.session.link(from, Link { kind, target }, &now) {
            Ok(()) => {
                let other = self
                    .session
                    .annotations()
                    .get(target)
                    .map(Report::describe)
                    .unwrap_or_default();
                self.set_status(
                    StatusKind::Info,
                    format!("Linked: {} {other}", kind.label()),
                );
            }
            Err(e) => self.set_status(StatusKind::Error, e.to_string()),
        }
    }

    /// The selected annotation, if it is a claim.
    fn selected_claim(&self) -> Option<AnnotationId> {
        self.selected
            .and_then(|id| self.session.annotations().get(id))
            .filter(|a| a.tag == Tag::Claim)
            .map(|a| a.id)
    }

    /// Selects the next (or previous) claim that is not done, wrapping around, brings it into
    /// view and puts the keyboard in its form.
    fn step_claim(&mut self, forward: bool) {
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
                "There are no claims yet: tag one with C".to_owned()
            } else {
                format!("All {} claims are done", claims.len())
            };
            self.set_status(StatusKind::Info, message);
            return;
        }
        let position = self
            .selected
            .and_then(|id| claims.iter().position(|(c, _)| *c == id));
        let order: Vec<AnnotationId> = claims.iter().map(|(id, _)| *id).collect();
        let next = match position {
            None => {
                if forward {
                    open.first()
                } else {
                    open.last()
                }
            }
            Some(at) => {
                let n = order.len();
                (1..=n)
                    .map(|step| {
                        if forward {
                            (at + step) % n
                        } else {
                            (at + n - step) % n
                        }
                    })
                    .filter_map(|i| order.get(i))
                    .find(|id| open.contains(id))
            }
        }
        .copied();
        if let Some(id) = next {
            self.selection = None;
            self.select_annotation(Some(id), true);
            self.focus_form = true;
            let left = open.len();
            self.set_status(
                StatusKind::Info,
                format!(
                    "Claim {} — {left} not done yet. F8: next · Ctrl+Enter: done and next",
                    id
                ),
            );
        }
    }

    fn export(&mut self, format: ExportFormat) {
        let stem = suggested_file_name(&self.session);
        let stem = stem.trim_end_matches(".ron");
        let suggested = format!("{stem}-report.{}", format.extension());
        match self.platform.pick_export(&suggested, format.extension()) {
            Picked::Path(path) => self.write_export(format, &path),
            Picked::Cancelled => self.set_status(StatusKind::Info, "Not exported"),
            Picked::Unavailable => {
                let folder = std::env::current_dir().unwrap_or_default();
                self.path_prompt = Some(PathPrompt {
                    purpose: PromptPurpose::Export(format),
                    text: folder.join(suggested).display().to_string(),
                });
            }
        }
    }

    fn write_export(&mut self, format: ExportFormat, path: &Path) {
        let session = &self.session;
        let report = Report::new(&session.document, session.annotations(), &session.scale);
        let mut result = format
            .write(&report)
            .map_err(|e| e.to_string())
            .and_then(|text| io::write_text(path, &text).map_err(|e| e.to_string()));
        if format == ExportFormat::Brat && result.is_ok() {
            // brat reads the text from a .txt beside the .ann.
            result = io::write_text(&path.with_extension("txt"), session.document.text())
                .map_err(|e| e.to_string());
        }
        let warnings = if format == ExportFormat::ClaimReview {
            crate::interop::claimreview::export(
                &session.document,
                session.annotations(),
                &session.scale,
            )
            .warnings
        } else {
            Vec::new()
        };
        match result {
            Ok(()) if !warnings.is_empty() => self.set_status(
                StatusKind::Warning,
                format!(
                    "Exported to {} with {} warning(s): {}",
                    path.display(),
                    warnings.len(),
                    warnings.join("; ")
                ),
            ),
            Ok(()) => self.set_status(StatusKind::Info, format!("Exported to {}", path.display())),
            Err(e) => self.set_status(
                StatusKind::Error,
                format!("Could not export to {}: {e}", path.display()),
            ),
        }
    }

    /// Loads a new version of the article and moves every annotation onto it.
    pub(super) fn update_article_text(&mut self, path: &Path) {
        if io::is_annotation_file(path) {
            self.set_status(
                StatusKind::Warning,
                "Choose the new version of the article (a text file), not an annotation file",
            );
            return;
        }
        let opened = match io::open(path) {
            Ok(opened) => opened,
            Err(e) => {
                self.set_status(StatusKind::Error, capitalize(&e.to_string()));
                return;
            }
        };
        let (annotations, summary) = crate::reattach::reattach_all(
            self.session.annotations(),
            Some(&self.session.document),
            &opened.document,
        );
        let mut session = Session::new(opened.document, annotations, self.session.path.clone());
        session.scale = self.session.scale.clone();
        session.mark_unsaved();
        self.replace_session(session);
        self.set_status(
            if summary.moved + summary.orphaned > 0 {
                StatusKind::Warning
            } else {
                StatusKind::Info
            },
            format!(
                "Article text updated from “{}”: {}",
                io::file_name(path),
                summary.describe()
            ),
        );
    }

    fn answer_recovery(&mut self, answer: Option<(usize, bool)>) {
        let Some((index, restore)) = answer else {
            self.recoveries.clear();
            self.set_status(
                StatusKind::Info,
                "The unsaved work stays in its recovery file; it will be offered again next time",
            );
            return;
        };
        if index >= self.recoveries.len() {
            return;
        }
        let info = self.recoveries.remove(index);
        if !restore {
            io::recovery::remove(&info.key);
            self.set_status(
                StatusKind::Info,
                format!("Discarded the unsaved work on “{}”", info.title),
            );
            return;
        }
        match io::recovery::read(&info) {
            Ok(opened) => {
                let count = opened.annotations.len();
                let mut session = Session::from_opened(opened);
                session.mark_unsaved();
                self.replace_session(session);
                // The restored work keeps its recovery file until it is saved.
                self.recovery_key = info.key.clone();
                self.set_status(
                    StatusKind::Warning,
                    format!(
                        "Restored unsaved work on “{}” ({count} annotations, from {}). Save it to keep it",
                        info.title,
                        info.age()
                    ),
                );
            }
            Err(e) => self.set_status(StatusKind::Error, format!("Could not restore: {e}")),
        }
    }

    fn answer_preferences(&mut self, answer: Option<String>) {
        self.preferences_draft = None;
        let Some(name) = answer.map(|n| n.trim().to_owned()) else {
            return;
        };
        self.session.reviewer = name.clone();
        match self.platform.save_reviewer(&name) {
            Ok(()) if name.is_empty() => self.set_status(StatusKind::Info, "Reviewer name cleared"),
            Ok(()) => self.set_status(
                StatusKind::Info,
                format!("Changes are now recorded as made by {name}"),
            ),
            Err(e) => self.set_status(
                StatusKind::Warning,
                format!(
                    "Using the name {name} for now, but it could not be saved for next time: {e}"
                ),
            ),
        }
    }

    fn select_annotation(&mut self, id: Option<AnnotationId>, scroll: bool) {
        self.selected = id;
        if let Some(annotation) = id.and_then(|id| self.session.annotations().get(id))
            && scroll
            && annotation.is_anchored()
        {
            self.view.scroll_to(annotation.span.start);
        }
        self.scroll_list_to_selected = true;
    }

    fn keep_selection_valid(&mut self) {
        if let Some(id) = self.selected
            && self.session.annotations().get(id).is_none()
        {
            self.selected = None;
        }
    }

    fn set_find_query(&mut self, query: String) {
        self.find.folded.update(&self.session.document);
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

    fn step_find(&mut self, direction: isize) {
        if !self.find.open {
            self.find.open = true;
            self.find.focus_request = true;
        }
        let count = self.find.matches.len();
        if count == 0 {
            if !self.find.query.is_empty() {
                self.set_status(
                    StatusKind::Warning,
                    format!("“{}” is not in the article", self.find.query),
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
        let Some(found) = self
            .find
            .current
            .and_then(|i| self.find.matches.get(i))
            .copied()
        else {
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
            format!(
                "Match {index} of {}: press C, Q or R to tag it",
                self.find.matches.len()
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

fn suggested_file_name(session: &Session) -> String {
    let stem = session
        .document
        .source()
        .filter(|s| *s != "clipboard")
        .map(|s| Path::new(s).with_extension("").display().to_string())
        .unwrap_or_else(|| {
            session
                .document
                .title()
                .chars()
                .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-')
                .take(40)
                .collect::<String>()
                .trim()
                .replace(' ', "-")
        });
    let stem = if stem.is_empty() {
        "annotations".to_owned()
    } else {
        stem
    };
    format!("{stem}.ron")
}

fn excerpt(text: &str) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 60 {
        format!("{}…", one_line.chars().take(59).collect::<String>())
    } else {
        one_line
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
