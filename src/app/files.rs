//! Files: opening, saving (with the overwrite check), exporting, a new version of the article,
//! a new article from the clipboard, restoring unsaved work, and the unsaved-changes question
//! that guards each of them.

use std::path::{Path, PathBuf};

use super::Choice;
use super::{ClaimmarkApp, Dialog, Pending, PromptPurpose, StatusKind};
use crate::interop::Format;
use crate::io::{self, Opened};
use crate::model::{AnnotationSet, Document};
use crate::session::Session;
use crate::tr;
use crate::ui::article_view::ArticleView;
use crate::ui::errors;

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
            Choice::Cancel => self.set_status(StatusKind::Info, tr!("status-cancelled")),
            Choice::Discard => {
                self.drop_recovery_file();
                self.proceed(ctx, pending);
            }
            Choice::Save => self.save(ctx, false, Some(pending)),
        }
    }

    pub(super) fn proceed(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::Quit => {
                self.close_confirmed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Pending::Open(Some(path)) => self.open_path(ctx, &path),
            Pending::Open(None) => self.choose_path(ctx, PromptPurpose::Open, Path::new("")),
            Pending::NewFromClipboard => self.new_from_clipboard(),
            Pending::OpenAddress(address) => self.open_web_page(ctx, &address),
            Pending::Import(format) => self.choose_path(
                ctx,
                PromptPurpose::Import {
                    format,
                    export: None,
                },
                Path::new(""),
            ),
        }
    }

    fn new_from_clipboard(&mut self) {
        match self.platform.read_clipboard() {
            Some(text) if !text.trim().is_empty() => {
                let text = crate::article::normalize_text(&text);
                let document = Document::new(text, Some("clipboard".to_owned()), "utf-8");
                let chars = document.char_len();
                let mut session = Session::new(document, AnnotationSet::new(), None);
                session.scale = crate::i18n::words::default_scale();
                self.replace_session(session);
                self.set_status(
                    StatusKind::Info,
                    tr!("status-new-from-clipboard", count = chars),
                );
            }
            _ => self.set_status(StatusKind::Warning, tr!("status-clipboard-empty")),
        }
    }

    /// Opens `path` off the UI thread (see `opening`).
    pub(super) fn open_path(&mut self, ctx: &egui::Context, path: &Path) {
        self.open_path_with(ctx, path, None);
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

    /// Saves; with `ask` or without a file yet, asks where. Once saved, `then` runs.
    pub(super) fn save(&mut self, ctx: &egui::Context, ask: bool, then: Option<Pending>) {
        match (&self.session.path, ask) {
            (Some(path), false) => {
                let path = path.clone();
                if self.save_to(&path)
                    && let Some(then) = then
                {
                    self.proceed(ctx, then);
                }
            }
            _ => {
                let suggested = working_folder().join(suggested_file_name(&self.session));
                self.choose_path(ctx, PromptPurpose::Save { then }, &suggested);
            }
        }
    }

    pub(super) fn save_to(&mut self, path: &Path) -> bool {
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
                let previous = self.session.path.replace(path.to_owned());
                self.session.mark_saved(path.to_owned());
                self.background.disk_stamp = io::stamp(path);
                self.drop_recovery_file();
                self.desk_file_saved();
                self.remember_recent(path);
                self.set_status(
                    StatusKind::Info,
                    tr!("status-saved-to", path = path.display().to_string()),
                );
                self.archive_follows(previous.as_deref(), path);
                self.flush_archive(path);
                self.keep_original_pdf(previous.as_deref(), path);
                true
            }
            Err(error) => {
                self.set_status(StatusKind::Error, errors::io(&error));
                false
            }
        }
    }

    /// Saved under a new name: the web archive beside the old file is copied beside the new
    /// one, so the file and its archive stay together.
    fn archive_follows(&mut self, previous: Option<&Path>, path: &Path) {
        let Some(previous) = previous.filter(|p| *p != path) else {
            return;
        };
        let (old, new) = (
            crate::capture::archive_path(previous),
            crate::capture::archive_path(path),
        );
        if io::exists(&old)
            && !io::exists(&new)
            && let Err(error) = io::copy_file(&old, &new)
        {
            self.set_status(
                StatusKind::Warning,
                tr!(
                    "status-archive-not-copied",
                    path = path.display().to_string(),
                    why = errors::io(&error)
                ),
            );
        }
    }

    /// A PDF article's original goes beside its annotation file (`NAME.pdf`): from memory at
    /// the first save, copied from beside the old name at a Save As (when it is the same PDF).
    fn keep_original_pdf(&mut self, previous: Option<&Path>, path: &Path) {
        let Some(recorded) = self.session.document().pdf().map(|p| p.sha256.clone()) else {
            return;
        };
        let bytes = match self.session.original_pdf.clone() {
            Some(bytes) => bytes,
            None => {
                let Some(previous) = previous.filter(|p| *p != path) else {
                    return;
                };
                match io::read_bytes(&io::original_pdf_path(previous)) {
                    Ok(bytes) if crate::model::sha256_bytes_hex(&bytes) == recorded => {
                        std::sync::Arc::new(bytes)
                    }
                    _ => return,
                }
            }
        };
        let saved = tr!("status-saved-to", path = path.display().to_string());
        match io::keep_original_pdf(path, &bytes) {
            Ok(io::Kept::Written(kept)) => {
                self.session.original_pdf = None;
                self.set_status(
                    StatusKind::Info,
                    format!("{saved}; {}", tr!("pdf-kept", file = io::file_name(&kept))),
                );
            }
            Ok(io::Kept::AlreadyThere(_)) => self.session.original_pdf = None,
            Ok(io::Kept::Different(other)) => {
                // Said once: the next save finds no bytes to keep.
                self.session.original_pdf = None;
                self.set_status(
                    StatusKind::Warning,
                    format!(
                        "{saved}; {}",
                        tr!("pdf-not-kept", file = io::file_name(&other))
                    ),
                );
            }
            Err(error) => self.set_status(StatusKind::Error, errors::io(&error)),
        }
    }

    /// File → Export: asks where, then writes.
    pub(super) fn export(&mut self, ctx: &egui::Context, format: Format) {
        let stem = suggested_file_name(&self.session);
        let stem = stem.trim_end_matches(".ron");
        let suggested = format!("{stem}-report.{}", format.extension());
        self.choose_path(
            ctx,
            PromptPurpose::Export(format),
            &working_folder().join(suggested),
        );
    }

    pub(super) fn write_export(&mut self, format: Format, path: &Path) {
        let session = &self.session;
        let page = crate::report::PageOptions {
            fragment: false,
            archive: session
                .path
                .as_deref()
                .and_then(|file| io::archive_beside(file, path)),
        };
        let output = match crate::interop::export_with(
            format,
            session.document(),
            session.annotations(),
            &session.scale,
            &page,
        ) {
            Ok(output) => output,
            Err(e) => {
                self.set_status(
                    StatusKind::Error,
                    tr!("status-export-failed", why = e.to_string()),
                );
                return;
            }
        };
        match io::write_export(&output, path) {
            Ok(_) if !output.warnings.is_empty() => self.set_status(
                StatusKind::Warning,
                tr!(
                    "status-exported-with-warnings",
                    path = path.display().to_string(),
                    count = output.warnings.len(),
                    warnings = output.warnings.join("; ")
                ),
            ),
            Ok(_) => self.set_status(
                StatusKind::Info,
                tr!("status-exported", path = path.display().to_string()),
            ),
            Err(e) => self.set_status(StatusKind::Error, errors::io(&e)),
        }
    }

    /// Loads a new version of the article and moves every annotation onto it (one undoable
    /// step: Ctrl+Z brings back the old text and every position).
    pub(super) fn update_article_text(&mut self, path: &Path) {
        if io::is_annotation_file(path) {
            self.set_status(StatusKind::Warning, tr!("status-update-needs-article"));
            return;
        }
        let opened = match io::open(path) {
            Ok(opened) => opened,
            Err(e) => {
                self.set_status(StatusKind::Error, errors::io(&e));
                return;
            }
        };
        let summary = match self.session.replace_article(
            opened.document,
            opened.links,
            Some(io::clock::deadline_in(crate::reattach::DIFF_TIME)),
        ) {
            Ok(summary) => summary,
            Err(e) => {
                self.set_status(
                    StatusKind::Error,
                    tr!("status-update-failed", why = errors::session(&e)),
                );
                return;
            }
        };
        let lead = tr!("status-updated-from", name = io::file_name(path));
        self.after_article_replaced(&summary, &lead);
    }

    /// After the article's text was replaced: the selection and the find matches follow, and
    /// the status sums up what happened to the annotations, after `lead` (where the new text
    /// came from).
    pub(super) fn after_article_replaced(
        &mut self,
        summary: &crate::reattach::Summary,
        lead: &str,
    ) {
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
            tr!(
                "status-update-summary",
                lead = lead,
                summary = errors::summary(summary),
                undo = super::Command::Undo.keys()
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
                    tr!("status-restored", title = &info.title, count = count),
                );
            }
            Err(e) => self.set_status(
                StatusKind::Error,
                tr!("status-restore-failed", why = errors::io(&e)),
            ),
        }
    }
}

/// The folder suggested paths start in (the in-window question shows it).
fn working_folder() -> PathBuf {
    std::env::current_dir().unwrap_or_default()
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
