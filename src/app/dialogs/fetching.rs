//! The windows about getting something from elsewhere: a web address to open, a PDF's
//! password, the progress of a fetch or a file read (with Cancel), and what the matching
//! model is before it is downloaded and while it is.

use egui::{Key, RichText, TextEdit};

use super::{cancel_on_close, modal};
use crate::app::Action;
use crate::{tr, ui_tr};

pub(super) fn web_address_ui(ctx: &egui::Context, text: &mut String, actions: &mut Vec<Action>) {
    let modal = modal(ctx, "web address", |ui| {
        ui.set_min_width(560.0);
        ui.heading(ui_tr!("web-heading"));
        crate::ui::direction::wrapped(ui, &tr!("web-body"), |t| t);
        let response = ui.add(
            TextEdit::singleline(text)
                .id_salt("web address text")
                .desired_width(f32::INFINITY)
                .hint_text(ui_tr!("web-hint")),
        );
        if !response.has_focus() && !response.lost_focus() {
            response.request_focus();
            let mut state = TextEdit::load_state(ui.ctx(), response.id).unwrap_or_default();
            state
                .cursor
                .set_char_range(Some(egui::text_selection::CCursorRange::select_all_str(
                    text,
                )));
            state.store(ui.ctx(), response.id);
        }
        let problem = crate::capture::link_file::refusal(text).filter(|_| !text.trim().is_empty());
        if let Some(problem) = &problem {
            ui.colored_label(
                crate::ui::colors::flag_warning(ui.visuals().dark_mode),
                crate::ui::direction::shown(crate::model::capitalized(problem)),
            );
        }
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        crate::ui::direction::row(ui, |ui| {
            let open = ui.add_enabled(
                problem.is_none() && !text.trim().is_empty(),
                egui::Button::new(RichText::new(ui_tr!("web-open")).strong()),
            );
            if open.clicked() || (enter && problem.is_none() && !text.trim().is_empty()) {
                actions.push(Action::WebAddressAnswer(Some(text.trim().to_owned())));
            }
            if ui.button(ui_tr!("dialog-cancel")).clicked() {
                actions.push(Action::WebAddressAnswer(None));
            }
        });
    });
    cancel_on_close(&modal, actions, Action::WebAddressAnswer(None));
}

pub(super) fn pdf_password_ui(
    ctx: &egui::Context,
    path: &std::path::Path,
    text: &mut String,
    wrong: bool,
    actions: &mut Vec<Action>,
) {
    let modal = modal(ctx, "pdf password", |ui| {
        ui.set_min_width(480.0);
        ui.heading(ui_tr!("pdf-password-title"));
        let file = crate::io::file_name(path);
        crate::ui::direction::wrapped(ui, &tr!("pdf-password-prompt", file = file), |t| t);
        if wrong {
            ui.colored_label(
                crate::ui::colors::flag_warning(ui.visuals().dark_mode),
                crate::ui::direction::shown(crate::model::capitalized(&tr!(
                    "err-pdf-wrong-password"
                ))),
            );
        }
        let response = crate::ui::direction::row(ui, |ui| {
            let label = ui.label(ui_tr!("pdf-password-label"));
            ui.add(
                TextEdit::singleline(text)
                    .id_salt("pdf password text")
                    .password(true)
                    .desired_width(280.0),
            )
            .labelled_by(label.id)
        })
        .inner;
        // Focus is asked for once the window has it: a text field focused in a window that
        // is not (the PDF named on the command line, asked for before the window shows) gets
        // no keys on X11.
        if !response.has_focus() && !response.lost_focus() && ui.input(|i| i.focused) {
            response.request_focus();
        }
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        crate::ui::direction::row(ui, |ui| {
            let open = ui.add_enabled(
                !text.is_empty(),
                egui::Button::new(RichText::new(ui_tr!("pdf-password-open")).strong()),
            );
            if open.clicked() || (enter && !text.is_empty()) {
                actions.push(Action::PdfPassword(Some(text.clone())));
            }
            if ui.button(ui_tr!("dialog-cancel")).clicked() {
                actions.push(Action::PdfPassword(None));
            }
        });
    });
    cancel_on_close(&modal, actions, Action::PdfPassword(None));
}

pub(super) fn fetching_ui(
    ctx: &egui::Context,
    job: &crate::app::WebJob,
    actions: &mut Vec<Action>,
) {
    let heading = ui_tr!("fetching-heading");
    let cancel = progress_ui(ctx, "fetching", &heading, &job.describe(), job.fraction());
    if cancel {
        actions.push(Action::CancelFetch);
    }
}

/// A window with a heading, what is under way, a progress bar (moving when the share is not
/// known) and Cancel; true when Cancel was clicked.
pub(super) fn progress_ui(
    ctx: &egui::Context,
    id: &'static str,
    heading: &str,
    doing: &str,
    fraction: Option<f32>,
) -> bool {
    let mut cancel = false;
    modal(ctx, id, |ui| {
        ui.set_min_width(520.0);
        ui.heading(heading);
        ui.add(egui::Label::new(crate::ui::direction::shown(doing)).truncate());
        let bar = match fraction {
            Some(fraction) => egui::ProgressBar::new(fraction).show_percentage(),
            None => egui::ProgressBar::new(0.0).animate(true),
        };
        ui.add(bar);
        cancel = ui.button(ui_tr!("dialog-cancel")).clicked();
    });
    ctx.request_repaint_after(std::time::Duration::from_millis(100));
    cancel
}

/// What the matching model is, before it is downloaded.
pub(super) fn get_model_ui(
    ctx: &egui::Context,
    folder: Option<&std::path::Path>,
    actions: &mut Vec<Action>,
) {
    let model = crate::semantic::default_model();
    modal(ctx, "get model", |ui| {
        ui.set_max_width(560.0);
        ui.heading(ui_tr!("model-heading"));
        crate::ui::direction::wrapped(ui, &tr!("model-what"), |t| t);
        ui.add_space(6.0);
        {
            let facts = [
                (tr!("model-name"), model.name.to_owned()),
                (
                    tr!("model-languages"),
                    match model.short_name {
                        "multilingual" => tr!("model-reads-multilingual"),
                        "english" => tr!("model-reads-english"),
                        _ => model.languages.to_owned(),
                    },
                ),
                (
                    tr!("model-size"),
                    tr!("model-megabytes", size = model.size() / 1_000_000),
                ),
                (tr!("model-licence"), model.licence.to_owned()),
                (
                    tr!("model-kept-in"),
                    folder.map_or_else(String::new, |f| f.display().to_string()),
                ),
            ];
            for (name, value) in facts {
                crate::ui::direction::row(ui, |ui| {
                    ui.strong(crate::ui::direction::shown(name));
                    // A long value (the languages) wraps inside the dialog.
                    ui.add(egui::Label::new(value).wrap());
                });
            }
        }
        ui.hyperlink_to(ui_tr!("model-licence-link"), model.licence_url);
        crate::ui::direction::wrapped(ui, &tr!("model-checked"), egui::RichText::weak);
        ui.add_space(6.0);
        crate::ui::direction::row(ui, |ui| {
            if ui.button(ui_tr!("model-download")).clicked() {
                actions.push(Action::ModelAnswer(true));
            }
            if ui.button(ui_tr!("dialog-cancel")).clicked() {
                actions.push(Action::ModelAnswer(false));
            }
        });
    });
}

pub(super) fn getting_model_ui(
    ctx: &egui::Context,
    job: &crate::app::model::ModelJob,
    actions: &mut Vec<Action>,
) {
    let heading = ui_tr!("model-heading");
    if progress_ui(
        ctx,
        "getting model",
        &heading,
        &job.describe(),
        job.fraction(),
    ) {
        actions.push(Action::CancelModel);
    }
}
