//! The review table: claims (or any tag) with excerpt, status, verdict, claimant and evidence
//! count; sortable, filterable, with progress. Rows are laid out only when visible.

use egui::{ComboBox, RichText, Sense, TextEdit, Ui};
use egui_extras::{Column, TableBuilder};

use super::colors;
use crate::i18n::words;
use crate::model::{
    AnnotationId, AnnotationSet, ClaimStatus, RatingScale, ReviewFilter, SortColumn, Tag,
    VerdictFilter,
};
use crate::ui_tr;

/// The table's state: filters, and the rows they gave for one revision of the annotations.
#[derive(Default)]
pub struct ReviewTable {
    /// Filters and sort order.
    pub filter: ReviewFilter,
    cache: Option<(u64, ReviewFilter, Vec<AnnotationId>)>,
    /// (revision, claims done) for the progress bar.
    done: Option<(u64, usize)>,
}

impl ReviewTable {
    /// Claims marked done, recounted only when the annotations changed.
    fn done(&mut self, annotations: &AnnotationSet) -> usize {
        match self.done {
            Some((revision, done)) if revision == annotations.revision() => done,
            _ => {
                let done = annotations
                    .in_order()
                    .filter(|a| a.tag == Tag::Claim && a.review.status == ClaimStatus::Done)
                    .count();
                self.done = Some((annotations.revision(), done));
                done
            }
        }
    }

    /// The ids of the rows, recomputed only when the annotations or the filter changed.
    fn row_ids(&mut self, annotations: &AnnotationSet, scale: &RatingScale) -> &[AnnotationId] {
        let fresh = matches!(&self.cache, Some((revision, filter, _))
            if *revision == annotations.revision() && *filter == self.filter);
        if !fresh {
            let ids = self
                .filter
                .rows(annotations, scale)
                .iter()
                .map(|a| a.id)
                .collect();
            self.cache = Some((annotations.revision(), self.filter.clone(), ids));
        }
        self.cache
            .as_ref()
            .map_or(&[], |(_, _, ids)| ids.as_slice())
    }
}

/// Shows progress, filters and the table; returns the row the user clicked.
pub fn review_table_ui(
    ui: &mut Ui,
    annotations: &AnnotationSet,
    scale: &RatingScale,
    table_state: &mut ReviewTable,
    selected: Option<AnnotationId>,
    text_focus: &mut bool,
) -> Option<AnnotationId> {
    let done = table_state.done(annotations);
    let filter = &mut table_state.filter;
    let claims = annotations.counts().first().copied().unwrap_or(0);
    let fraction = if claims == 0 {
        0.0
    } else {
        done as f32 / claims as f32
    };
    ui.add(egui::ProgressBar::new(fraction).text(ui_tr!(
        "review-progress",
        done = done,
        count = claims
    )));
    use crate::ui::command::Command;
    crate::ui::direction::wrapped(
        ui,
        &crate::tr!(
            "review-keys",
            next = Command::NextClaim.keys(),
            previous = Command::PreviousClaim.keys(),
            done = Command::DoneAndNext.keys(),
            first = Command::Verdict(0).keys(),
            last = Command::Verdict(scale.ratings.len().saturating_sub(1)).keys()
        ),
        RichText::weak,
    );

    crate::ui::direction::row_wrapped(ui, |ui| {
        for (tag, shown) in Tag::ALL.iter().zip(filter.tags.iter_mut()) {
            ui.checkbox(shown, ui_tr!("review-show-tag", tag = tag.key_name()));
        }
    });
    crate::ui::direction::row_wrapped(ui, |ui| {
        ComboBox::new("review status", ui_tr!("desk-status"))
            .selected_text(
                filter
                    .status
                    .map_or_else(|| ui_tr!("filter-any-status"), words::status_label),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.status, None, ui_tr!("filter-any-status"));
                for status in ClaimStatus::ALL {
                    ui.selectable_value(
                        &mut filter.status,
                        Some(status),
                        words::status_label(status),
                    );
                }
            });
        let verdict_text = match &filter.verdict {
            VerdictFilter::Any => ui_tr!("filter-any-verdict"),
            VerdictFilter::Missing => ui_tr!("filter-no-verdict"),
            VerdictFilter::Is(v) => v.clone(),
        };
        ComboBox::new("review verdict", ui_tr!("desk-verdict"))
            .selected_text(verdict_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(
                    &mut filter.verdict,
                    VerdictFilter::Any,
                    ui_tr!("filter-any-verdict"),
                );
                ui.selectable_value(
                    &mut filter.verdict,
                    VerdictFilter::Missing,
                    ui_tr!("filter-no-verdict"),
                );
                for rating in &scale.ratings {
                    ui.selectable_value(
                        &mut filter.verdict,
                        VerdictFilter::Is(rating.label.clone()),
                        &rating.label,
                    );
                }
            });
    });
    // The search on a line of its own, so its hint is never cut, in any language.
    let search = ui.add(
        TextEdit::singleline(&mut filter.text)
            .id_salt("review search")
            .hint_text(ui_tr!("review-search-hint"))
            .desired_width(f32::INFINITY),
    );
    *text_focus |= search.has_focus();

    let sort = (filter.sort, filter.ascending);
    let rows: Vec<AnnotationId> = table_state.row_ids(annotations, scale).to_vec();
    let filter = &mut table_state.filter;
    if rows.is_empty() {
        ui.weak(ui_tr!("review-nothing-matches"));
        return None;
    }
    let mut clicked = None;
    let mut header_click = None;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    let scroll_to = selected.and_then(|id| rows.iter().position(|a| *a == id));
    // Right to left the columns run from the right: the claim's words first, at the right.
    let mut order: Vec<usize> = (0..5).collect();
    if crate::ui::direction::is_rtl() {
        order.reverse();
    }
    let columns = [
        Column::remainder().at_least(120.0).clip(true),
        Column::auto().at_least(70.0),
        Column::auto().at_least(70.0),
        Column::auto().at_least(60.0).clip(true),
        Column::auto(),
    ];
    // egui_extras lays a table out left to right only: its columns are given in reading
    // order above, and its own layout stays left to right (a right-aligned one widens the
    // panel).
    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
        let mut table = TableBuilder::new(ui)
            .id_salt("review table")
            .striped(true)
            .sense(Sense::click())
            .min_scrolled_height(120.0);
        for &n in &order {
            if let Some(column) = columns.get(n) {
                table = table.column(*column);
            }
        }
        if let Some(row) = scroll_to {
            table = table.scroll_to_row(row, None);
        }
        let arrow = |column: SortColumn| {
            if sort.0 == column {
                if sort.1 { " ⏶" } else { " ⏷" }
            } else {
                ""
            }
        };
        let headers = [
            (crate::tr!("column-claim"), SortColumn::Position),
            (crate::tr!("column-status"), SortColumn::Status),
            (crate::tr!("column-verdict"), SortColumn::Verdict),
            (crate::tr!("column-claimant"), SortColumn::Claimant),
            (crate::tr!("column-evidence"), SortColumn::Evidence),
        ];
        table
            .header(row_height, |mut header| {
                for &n in &order {
                    let Some((name, column)) = headers.get(n).cloned() else {
                        continue;
                    };
                    header.col(|ui| {
                        let label = RichText::new(crate::ui::direction::shown(format!(
                            "{name}{}",
                            arrow(column)
                        )))
                        .strong();
                        if ui
                            .add(egui::Button::new(label).frame(false))
                            .on_hover_text(ui_tr!("column-sort"))
                            .clicked()
                        {
                            header_click = Some(column);
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, rows.len(), |mut row| {
                    let Some(a) = rows.get(row.index()).and_then(|id| annotations.get(*id)) else {
                        return;
                    };
                    row.set_selected(Some(a.id) == selected);
                    for &n in &order {
                        row.col(|ui| cell_ui(ui, a, n));
                    }
                    if row.response().clicked() {
                        clicked = Some(a.id);
                    }
                });
            });
    });
    if let Some(column) = header_click {
        if filter.sort == column {
            filter.ascending = !filter.ascending;
        } else {
            filter.sort = column;
            filter.ascending = true;
        }
    }
    clicked
}

/// Column `column` of annotation `a`'s row: its words, status, verdict, claimant, evidence.
fn cell_ui(ui: &mut Ui, a: &crate::model::Annotation, column: usize) {
    use crate::ui::direction::shown;
    match column {
        0 => {
            let excerpt: String = a.text.split_whitespace().collect::<Vec<_>>().join(" ");
            let flag = if a.flag.is_some() { "[!] " } else { "" };
            ui.label(
                RichText::new(crate::ui::text_block::display_order(&format!(
                    "{flag}{excerpt}"
                )))
                .color(ui.visuals().strong_text_color()),
            )
            .on_hover_text(&a.text);
        }
        1 if a.tag == Tag::Claim => {
            let done = a.review.status == ClaimStatus::Done;
            let text = RichText::new(shown(words::status_label(a.review.status)));
            ui.label(if done { text.strong() } else { text });
        }
        1 => {
            ui.weak(shown(words::tag_label(a.tag)));
        }
        2 => match &a.review.verdict {
            Some(v) => {
                ui.label(shown(v));
            }
            None => {
                ui.weak("—");
            }
        },
        3 => {
            ui.label(shown(&a.review.claimant));
        }
        _ => {
            let n = a.review.evidence.len();
            if n == 0 && a.tag == Tag::Claim {
                ui.colored_label(colors::flag_warning(ui.visuals().dark_mode), "0");
            } else {
                ui.label(n.to_string());
            }
        }
    }
}
