//! The article view: wrapped text with tag highlights, mouse and keyboard selection, and
//! hit-testing of highlights.
//!
//! Narrow interface: the document, the highlights and the current selection go in; the events
//! the user caused ([`ArticleEvent`]) come out. The view is virtualized ([`BlockLayout`]): only
//! the blocks in view are laid out and painted, so a frame costs the same for any length,
//! caches them until the width changes, and paints only the paragraphs in the viewport.
//! Offsets in and out are chars; bytes never leave this module.

use egui::{
    Align2, CursorIcon, Event, EventFilter, FontId, Key, Pos2, Rect, ScrollArea, Sense, Stroke,
    StrokeKind, Ui,
    emath::GuiRounding,
    epaint::{Mesh, Shape},
    pos2, vec2,
};

use super::block_layout::{BlockLayout, TextStyle};
use super::colors;
use crate::model::{AnnotationId, Document, Span, SpanIndex};

/// Widest the text column gets, in points: a comfortable line length.
const MAX_COLUMN_WIDTH: f32 = 760.0;
/// Body text size, in points.
const FONT_SIZE: f32 = 17.0;
/// Line height as a multiple of the font size.
const LINE_SPACING: f32 = 1.5;
/// Space after each paragraph, as a multiple of the font size.
const PARAGRAPH_GAP: f32 = 0.6;
/// Margin around the text column.
const MARGIN: f32 = 24.0;
/// Vertical inset per nesting lane, so nested highlights show as boxes inside boxes.
const LANE_INSET: f32 = 3.0;
/// Deepest lane that still gets its own inset.
const MAX_INSET_LANES: usize = 3;

/// A text selection: `anchor` stays where the drag started, `cursor` moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct TextSelection {
    /// Where the selection started (char offset).
    pub anchor: usize,
    /// Where the selection ends and the caret is (char offset).
    pub cursor: usize,
}

impl TextSelection {
    /// A caret with nothing selected.
    pub fn caret(at: usize) -> Self {
        Self {
            anchor: at,
            cursor: at,
        }
    }

    /// The selected span, start before end.
    pub fn span(&self) -> Span {
        Span::new(self.anchor, self.cursor)
    }
}

/// What to draw over the text.
#[derive(Clone, Copy)]
pub struct Highlights<'a> {
    /// The anchored annotations.
    pub index: &'a SpanIndex,
    /// The annotation to outline.
    pub selected: Option<AnnotationId>,
    /// Find matches to outline.
    pub find_matches: &'a [Span],
}

/// What the user did in the view this frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArticleEvent {
    /// The text selection changed (drag, shift+click, keyboard, double click).
    Select(TextSelection),
    /// A plain click (no drag) on the character at `offset`.
    Click {
        /// The clicked character.
        offset: usize,
    },
}

/// State of the article view that lives across frames.
pub struct ArticleView {
    layout: BlockLayout,
    /// The first block in view and its top in the last frame, to keep the text still when
    /// blocks above it get measured.
    anchor: Option<(usize, f32)>,
    /// Scroll offset of the last frame.
    last_offset: f32,
    /// A scroll request is re-applied once after layout, when heights are exact.
    scroll_again: Option<usize>,
    scroll_request: Option<usize>,
    last_viewport: Rect,
    /// Screen position of the top-left of the text in the last frame.
    last_origin: Pos2,
    focused: bool,
}

impl Default for ArticleView {
    fn default() -> Self {
        Self {
            layout: BlockLayout::default(),
            anchor: None,
            last_offset: 0.0,
            scroll_again: None,
            scroll_request: None,
            last_viewport: Rect::NOTHING,
            last_origin: Pos2::ZERO,
            focused: false,
        }
    }
}

impl ArticleView {
    /// Asks the view to bring char `offset` into view on the next frame.
    pub fn scroll_to(&mut self, offset: usize) {
        self.scroll_request = Some(offset);
    }

    /// Screen rectangles that covered `span` in the last frame, one per row of text.
    pub fn span_rects(&self, document: &Document, span: Span) -> Vec<Rect> {
        let geometry = Geometry {
            layout: &self.layout,
            document,
            origin: self.last_origin,
        };
        let first = self.layout.block_of_char(span.start);
        let last = self.layout.block_of_char(span.end);
        (first..=last)
            .flat_map(|i| geometry.rects(i, span))
            .collect()
    }

    /// The first char of the first block in view in the last frame.
    pub fn visible_char(&self) -> Option<usize> {
        let (index, _) = self.anchor?;
        self.layout.block(index).map(|b| b.span.start)
    }

    /// True when the view had keyboard focus in the last frame.
    pub fn has_focus(&self) -> bool {
        self.focused
    }

    /// Shows the article and returns what the user did.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        document: &Document,
        highlights: Highlights<'_>,
        selection: Option<TextSelection>,
        hover_text: &dyn Fn(&[AnnotationId]) -> String,
    ) -> Vec<ArticleEvent> {
        let mut scroll = ScrollArea::vertical().id_salt("article").auto_shrink(false);
        let request = self.scroll_request.take().or(self.scroll_again.take());
        let mut target = None;
        if let Some(offset) = request {
            let y = self.y_of(offset);
            if !self.visible(y) {
                target = Some((y - self.last_viewport.height() / 3.0).max(0.0));
                self.scroll_again = Some(offset).filter(|_| self.scroll_request.is_none());
            }
        }
        if target.is_none() {
            // Keep the text in view still when blocks above it were measured last frame.
            if let Some((index, old_top)) = self.anchor {
                let shift = self.layout.top(index) - old_top;
                if shift.abs() > 0.5 {
                    target = Some((self.last_offset + shift).max(0.0));
                }
            }
        }
        if let Some(y) = target {
            scroll = scroll.vertical_scroll_offset(y);
        }
        let output = scroll.show_viewport(ui, |ui, viewport| {
            self.last_viewport = viewport;
            self.content_ui(ui, viewport, document, highlights, selection, hover_text)
        });
        self.last_offset = output.state.clamped_offset().y;
        self.layout.evict();
        output.inner
    }

    fn visible(&self, y: f32) -> bool {
        let v = self.last_viewport;
        v.height() > 0.0 && y >= v.top() + MARGIN && y + FONT_SIZE * LINE_SPACING <= v.bottom()
    }

    /// Top of the row holding char `offset`, relative to the content (estimated when its
    /// block has not been laid out yet).
    fn y_of(&self, offset: usize) -> f32 {
        let index = self.layout.block_of_char(offset);
        let top = self.layout.top(index);
        let Some(block) = self.layout.block(index) else {
            return MARGIN + top;
        };
        let local = offset.saturating_sub(block.span.start);
        let within = match self.layout.laid_out(index) {
            Some(laid) => laid.caret_rect(local).min.y,
            None => {
                let height = self.layout.top(index + 1) - top;
                height * local as f32 / block.span.len().max(1) as f32
            }
        };
        MARGIN + top + within
    }

    fn content_ui(
        &mut self,
        ui: &mut Ui,
        viewport: Rect,
        document: &Document,
        highlights: Highlights<'_>,
        selection: Option<TextSelection>,
        hover_text: &dyn Fn(&[AnnotationId]) -> String,
    ) -> Vec<ArticleEvent> {
        let full_width = ui.available_width();
        let column = full_width.clamp(120.0, MAX_COLUMN_WIDTH + 2.0 * MARGIN) - 2.0 * MARGIN;
        let text_color = ui.visuals().text_color();
        let style = TextStyle {
            font: FontId::proportional(FONT_SIZE),
            line_height: FONT_SIZE * LINE_SPACING,
            paragraph_gap: FONT_SIZE * PARAGRAPH_GAP,
            color: text_color,
        };
        self.layout.prepare(ui.painter(), document, column, style);
        let visible = self.layout.lay_out_range(
            ui.painter(),
            document,
            viewport.top() - MARGIN,
            viewport.bottom() - MARGIN,
        );
        let first_visible = self.layout.block_at_y((viewport.top() - MARGIN).max(0.0));
        self.anchor = Some((first_visible, self.layout.top(first_visible)));
        let height = self.layout.total_height() + 2.0 * MARGIN;
        let (rect, response) =
            ui.allocate_exact_size(vec2(full_width, height), Sense::click_and_drag());
        let origin = pos2(
            rect.left() + ((full_width - column) / 2.0).max(MARGIN),
            rect.top() + MARGIN,
        );
        self.last_origin = origin;
        let geometry = Geometry {
            layout: &self.layout,
            document,
            origin,
        };

        let mut events = Vec::new();
        Self::handle_pointer(ui, &response, &geometry, selection, &mut events);
        let mut scroll_request = None;
        if response.has_focus() {
            scroll_request = Self::handle_keys(ui, &geometry, selection, &mut events);
            let filter = EventFilter {
                horizontal_arrows: true,
                vertical_arrows: true,
                ..Default::default()
            };
            ui.memory_mut(|m| m.set_focus_lock_filter(response.id, filter));
        }
        self.focused = response.has_focus();
        if scroll_request.is_some() {
            self.scroll_request = scroll_request;
        }
        let shown_selection = events
            .iter()
            .rev()
            .find_map(|e| match e {
                ArticleEvent::Select(s) => Some(*s),
                ArticleEvent::Click { .. } => None,
            })
            .or(selection);

        // Blocks just outside the view are laid out (for keyboard moves), but only the ones
        // on screen are painted.
        let last_visible = self.layout.block_at_y(viewport.bottom() - MARGIN);
        let on_screen = visible.start.max(first_visible)..visible.end.min(last_visible + 1);
        geometry.paint(ui, on_screen, highlights, shown_selection, text_color);

        if response.hovered() {
            ui.ctx().set_cursor_icon(CursorIcon::Text);
        }
        if let Some(offset) = response.hover_pos().and_then(|p| geometry.char_under(p)) {
            let ids: Vec<AnnotationId> = highlights.index.at(offset).iter().map(|e| e.id).collect();
            if !ids.is_empty() && !response.dragged() {
                let text = hover_text(&ids);
                response.on_hover_ui_at_pointer(|ui| {
                    ui.set_max_width(360.0);
                    ui.label(text);
                });
            }
        }
        events
    }

    fn handle_pointer(
        ui: &Ui,
        response: &egui::Response,
        geometry: &Geometry<'_>,
        selection: Option<TextSelection>,
        events: &mut Vec<ArticleEvent>,
    ) {
        let shift = ui.input(|i| i.modifiers.shift);
        if response.drag_started() {
            response.request_focus();
            let origin = ui.input(|i| i.pointer.press_origin());
            if let Some(anchor) = origin.map(|p| geometry.cursor_at(p)) {
                let anchor = match (shift, selection) {
                    (true, Some(s)) => s.anchor,
                    _ => anchor,
                };
                events.push(ArticleEvent::Select(TextSelection {
                    anchor,
                    cursor: anchor,
                }));
            }
        }
        if response.dragged()
            && let Some(pos) = response.interact_pointer_pos()
        {
            let anchor = events
                .iter()
                .rev()
                .find_map(|e| match e {
                    ArticleEvent::Select(s) => Some(s.anchor),
                    ArticleEvent::Click { .. } => None,
                })
                .or(selection.map(|s| s.anchor));
            if let Some(anchor) = anchor {
                events.push(ArticleEvent::Select(TextSelection {
                    anchor,
                    cursor: geometry.cursor_at(pos),
                }));
            }
            // Dragging past the top or bottom edge scrolls, as in any editor.
            let clip = ui.clip_rect();
            if pos.y < clip.top() {
                ui.scroll_with_delta(vec2(0.0, (clip.top() - pos.y).min(60.0) * 0.5));
                ui.ctx().request_repaint();
            } else if pos.y > clip.bottom() {
                ui.scroll_with_delta(vec2(0.0, -(pos.y - clip.bottom()).min(60.0) * 0.5));
                ui.ctx().request_repaint();
            }
        }
        if response.double_clicked() {
            if let Some(offset) = response
                .interact_pointer_pos()
                .and_then(|p| geometry.char_under(p))
            {
                let word = word_at(geometry.document, offset);
                events.push(ArticleEvent::Select(TextSelection {
                    anchor: word.start,
                    cursor: word.end,
                }));
            }
        } else if response.clicked() {
            response.request_focus();
            if let Some(pos) = response.interact_pointer_pos() {
                let cursor = geometry.cursor_at(pos);
                match (shift, selection) {
                    (true, Some(s)) => events.push(ArticleEvent::Select(TextSelection {
                        anchor: s.anchor,
                        cursor,
                    })),
                    _ => {
                        events.push(ArticleEvent::Select(TextSelection::caret(cursor)));
                        if let Some(offset) = geometry.char_under(pos) {
                            events.push(ArticleEvent::Click { offset });
                        }
                    }
                }
            }
        }
    }

    /// Handles keys; returns a caret to scroll to.
    fn handle_keys(
        ui: &Ui,
        geometry: &Geometry<'_>,
        selection: Option<TextSelection>,
        events: &mut Vec<ArticleEvent>,
    ) -> Option<usize> {
        let mut scroll_request = None;
        let len = geometry.document.char_len();
        let mut current = selection.unwrap_or_default();
        let input_events = ui.input(|i| i.events.clone());
        for event in input_events {
            match event {
                Event::Copy => {
                    if let Some(text) = geometry.document.slice(current.span())
                        && !text.is_empty()
                    {
                        ui.ctx().copy_text(text.to_owned());
                    }
                }
                Event::Key {
                    key,
                    pressed: true,
                    modifiers,
                    ..
                } => {
                    let word = modifiers.command || modifiers.alt;
                    let moved = match key {
                        Key::ArrowLeft if word => {
                            Some(previous_word_start(geometry.document, current.cursor))
                        }
                        Key::ArrowRight if word => {
                            Some(next_word_end(geometry.document, current.cursor))
                        }
                        Key::ArrowLeft => Some(current.cursor.saturating_sub(1)),
                        Key::ArrowRight => Some((current.cursor + 1).min(len)),
                        Key::ArrowUp => Some(geometry.vertical(current.cursor, -1.0)),
                        Key::ArrowDown => Some(geometry.vertical(current.cursor, 1.0)),
                        Key::Home => Some(geometry.paragraph_bound(current.cursor, false)),
                        Key::End => Some(geometry.paragraph_bound(current.cursor, true)),
                        Key::A if modifiers.command => {
                            current = TextSelection {
                                anchor: 0,
                                cursor: len,
                            };
                            events.push(ArticleEvent::Select(current));
                            None
                        }
                        _ => None,
                    };
                    if let Some(cursor) = moved {
                        current = if modifiers.shift {
                            TextSelection {
                                anchor: current.anchor,
                                cursor,
                            }
                        } else {
                            TextSelection::caret(cursor)
                        };
                        events.push(ArticleEvent::Select(current));
                        scroll_request = Some(cursor);
                    }
                }
                _ => {}
            }
        }
        scroll_request
    }
}

/// Where everything is on screen this frame.
struct Geometry<'a> {
    layout: &'a BlockLayout,
    document: &'a Document,
    /// Screen position of the top-left of the text.
    origin: Pos2,
}

impl Geometry<'_> {
    /// Block whose box holds screen `y` (the nearest one above or below otherwise).
    fn block_at_y(&self, y: f32) -> usize {
        self.layout.block_at_y(y - self.origin.y)
    }

    fn block_origin(&self, index: usize) -> Pos2 {
        self.origin + vec2(0.0, self.layout.top(index))
    }

    /// The caret position (char boundary) nearest to a screen point.
    fn cursor_at(&self, pos: Pos2) -> usize {
        let index = self.block_at_y(pos.y);
        let Some(block) = self.layout.block(index) else {
            return 0;
        };
        let Some(laid) = self.layout.laid_out(index) else {
            return block.span.start;
        };
        let local = pos - self.block_origin(index);
        if local.y > laid.size().y {
            return block.span.end;
        }
        (block.span.start + laid.cursor_at(local)).min(block.span.end)
    }

    /// The character under a screen point, if the point is on text.
    fn char_under(&self, pos: Pos2) -> Option<usize> {
        let index = self.block_at_y(pos.y);
        let block = self.layout.block(index)?;
        let laid = self.layout.laid_out(index)?;
        let local = pos - self.block_origin(index);
        laid.char_at(local).map(|c| block.span.start + c)
    }

    /// The caret one row up (`-1.0`) or down (`1.0`) from `offset`.
    fn vertical(&self, offset: usize, direction: f32) -> usize {
        let index = self.layout.block_of_char(offset);
        let (Some(block), Some(laid)) = (self.layout.block(index), self.layout.laid_out(index))
        else {
            return offset;
        };
        let rect = laid.caret_rect(offset.saturating_sub(block.span.start));
        let row_height = FONT_SIZE * LINE_SPACING;
        let y = if direction < 0.0 {
            rect.top() - row_height * 0.5
        } else {
            rect.bottom() + row_height * 0.5
        };
        let target = self.block_origin(index) + vec2(rect.left(), y);
        if direction > 0.0 && target.y > self.origin.y + self.layout.total_height() {
            return self.document.char_len();
        }
        if direction < 0.0 && target.y < self.origin.y {
            return 0;
        }
        // Skip the gap between paragraphs.
        if direction > 0.0 && y > laid.size().y {
            let below = self.block_origin(index + 1);
            return self.cursor_at(pos2(target.x, below.y + 1.0));
        }
        if direction < 0.0 && y < 0.0 && index > 0 {
            let above = self.block_origin(index);
            return self.cursor_at(pos2(target.x, above.y - FONT_SIZE * PARAGRAPH_GAP - 2.0));
        }
        self.cursor_at(target)
    }

    fn paragraph_bound(&self, offset: usize, end: bool) -> usize {
        let index = self.document.paragraph_of(offset);
        self.document
            .paragraphs()
            .get(index)
            .map_or(offset, |p| if end { p.end } else { p.start })
    }

    /// Screen rectangles covering chars `span` of block `index`, one per row.
    fn rects(&self, index: usize, span: Span) -> Vec<Rect> {
        let (Some(block), Some(laid)) = (self.layout.block(index), self.layout.laid_out(index))
        else {
            return Vec::new();
        };
        let origin = self.block_origin(index).to_vec2();
        let local_start = span.start.saturating_sub(block.span.start);
        let local_end = span
            .end
            .min(block.span.end)
            .saturating_sub(block.span.start);
        laid.rects(local_start, local_end)
            .into_iter()
            .map(|r| r.translate(origin))
            .collect()
    }

    fn paint(
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
        let mut highlight_mesh = Mesh::default();
        let mut selection_mesh = Mesh::default();
        let mut outlines: Vec<(Rect, Stroke)> = Vec::new();
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
                let fill = colors::tag_fill(entry.tag);
                let line = colors::tag_color(entry.tag);
                for rect in self.rects(index, entry.span) {
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
                        outlines
                            .push((rect.expand(1.0), Stroke::new(2.0, colors::SELECTED_OUTLINE)));
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
                    outlines.push((rect, Stroke::new(1.5, colors::FIND_MATCH)));
                }
            }
            if let Some(selection) = selection {
                let span = selection.span();
                if !span.is_empty() {
                    for rect in self.rects(index, span) {
                        quad(&mut selection_mesh, rect, colors::TEXT_SELECTION);
                    }
                }
            }
        }
        painter.add(Shape::mesh(highlight_mesh));
        for (rect, stroke) in outlines {
            painter.rect_stroke(rect, 2.0, stroke, StrokeKind::Outside);
        }
        painter.add(Shape::mesh(selection_mesh));
        for index in visible {
            if let Some(laid) = self.layout.laid_out(index) {
                painter.galley(self.block_origin(index), laid.galley().clone(), text_color);
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
                "This article is empty.",
                FontId::proportional(FONT_SIZE),
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

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' || c == '_'
}

/// The word around char `offset` (the char alone when it is not part of a word).
fn word_at(document: &Document, offset: usize) -> Span {
    let paragraph = document
        .paragraphs()
        .get(document.paragraph_of(offset))
        .copied()
        .unwrap_or(Span::new(0, 0));
    let chars: Vec<char> = document
        .slice(paragraph)
        .unwrap_or_default()
        .chars()
        .collect();
    let local = offset.saturating_sub(paragraph.start);
    if !chars.get(local).copied().is_some_and(is_word_char) {
        return Span::new(offset, (offset + 1).min(paragraph.end));
    }
    let mut start = local;
    while start > 0 && chars.get(start - 1).copied().is_some_and(is_word_char) {
        start -= 1;
    }
    let mut end = local;
    while chars.get(end).copied().is_some_and(is_word_char) {
        end += 1;
    }
    Span::new(paragraph.start + start, paragraph.start + end)
}

fn previous_word_start(document: &Document, offset: usize) -> usize {
    let before: Vec<char> = document.text_before(offset, 200).chars().collect();
    let mut i = before.len();
    while i > 0 && before.get(i - 1).is_some_and(|c| !is_word_char(*c)) {
        i -= 1;
    }
    while i > 0 && before.get(i - 1).copied().is_some_and(is_word_char) {
        i -= 1;
    }
    offset - (before.len() - i)
}

fn next_word_end(document: &Document, offset: usize) -> usize {
    let after: Vec<char> = document.text_after(offset, 200).chars().collect();
    let mut i = 0;
    while after.get(i).is_some_and(|c| !is_word_char(*c)) {
        i += 1;
    }
    while after.get(i).copied().is_some_and(is_word_char) {
        i += 1;
    }
    offset + i
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn words_by_chars() {
        let doc = Document::new("Say “héllo wörld” 😀 now".to_owned(), None, "utf-8");
        assert_eq!(doc.slice(word_at(&doc, 6)), Some("héllo"));
        assert_eq!(doc.slice(word_at(&doc, 4)), Some("“"));
        assert_eq!(next_word_end(&doc, 0), 3);
        assert_eq!(previous_word_start(&doc, 16), 11);
        assert_eq!(doc.slice(Span::new(11, 16)), Some("wörld"));
    }
}
