//! Where the article is on screen in one frame: blocks, characters, carets and highlight
//! rectangles, and the way back from a screen point to a character.

use egui::{Pos2, Rect, pos2, vec2};

use super::{LINE_SPACING, PARAGRAPH_GAP};
use crate::model::{Document, Span};
use crate::ui::block_layout::BlockLayout;

/// Where everything is on screen this frame.
pub(super) struct Geometry<'a> {
    pub(super) layout: &'a BlockLayout,
    pub(super) document: &'a Document,
    /// Screen position of the top-left of the text.
    pub(super) origin: Pos2,
    /// Size of the text.
    pub(super) font_size: f32,
}

impl Geometry<'_> {
    /// Block whose box holds screen `y` (the nearest one above or below otherwise).
    pub(super) fn block_at_y(&self, y: f32) -> usize {
        self.layout.block_at_y(y - self.origin.y)
    }

    pub(super) fn block_origin(&self, index: usize) -> Pos2 {
        self.origin + vec2(0.0, self.layout.top(index))
    }

    /// The caret position (char boundary) nearest to a screen point.
    pub(super) fn cursor_at(&self, pos: Pos2) -> usize {
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
    pub(super) fn char_under(&self, pos: Pos2) -> Option<usize> {
        let index = self.block_at_y(pos.y);
        let block = self.layout.block(index)?;
        let laid = self.layout.laid_out(index)?;
        let local = pos - self.block_origin(index);
        laid.char_at(local).map(|c| block.span.start + c)
    }

    /// The caret one row up (`-1.0`) or down (`1.0`) from `offset`.
    pub(super) fn vertical(&self, offset: usize, direction: f32) -> usize {
        let index = self.layout.block_of_char(offset);
        let (Some(block), Some(laid)) = (self.layout.block(index), self.layout.laid_out(index))
        else {
            return offset;
        };
        let rect = laid.caret_rect(offset.saturating_sub(block.span.start));
        let row_height = self.font_size * LINE_SPACING;
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
            return self.cursor_at(pos2(
                target.x,
                above.y - self.font_size * PARAGRAPH_GAP - 2.0,
            ));
        }
        self.cursor_at(target)
    }

    pub(super) fn paragraph_bound(&self, offset: usize, end: bool) -> usize {
        let index = self.document.paragraph_of(offset);
        self.document
            .paragraphs()
            .get(index)
            .map_or(offset, |p| if end { p.end } else { p.start })
    }

    /// Screen rectangles covering chars `span` of block `index`, one per row.
    pub(super) fn rects(&self, index: usize, span: Span) -> Vec<Rect> {
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
}
