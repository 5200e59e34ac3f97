//! One clickable row of a long list: its lines painted cut to the row's width (so every row of
//! a kind has the same height and lists of thousands scroll with `show_rows`), a hover
//! background, and an accessible name for screen readers and tests.

use std::sync::Arc;

use egui::text::{LayoutJob, TextWrapping};
use egui::{Color32, Galley, Response, Sense, TextFormat, TextStyle, Ui, vec2};

/// Space around the lines of a row.
const PADDING: egui::Vec2 = vec2(6.0, 4.0);

/// How a line of a row looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineStyle {
    /// The row's heading.
    Strong,
    /// Ordinary text.
    Normal,
    /// Secondary text.
    Weak,
    /// Small secondary text (file, date).
    Small,
}

impl LineStyle {
    fn text_style(self) -> TextStyle {
        match self {
            LineStyle::Small => TextStyle::Small,
            _ => TextStyle::Body,
        }
    }

    fn color(self, ui: &Ui) -> Color32 {
        match self {
            LineStyle::Strong => ui.visuals().strong_text_color(),
            LineStyle::Normal => ui.visuals().text_color(),
            LineStyle::Weak | LineStyle::Small => ui.visuals().weak_text_color(),
        }
    }
}

/// A line of `text` in `style`, at most `rows` rows high (cut with an ellipsis).
pub fn line(ui: &Ui, text: &str, style: LineStyle, rows: usize) -> LayoutJob {
    let format = TextFormat::simple(style.text_style().resolve(ui.style()), style.color(ui));
    let mut job = LayoutJob::single_section(super::direction::mixed(text), format);
    job.wrap = wrapping(rows);
    job
}

/// The format of a stretch of `style` text in a line built piece by piece.
pub fn format(ui: &Ui, style: LineStyle) -> TextFormat {
    TextFormat::simple(style.text_style().resolve(ui.style()), style.color(ui))
}

/// Wrapping to at most `rows` rows, the rest cut with an ellipsis.
pub fn wrapping(rows: usize) -> TextWrapping {
    TextWrapping {
        max_rows: rows.max(1),
        break_anywhere: false,
        overflow_character: Some('…'),
        max_width: f32::INFINITY,
    }
}

/// The height of a row of one-row lines in these styles (for `show_rows`).
pub fn row_height(ui: &Ui, styles: &[LineStyle]) -> f32 {
    styles
        .iter()
        .map(|s| ui.text_style_height(&s.text_style()))
        .sum::<f32>()
        + 2.0 * PADDING.y
}

/// Draws a row of `lines`; `name` is what screen readers say. Click it to open.
pub fn list_row(ui: &mut Ui, lines: Vec<LayoutJob>, name: &str) -> Response {
    let width = ui.available_width();
    let text_width = (width - 2.0 * PADDING.x).max(20.0);
    let galleys: Vec<Arc<Galley>> = lines
        .into_iter()
        .map(|mut job| {
            // Right to left, a one-row line with right-to-left words is cut at its logical
            // end, on the left, by the clip below: egui's ellipsis would cut the visual end,
            // where such a line starts. Left-to-right words keep the ellipsis at their end.
            let cut_by_clip = super::direction::is_rtl()
                && job.wrap.max_rows == 1
                && job.text.chars().any(super::text_block::needs_bidi);
            job.wrap.max_width = if cut_by_clip {
                f32::INFINITY
            } else {
                text_width
            };
            ui.painter().layout_job(job)
        })
        .collect();
    let height = galleys.iter().map(|g| g.size().y).sum::<f32>() + 2.0 * PADDING.y;
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click());
    if ui.is_rect_visible(rect) {
        let painter = ui.painter().with_clip_rect(rect.intersect(ui.clip_rect()));
        if response.hovered() || response.has_focus() {
            painter.rect_filled(rect, 4.0, ui.visuals().widgets.hovered.weak_bg_fill);
        }
        if response.has_focus() {
            painter.rect_stroke(
                rect,
                4.0,
                ui.visuals().selection.stroke,
                egui::StrokeKind::Inside,
            );
        }
        painter.hline(
            rect.x_range().shrink(PADDING.x),
            rect.bottom() - 0.5,
            ui.visuals().widgets.noninteractive.bg_stroke,
        );
        let mut top = rect.top() + PADDING.y;
        for galley in galleys {
            let size = galley.size();
            painter.galley(
                egui::pos2(super::direction::line_start(rect, size.x, PADDING.x), top),
                galley,
                ui.visuals().text_color(),
            );
            top += size.y;
        }
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    response
}
