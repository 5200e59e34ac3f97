//! Asking the user for a path, one way for every purpose: the desktop's own file dialog when
//! there is one, else the question in the window ([`PathPrompt`]). Either way the chosen path
//! goes to the same continuation ([`ClaimmarkApp::use_path`]).

use std::path::{Path, PathBuf};

use super::{ClaimmarkApp, Dialog, PathPrompt, Picked, PromptPurpose, StatusKind};
use crate::i18n::words;
use crate::interop::Format;
use crate::tr;

/// The extensions of each importable format's file, for the file picker.
fn import_extensions(format: Format) -> &'static [&'static str] {
    match format {
        Format::Brat => &["ann"],
        Format::Doccano => &["jsonl", "json"],
        Format::W3c => &["json", "jsonld"],
        _ => &["json"],
    }
}

impl ClaimmarkApp {
    /// Asks for a path for `purpose`. `suggestion` is the path offered (a file name for the
    /// save and export dialogs; the question in the window shows it whole).
    pub(super) fn choose_path(
        &mut self,
        ctx: &egui::Context,
        purpose: PromptPurpose,
        suggestion: &Path,
    ) {
        let name = crate::io::file_name(suggestion);
        let platform = &mut self.platform;
        let picked = match &purpose {
            PromptPurpose::Open | PromptPurpose::UpdateText | PromptPurpose::Compare => {
                platform.pick_open()
            }
            PromptPurpose::Save { .. } => platform.pick_save(&name),
            PromptPurpose::Export(format) => platform.pick_export(&name, format.extension()),
            PromptPurpose::DeskClaims => platform.pick_export(&name, "csv"),
            PromptPurpose::Desk => platform.pick_folder(&tr!("pick-desk")),
            PromptPurpose::Import {
                format,
                export: None,
            } => platform.pick_file(
                &tr!("pick-import", format = words::format_label(format.name())),
                &words::format_label(format.name()),
                import_extensions(*format),
            ),
            PromptPurpose::Import {
                export: Some(_), ..
            } => platform.pick_file(
                &tr!("pick-import-article"),
                &tr!("pick-articles"),
                &["txt", "html", "htm", "md"],
            ),
        };
        match picked {
            Picked::Path(path) => self.use_path(ctx, purpose, path),
            Picked::Cancelled => match purpose {
                PromptPurpose::Save { .. } => {
                    self.set_status(StatusKind::Info, tr!("status-not-saved"))
                }
                PromptPurpose::Export(_) | PromptPurpose::DeskClaims => {
                    self.set_status(StatusKind::Info, tr!("status-not-exported"));
                }
                _ => {}
            },
            Picked::Unavailable => {
                self.dialog = Some(Dialog::Path(PathPrompt {
                    purpose,
                    text: suggestion.display().to_string(),
                }));
            }
        }
    }

    /// The in-window path question was answered (`None`: cancelled).
    pub(super) fn answer_path_prompt(&mut self, ctx: &egui::Context, answer: Option<String>) {
        let Some(Dialog::Path(prompt)) = self.dialog.take() else {
            return;
        };
        match answer
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
        {
            Some(text) => self.use_path(ctx, prompt.purpose, PathBuf::from(text)),
            None => self.set_status(StatusKind::Info, tr!("status-cancelled")),
        }
    }

    /// What follows once a path is chosen for `purpose`, however it was chosen.
    fn use_path(&mut self, ctx: &egui::Context, purpose: PromptPurpose, path: PathBuf) {
        match purpose {
            PromptPurpose::Open => self.open_path(ctx, &path),
            PromptPurpose::Export(format) => self.write_export(format, &path),
            PromptPurpose::UpdateText => self.update_article_text(&path),
            PromptPurpose::Desk => self.open_desk(ctx, &path, true),
            PromptPurpose::DeskClaims => self.write_desk_claims(&path),
            PromptPurpose::Compare => self.compare_with(&path),
            PromptPurpose::Import {
                format,
                export: None,
            } => self.continue_import(ctx, format, path),
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
}
