//! The questions the app asks in a modal window, one at a time ([`Dialog`]): save changes
//! first?, a path typed by hand (no native file dialog), preferences, overwrite a file changed
//! on disk, restore unsaved work. Each draws itself and answers with an [`Action`].

use std::path::PathBuf;

use egui::{Key, RichText, TextEdit};

mod fetching;

use super::{Action, Choice, ClaimmarkApp, Pending, StatusKind};
use crate::i18n::Language;
use crate::interop::Format;
use crate::io::recovery::RecoveryInfo;
use crate::{tr, ui_tr};
use fetching::{
    fetching_ui, get_model_ui, getting_model_ui, pdf_password_ui, progress_ui, web_address_ui,
};

/// Why the app asks for a path in its own window (when no native dialog can open).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PromptPurpose {
    /// Open the file at the path.
    Open,
    /// Save to the path, then carry on with `then`.
    Save {
        /// What was waiting for the save.
        then: Option<Pending>,
    },
    /// Write an export to the path.
    Export(Format),
    /// Load the new version of the article from the path.
    UpdateText,
    /// Import another tool's file (`export` unset) or the article it points into.
    Import {
        /// The other tool's format.
        format: Format,
        /// The other tool's file, once chosen; then the path asked for is the article.
        export: Option<PathBuf>,
    },
    /// Open the desk in the folder at the path.
    Desk,
    /// Compare the open document with the annotation file at the path.
    Compare,
    /// Write the desk's claims table to the path.
    DeskClaims,
}

/// The in-window path question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathPrompt {
    /// What the path is for.
    pub purpose: PromptPurpose,
    /// The path typed so far.
    pub text: String,
}

/// The preferences as the dialog edits them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreferencesForm {
    /// The reviewer's name typed so far.
    pub name: String,
    /// The language chosen (`None`: as the system's).
    pub language: Option<Language>,
    /// Sentences worth checking are suggested.
    pub suggestions: bool,
    /// From which score, in percent (`None`: the scorer's own threshold per language).
    pub threshold: Option<u32>,
}

/// The question the app is asking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dialog {
    /// "Save changes?" before doing this.
    UnsavedChanges(Pending),
    /// A path typed in the window.
    Path(PathPrompt),
    /// The preferences, being edited.
    Preferences(PreferencesForm),
    /// The file changed on disk since it was opened: overwrite it?
    Overwrite(PathBuf),
    /// Unsaved work found at start: restore or discard each.
    Recovery(Vec<RecoveryInfo>),
    /// The web address to open, being typed.
    WebAddress {
        /// The address typed so far.
        text: String,
    },
    /// A web page is being fetched: its progress, and Cancel.
    Fetching,
    /// What Desk → Get the matching model… would download: Download or Cancel.
    GetModel,
    /// The matching model is being downloaded: its progress, and Cancel.
    GettingModel,
    /// A file is being read: its progress, and Cancel.
    Opening,
    /// A protected PDF's password, being typed.
    PdfPassword {
        /// The PDF.
        path: PathBuf,
        /// The password typed so far.
        text: String,
        /// True when the last password tried did not open it.
        wrong: bool,
    },
}

impl ClaimmarkApp {
    /// Offers the recovery files found at start (call once, after creating the app).
    pub fn offer_recoveries(&mut self, found: Vec<RecoveryInfo>) {
        if !found.is_empty() {
            self.dialog = Some(Dialog::Recovery(found));
        }
    }

    /// Recovery files waiting for an answer.
    pub fn pending_recoveries(&self) -> &[RecoveryInfo] {
        match &self.dialog {
            Some(Dialog::Recovery(found)) => found,
            _ => &[],
        }
    }

    /// Draws the open dialog, if any.
    pub(super) fn dialog_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let name = self.document_name();
        let Some(dialog) = &mut self.dialog else {
            return;
        };
        let typing = match dialog {
            Dialog::UnsavedChanges(pending) => {
                unsaved_changes_ui(ctx, &name, pending, actions);
                false
            }
            Dialog::Path(prompt) => {
                path_prompt_ui(ctx, prompt, actions);
                true
            }
            Dialog::Preferences(form) => {
                preferences_ui(ctx, form, actions);
                true
            }
            Dialog::Overwrite(path) => {
                overwrite_ui(ctx, path, actions);
                false
            }
            Dialog::Recovery(found) => {
                recovery_ui(ctx, found, actions);
                false
            }
            Dialog::WebAddress { text } => {
                web_address_ui(ctx, text, actions);
                true
            }
            Dialog::Fetching => {
                if let Some(job) = &self.web.job {
                    fetching_ui(ctx, job, actions);
                }
                false
            }
            Dialog::GetModel => {
                get_model_ui(ctx, self.platform.model_folder().as_deref(), actions);
                false
            }
            Dialog::GettingModel => {
                if let Some(job) = &self.model.job {
                    getting_model_ui(ctx, job, actions);
                }
                false
            }
            Dialog::Opening => {
                if let Some(job) = &self.opening.job {
                    let heading = crate::io::file_name(&job.path);
                    if progress_ui(ctx, "opening", &heading, &job.describe(), job.fraction()) {
                        actions.push(Action::CancelOpen);
                    }
                }
                false
            }
            Dialog::PdfPassword { path, text, wrong } => {
                pdf_password_ui(ctx, path, text, *wrong, actions);
                true
            }
        };
        self.text_focus |= typing;
    }

    /// The open file's name, or the article's title when it was never saved.
    pub(super) fn document_name(&self) -> String {
        self.session
            .path
            .as_deref()
            .map(crate::io::file_name)
            .unwrap_or_else(|| self.session.document().title().to_owned())
    }

    pub(super) fn answer_recovery(&mut self, answer: Option<(usize, bool)>) {
        let Some(Dialog::Recovery(mut found)) = self.dialog.take() else {
            return;
        };
        let Some((index, restore)) = answer else {
            self.set_status(StatusKind::Info, tr!("recovery-later"));
            return;
        };
        if index >= found.len() {
            self.dialog = Some(Dialog::Recovery(found));
            return;
        }
        let info = found.remove(index);
        if !found.is_empty() {
            self.dialog = Some(Dialog::Recovery(found));
        }
        if restore {
            self.restore_recovery(&info);
        } else {
            if let Some(store) = self.recovery_store() {
                store.remove(&info.key);
            }
            self.set_status(
                StatusKind::Info,
                tr!("recovery-discarded", title = &info.title),
            );
        }
    }

    pub(super) fn answer_preferences(&mut self, answer: Option<PreferencesForm>) {
        if matches!(self.dialog, Some(Dialog::Preferences(_))) {
            self.dialog = None;
        }
        let Some(PreferencesForm {
            name,
            language,
            suggestions,
            threshold,
        }) = answer
        else {
            return;
        };
        self.set_suggestions(suggestions, threshold);
        let name = name.trim().to_owned();
        let language_changed = self.look.language_choice != language;
        self.set_language_choice(language);
        let name_changed = self.session.reviewer != name;
        self.session.reviewer = name.clone();
        match self.platform.save_reviewer(&name) {
            // Only the language changed: say so, in it.
            Ok(()) if language_changed && !name_changed => self.set_status(
                StatusKind::Info,
                tr!("prefs-language-set", language = self.language.native_name()),
            ),
            Ok(()) if name.is_empty() => {
                self.set_status(StatusKind::Info, tr!("prefs-name-cleared"))
            }
            Ok(()) => self.set_status(StatusKind::Info, tr!("prefs-name-set", name = &name)),
            Err(e) => self.set_status(
                StatusKind::Warning,
                tr!("prefs-name-not-saved", name = &name, why = e),
            ),
        }
    }

    pub(super) fn answer_overwrite(&mut self, overwrite: bool) {
        let Some(Dialog::Overwrite(path)) = self.dialog.take() else {
            return;
        };
        if overwrite {
            self.write_session(&path);
        } else {
            self.set_status(StatusKind::Info, tr!("overwrite-not-saved"));
        }
    }
}

/// Closing a modal (Esc, a click outside) is the same as its cancel button.
/// A modal window whose labels and fields sit on the reading side.
fn modal<R>(
    ctx: &egui::Context,
    name: &'static str,
    add_contents: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::ModalResponse<R> {
    egui::Modal::new(egui::Id::unique(name)).show(ctx, |ui| {
        crate::ui::direction::column(ui, add_contents).inner
    })
}

fn cancel_on_close(modal: &egui::ModalResponse<()>, actions: &mut Vec<Action>, cancel: Action) {
    if modal.should_close() && actions.is_empty() {
        actions.push(cancel);
    }
}

fn unsaved_changes_ui(
    ctx: &egui::Context,
    name: &str,
    pending: &Pending,
    actions: &mut Vec<Action>,
) {
    let before = match pending {
        Pending::Quit => "quit",
        Pending::Open(_) => "open",
        Pending::NewFromClipboard => "new",
        Pending::Import(_) => "import",
        Pending::OpenAddress(_) => "web",
    };
    let modal = modal(ctx, "unsaved changes", |ui| {
        ui.set_max_width(420.0);
        ui.heading(ui_tr!("unsaved-heading", name = name, before = before));
        crate::ui::direction::wrapped(ui, &tr!("unsaved-body"), |t| t);
        ui.add_space(8.0);
        crate::ui::direction::row(ui, |ui| {
            if ui
                .button(RichText::new(ui_tr!("dialog-save")).strong())
                .clicked()
            {
                actions.push(Action::Confirm(Choice::Save));
            }
            if ui.button(ui_tr!("dialog-dont-save")).clicked() {
                actions.push(Action::Confirm(Choice::Discard));
            }
            if ui.button(ui_tr!("dialog-cancel")).clicked() {
                actions.push(Action::Confirm(Choice::Cancel));
            }
        });
    });
    cancel_on_close(&modal, actions, Action::Confirm(Choice::Cancel));
}

fn path_prompt_ui(ctx: &egui::Context, prompt: &mut PathPrompt, actions: &mut Vec<Action>) {
    let purpose = match prompt.purpose {
        PromptPurpose::Open => "open",
        PromptPurpose::Desk => "desk",
        PromptPurpose::DeskClaims => "desk-claims",
        PromptPurpose::Compare => "compare",
        PromptPurpose::Save { .. } => "save",
        PromptPurpose::Export(_) => "export",
        PromptPurpose::UpdateText => "update",
        PromptPurpose::Import { export: None, .. } => "import",
        PromptPurpose::Import {
            export: Some(_), ..
        } => "import-article",
    };
    let heading = ui_tr!("path-heading", purpose = purpose);
    let button = ui_tr!("path-button", purpose = purpose);
    let modal =
        modal(ctx, "path prompt", |ui| {
            ui.set_min_width(520.0);
            ui.heading(heading);
            crate::ui::direction::wrapped(ui, &tr!("path-no-dialog"), |t| t);
            let response = ui.add(
                TextEdit::singleline(&mut prompt.text)
                    .id_salt("path prompt text")
                    .desired_width(f32::INFINITY)
                    .hint_text(if prompt.purpose == PromptPurpose::Desk {
                        ui_tr!("path-hint-folder")
                    } else {
                        ui_tr!("path-hint-file")
                    }),
            );
            if !response.has_focus() && !response.lost_focus() {
                response.request_focus();
                // A suggested path is selected, so typing replaces it (as in a file dialog).
                let mut state = TextEdit::load_state(ui.ctx(), response.id).unwrap_or_default();
                state.cursor.set_char_range(Some(
                    egui::text_selection::CCursorRange::select_all_str(&prompt.text),
                ));
                state.store(ui.ctx(), response.id);
            }
            let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            crate::ui::direction::row(ui, |ui| {
                if ui.button(RichText::new(button).strong()).clicked() || enter {
                    actions.push(Action::PathAnswer(Some(prompt.text.clone())));
                }
                if ui.button(ui_tr!("dialog-cancel")).clicked() {
                    actions.push(Action::PathAnswer(None));
                }
            });
        });
    cancel_on_close(&modal, actions, Action::PathAnswer(None));
}

fn preferences_ui(ctx: &egui::Context, form: &mut PreferencesForm, actions: &mut Vec<Action>) {
    let PreferencesForm {
        name,
        language,
        suggestions,
        threshold,
    } = form;
    let modal = modal(ctx, "preferences", |ui| {
        ui.set_min_width(420.0);
        ui.heading(ui_tr!("prefs-heading"));
        crate::ui::direction::wrapped(ui, &tr!("prefs-name"), |t| t);
        let response = ui.add(
            TextEdit::singleline(name)
                .id_salt("reviewer name")
                .desired_width(f32::INFINITY)
                .hint_text(ui_tr!("prefs-name.hint")),
        );
        if !response.has_focus() && !response.lost_focus() && !ui.ctx().any_popup_open() {
            response.request_focus();
        }
        ui.add_space(6.0);
        let language_label = ui.label(ui_tr!("prefs-language"));
        let shown = language.map_or_else(
            || ui_tr!("prefs-language-system"),
            |l| l.native_name().to_owned(),
        );
        egui::ComboBox::from_id_salt("interface language")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(language, None, ui_tr!("prefs-language-system"));
                for choice in Language::ALL {
                    ui.selectable_value(language, Some(choice), choice.native_name());
                }
            })
            .response
            .labelled_by(language_label.id);
        ui.add_space(6.0);
        suggestion_preferences_ui(ui, suggestions, threshold);
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        crate::ui::direction::row(ui, |ui| {
            if ui
                .button(RichText::new(ui_tr!("dialog-save")).strong())
                .clicked()
                || enter
            {
                actions.push(Action::PreferencesAnswer(Some(PreferencesForm {
                    name: name.clone(),
                    language: *language,
                    suggestions: *suggestions,
                    threshold: *threshold,
                })));
            }
            if ui.button(ui_tr!("dialog-cancel")).clicked() {
                actions.push(Action::PreferencesAnswer(None));
            }
        });
    });
    cancel_on_close(&modal, actions, Action::PreferencesAnswer(None));
}

/// Suggestions on or off, and from which score.
fn suggestion_preferences_ui(ui: &mut egui::Ui, on: &mut bool, threshold: &mut Option<u32>) {
    ui.checkbox(on, ui_tr!("prefs-suggestions"))
        .on_hover_text(ui_tr!("prefs-suggestions.tooltip"));
    ui.add_enabled_ui(*on, |ui| {
        let mut own = threshold.is_none();
        ui.checkbox(&mut own, ui_tr!("prefs-suggest-own-threshold"))
            .on_hover_text(ui_tr!("prefs-suggest-own-threshold.tooltip"));
        if own {
            *threshold = None;
        } else {
            let mut percent = threshold.unwrap_or(50);
            crate::ui::direction::row(ui, |ui| {
                let label = ui.label(ui_tr!("prefs-suggest-threshold"));
                ui.add(egui::Slider::new(&mut percent, 5..=95).suffix(" %"))
                    .labelled_by(label.id);
            });
            crate::ui::direction::wrapped(ui, &tr!("prefs-suggest-threshold.hint"), |t| t.weak());
            *threshold = Some(percent);
        }
    });
}

fn overwrite_ui(ctx: &egui::Context, path: &std::path::Path, actions: &mut Vec<Action>) {
    let name = crate::io::file_name(path);
    let modal = modal(ctx, "overwrite", |ui| {
        ui.set_max_width(460.0);
        ui.heading(ui_tr!("overwrite-heading", name = name));
        crate::ui::direction::wrapped(ui, &tr!("overwrite-body"), |t| t);
        crate::ui::direction::row(ui, |ui| {
            if ui.button(ui_tr!("overwrite")).clicked() {
                actions.push(Action::Overwrite(true));
            }
            if ui
                .button(RichText::new(ui_tr!("dialog-cancel")).strong())
                .clicked()
            {
                actions.push(Action::Overwrite(false));
            }
        });
    });
    cancel_on_close(&modal, actions, Action::Overwrite(false));
}

fn recovery_ui(ctx: &egui::Context, found: &[RecoveryInfo], actions: &mut Vec<Action>) {
    let modal = modal(ctx, "recovery", |ui| {
        ui.set_max_width(520.0);
        ui.heading(ui_tr!("recovery-heading"));
        crate::ui::direction::wrapped(ui, &tr!("recovery-body"), |t| t);
        ui.add_space(6.0);
        for (index, info) in found.iter().enumerate() {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.strong(&info.title);
                let file = info
                    .original
                    .as_ref()
                    .map_or_else(|| tr!("recovery-never-saved"), |p| p.display().to_string());
                ui.label(ui_tr!("recovery-file", file = file, age = age(info)));
                crate::ui::direction::row(ui, |ui| {
                    if ui
                        .button(RichText::new(ui_tr!("recovery-restore")).strong())
                        .clicked()
                    {
                        actions.push(Action::Recover(Some((index, true))));
                    }
                    if ui
                        .button(ui_tr!("recovery-discard"))
                        .on_hover_text(ui_tr!("recovery-discard.tooltip"))
                        .clicked()
                    {
                        actions.push(Action::Recover(Some((index, false))));
                    }
                });
            });
        }
        if ui.button(ui_tr!("recovery-decide-later")).clicked() {
            actions.push(Action::Recover(None));
        }
    });
    cancel_on_close(&modal, actions, Action::Recover(None));
}

/// How long ago a recovery file was written, in words.
fn age(info: &RecoveryInfo) -> String {
    let seconds = crate::io::clock::unix_seconds().saturating_sub(info.written_secs);
    match seconds {
        0..=59 => tr!("age-now"),
        60..=3599 => tr!("age-minutes", count = seconds / 60),
        3600..=86_399 => tr!("age-hours", count = seconds / 3600),
        _ => tr!("age-days", count = seconds / 86_400),
    }
}
