//! Files: opening, saving (with the overwrite check), exporting, a new version of the article,
//! a new article from the clipboard, restoring unsaved work, and the unsaved-changes question
//! that guards each of them.

use std::path::{Path, PathBuf};

use super::Choice;
use super::{ClaimmarkApp, Dialog, PathPrompt, Pending, Picked, PromptPurpose, StatusKind};
use crate::interop::Format;
use crate::io::{self, Opened};
use crate::model::{AnnotationSet, Document};
use crate::session::Session;
use crate::ui::article_view::ArticleView;

impl ClaimmarkApp {
    /// Runs `pending` now, or asks first when there are unsaved changes.
    pub(super) fn request(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.session.is_dirty() {
            self.dialog = Some(Dialog::UnsavedChanges(pending));
        } else {
            self.proceed(ctx, pending);
        }
    }

    pub(super) fn confirm(&mut self, ctx: &egui::Context, choice: Choice) {
        let Some(Dialog::UnsavedChanges(pending)) = self.dialog.take() else {
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
                Picked::Unavailable => self.ask_path(PromptPurpose::Open, String::new()),
            },
            Pending::NewFromClipboard => self.new_from_clipboard(),
            Pending::Import(format) => self.start_import(format),
        }
    }

    fn ask_path(&mut self, purpose: PromptPurpose, text: String) {
        self.dialog = Some(Dialog::Path(PathPrompt { purpose, text }));
    }

    fn new_from_clipboard(&mut self) {
        match self.platform.read_clipboard() {
            Some(text) if !text.trim().is_empty() => {
                let text = crate::article::normalize_text(&text);
                let document = Document::new(text, Some("clipboard".to_owned()), "utf-8");
                let chars = document.char_len();
                self.replace_session(Session::new(document, AnnotationSet::new(), None));
                self.set_status(
                    StatusKind::Info,
                    format!(
                        "New article from the clipboard ({chars} characters). Save it to keep it."
                    ),
                );
            }
            _ => self.set_status(
                StatusKind::Warning,
                "The clipboard holds no text. Copy an article's text first.",
            ),
        }
    }

    fn open_path(&mut self, path: &Path) {
        match io::open(path) {
            Ok(opened) => {
                let count = opened.annotations.len();
                let notices = opened.describe_notices();
                self.replace_session(opened.into_session());
                if notices.is_empty() {
                    self.set_status(
                        StatusKind::Info,
                        format!("Opened “{}” ({count} annotations)", io::file_name(path)),
                    );
                } else {
                    self.set_status(
                        StatusKind::Warning,
                        format!("Opened “{}”: {notices}", io::file_name(path)),
                    );
                }
                self.after_open_from_desk(path);
                self.remember_recent(path);
            }
            Err(error) => {
                self.desk.select_after_open = None;
                self.set_status(
                    StatusKind::Error,
                    crate::model::capitalized(&error.to_string()),
                );
            }
        }
    }

    /// Shows another session: every view of the old one starts over.
    pub(super) fn replace_session(&mut self, mut session: Session) {
        session.reviewer = self.session.reviewer.clone();
        self.session = session;
        self.restart_background();
        self.view = ArticleView::default();
        self.selection = None;
        self.selected = None;
        self.compare = None;
        if self.side.tab == super::SideTab::Compare {
            self.side.tab = super::SideTab::Annotations;
        }
        self.find.reset();
        let query = std::mem::take(&mut self.find.query);
        self.set_find_query(query);
    }

    /// Saves; with `ask` or without a file yet, asks where. Returns true when saved now; when
    /// the path must be typed in the window, `then` runs after that save.
    pub(super) fn save(&mut self, ask: bool, then: Option<Pending>) -> bool {
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
                        let text = folder.join(suggested).display().to_string();
                        self.ask_path(PromptPurpose::Save { then }, text);
                        return false;
                    }
                }
            }
        };
        self.save_to(&path)
    }

    fn save_to(&mut self, path: &Path) -> bool {
        let same_file = self.session.path.as_deref() == Some(path);
        let on_disk = io::stamp(path);
        if same_file && on_disk.is_some() && on_disk != self.background.disk_stamp {
            self.dialog = Some(Dialog::Overwrite(path.to_owned()));
            return false;
        }
        self.write_session(path)
    }

    pub(super) fn write_session(&mut self, path: &Path) -> bool {
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
                self.background.disk_stamp = io::stamp(path);
                self.drop_recovery_file();
                self.desk_file_saved();
                self.remember_recent(path);
                self.set_status(StatusKind::Info, format!("Saved to {}", path.display()));
                true
            }
            Err(error) => {
                self.set_status(
                    StatusKind::Error,
                    crate::model::capitalized(&error.to_string()),
                );
                false
            }
        }
    }

    pub(super) fn answer_path_prompt(&mut self, ctx: &egui::Context, answer: Option<String>) {
        let Some(Dialog::Path(prompt)) = self.dialog.take() else {
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
            PromptPurpose::Desk => self.open_desk(ctx, &path, true),
            PromptPurpose::DeskClaims => self.write_desk_claims(&path),
            PromptPurpose::Compare => self.compare_with(&path),
            PromptPurpose::Import {
                format,
                export: None,
            } => self.continue_import(format, path),
            PromptPurpose::Import {
                format,
                export: Some(export),
            } => self.import_files(format, &[export, path]),
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

    pub(super) fn export(&mut self, format: Format) {
        let stem = suggested_file_name(&self.session);
        let stem = stem.trim_end_matches(".ron");
        let suggested = format!("{stem}-report.{}", format.extension());
        match self.platform.pick_export(&suggested, format.extension()) {
            Picked::Path(path) => self.write_export(format, &path),
            Picked::Cancelled => self.set_status(StatusKind::Info, "Not exported"),
            Picked::Unavailable => {
                let folder = std::env::current_dir().unwrap_or_default();
                let text = folder.join(suggested).display().to_string();
                self.ask_path(PromptPurpose::Export(format), text);
            }
        }
    }

    fn write_export(&mut self, format: Format, path: &Path) {
        let session = &self.session;
        let output = match crate::interop::export(
            format,
            session.document(),
            session.annotations(),
            &session.scale,
        ) {
            Ok(output) => output,
            Err(e) => {
                self.set_status(StatusKind::Error, format!("Could not export: {e}"));
                return;
            }
        };
        match io::write_export(&output, path) {
            Ok(_) if !output.warnings.is_empty() => self.set_status(
                StatusKind::Warning,
                format!(
                    "Exported to {} with {} warning(s): {}",
                    path.display(),
                    output.warnings.len(),
                    output.warnings.join("; ")
                ),
            ),
            Ok(_) => self.set_status(StatusKind::Info, format!("Exported to {}", path.display())),
            Err((failed, e)) => self.set_status(
                StatusKind::Error,
                format!("Could not export to {}: {e}", failed.display()),
            ),
        }
    }

    /// Loads a new version of the article and moves every annotation onto it (one undoable
    /// step: Ctrl+Z brings back the old text and every position).
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
                self.set_status(StatusKind::Error, crate::model::capitalized(&e.to_string()));
                return;
            }
        };
        let summary = match self.session.replace_article(opened.document, opened.links) {
            Ok(summary) => summary,
            Err(e) => {
                self.set_status(StatusKind::Error, format!("Could not update the text: {e}"));
                return;
            }
        };
        self.selection = None;
        self.keep_selection_valid();
        self.set_find_query(self.find.query.clone());
        let kind = if summary.moved + summary.orphaned > 0 {
            StatusKind::Warning
        } else {
            StatusKind::Info
        };
        self.set_status(
            kind,
            format!(
                "Article text updated from “{}”: {} ({} undoes the update)",
                io::file_name(path),
                summary.describe(),
                super::Command::Undo.keys()
            ),
        );
    }

    /// Opens the unsaved work of a recovery file in place of the open document.
    pub(super) fn restore_recovery(&mut self, info: &io::recovery::RecoveryInfo) {
        let Some(store) = self.recovery_store() else {
            return;
        };
        match store.read(info) {
            Ok(opened) => {
                let count = opened.annotations.len();
                let mut session = Opened::into_session(opened);
                session.mark_unsaved();
                self.replace_session(session);
                // The restored work keeps its recovery file until it is saved.
                self.background.recovery_key = info.key.clone();
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
}

fn suggested_file_name(session: &Session) -> String {
    let document = session.document();
    let stem = document
        .source()
        .filter(|s| *s != "clipboard")
        .map(|s| Path::new(s).with_extension("").display().to_string())
        .unwrap_or_else(|| {
            document
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
