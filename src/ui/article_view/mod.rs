//! The article view: wrapped text with tag highlights, mouse and keyboard selection, and
//! hit-testing of highlights.
//!
//! Narrow interface: the document, the highlights and the current selection go in; the events
//! the user caused ([`ArticleEvent`]) come out. The view is virtualized ([`BlockLayout`]): only
//! the blocks in view are laid out and painted, so a frame costs the same for any length,
//! caches them until the width changes, and paints only the paragraphs in the viewport.
//! Offsets in and out are chars; bytes never leave this module.

use egui::{
    CursorIcon, Event, EventFilter, FontId, Key, Pos2, Rect, ScrollArea, Sense, Ui, pos2, vec2,
};

mod access;
mod geometry;
mod paint;

use geometry::Geometry;

use super::block_layout::{BlockLayout, TextStyle};
use crate::model::{
    AnnotationId, Document, Span, SpanIndex, TextSelection, next_word_end, previous_word_start,
    sentence_at, snap_to_words, word_at,
};

/// Widest the text column gets, in points: a comfortable line length.
const MAX_COLUMN_WIDTH: f32 = 760.0;
/// Body text size, in points.
/// Size of the article text at 100% zoom.
pub const FONT_SIZE: f32 = 17.0;
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

/// What to draw over the text.
#[derive(Clone, Copy)]
pub struct Highlights<'a> {
    /// The anchored annotations.
    pub index: &'a SpanIndex,
    /// The annotation to outline.
    pub selected: Option<AnnotationId>,
    /// Find matches to outline.
    pub find_matches: &'a [Span],
    /// Another person's annotations (the compare view), by start: drawn as dashed outlines.
    pub others: &'a [(Span, crate::model::Tag)],
    /// An annotation in words, for screen readers: tag, text, note.
    pub name_of: &'a dyn Fn(AnnotationId) -> String,
    /// The annotations' revision: names are computed again only when it changes.
    pub revision: u64,
    /// Sentences suggested for checking, by start, each with what screen readers say of it:
    /// a dotted underline.
    pub suggestions: &'a [(Span, String)],
    /// The suggestion being looked at: a solid underline on a faint fill.
    pub current_suggestion: Option<Span>,
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
    /// Zoom of the text (1.0 = [`FONT_SIZE`]).
    zoom: f32,
    /// Where the drag in progress started (before growing to whole words).
    drag_anchor: Option<usize>,
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
    /// Screen-reader names of the highlights named so far, for one annotations revision.
    mark_names: access::MarkNames,
}

impl Default for ArticleView {
    fn default() -> Self {
        Self {
            layout: BlockLayout::default(),
            zoom: 1.0,
            drag_anchor: None,
            anchor: None,
            last_offset: 0.0,
            scroll_again: None,
            scroll_request: None,
            last_viewport: Rect::NOTHING,
            last_origin: Pos2::ZERO,
            focused: false,
            mark_names: access::MarkNames::default(),
        }
    }
}

impl ArticleView {
    /// Sets the text's zoom (1.0 = 100%); the layout follows next frame.
    pub fn set_zoom(&mut self, zoom: f32) {
        self.zoom = zoom.clamp(0.5, 3.0);
    }

    /// Size of the article's text at the current zoom.
    fn font_size(&self) -> f32 {
        FONT_SIZE * self.zoom
    }

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
            font_size: self.font_size(),
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
        v.height() > 0.0
            && y >= v.top() + MARGIN
            && y + self.font_size() * LINE_SPACING <= v.bottom()
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
        let max_column = MAX_COLUMN_WIDTH * self.zoom;
        let column = full_width.clamp(120.0, max_column + 2.0 * MARGIN) - 2.0 * MARGIN;
        let font_size = self.font_size();
        // Bright text on a dark background, so it stands out from the highlight fills.
        let text_color = if ui.visuals().dark_mode {
            ui.visuals().strong_text_color()
        } else {
            ui.visuals().text_color()
        };
        let style = TextStyle {
            font: FontId::proportional(font_size),
            line_height: font_size * LINE_SPACING,
            paragraph_gap: font_size * PARAGRAPH_GAP,
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
            font_size,
        };

        let mut events = Vec::new();
        Self::handle_pointer(
            ui,
            &response,
            &geometry,
            selection,
            &mut self.drag_anchor,
            &mut events,
        );
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
        geometry.paint(
            ui,
            on_screen.clone(),
            highlights,
            shown_selection,
            text_color,
        );
        geometry.describe_for_screen_readers(
            ui,
            &response,
            on_screen,
            &highlights,
            &mut self.mark_names,
        );
        if response.has_focus() {
            // Keyboard focus is always visible: a frame around the text in view.
            let frame = ui.clip_rect().shrink(2.0);
            ui.painter().rect_stroke(
                frame,
                4.0,
                ui.visuals().selection.stroke,
                egui::StrokeKind::Inside,
            );
        }

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
        drag_anchor: &mut Option<usize>,
        events: &mut Vec<ArticleEvent>,
    ) {
        let (shift, exact) = ui.input(|i| (i.modifiers.shift, i.modifiers.alt));
        let document = geometry.document;
        // A drag or Shift+click takes whole words unless Alt is held (exact characters).
        let select = |anchor: usize, cursor: usize| {
            if exact {
                TextSelection { anchor, cursor }
            } else {
                snap_to_words(document, anchor, cursor)
            }
        };
        if response.drag_started() {
            response.request_focus();
            let origin = ui.input(|i| i.pointer.press_origin());
            if let Some(anchor) = origin.map(|p| geometry.cursor_at(p)) {
                let anchor = match (shift, selection) {
                    (true, Some(s)) => s.anchor,
                    _ => anchor,
                };
                *drag_anchor = Some(anchor);
                events.push(ArticleEvent::Select(TextSelection::caret(anchor)));
            }
        }
        if response.dragged()
            && let Some(pos) = response.interact_pointer_pos()
        {
            let anchor = drag_anchor.or(selection.map(|s| s.anchor));
            if let Some(anchor) = anchor {
                events.push(ArticleEvent::Select(select(
                    anchor,
                    geometry.cursor_at(pos),
                )));
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
        if response.drag_stopped() {
            *drag_anchor = None;
        }
        let under = || {
            response
                .interact_pointer_pos()
                .and_then(|p| geometry.char_under(p))
        };
        if response.triple_clicked() {
            if let Some(offset) = under() {
                let sentence = sentence_at(document, offset);
                events.push(ArticleEvent::Select(TextSelection {
                    anchor: sentence.start,
                    cursor: sentence.end,
                }));
            }
        } else if response.double_clicked() {
            if let Some(offset) = under() {
                let word = word_at(document, offset);
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
                    (true, Some(s)) => events.push(ArticleEvent::Select(select(s.anchor, cursor))),
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
