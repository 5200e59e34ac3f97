//! The window's layout: menu bar, toolbar with legend, find bar, side panel, status bar, the
//! article in the middle, and the unsaved-changes dialog. Each returns actions.

use egui::{Button, Color32, Key, RichText, TextEdit, Ui};

use super::{Action, Choice, ClaimmarkApp, Command, Pending, SideTab, StatusKind, tag_keys};
use crate::export::{ExportFormat, Report};
use crate::model::AnnotationId;
use crate::ui::annotation_editor::{EditorContext, LinkView, annotation_editor_ui};
use crate::ui::annotation_list::{ListAction, annotation_list_ui};
use crate::ui::article_view::Highlights;
use crate::ui::colors;
use crate::ui::review_table::review_table_ui;

impl ClaimmarkApp {
    pub(super) fn panels_ui(&mut self, ui: &mut Ui) -> Vec<Action> {
        let mut actions = Vec::new();
        egui::Panel::top("menu bar").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| self.menu_ui(ui, &mut actions));
        });
        egui::Panel::top("toolbar").show(ui, |ui| self.toolbar_ui(ui, &mut actions));
        if self.find.open {
            egui::Panel::top("find bar").show(ui, |ui| self.find_bar_ui(ui, &mut actions));
        }
        egui::Panel::bottom("status bar").show(ui, |ui| self.status_bar_ui(ui));
        egui::Panel::right("annotations")
            .resizable(true)
            .default_size(380.0)
            .min_size(260.0)
            .show(ui, |ui| self.side_panel_ui(ui, &mut actions));
        egui::CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).fill(ui.visuals().extreme_bg_color))
            .show(ui, |ui| self.article_ui(ui, &mut actions));
        if let Some(pending) = self.pending.clone() {
            self.confirm_ui(ui.ctx(), &pending, &mut actions);
        } else if self.path_prompt.is_some() {
            self.path_prompt_ui(ui.ctx(), &mut actions);
        } else if self.preferences_draft.is_some() {
            self.preferences_ui(ui.ctx(), &mut actions);
        } else if self.overwrite_prompt.is_some() {
            self.overwrite_ui(ui.ctx(), &mut actions);
        } else if !self.recoveries.is_empty() {
            self.recovery_ui(ui.ctx(), &mut actions);
        }
        actions
    }

    fn menu_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let ctx = ui.ctx().clone();
        let item = |ui: &mut Ui, command: Command, enabled: bool, actions: &mut Vec<Action>| {
            let button = Button::new(command.label()).shortcut_text(command.shortcut_text(&ctx));
            if ui.add_enabled(enabled, button).clicked() {
                actions.push(Action::Run(command));
            }
        };
        ui.menu_button("File", |ui| {
            item(ui, Command::NewFromClipboard, true, actions);
            item(ui, Command::Open, true, actions);
            ui.separator();
            item(ui, Command::Save, true, actions);
            item(ui, Command::SaveAs, true, actions);
            item(ui, Command::UpdateArticleText, true, actions);
            ui.menu_button("Export", |ui| {
                for format in ExportFormat::ALL {
                    item(ui, Command::Export(format), true, actions);
                }
            });
            ui.separator();
            item(ui, Command::Quit, true, actions);
        });
        ui.menu_button("Edit", |ui| {
            let undo = self.session.undo_label().map(str::to_owned);
            let redo = self.session.redo_label().map(str::to_owned);
            let labelled = |command: Command, label: Option<String>| {
                Button::new(match label {
                    Some(label) => format!("{} {}", command.label(), label.to_lowercase()),
                    None => command.label().to_owned(),
                })
                .shortcut_text(command.shortcut_text(&ctx))
            };
            if ui
                .add_enabled(undo.is_some(), labelled(Command::Undo, undo.clone()))
                .clicked()
            {
                actions.push(Action::Run(Command::Undo));
            }
            if ui
                .add_enabled(redo.is_some(), labelled(Command::Redo, redo.clone()))
                .clicked()
            {
                actions.push(Action::Run(Command::Redo));
            }
            ui.separator();
            let has_selection = self.selection.is_some_and(|s| !s.span().is_empty());
            for (tag, _) in tag_keys() {
                item(
                    ui,
                    Command::Tag(tag),
                    has_selection || self.selected.is_some(),
                    actions,
                );
            }
            item(ui, Command::Delete, self.selected.is_some(), actions);
            ui.separator();
            item(ui, Command::Find, true, actions);
            item(
                ui,
                Command::FindNext,
                !self.find.matches.is_empty(),
                actions,
            );
            item(
                ui,
                Command::FindPrevious,
                !self.find.matches.is_empty(),
                actions,
            );
            ui.separator();
            item(ui, Command::Preferences, true, actions);
        });
        ui.menu_button("Review", |ui| {
            let claim_selected = self
                .selected
                .and_then(|id| self.session.annotations().get(id))
                .is_some_and(|a| a.tag == crate::model::Tag::Claim);
            item(ui, Command::ReviewPanel, true, actions);
            ui.separator();
            item(ui, Command::NextClaim, true, actions);
            item(ui, Command::PreviousClaim, true, actions);
            item(ui, Command::DoneAndNext, claim_selected, actions);
            item(ui, Command::AddEvidence, claim_selected, actions);
            ui.menu_button("Verdict", |ui| {
                for (n, rating) in self.session.scale.ratings.iter().enumerate() {
                    let command = Command::Verdict(n);
                    let button = Button::new(rating.label.as_str())
                        .shortcut_text(command.shortcut_text(&ctx));
                    if ui.add_enabled(claim_selected, button).clicked() {
                        actions.push(Action::Run(command));
                    }
                }
                item(ui, Command::ClearVerdict, claim_selected, actions);
            });
        });
    }

    fn toolbar_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            let has_selection = self.selection.is_some_and(|s| !s.span().is_empty());
            let enabled = has_selection || self.selected.is_some();
            for (tag, key) in tag_keys() {
                let button =
                    Button::new(RichText::new(format!("{}  ({key})", tag.label())).strong())
                        .fill(colors::tag_fill(tag))
                        .stroke(egui::Stroke::new(1.5, colors::tag_color(tag)));
                let hint = if has_selection {
                    format!("Tag the selected text as {} (key {key})", tag.key_name())
                } else if self.selected.is_some() {
                    format!(
                        "Change the selected annotation to {} (key {key})",
                        tag.key_name()
                    )
                } else {
                    "Select some text in the article first".to_owned()
                };
                if ui
                    .add_enabled(enabled, button)
                    .on_hover_text(hint.clone())
                    .on_disabled_hover_text(hint)
                    .clicked()
                {
                    actions.push(Action::Run(Command::Tag(tag)));
                }
            }
            ui.separator();
            if ui
                .add_enabled(self.session.undo_label().is_some(), Button::new("Undo"))
                .on_hover_text("Undo (Ctrl+Z)")
                .clicked()
            {
                actions.push(Action::Run(Command::Undo));
            }
            if ui
                .add_enabled(self.session.redo_label().is_some(), Button::new("Redo"))
                .on_hover_text("Redo (Ctrl+Y)")
                .clicked()
            {
                actions.push(Action::Run(Command::Redo));
            }
            if ui
                .button("Find")
                .on_hover_text("Find in article (Ctrl+F)")
                .clicked()
            {
                actions.push(Action::Run(Command::Find));
            }
            ui.separator();
            ui.weak("Select text with the mouse or Shift+arrows, then press C, Q or R");
        });
    }

    fn find_bar_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            ui.label("Find:");
            let mut query = self.find.query.clone();
            let response = ui.add(
                TextEdit::singleline(&mut query)
                    .id_salt("find query")
                    .hint_text("phrase in the article")
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
                actions.push(Action::Run(if shift {
                    Command::FindPrevious
                } else {
                    Command::FindNext
                }));
                response.request_focus();
            }
            let count = self.find.matches.len();
            if ui
                .add_enabled(count > 0, Button::new("Previous"))
                .on_hover_text("Previous match (Shift+Enter, Shift+F3)")
                .clicked()
            {
                actions.push(Action::Run(Command::FindPrevious));
            }
            if ui
                .add_enabled(count > 0, Button::new("Next"))
                .on_hover_text("Next match (Enter, F3)")
                .clicked()
            {
                actions.push(Action::Run(Command::FindNext));
            }
            match (self.find.query.is_empty(), count, self.find.current) {
                (true, _, _) => {}
                (false, 0, _) => {
                    ui.colored_label(colors::FLAG_WARNING, "no matches");
                }
                (false, n, Some(i)) => {
                    ui.label(format!("{} of {n}", i + 1));
                }
                (false, n, None) => {
                    ui.label(format!("{n} matches"));
                }
            }
            ui.weak("Enter: next · Esc: close, then C/Q/R tags the match");
            if ui.button("Close").on_hover_text("Close (Esc)").clicked() {
                actions.push(Action::Run(Command::Escape));
            }
        });
    }

    fn side_panel_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            for (tab, label, hint) in [
                (
                    SideTab::Annotations,
                    "Annotations",
                    "Every annotation, in document order",
                ),
                (
                    SideTab::Review,
                    "Review claims",
                    "The review table: status, verdict, evidence (F7)",
                ),
            ] {
                let text = RichText::new(label).heading().size(16.0);
                if ui
                    .selectable_label(self.side_tab == tab, text)
                    .on_hover_text(hint)
                    .clicked()
                {
                    actions.push(Action::SideTab(tab));
                }
            }
        });
        legend_ui(ui);
        ui.separator();
        let selected = self
            .selected
            .and_then(|id| self.session.annotations().get(id))
            .cloned();
        if let Some(annotation) = selected {
            let report = Report::new(
                &self.session.document,
                self.session.annotations(),
                &self.session.scale,
            );
            let mut links: Vec<LinkView> = annotation
                .review
                .links
                .iter()
                .map(|link| LinkView {
                    how: link.kind.label(),
                    other: link.target,
                    describe: self.session.annotations().get(link.target).map_or_else(
                        || format!("(missing annotation {})", link.target),
                        Report::describe,
                    ),
                    outgoing: Some(*link),
                })
                .collect();
            // The set keeps the links pointing at each annotation, so this is a lookup.
            for &(other, link) in self.session.annotations().links_to(annotation.id) {
                links.push(LinkView {
                    how: link.kind.inverse_label(),
                    other,
                    describe: report
                        .annotations
                        .get(other)
                        .map(Report::describe)
                        .unwrap_or_default(),
                    outgoing: None,
                });
            }
            let context = EditorContext {
                scale: &self.session.scale,
                links,
                focus_first_field: std::mem::take(&mut self.focus_form),
                picking_link: self.picking_link,
                focus_last_evidence: std::mem::take(&mut self.focus_new_evidence),
                has_text_selection: self.selection.is_some_and(|s| !s.span().is_empty()),
            };
            let max_height = (ui.available_height() * 0.6).max(200.0);
            egui::Frame::group(ui.style()).show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt(("annotation form", annotation.id.0))
                    .max_height(max_height)
                    .auto_shrink([false, true])
                    .show(ui, |ui| {
                        let mut text_focus = false;
                        for action in
                            annotation_editor_ui(ui, &annotation, context, &mut text_focus)
                        {
                            actions.push(Action::Editor(annotation.id, action));
                        }
                        self.text_focus |= text_focus;
                    });
            });
            ui.add_space(4.0);
        }
        let scroll = std::mem::take(&mut self.scroll_list_to_selected);
        match self.side_tab {
            SideTab::Annotations => {
                let action = annotation_list_ui(
                    ui,
                    self.session.annotations(),
                    &mut self.filter,
                    self.selected,
                    scroll,
                );
                if let Some(ListAction::Select(id)) = action {
                    actions.push(Action::SelectAnnotation(Some(id)));
                }
            }
            SideTab::Review => {
                let mut text_focus = false;
                let clicked = review_table_ui(
                    ui,
                    self.session.annotations(),
                    &self.session.scale,
                    &mut self.review_table,
                    if scroll { self.selected } else { None },
                    &mut text_focus,
                );
                self.text_focus |= text_focus;
                if let Some(id) = clicked {
                    actions.push(Action::SelectAnnotation(Some(id)));
                }
            }
        }
    }

    fn status_bar_ui(&self, ui: &mut Ui) {
        // Right side first, so a long message is cut to the room left, never over it.
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if self.session.is_dirty() {
                ui.strong("• Unsaved changes");
            } else {
                ui.weak("Saved");
            }
            let doc = &self.session.document;
            ui.weak(format!("{} chars · {}", doc.char_len(), doc.encoding()));
            if let Some(s) = self.selection.map(|s| s.span()).filter(|s| !s.is_empty()) {
                ui.weak(format!(
                    "Selected {}–{} ({} chars)",
                    s.start,
                    s.end,
                    s.len()
                ));
            }
            if let Some(status) = &self.status {
                let color = match status.kind {
                    StatusKind::Info => ui.visuals().text_color(),
                    StatusKind::Warning => colors::FLAG_WARNING,
                    StatusKind::Error => Color32::from_rgb(190, 30, 30),
                };
                let prefix = match status.kind {
                    StatusKind::Info => "",
                    StatusKind::Warning => "Note: ",
                    StatusKind::Error => "Error: ",
                };
                let text = format!("{prefix}{}", status.text);
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    ui.add(egui::Label::new(RichText::new(&text).color(color)).truncate())
                        .on_hover_text(&text);
                });
            }
        });
    }

    fn article_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let annotations = self.session.annotations();
        let highlights = Highlights {
            index: annotations.index(),
            selected: self.selected,
            find_matches: if self.find.open {
                &self.find.matches
            } else {
                &[]
            },
        };
        let describe = |ids: &[AnnotationId]| -> String {
            ids.iter()
                .filter_map(|id| annotations.get(*id))
                .map(|a| {
                    let note = if a.note.is_empty() {
                        "(no note)"
                    } else {
                        a.note.as_str()
                    };
                    format!("{} {}: {}", a.tag.label(), a.id, note)
                })
                .collect::<Vec<_>>()
                .join("\n")
                + "\n\nClick to select (click again for the next one underneath)"
        };
        let events = self.view.ui(
            ui,
            &self.session.document,
            highlights,
            self.selection,
            &describe,
        );
        actions.extend(events.into_iter().map(Action::Article));
    }

    fn confirm_ui(&self, ctx: &egui::Context, pending: &Pending, actions: &mut Vec<Action>) {
        let what = match pending {
            Pending::Quit => "before quitting",
            Pending::Open(_) => "before opening another file",
            Pending::NewFromClipboard => "before starting a new article",
        };
        let name = self
            .session
            .path
            .as_deref()
            .map(crate::io::file_name)
            .unwrap_or_else(|| self.session.document.title().to_owned());
        let modal = egui::Modal::new(egui::Id::unique("unsaved changes")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.heading(format!("Save changes to “{name}” {what}?"));
            ui.label(
                "Your annotations have unsaved changes. If you don't save, they will be lost.",
            );
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(RichText::new("Save").strong()).clicked() {
                    actions.push(Action::Confirm(Choice::Save));
                }
                if ui.button("Don't save").clicked() {
                    actions.push(Action::Confirm(Choice::Discard));
                }
                if ui.button("Cancel").clicked() {
                    actions.push(Action::Confirm(Choice::Cancel));
                }
            });
        });
        if modal.should_close() && actions.is_empty() {
            actions.push(Action::Confirm(Choice::Cancel));
        }
    }
}

impl ClaimmarkApp {
    fn path_prompt_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let Some(prompt) = &mut self.path_prompt else {
            return;
        };
        let (heading, button) = match prompt.purpose {
            super::PromptPurpose::Open => ("Open a file", "Open"),
            super::PromptPurpose::Save { .. } => ("Save annotations as", "Save"),
            super::PromptPurpose::Export(_) => ("Export to", "Export"),
            super::PromptPurpose::UpdateText => ("New version of the article", "Update"),
        };
        let modal = egui::Modal::new(egui::Id::unique("path prompt")).show(ctx, |ui| {
            ui.set_min_width(520.0);
            ui.heading(heading);
            ui.label("No file dialog is available on this desktop. Type the full path:");
            let response = ui.add(
                TextEdit::singleline(&mut prompt.text)
                    .id_salt("path prompt text")
                    .desired_width(f32::INFINITY)
                    .hint_text("/home/me/articles/story.ron"),
            );
            if !response.has_focus() && !response.lost_focus() {
                response.request_focus();
            }
            let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            ui.horizontal(|ui| {
                if ui.button(RichText::new(button).strong()).clicked() || enter {
                    actions.push(Action::PathAnswer(Some(prompt.text.clone())));
                }
                if ui.button("Cancel").clicked() {
                    actions.push(Action::PathAnswer(None));
                }
            });
        });
        self.text_focus = true;
        if modal.should_close() && actions.is_empty() {
            actions.push(Action::PathAnswer(None));
        }
    }
}

impl ClaimmarkApp {
    fn recovery_ui(&self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let modal = egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading("Unsaved work was found");
            ui.label("claimmark closed before this work was saved. Restore it to carry on where you left off.");
            ui.add_space(6.0);
            for (index, info) in self.recoveries.iter().enumerate() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.strong(&info.title);
                    let file = info.original.as_ref().map_or_else(
                        || "never saved".to_owned(),
                        |p| p.display().to_string(),
                    );
                    ui.label(format!("File: {file} · written {}", info.age()));
                    ui.horizontal(|ui| {
                        if ui.button(RichText::new("Restore").strong()).clicked() {
                            actions.push(Action::Recover(Some((index, true))));
                        }
                        if ui.button("Discard").on_hover_text("Delete this unsaved work for good").clicked() {
                            actions.push(Action::Recover(Some((index, false))));
                        }
                    });
                });
            }
            if ui.button("Decide later").clicked() {
                actions.push(Action::Recover(None));
            }
        });
        if modal.should_close() && actions.is_empty() {
            actions.push(Action::Recover(None));
        }
    }

    fn overwrite_ui(&self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let name = self
            .overwrite_prompt
            .as_deref()
            .map(crate::io::file_name)
            .unwrap_or_default();
        let modal = egui::Modal::new(egui::Id::unique("overwrite")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(format!("“{name}” changed on disk"));
            ui.label(
                "Someone (or another program) saved this file after you opened it. Overwriting \
                 replaces their version with yours (theirs is kept as the .bak file beside it).",
            );
            ui.horizontal(|ui| {
                if ui.button("Overwrite").clicked() {
                    actions.push(Action::Overwrite(true));
                }
                if ui.button(RichText::new("Cancel").strong()).clicked() {
                    actions.push(Action::Overwrite(false));
                }
            });
        });
        if modal.should_close() && actions.is_empty() {
            actions.push(Action::Overwrite(false));
        }
    }

    fn preferences_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let Some(draft) = &mut self.preferences_draft else {
            return;
        };
        let modal = egui::Modal::new(egui::Id::unique("preferences")).show(ctx, |ui| {
            ui.set_min_width(420.0);
            ui.heading("Preferences");
            ui.label("Your name, recorded with every annotation you make or change:");
            let response = ui.add(
                TextEdit::singleline(draft)
                    .id_salt("reviewer name")
                    .desired_width(f32::INFINITY)
                    .hint_text("e.g. Ana Müller"),
            );
            if !response.has_focus() && !response.lost_focus() {
                response.request_focus();
            }
            let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            ui.horizontal(|ui| {
                if ui.button(RichText::new("Save").strong()).clicked() || enter {
                    actions.push(Action::PreferencesAnswer(Some(draft.clone())));
                }
                if ui.button("Cancel").clicked() {
                    actions.push(Action::PreferencesAnswer(None));
                }
            });
        });
        self.text_focus = true;
        if modal.should_close() && actions.is_empty() {
            actions.push(Action::PreferencesAnswer(None));
        }
    }
}

fn legend_ui(ui: &mut Ui) {
    ui.horizontal_wrapped(|ui| {
        ui.weak("Legend:");
        for (tag, key) in tag_keys() {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 3.0, colors::tag_fill(tag));
            ui.painter().hline(
                rect.x_range(),
                rect.bottom() - 1.0,
                egui::Stroke::new(2.0, colors::tag_color(tag)),
            );
            ui.label(format!("{} ({key})", tag.label()));
        }
    });
    ui.weak("Nested highlights are drawn as boxes inside boxes.");
}
