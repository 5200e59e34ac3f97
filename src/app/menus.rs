//! The menu bar, the toolbar with the tag buttons, and the find bar. Every entry is a
//! [`Command`] drawing itself, so labels, tooltips and shortcuts come from one place.

use egui::{Button, Key, RichText, TextEdit, Ui};

use super::{Action, ClaimmarkApp, Command};
use crate::i18n::words;
use crate::interop::Format;
use crate::model::Tag;
use crate::ui::colors;
use crate::ui::direction;
use crate::ui_tr;

impl ClaimmarkApp {
    pub(super) fn menu_ui(&self, ui: &mut Ui, commands: &mut Vec<Command>) {
        ui.menu_button(ui_tr!("menu-file"), |ui| {
            Command::NewFromClipboard.menu_item(ui, true, commands);
            Command::Open.menu_item(ui, true, commands);
            Command::OpenWebPage.menu_item(ui, true, commands);
            ui.menu_button(ui_tr!("menu-open-recent"), |ui| {
                if self.recent_files().is_empty() {
                    ui.weak(ui_tr!("menu-no-recent-files"));
                }
                for (n, path) in self.recent_files().iter().enumerate() {
                    let name = crate::io::file_name(path);
                    Command::OpenRecent(n).menu_item_labelled(ui, &name, true, commands);
                }
                ui.separator();
                Command::ClearRecent.menu_item(ui, !self.recent_files().is_empty(), commands);
            });
            Command::OpenDesk.menu_item(ui, true, commands);
            ui.separator();
            Command::Save.menu_item(ui, true, commands);
            Command::SaveAs.menu_item(ui, true, commands);
            Command::UpdateArticleText.menu_item(ui, true, commands);
            let from_web = self.session.document().web().is_some();
            Command::CheckPage.menu_item(ui, from_web, commands);
            Command::CompareWith.menu_item(ui, true, commands);
            ui.menu_button(ui_tr!("menu-export"), |ui| {
                for format in Format::exports() {
                    Command::Export(format).menu_item(ui, true, commands);
                }
            });
            ui.menu_button(ui_tr!("menu-import"), |ui| {
                for format in Format::imports() {
                    Command::Import(format).menu_item(ui, true, commands);
                }
            });
            ui.separator();
            Command::Quit.menu_item(ui, true, commands);
        });
        ui.menu_button(ui_tr!("menu-edit"), |ui| {
            for (command, label) in [
                (Command::Undo, self.session.undo_label()),
                (Command::Redo, self.session.redo_label()),
            ] {
                let text = match label {
                    Some(label) => ui_tr!(
                        "menu-undo-what",
                        command = command.label(),
                        what = label.to_lowercase()
                    ),
                    None => direction::shown(command.label()),
                };
                command.menu_item_labelled(ui, &text, label.is_some(), commands);
            }
            ui.separator();
            let can_tag = self.has_text_selection() || self.selected.is_some();
            for tag in Tag::ALL {
                Command::Tag(tag).menu_item(ui, can_tag, commands);
            }
            Command::Delete.menu_item(ui, self.selected.is_some(), commands);
            ui.separator();
            let has_matches = !self.find.matches.is_empty();
            Command::Find.menu_item(ui, true, commands);
            Command::FindNext.menu_item(ui, has_matches, commands);
            Command::FindPrevious.menu_item(ui, has_matches, commands);
            ui.separator();
            Command::Preferences.menu_item(ui, true, commands);
        });
        ui.menu_button(ui_tr!("menu-view"), |ui| {
            Command::ZoomIn.menu_item(ui, true, commands);
            Command::ZoomOut.menu_item(ui, true, commands);
            Command::ZoomReset.menu_item(ui, true, commands);
            ui.separator();
            for theme in [
                crate::io::Theme::System,
                crate::io::Theme::Light,
                crate::io::Theme::Dark,
            ] {
                let label = direction::shown(format!(
                    "{} {}",
                    if self.theme() == theme { "●" } else { "○" },
                    Command::Theme(theme).label()
                ));
                Command::Theme(theme).menu_item_labelled(ui, &label, true, commands);
            }
        });
        ui.menu_button(ui_tr!("menu-desk"), |ui| {
            Command::OpenDesk.menu_item(ui, true, commands);
            let open = self.desk_is_open();
            Command::DeskPanel.menu_item(ui, open, commands);
            Command::SearchDesk.menu_item(ui, open, commands);
            ui.separator();
            Command::GetModel.menu_item(ui, true, commands);
        });
        ui.menu_button(ui_tr!("menu-review"), |ui| {
            let claim_selected = self.selected_claim().is_some();
            Command::ReviewPanel.menu_item(ui, true, commands);
            ui.separator();
            Command::NextClaim.menu_item(ui, true, commands);
            Command::PreviousClaim.menu_item(ui, true, commands);
            Command::DoneAndNext.menu_item(ui, claim_selected, commands);
            Command::AddEvidence.menu_item(ui, claim_selected, commands);
            Command::ArchiveSources.menu_item(ui, true, commands);
            ui.separator();
            let current = self.current_suggestion().is_some();
            Command::SuggestionsPanel.menu_item(ui, true, commands);
            Command::NextSuggestion.menu_item(ui, self.suggest.on, commands);
            Command::PreviousSuggestion.menu_item(ui, self.suggest.on, commands);
            Command::AcceptSuggestion.menu_item(ui, current, commands);
            Command::RejectSuggestion.menu_item(ui, current, commands);
            ui.separator();
            ui.menu_button(ui_tr!("menu-verdict"), |ui| {
                for (n, rating) in self.session.scale.ratings.iter().enumerate() {
                    Command::Verdict(n).menu_item_labelled(
                        ui,
                        &rating.label,
                        claim_selected,
                        commands,
                    );
                }
                Command::ClearVerdict.menu_item(ui, claim_selected, commands);
            });
        });
    }

    pub(super) fn toolbar_ui(&self, ui: &mut Ui, commands: &mut Vec<Command>) {
        crate::ui::direction::row(ui, |ui| {
            let enabled = self.has_text_selection() || self.selected.is_some();
            for tag in Tag::ALL {
                let command = Command::Tag(tag);
                let key = command
                    .shortcuts()
                    .first()
                    .map(|s| s.logical_key.symbol_or_name())
                    .unwrap_or_default();
                let button = Button::new(
                    RichText::new(ui_tr!(
                        "toolbar-tag",
                        tag = words::tag_label(tag),
                        key = key
                    ))
                    .strong(),
                )
                .fill(colors::tag_fill(tag, ui.visuals().dark_mode))
                .stroke(egui::Stroke::new(1.5, colors::tag_color(tag)));
                command.add_button(ui, button, enabled, commands);
            }
            ui.separator();
            Command::Undo.add_button(
                ui,
                Button::new(ui_tr!("toolbar-undo")),
                self.session.undo_label().is_some(),
                commands,
            );
            Command::Redo.add_button(
                ui,
                Button::new(ui_tr!("toolbar-redo")),
                self.session.redo_label().is_some(),
                commands,
            );
            Command::Find.add_button(ui, Button::new(ui_tr!("toolbar-find")), true, commands);
            ui.separator();
            ui.weak(ui_tr!("toolbar-hint", keys = Command::tag_keys()));
        });
    }

    pub(super) fn find_bar_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let mut commands = Vec::new();
        crate::ui::direction::row(ui, |ui| {
            ui.label(ui_tr!("find-label"));
            let mut query = self.find.query.clone();
            let response = ui.add(
                TextEdit::singleline(&mut query)
                    .id_salt("find query")
                    .hint_text(ui_tr!("find-hint"))
                    .desired_width(280.0),
            );
            if self.find.focus_request {
                response.request_focus();
                self.find.focus_request = false;
            }
            if response.changed() {
                actions.push(Action::FindQuery(query));
            }
            if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                let shift = ui.input(|i| i.modifiers.shift);
                commands.push(if shift {
                    Command::FindPrevious
                } else {
                    Command::FindNext
                });
                response.request_focus();
            }
            let count = self.find.matches.len();
            Command::FindPrevious.add_button(
                ui,
                Button::new(ui_tr!("find-previous")),
                count > 0,
                &mut commands,
            );
            Command::FindNext.add_button(
                ui,
                Button::new(ui_tr!("find-next")),
                count > 0,
                &mut commands,
            );
            match (self.find.query.is_empty(), count, self.find.current) {
                (true, _, _) => {}
                (false, 0, _) => {
                    ui.colored_label(
                        colors::flag_warning(ui.visuals().dark_mode),
                        ui_tr!("find-no-matches"),
                    );
                }
                (false, n, Some(i)) => {
                    ui.label(ui_tr!("find-position", number = i + 1, count = n));
                }
                (false, n, None) => {
                    ui.label(ui_tr!("find-count", count = n));
                }
            }
            ui.weak(ui_tr!(
                "find-hint-keys",
                escape = Command::Escape.keys(),
                keys = Command::tag_keys()
            ));
            Command::Escape.add_button(ui, Button::new(ui_tr!("find-close")), true, &mut commands);
        });
        actions.extend(commands.into_iter().map(Action::Run));
    }

    /// True when some text (not just a caret) is selected in the article.
    pub(super) fn has_text_selection(&self) -> bool {
        self.selection.is_some_and(|s| !s.span().is_empty())
    }
}
