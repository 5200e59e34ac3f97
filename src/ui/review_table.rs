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
use crate::tr;

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
    ui.add(egui::ProgressBar::new(fraction).text(tr!(
        "review-progress",
        done = done,
        count = claims
    )));
    use crate::ui::command::Command;
    ui.weak(tr!(
        "review-keys",
        next = Command::NextClaim.keys(),
        previous = Command::PreviousClaim.keys(),
        done = Command::DoneAndNext.keys(),
        first = Command::Verdict(0).keys(),
        last = Command::Verdict(scale.ratings.len().saturating_sub(1)).keys()
    ));

    ui.horizontal_wrapped(|ui| {
        for (tag, shown) in Tag::ALL.iter().zip(filter.tags.iter_mut()) {
            ui.checkbox(shown, tr!("review-show-tag", tag = tag.key_name()));
        }
    });
    ui.horizontal_wrapped(|ui| {
        ComboBox::new("review status", tr!("desk-status"))
            .selected_text(
                filter
                    .status
                    .map_or_else(|| tr!("filter-any-status"), words::status_label),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.status, None, tr!("filter-any-status"));
                for status in ClaimStatus::ALL {
                    ui.selectable_value(
                        &mut filter.status,
                        Some(status),
                        words::status_label(status),
                    );
                }
            });
        let verdict_text = match &filter.verdict {
            VerdictFilter::Any => tr!("filter-any-verdict"),
            VerdictFilter::Missing => tr!("filter-no-verdict"),
            VerdictFilter::Is(v) => v.clone(),
        };
        ComboBox::new("review verdict", tr!("desk-verdict"))
            .selected_text(verdict_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(
                    &mut filter.verdict,
                    VerdictFilter::Any,
                    tr!("filter-any-verdict"),
                );
                ui.selectable_value(
                    &mut filter.verdict,
                    VerdictFilter::Missing,
                    tr!("filter-no-verdict"),
                );
                for rating in &scale.ratings {
                    ui.selectable_value(
                        &mut filter.verdict,
                        VerdictFilter::Is(rating.label.clone()),
                        &rating.label,
                    );
                }
            });
        let search = ui.add(
            TextEdit::singleline(&mut filter.text)
                .id_salt("review search")
                .hint_text(tr!("review-search-hint"))
                .desired_width(170.0),
        );
        *text_focus |= search.has_focus();
    });

    let sort = (filter.sort, filter.ascending);
    let rows: Vec<AnnotationId> = table_state.row_ids(annotations, scale).to_vec();
    let filter = &mut table_state.filter;
    if rows.is_empty() {
        ui.weak(tr!("review-nothing-matches"));
        return None;
    }
    let mut clicked = None;
    let mut header_click = None;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    let scroll_to = selected.and_then(|id| rows.iter().position(|a| *a == id));
    let mut table = TableBuilder::new(ui)
        .id_salt("review table")
        .striped(true)
        .sense(Sense::click())
        .column(Column::remainder().at_least(120.0).clip(true))
        .column(Column::auto().at_least(70.0))
        .column(Column::auto().at_least(70.0))
        .column(Column::auto().at_least(60.0).clip(true))
        .column(Column::auto())
        .min_scrolled_height(120.0);
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
        (tr!("column-claim"), SortColumn::Position),
        (tr!("column-status"), SortColumn::Status),
        (tr!("column-verdict"), SortColumn::Verdict),
        (tr!("column-claimant"), SortColumn::Claimant),
        (tr!("column-evidence"), SortColumn::Evidence),
    ];
    table
        .header(row_height, |mut header| {
            for (name, column) in headers {
                header.col(|ui| {
                    let label = RichText::new(format!("{name}{}", arrow(column))).strong();
                    if ui
                        .add(egui::Button::new(label).frame(false))
                        .on_hover_text(tr!("column-sort"))
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
                row.col(|ui| {
                    let excerpt: String = a.text.split_whitespace().collect::<Vec<_>>().join(" ");
                    let flag = if a.flag.is_some() { "[!] " } else { "" };
                    ui.label(
                        RichText::new(format!("{flag}{excerpt}"))
                            .color(ui.visuals().strong_text_color()),
                    )
                    .on_hover_text(&a.text);
                });
                row.col(|ui| {
                    if a.tag == Tag::Claim {
                        let done = a.review.status == ClaimStatus::Done;
                        let text = RichText::new(words::status_label(a.review.status));
                        ui.label(if done { text.strong() } else { text });
                    } else {
                        ui.weak(words::tag_label(a.tag));
                    }
                });
                row.col(|ui| match &a.review.verdict {
                    Some(v) => {
                        ui.label(v);
                    }
                    None => {
                        ui.weak("—");
                    }
                });
                row.col(|ui| {
                    ui.label(&a.review.claimant);
                });
                row.col(|ui| {
                    let n = a.review.evidence.len();
                    if n == 0 && a.tag == Tag::Claim {
                        ui.colored_label(colors::flag_warning(ui.visuals().dark_mode), "0");
                    } else {
                        ui.label(n.to_string());
                    }
                });
                if row.response().clicked() {
                    clicked = Some(a.id);
                }
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
