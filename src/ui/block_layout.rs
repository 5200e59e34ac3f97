//! The article's vertical layout, virtualized: the text is cut into blocks (a paragraph, or a
//! piece of a very long one), each with a height that is estimated until the block is first
//! shown and measured from then on. Only blocks in view are laid out; their galleys are kept
//! while they stay near the view and dropped after. Finding the block at a height or holding a
//! char is a binary search, so the cost of a frame follows what is on screen, not the file.

use std::collections::HashMap;

use egui::text::TextFormat;
use egui::{FontId, Painter};

use super::text_block::TextBlock;
use crate::model::{Document, Span};

/// Longest block, in chars; longer paragraphs are cut at a space near this length.
const MAX_BLOCK_CHARS: usize = 2_000;
/// Galleys kept when they have not been shown for a few frames.
const KEEP_LAID_OUT: usize = 256;

/// A run of text laid out as one galley.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    /// Its chars in the document.
    pub span: Span,
    /// True for the last block of a paragraph (followed by the paragraph gap).
    pub ends_paragraph: bool,
    /// Its paragraph reads right to left (first strong character, UAX #9 P2–P3).
    pub rtl: bool,
}

/// Font metrics and spacing of the article text.
#[derive(Clone, Debug, PartialEq)]
pub struct TextStyle {
    /// Body font.
    pub font: FontId,
    /// Row height.
    pub line_height: f32,
    /// Space after a paragraph.
    pub paragraph_gap: f32,
    /// Text colour.
    pub color: egui::Color32,
}

/// The blocks of one document at one width.
#[derive(Default)]
pub struct BlockLayout {
    document_key: Option<(String, usize)>,
    width: f32,
    style: Option<TextStyle>,
    average_char_width: f32,
    blocks: Vec<Block>,
    heights: Vec<f32>,
    measured: Vec<bool>,
    tops: Vec<f32>,
    tops_dirty: bool,
    laid: HashMap<usize, (TextBlock, u64)>,
    frame: u64,
}

impl BlockLayout {
    /// Makes the layout match `document`, `width` and `style`; cheap when nothing changed.
    pub fn prepare(
        &mut self,
        painter: &Painter,
        document: &Document,
        width: f32,
        style: TextStyle,
    ) {
        self.frame += 1;
        let document_changed = !self
            .document_key
            .as_ref()
            .is_some_and(|(sha, len)| sha == document.sha256() && *len == document.char_len());
        if document_changed {
            self.blocks = split_blocks(document);
            self.document_key = Some((document.sha256().to_owned(), document.char_len()));
        }
        let style_changed = self.style.as_ref() != Some(&style);
        if document_changed || style_changed || (self.width - width).abs() > 0.5 {
            if style_changed || self.average_char_width <= 0.0 {
                let sample = "The council voted 31–4 on Tuesday to issue €250 million in bonds.";
                let galley =
                    painter.layout_no_wrap(sample.to_owned(), style.font.clone(), style.color);
                self.average_char_width = galley.size().x / sample.chars().count() as f32;
            }
            self.width = width;
            self.style = Some(style);
            self.laid.clear();
            self.heights = self.blocks.iter().map(|b| self.estimate(b)).collect();
            self.measured = vec![false; self.blocks.len()];
            self.tops_dirty = true;
        }
        self.update_tops();
    }

    fn gap(&self, block: &Block) -> f32 {
        let Some(style) = &self.style else {
            return 0.0;
        };
        if block.span.is_empty() {
            style.line_height * 0.5
        } else if block.ends_paragraph {
            style.paragraph_gap
        } else {
            0.0
        }
    }

    fn estimate(&self, block: &Block) -> f32 {
        let Some(style) = &self.style else {
            return 0.0;
        };
        if block.span.is_empty() {
            return self.gap(block);
        }
        let per_line = (self.width / self.average_char_width.max(1.0)).max(1.0);
        let lines = (block.span.len() as f32 * 1.04 / per_line).ceil().max(1.0);
        lines * style.line_height + self.gap(block)
    }

    fn update_tops(&mut self) {
        if !self.tops_dirty && self.tops.len() == self.blocks.len() + 1 {
            return;
        }
        self.tops.clear();
        let mut y = 0.0;
        for height in &self.heights {
            self.tops.push(y);
            y += height;
        }
        self.tops.push(y);
        self.tops_dirty = false;
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.blocks.len()
    }

    /// True when there are no blocks.
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// The block at `index`.
    pub fn block(&self, index: usize) -> Option<&Block> {
        self.blocks.get(index)
    }

    /// Total height of the text.
    pub fn total_height(&self) -> f32 {
        self.tops.last().copied().unwrap_or(0.0)
    }

    /// Top of block `index`, relative to the top of the text.
    pub fn top(&self, index: usize) -> f32 {
        self.tops
            .get(index)
            .copied()
            .unwrap_or_else(|| self.total_height())
    }

    /// The block covering height `y` (clamped to the first and last block).
    pub fn block_at_y(&self, y: f32) -> usize {
        let count = self.blocks.len();
        self.tops
            .get(..count)
            .unwrap_or_default()
            .partition_point(|&top| top <= y)
            .saturating_sub(1)
    }

    /// The block holding char `offset` (the last one for the end of the text).
    pub fn block_of_char(&self, offset: usize) -> usize {
        self.blocks
            .partition_point(|b| b.span.end < offset)
            .min(self.blocks.len().saturating_sub(1))
    }

    /// Lays out the blocks covering heights `y0..y1` (plus one on each side) and returns their
    /// index range. Measured heights replace estimates; returns how much the blocks before
    /// `anchor` grew, so the caller can keep the text in view still.
    pub fn lay_out_range(
        &mut self,
        painter: &Painter,
        document: &Document,
        y0: f32,
        y1: f32,
    ) -> std::ops::Range<usize> {
        let first = self.block_at_y(y0).saturating_sub(1);
        let mut last = first;
        while last < self.blocks.len() && self.top(last) <= y1 {
            self.ensure_laid_out(painter, document, last);
            last += 1;
        }
        let end = (last + 1).min(self.blocks.len());
        if last < end {
            self.ensure_laid_out(painter, document, last);
        }
        self.update_tops();
        first..end
    }

    /// Lays out one block if needed and marks it used this frame.
    pub fn ensure_laid_out(&mut self, painter: &Painter, document: &Document, index: usize) {
        let frame = self.frame;
        if let Some(entry) = self.laid.get_mut(&index) {
            entry.1 = frame;
            return;
        }
        let (Some(block), Some(style)) = (self.blocks.get(index).copied(), self.style.clone())
        else {
            return;
        };
        let text = document.slice(block.span).unwrap_or_default();
        let format = TextFormat {
            font_id: style.font.clone(),
            color: style.color,
            line_height: Some(style.line_height),
            ..Default::default()
        };
        let laid = TextBlock::new(painter, text, &format, self.width, block.rtl);
        let height = if block.span.is_empty() {
            self.gap(&block)
        } else {
            laid.size().y + self.gap(&block)
        };
        if let (Some(h), Some(m)) = (self.heights.get_mut(index), self.measured.get_mut(index)) {
            if !*m || (*h - height).abs() > 0.01 {
                *h = height;
                self.tops_dirty = true;
            }
            *m = true;
        }
        self.laid.insert(index, (laid, frame));
    }

    /// The laid-out block, if it is laid out.
    pub fn laid_out(&self, index: usize) -> Option<&TextBlock> {
        self.laid.get(&index).map(|(block, _)| block)
    }

    /// Drops galleys not shown recently, keeping at most a few hundred.
    pub fn evict(&mut self) {
        if self.laid.len() <= KEEP_LAID_OUT {
            return;
        }
        let frame = self.frame;
        self.laid
            .retain(|_, (_, used)| frame.saturating_sub(*used) <= 2);
    }

    /// How many blocks have a measured (not estimated) height.
    pub fn measured_count(&self) -> usize {
        self.measured.iter().filter(|m| **m).count()
    }
}

/// Cuts the document into blocks: one per paragraph, long paragraphs at spaces near
/// [`MAX_BLOCK_CHARS`].
fn split_blocks(document: &Document) -> Vec<Block> {
    let mut blocks = Vec::with_capacity(document.paragraphs().len());
    for paragraph in document.paragraphs() {
        let text = document.slice(*paragraph).unwrap_or_default();
        let rtl = super::text_block::is_rtl_paragraph(text);
        if paragraph.len() <= MAX_BLOCK_CHARS {
            blocks.push(Block {
                span: *paragraph,
                ends_paragraph: true,
                rtl,
            });
            continue;
        }
        let mut start = paragraph.start;
        let mut count = 0;
        let mut last_space = None;
        let mut last_sentence_end = None;
        let mut previous = ' ';
        for c in text.chars() {
            count += 1;
            if c == ' ' {
                last_space = Some(start + count);
                if matches!(previous, '.' | '!' | '?' | '"' | '”' | '»' | '。') {
                    last_sentence_end = Some(start + count);
                }
            }
            previous = c;
            if count >= MAX_BLOCK_CHARS {
                // A piece starts on a new line, so cut where a sentence ends if one does in
                // the second half, else at a space.
                let late = |at: &usize| *at > start + MAX_BLOCK_CHARS / 2;
                let cut = last_sentence_end
                    .filter(late)
                    .or(last_space.filter(late))
                    .unwrap_or(start + count);
                blocks.push(Block {
                    span: Span::new(start, cut),
                    ends_paragraph: false,
                    rtl,
                });
                count = start + count - cut;
                start = cut;
                last_space = last_space.filter(|&at| at > cut);
                last_sentence_end = last_sentence_end.filter(|&at| at > cut);
            }
        }
        blocks.push(Block {
            span: Span::new(start, paragraph.end),
            ends_paragraph: true,
            rtl,
        });
    }
    blocks
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn long_paragraphs_are_cut_at_spaces_and_cover_everything() {
        let long = "word ".repeat(1_500);
        let text = format!("short\n\n{long}end\nlast");
        let doc = Document::new(text, None, "utf-8");
        let blocks = split_blocks(&doc);
        assert!(blocks.len() >= 6, "{}", blocks.len());
        let mut at = 0;
        for (i, block) in blocks.iter().enumerate() {
            assert!(block.span.len() <= MAX_BLOCK_CHARS, "block {i}");
            assert!(
                block.span.start == at || block.span.start == at + 1,
                "contiguous at {i}"
            );
            at = block.span.end;
            if !block.ends_paragraph {
                let before = doc
                    .slice(Span::new(block.span.end - 1, block.span.end))
                    .unwrap();
                assert_eq!(before, " ", "cut after a space");
            }
        }
        assert_eq!(at, doc.char_len());
    }

    #[test]
    fn long_paragraphs_are_cut_where_a_sentence_ends() {
        let sentence = "Words of a sentence that goes on. ".repeat(100);
        let doc = Document::new(sentence, None, "utf-8");
        let blocks = split_blocks(&doc);
        assert!(blocks.len() >= 2);
        for block in blocks.iter().filter(|b| !b.ends_paragraph) {
            let before = doc
                .slice(Span::new(block.span.end - 2, block.span.end))
                .unwrap();
            assert_eq!(before, ". ", "cut after a sentence: {block:?}");
        }
    }
}
