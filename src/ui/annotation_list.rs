//! The side panel's list of annotations: filter by tag, counts, one virtualized row each.

use egui::{FontId, RichText, ScrollArea, Sense, Stroke, StrokeKind, Ui, vec2};

use super::colors;
use crate::i18n::words;
use crate::model::{Annotation, AnnotationId, AnnotationSet, Document, Tag};
use crate::{tr, ui_tr};

/// Which tags the list shows, and the rows that gave for one revision of the annotations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TagFilter {
    /// Shown flag per tag, in [`Tag::ALL`] order.
    pub shown: [bool; 3],
    /// (revision, shown flags, positions of the shown annotations in document order).
    cache: Option<(u64, [bool; 3], Vec<usize>)>,
}

impl Default for TagFilter {
    fn default() -> Self {
        Self {
            shown: [true; 3],
            cache: None,
        }
    }
}

impl TagFilter {
    fn shows(&self, tag: Tag) -> bool {
        Tag::ALL
            .iter()
            .position(|t| *t == tag)
            .and_then(|i| self.shown.get(i))
            .copied()
            .unwrap_or(true)
    }
}

/// What the user did in the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListAction {
    /// An entry was clicked.
    Select(AnnotationId),
}

/// Shows the tag filter with counts and the list; rows are laid out only when visible.
pub fn annotation_list_ui(
    ui: &mut Ui,
    document: &Document,
    annotations: &AnnotationSet,
    filter: &mut TagFilter,
    selected: Option<AnnotationId>,
    scroll_to_selected: bool,
) -> Option<ListAction> {
    let counts = annotations.counts();
    super::direction::row_wrapped(ui, |ui| {
        ui.label(ui_tr!("list-show"));
        for ((tag, shown), count) in Tag::ALL.iter().zip(filter.shown.iter_mut()).zip(counts) {
            let label = RichText::new(ui_tr!("list-show-tag", tag = tag.key_name(), count = count));
            ui.checkbox(shown, label)
                .on_hover_text(ui_tr!("list-show-tag.tooltip", tag = tag.key_name()));
            ui.add_space(4.0);
        }
    });
    let flagged = annotations.flagged_count();
    if flagged > 0 {
        ui.colored_label(
            colors::flag_warning(ui.visuals().dark_mode),
            ui_tr!("list-flagged", count = flagged),
        );
    }
    ui.separator();

    // With every tag shown, row n is annotation n: no per-frame work for 50,000 entries.
    // Otherwise the filtered positions are kept until the set or the filter changes.
    let all_shown = filter.shown == [true; 3];
    if !all_shown {
        let fresh = matches!(&filter.cache, Some((revision, shown, _))
            if *revision == annotations.revision() && *shown == filter.shown);
        if !fresh {
            let positions = annotations
                .in_order()
                .enumerate()
                .filter(|(_, a)| filter.shows(a.tag))
                .map(|(i, _)| i)
                .collect();
            filter.cache = Some((annotations.revision(), filter.shown, positions));
        }
    }
    let positions: &[usize] = match &filter.cache {
        Some((_, _, positions)) if !all_shown => positions,
        _ => &[],
    };
    let shown_count = if all_shown {
        annotations.len()
    } else {
        positions.len()
    };
    let row = |n: usize| -> Option<&Annotation> {
        let position = if all_shown {
            Some(n)
        } else {
            positions.get(n).copied()
        };
        position.and_then(|p| annotations.at_position(p))
    };
    if shown_count == 0 {
        let text = if annotations.is_empty() {
            tr!("list-empty", keys = crate::ui::command::Command::tag_keys())
        } else {
            tr!("list-none-match")
        };
        super::direction::wrapped(ui, &text, RichText::weak);
        return None;
    }
    let row_height = ui.text_style_height(&egui::TextStyle::Body) * 2.0 + 10.0;
    let mut action = None;
    let mut scroll = ScrollArea::vertical()
        .id_salt("annotation list")
        .auto_shrink(false);
    let selected_row = || {
        let position = selected.and_then(|id| annotations.position(id))?;
        if all_shown {
            Some(position)
        } else {
            positions.binary_search(&position).ok()
        }
    };
    if scroll_to_selected && let Some(row) = selected_row() {
        let spacing = ui.spacing().item_spacing.y;
        let target = (row as f32 * (row_height + spacing) - 3.0 * row_height).max(0.0);
        scroll = scroll.vertical_scroll_offset(target);
    }
    scroll.show_rows(ui, row_height, shown_count, |ui, rows| {
        for annotation in rows.filter_map(row) {
            let selected = Some(annotation.id) == selected;
            if row_ui(ui, document, annotation, row_height, selected) {
                action = Some(ListAction::Select(annotation.id));
            }
        }
    });
    action
}

/// Where an annotation is in its source, short: "p. 12" in a PDF, "00:12:34 ANA" in a
/// transcript.
fn place(document: &Document, annotation: &Annotation) -> Option<String> {
    if let Some(range) = document.pdf().and_then(|p| p.pages_of(annotation.span)) {
        return Some(crate::report::page_cite(range));
    }
    let said = document.timeline()?.said_at(annotation.span)?;
    let when = said.from_ms.map(crate::model::clock);
    let who = said.speakers.first().cloned();
    match (when, who) {
        (Some(when), Some(who)) => Some(format!("{when} {who}")),
        (when, who) => when.or(who),
    }
}

/// One entry; returns true when clicked.
fn row_ui(
    ui: &mut Ui,
    document: &Document,
    annotation: &Annotation,
    height: f32,
    selected: bool,
) -> bool {
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click());
    let visuals = ui.visuals();
    let painter = ui.painter().with_clip_rect(rect.intersect(ui.clip_rect()));
    if selected {
        painter.rect_filled(rect, 4.0, visuals.selection.bg_fill.gamma_multiply(0.35));
        painter.rect_stroke(
            rect,
            4.0,
            Stroke::new(1.5, colors::selected_outline(ui.visuals().dark_mode)),
            StrokeKind::Inside,
        );
    } else if response.hovered() {
        painter.rect_filled(rect, 4.0, visuals.widgets.hovered.weak_bg_fill);
    }
    if response.has_focus() {
        painter.rect_stroke(rect, 4.0, visuals.selection.stroke, StrokeKind::Inside);
    }
    let bar_left = super::direction::line_start(rect, 5.0, 0.0);
    let bar = egui::Rect::from_min_size(egui::pos2(bar_left, rect.top()), vec2(5.0, rect.height()));
    painter.rect_filled(bar, 2.0, colors::tag_color(annotation.tag));

    let font = FontId::proportional(ui.text_style_height(&egui::TextStyle::Body) - 1.0);
    let line = rect.height() / 2.0;
    let text_width = rect.width() - 16.0;
    let flag = if annotation.flag.is_some() {
        "[!] ".to_owned()
    } else if !annotation.conflicts.is_empty() {
        tr!("list-mark-conflict")
    } else if annotation.check.is_some() {
        tr!("list-mark-moved")
    } else {
        String::new()
    };
    let strong = visuals.strong_text_color();
    if super::direction::is_rtl() {
        // Right to left: the tag at the right, then the words in their own direction, cut
        // at their end to the room left.
        let label =
            super::direction::shown(format!("{flag}{} · ", words::tag_label(annotation.tag)));
        let label = elided(ui, label, &font, strong, text_width);
        let words = crate::ui::text_block::display_order(&one_line(&annotation.text, text_width));
        let room = (text_width - label.size().x).max(10.0);
        let words = elided(ui, words, &font, strong, room);
        let y = rect.top() + line * 0.5 + 2.0 - label.size().y / 2.0;
        let right = rect.right() - 12.0 - label.size().x;
        painter.galley(egui::pos2(right - words.size().x, y), words, strong);
        painter.galley(egui::pos2(right, y), label, strong);
    } else {
        let heading = crate::ui::text_block::display_order(&format!(
            "{flag}{} · {}",
            words::tag_label(annotation.tag),
            one_line(&annotation.text, text_width)
        ));
        let heading = elided(ui, heading, &font, strong, text_width);
        let y = rect.top() + line * 0.5 + 2.0 - heading.size().y / 2.0;
        painter.galley(egui::pos2(rect.left() + 12.0, y), heading, strong);
    }
    let detail = match &annotation.flag {
        Some(flag) => ui_tr!("list-does-not-match", why = crate::ui::errors::flag(flag)),
        None if annotation.note.is_empty() => ui_tr!("list-no-note"),
        None => crate::ui::text_block::display_order(&one_line(&annotation.note, text_width)),
    };
    let detail = match place(document, annotation) {
        // Shown in display order: in a right-to-left interface the place is at the right.
        Some(place) if super::direction::is_rtl() => {
            format!("{detail} · {}", super::direction::shown(place))
        }
        Some(place) => format!("{place} · {detail}"),
        None => detail,
    };
    let detail_color = if annotation.flag.is_some() {
        colors::flag_warning(ui.visuals().dark_mode)
    } else {
        visuals.weak_text_color()
    };
    let detail = elided(ui, detail, &font, detail_color, text_width);
    let y = rect.top() + line * 1.5 - detail.size().y / 2.0;
    let left = super::direction::line_start(rect, detail.size().x, 12.0);
    painter.galley(egui::pos2(left, y), detail, detail_color);
    response.widget_info(|| {
        let mark = if annotation.flag.is_some() {
            "flagged"
        } else if !annotation.conflicts.is_empty() {
            "conflict"
        } else if annotation.check.is_some() {
            "moved"
        } else {
            "none"
        };
        let label = tr!(
            "list-row-name",
            tag = words::tag_label(annotation.tag),
            id = annotation.id.to_string(),
            mark = mark,
            text = &annotation.text
        );
        egui::WidgetInfo::labeled(egui::Role::Button, true, &label)
    });
    let response = response.on_hover_ui(|ui| {
        let mut text = ui_tr!(
            "list-row-hover",
            tag = words::tag_label(annotation.tag),
            id = annotation.id.to_string(),
            text = &annotation.text
        );
        if !annotation.note.is_empty() {
            text.push_str("\n\n");
            text.push_str(&ui_tr!("list-row-note", note = &annotation.note));
        }
        ui.label(text);
    });
    response.clicked()
}

/// `text` on one line, cut to what a row of `width` points can show (the rest is elided
/// anyway), so a long claim costs no more to show than a short one.
fn one_line(text: &str, width: f32) -> String {
    let most = (width / 3.0).clamp(40.0, 400.0) as usize;
    let mut line = String::with_capacity(most.min(text.len()) + 4);
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            line.push(' ');
        }
        line.push_str(word);
        if line.len() >= most {
            break;
        }
    }
    line
}

/// Lays out `text` on one line, cut with an ellipsis to fit `width` (cached by egui).
fn elided(
    ui: &Ui,
    text: String,
    font: &FontId,
    color: egui::Color32,
    width: f32,
) -> std::sync::Arc<egui::Galley> {
    let mut job =
        egui::text::LayoutJob::single_section(text, egui::TextFormat::simple(font.clone(), color));
    job.wrap = egui::epaint::text::TextWrapping::truncate_at_width(width);
    ui.painter().layout_job(job)
}
