//! The window's layout: the menu bar, toolbar and find bar on top, the side panel (the
//! selected annotation's form, then the list or the review table), the status bar, the
//! article in the middle, and the open dialog. Each part returns what the user did.

use egui::{RichText, Ui};

use super::{Action, ClaimmarkApp, Command, SideTab, StatusKind, SuggestProblem};
use crate::i18n::words;
use crate::model::{AnnotationId, Tag};
use crate::report::Report;
use crate::ui::annotation_editor::{EditorContext, LinkView, annotation_editor_ui};
use crate::ui::annotation_list::{ListAction, annotation_list_ui};
use crate::ui::article_view::Highlights;
use crate::ui::colors;
use crate::ui::compare_panel::{CompareView, compare_panel_ui};
use crate::ui::desk_panel::{DeskView, desk_panel_ui};
use crate::ui::direction;
use crate::ui::review_table::review_table_ui;
use crate::ui::seen_before::seen_before_ui;
use crate::ui::suggestion_list::{
    SuggestionRow, SuggestionsState, suggestion_list_ui, taste_words,
};
use crate::{tr, ui_tr};

impl ClaimmarkApp {
    pub(super) fn panels_ui(&mut self, ui: &mut Ui) -> Vec<Action> {
        let mut actions = Vec::new();
        let mut commands = Vec::new();
        egui::Panel::top("menu bar").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| {
                ui.with_layout(direction::row_layout(), |ui| {
                    self.menu_ui(ui, &mut commands)
                });
            });
        });
        egui::Panel::top("toolbar").show(ui, |ui| self.toolbar_ui(ui, &mut commands));
        if self.find.open {
            egui::Panel::top("find bar").show(ui, |ui| self.find_bar_ui(ui, &mut actions));
        }
        egui::Panel::bottom("status bar").show(ui, |ui| self.status_bar_ui(ui));
        // Right to left the window is mirrored: the desk on the right, the side panel on
        // the left.
        let rtl = direction::is_rtl();
        if self.desk.shown && self.desk.folder.is_some() {
            let desk = if rtl {
                egui::Panel::right("desk")
            } else {
                egui::Panel::left("desk")
            };
            desk.resizable(true)
                .default_size(340.0)
                .min_size(240.0)
                .show(ui, |ui| {
                    direction::column(ui, |ui| self.desk_panel_ui(ui, &mut actions));
                });
        }
        let side = if rtl {
            egui::Panel::left("annotations")
        } else {
            egui::Panel::right("annotations")
        };
        side.resizable(true)
            .default_size(380.0)
            .min_size(260.0)
            .show(ui, |ui| {
                direction::column(ui, |ui| {
                    self.side_panel_ui(ui, &mut actions, &mut commands);
                });
            });
        egui::CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).fill(ui.visuals().extreme_bg_color))
            .show(ui, |ui| self.article_ui(ui, &mut actions));
        self.dialog_ui(ui.ctx(), &mut actions);
        actions.splice(0..0, commands.into_iter().map(Action::Run));
        actions
    }

    fn side_panel_ui(
        &mut self,
        ui: &mut Ui,
        actions: &mut Vec<Action>,
        commands: &mut Vec<Command>,
    ) {
        ui.add_space(4.0);
        let offered = self.offered_places().len();
        crate::ui::direction::row(ui, |ui| {
            let mut tabs = vec![
                (
                    SideTab::Annotations,
                    ui_tr!("tab-annotations"),
                    ui_tr!("tab-annotations.tooltip"),
                ),
                (
                    SideTab::Review,
                    ui_tr!("tab-review"),
                    ui_tr!("tab-review.tooltip"),
                ),
            ];
            // Without the model there is nothing to list: the tab stays out of the row (Review
            // → Suggested claims shows why) unless it is the one open.
            let without_model = matches!(
                self.suggest.problem,
                Some(SuggestProblem::NoModel | SuggestProblem::OtherModel)
            );
            if (self.suggest.on && !without_model) || self.side.tab == SideTab::Suggestions {
                tabs.push((
                    SideTab::Suggestions,
                    ui_tr!("tab-suggestions", count = offered),
                    ui_tr!("tab-suggestions.tooltip"),
                ));
            }
            if self.compare.is_some() {
                tabs.push((
                    SideTab::Compare,
                    ui_tr!("tab-compare"),
                    ui_tr!("tab-compare.tooltip"),
                ));
            }
            for (tab, label, hint) in tabs {
                let text = RichText::new(label).heading().size(16.0);
                if ui
                    .selectable_label(self.side.tab == tab, text)
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
            let mut links: Vec<LinkView> = annotation
                .review
                .links
                .iter()
                .map(|link| LinkView {
                    how: words::link_label(link.kind),
                    other: link.target,
                    describe: self.session.annotations().get(link.target).map_or_else(
                        || tr!("link-missing", id = link.target.to_string()),
                        Report::describe,
                    ),
                    outgoing: Some(*link),
                })
                .collect();
            // The set keeps the links pointing at each annotation, so this is a lookup.
            for &(other, link) in self.session.annotations().links_to(annotation.id) {
                links.push(LinkView {
                    how: words::link_inverse(link.kind),
                    other,
                    describe: self
                        .session
                        .annotations()
                        .get(other)
                        .map(Report::describe)
                        .unwrap_or_default(),
                    outgoing: None,
                });
            }
            let context = EditorContext {
                scale: &self.session.scale,
                links,
                focus_first_field: std::mem::take(&mut self.form.focus_first_field),
                picking_link: self.form.picking_link,
                focus_last_evidence: std::mem::take(&mut self.form.focus_new_evidence),
                has_text_selection: self.has_text_selection(),
                said: crate::report::where_words(self.session.document(), annotation.span),
            };
            let seen_before = self.seen_before_hits().map(|hits| hits.map(<[_]>::to_vec));
            let mut form_focus = false;
            let share = if seen_before.is_some() { 0.45 } else { 0.6 };
            let max_height = (ui.available_height() * share).max(200.0);
            egui::Frame::group(ui.style()).show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt(("annotation form", annotation.id.0))
                    .max_height(max_height)
                    .auto_shrink([false, true])
                    .show(ui, |ui| {
                        let out = annotation_editor_ui(ui, &annotation, context);
                        actions.extend(
                            out.actions
                                .into_iter()
                                .map(|action| Action::Editor(annotation.id, action)),
                        );
                        commands.extend(out.commands);
                        form_focus = out.text_focus;
                    });
            });
            self.text_focus |= form_focus;
            if let Some(hits) = &seen_before {
                ui.add_space(4.0);
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    if let Some((index, seen)) = seen_before_ui(ui, hits.as_deref()) {
                        actions.push(Action::SeenBefore(index, seen));
                    }
                });
            }
            ui.add_space(4.0);
        }
        let scroll = std::mem::take(&mut self.side.scroll_to_selected);
        match self.side.tab {
            SideTab::Annotations => {
                let action = annotation_list_ui(
                    ui,
                    self.session.document(),
                    self.session.annotations(),
                    &mut self.side.filter,
                    self.selected,
                    scroll,
                );
                if let Some(ListAction::Select(id)) = action {
                    actions.push(Action::SelectAnnotation(Some(id)));
                }
            }
            SideTab::Compare => {
                if let Some(compare) = &self.compare {
                    let view = CompareView {
                        name: &compare.name,
                        ours: self.session.annotations(),
                        theirs: &compare.theirs,
                        differences: &compare.differences,
                        agreement: &compare.agreement,
                    };
                    actions.extend(compare_panel_ui(ui, &view).into_iter().map(Action::Compare));
                } else {
                    actions.push(Action::SideTab(SideTab::Annotations));
                }
            }
            SideTab::Suggestions => self.suggestions_tab_ui(ui, actions),
            SideTab::Review => {
                let mut text_focus = false;
                let clicked = review_table_ui(
                    ui,
                    self.session.annotations(),
                    &self.session.scale,
                    &mut self.side.review_table,
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

    fn suggestions_tab_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let scroll = std::mem::take(&mut self.suggest.scroll_to_current);
        let places = self.offered_places();
        let list = self.current_scores().unwrap_or_default();
        let problem = self
            .suggest
            .problem
            .as_ref()
            .map(crate::ui::errors::suggest_problem);
        let state = if !self.suggest.on {
            SuggestionsState::Off
        } else if let Some(problem) = &problem {
            SuggestionsState::Problem(problem)
        } else if self.current_scores().is_none() {
            SuggestionsState::Scoring
        } else {
            SuggestionsState::Ready {
                sentences: list.len(),
                rejected: self.session.annotations().rejected_suggestions().len(),
                taste: self.suggest.taste.as_ref().map(taste_words),
            }
        };
        let rows: Vec<SuggestionRow<'_>> = places
            .iter()
            .filter_map(|&place| {
                Some(SuggestionRow {
                    place,
                    scored: list.get(place)?,
                    alike: self
                        .suggest
                        .alike
                        .get(&place)
                        .map(|(count, nearest)| (*count, nearest.as_str())),
                })
            })
            .collect();
        let needs_model = matches!(
            self.suggest.problem,
            Some(SuggestProblem::NoModel | SuggestProblem::OtherModel)
        );
        if let Some(action) = suggestion_list_ui(
            ui,
            state,
            &rows,
            self.suggest.current,
            self.suggest.order,
            scroll,
            needs_model,
        ) {
            actions.push(Action::Suggestion(action));
        }
    }

    fn desk_panel_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let name = self
            .desk
            .folder
            .as_deref()
            .map(crate::io::file_name)
            .unwrap_or_default();
        let view = DeskView {
            name: &name,
            articles: &self.desk.articles,
            outside: self.desk.outside,
            progress: self.desk.progress,
            vectors: self.desk.vectors,
        };
        let out = desk_panel_ui(ui, &view, &mut self.desk.panel);
        self.text_focus |= out.text_focus;
        actions.extend(out.actions.into_iter().map(Action::Desk));
    }

    fn status_bar_ui(&self, ui: &mut Ui) {
        // The far end first (the right, or the left right to left), so a long message is cut
        // to the room left, never over it.
        let (far_end, near_end) = if direction::is_rtl() {
            (
                egui::Layout::left_to_right(egui::Align::Center),
                egui::Layout::right_to_left(egui::Align::Center),
            )
        } else {
            (
                egui::Layout::right_to_left(egui::Align::Center),
                egui::Layout::left_to_right(egui::Align::Center),
            )
        };
        ui.with_layout(far_end, |ui| {
            if self.session.is_dirty() {
                ui.strong(ui_tr!("status-unsaved"));
            } else {
                ui.weak(ui_tr!("status-saved"));
            }
            let doc = self.session.document();
            ui.weak(ui_tr!(
                "status-chars",
                count = doc.char_len(),
                encoding = doc.encoding()
            ));
            if let Some(notice) = self.font_notice() {
                let short = direction::shown(notice.split(':').next().unwrap_or(notice));
                ui.add(
                    egui::Label::new(
                        RichText::new(short).color(colors::flag_warning(ui.visuals().dark_mode)),
                    )
                    .truncate(),
                )
                .on_hover_text(direction::shown(notice));
            }
            if let Some(s) = self.selection.map(|s| s.span()).filter(|s| !s.is_empty()) {
                ui.weak(ui_tr!(
                    "status-selected",
                    start = s.start,
                    end = s.end,
                    count = s.len()
                ));
            }
            if let Some(status) = &self.status {
                let color = match status.kind {
                    StatusKind::Info => ui.visuals().text_color(),
                    StatusKind::Warning => colors::flag_warning(ui.visuals().dark_mode),
                    StatusKind::Error => colors::error(ui.visuals().dark_mode),
                };
                let text = match status.kind {
                    StatusKind::Info => direction::shown(&status.text),
                    StatusKind::Warning => ui_tr!("status-note", text = &status.text),
                    StatusKind::Error => ui_tr!("status-error", text = &status.text),
                };
                ui.with_layout(near_end, |ui| {
                    ui.add(egui::Label::new(RichText::new(&text).color(color)).truncate())
                        .on_hover_text(&text);
                });
            }
        });
    }

    fn article_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let marks = self.suggestion_marks();
        let current_suggestion = self.current_suggestion().map(|(span, _)| span);
        let annotations = self.session.annotations();
        let name_of = |id: AnnotationId| -> String {
            annotations.get(id).map_or_else(String::new, |a| {
                let mut name = tr!(
                    "mark-name",
                    tag = words::tag_label(a.tag),
                    id = a.id.to_string(),
                    text = &a.text
                );
                if let Some(verdict) = &a.review.verdict {
                    name.push_str(&tr!("mark-verdict", verdict = verdict));
                }
                if !a.note.is_empty() {
                    name.push_str(&tr!("mark-note", note = &a.note));
                }
                name
            })
        };
        let highlights = Highlights {
            index: annotations.index(),
            selected: self.selected,
            find_matches: if self.find.open {
                &self.find.matches
            } else {
                &[]
            },
            others: self.compare.as_ref().map_or(&[], |c| c.spans.as_slice()),
            name_of: &name_of,
            revision: annotations.revision(),
            suggestions: &marks,
            current_suggestion,
        };
        let describe = |ids: &[AnnotationId]| -> String {
            ids.iter()
                .filter_map(|id| annotations.get(*id))
                .map(|a| {
                    let note = if a.note.is_empty() {
                        ui_tr!("list-no-note")
                    } else {
                        a.note.clone()
                    };
                    ui_tr!(
                        "hover-line",
                        tag = words::tag_label(a.tag),
                        id = a.id.to_string(),
                        note = note
                    )
                })
                .collect::<Vec<_>>()
                .join("\n")
                + "\n\n"
                + &ui_tr!("hover-click")
        };
        let events = self.view.ui(
            ui,
            self.session.document(),
            highlights,
            self.selection,
            &describe,
        );
        actions.extend(events.into_iter().map(Action::Article));
    }
}

fn legend_ui(ui: &mut Ui) {
    crate::ui::direction::row_wrapped(ui, |ui| {
        ui.weak(ui_tr!("legend"));
        for tag in Tag::ALL {
            let key = Command::Tag(tag)
                .shortcuts()
                .first()
                .map(|s| s.logical_key.symbol_or_name())
                .unwrap_or_default();
            let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
            ui.painter()
                .rect_filled(rect, 3.0, colors::tag_fill(tag, ui.visuals().dark_mode));
            ui.painter().hline(
                rect.x_range(),
                rect.bottom() - 1.0,
                egui::Stroke::new(2.0, colors::tag_color(tag)),
            );
            ui.label(ui_tr!("legend-tag", tag = words::tag_label(tag), key = key));
        }
    });
    direction::wrapped(ui, &tr!("legend-nested"), egui::RichText::weak);
}
