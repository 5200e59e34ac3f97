//! Painting one frame of the article: highlights as one mesh of pixel-aligned quads (fill,
//! underline, nested outline), find matches, another person's spans (dashed, in the compare
//! view), the selection, the text and the caret.

use egui::{
    Align2, FontId, Rect, Shape, Stroke, StrokeKind, Ui, emath::GuiRounding, epaint::Mesh, vec2,
};

use super::geometry::Geometry;
use super::{Highlights, LANE_INSET, MAX_INSET_LANES};
use crate::model::{Span, TextSelection};
use crate::ui::colors;

impl Geometry<'_> {
    pub(super) fn paint(
        &self,
        ui: &Ui,
        visible: std::ops::Range<usize>,
        highlights: Highlights<'_>,
        selection: Option<TextSelection>,
        text_color: egui::Color32,
    ) {
        let painter = ui.painter();
        let pixels = ui.ctx().pixels_per_point();
        // Highlights and the selection are plain pixel-aligned quads in one mesh each: cheap
        // to build and to tessellate however many spans are on screen.
        // Only what the scroll area shows: blocks can reach far above or below it.
        let view = ui.clip_rect();
        let mut highlight_mesh = Mesh::default();
        highlight_mesh.reserve_triangles(4_096);
        highlight_mesh.reserve_vertices(4_096);
        let mut selection_mesh = Mesh::default();
        let mut outlines: Vec<(Rect, Stroke)> = Vec::new();
        let mut dashed: Vec<(Rect, egui::Color32)> = Vec::new();
        let quad = |mesh: &mut Mesh, rect: Rect, color: egui::Color32| {
            mesh.add_colored_rect(rect.round_to_pixels(pixels), color);
        };
        for index in visible.clone() {
            let Some(block) = self.layout.block(index) else {
                continue;
            };
            let reach = Span::new(block.span.start, block.span.end.max(block.span.start + 1));
            for (entry, lane) in highlights.index.overlapping(reach) {
                let inset = LANE_INSET * lane.min(MAX_INSET_LANES) as f32;
                let fill = colors::tag_fill(entry.tag, ui.visuals().dark_mode);
                let line = colors::tag_color(entry.tag);
                for rect in self.rects(index, entry.span) {
                    if !view.intersects(rect) {
                        continue;
                    }
                    let rect = rect.shrink2(vec2(0.0, inset));
                    quad(&mut highlight_mesh, rect, fill);
                    let underline = Rect::from_x_y_ranges(
                        rect.x_range(),
                        (rect.bottom() - 2.0)..=rect.bottom(),
                    );
                    quad(&mut highlight_mesh, underline, line);
                    if lane > 0 {
                        // A nested span: its own box inside the outer highlight.
                        for edge in [
                            Rect::from_x_y_ranges(rect.x_range(), rect.top()..=rect.top() + 1.0),
                            Rect::from_x_y_ranges(rect.left()..=rect.left() + 1.0, rect.y_range()),
                            Rect::from_x_y_ranges(
                                rect.right() - 1.0..=rect.right(),
                                rect.y_range(),
                            ),
                        ] {
                            quad(&mut highlight_mesh, edge, line);
                        }
                    }
                    if highlights.selected == Some(entry.id) {
                        outlines.push((
                            rect.expand(1.0),
                            Stroke::new(2.0, colors::selected_outline(ui.visuals().dark_mode)),
                        ));
                    }
                }
            }
            let matches_from = highlights
                .find_matches
                .partition_point(|m| m.end <= block.span.start);
            for found in highlights.find_matches.iter().skip(matches_from) {
                if found.start > block.span.end {
                    break;
                }
                for rect in self.rects(index, *found) {
                    outlines.push((
                        rect,
                        Stroke::new(1.5, colors::find_match(ui.visuals().dark_mode)),
                    ));
                }
            }
            let suggestions_from = highlights
                .suggestions
                .partition_point(|(s, _)| s.end <= block.span.start);
            for (span, _) in highlights.suggestions.iter().skip(suggestions_from) {
                if span.start > block.span.end {
                    break;
                }
                let dark = ui.visuals().dark_mode;
                let color = colors::suggestion(dark);
                let current = highlights.current_suggestion == Some(*span);
                for rect in self.rects(index, *span) {
                    if !view.intersects(rect) {
                        continue;
                    }
                    let y = (rect.bottom() - 1.5)..=(rect.bottom() + 0.5);
                    if current {
                        quad(
                            &mut highlight_mesh,
                            rect,
                            colors::current_suggestion_fill(dark),
                        );
                        quad(
                            &mut highlight_mesh,
                            Rect::from_x_y_ranges(rect.x_range(), y),
                            color,
                        );
                    } else {
                        // Dots two pixels wide, two apart.
                        let mut x = rect.left();
                        while x < rect.right() {
                            let end = (x + 2.0).min(rect.right());
                            quad(
                                &mut highlight_mesh,
                                Rect::from_x_y_ranges(x..=end, y.clone()),
                                color,
                            );
                            x += 4.0;
                        }
                    }
                }
            }
            let others_from = highlights
                .others
                .partition_point(|(s, _)| s.end <= block.span.start);
            for (span, tag) in highlights.others.iter().skip(others_from) {
                if span.start > block.span.end {
                    break;
                }
                for rect in self.rects(index, *span) {
                    dashed.push((rect.expand2(vec2(1.0, 2.5)), colors::tag_color(*tag)));
                }
            }
            if let Some(selection) = selection {
                let span = selection.span();
                if !span.is_empty() {
                    for rect in self.rects(index, span) {
                        quad(
                            &mut selection_mesh,
                            rect,
                            colors::text_selection(ui.visuals().dark_mode),
                        );
                    }
                }
            }
        }
        painter.add(Shape::mesh(highlight_mesh));
        for (rect, stroke) in outlines {
            painter.rect_stroke(rect, 2.0, stroke, StrokeKind::Outside);
        }
        for (rect, color) in dashed {
            let corners = [
                rect.left_top(),
                rect.right_top(),
                rect.right_bottom(),
                rect.left_bottom(),
                rect.left_top(),
            ];
            painter.extend(Shape::dashed_line(
                &corners,
                Stroke::new(1.5, color),
                4.0,
                3.0,
            ));
        }
        painter.add(Shape::mesh(selection_mesh));
        for index in visible {
            if let Some(laid) = self.layout.laid_out(index) {
                laid.paint(painter, self.block_origin(index), text_color);
            }
        }
        if let Some(selection) = selection
            && selection.span().is_empty()
            && ui.memory(|m| m.focused().is_some())
        {
            self.paint_caret(ui, selection.cursor, text_color);
        }
        if self.document.char_len() == 0 {
            painter.text(
                self.origin,
                Align2::LEFT_TOP,
                crate::ui_tr!("article-empty"),
                FontId::proportional(self.font_size),
                ui.visuals().weak_text_color(),
            );
        }
    }

    fn paint_caret(&self, ui: &Ui, offset: usize, color: egui::Color32) {
        let index = self.layout.block_of_char(offset);
        let (Some(block), Some(laid)) = (self.layout.block(index), self.layout.laid_out(index))
        else {
            return;
        };
        let rect = laid.caret_rect(offset.saturating_sub(block.span.start));
        let rect = rect.translate(self.block_origin(index).to_vec2());
        ui.painter()
            .vline(rect.left(), rect.y_range(), Stroke::new(1.5, color));
    }
}
