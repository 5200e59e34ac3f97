//! One laid-out block of article text (a paragraph or a piece of one) and the exact mapping
//! between its characters and screen positions.
//!
//! egui 0.37 lays text out left to right and assumes one glyph per character, which its shaper
//! breaks for right-to-left text (egui issue #8576). So a block is first laid out logically,
//! which decides where its rows break; a block with right-to-left or mixed-direction text is
//! then laid out again row by row in visual order (`bidi.rs`), every character getting a box
//! of its own; other blocks use the glyphs directly. Offsets here are chars local to the block.

mod bidi;

use std::sync::Arc;

pub use bidi::{display_order, display_order_in, is_rtl_paragraph, needs_bidi};

use egui::text::{ByteIndex, LayoutJob, LayoutSection, TextFormat};
use egui::{Galley, Painter, Rect, Vec2, pos2};

/// Where one character is drawn: its row and horizontal extent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct CharBox {
    row: usize,
    x0: f32,
    x1: f32,
    rtl: bool,
}

/// A laid-out block of text with its character geometry.
pub struct TextBlock {
    galley: Arc<Galley>,
    char_count: usize,
    /// First char of each row.
    row_starts: Vec<usize>,
    /// Per-char boxes, only for blocks where glyphs and chars do not line up one to one.
    boxes: Option<Vec<CharBox>>,
    /// The galleys painted instead of `galley` when rows are reordered (right-to-left text).
    pieces: Option<Vec<(Vec2, Arc<Galley>)>>,
    /// The block's paragraph reads right to left.
    rtl_paragraph: bool,
}

/// True for characters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …).
pub fn is_rtl(c: char) -> bool {
    matches!(u32::from(c),
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// Splits text into runs that are either right-to-left words or everything else, as
/// `(byte range, is_rtl)`.
fn direction_runs(text: &str) -> Vec<(std::ops::Range<usize>, bool)> {
    let mut runs: Vec<(std::ops::Range<usize>, bool)> = Vec::new();
    for (byte, c) in text.char_indices() {
        let end = byte + c.len_utf8();
        let rtl = is_rtl(c);
        match runs.last_mut() {
            Some((range, run_rtl)) if *run_rtl == rtl => range.end = end,
            _ => runs.push((byte..end, rtl)),
        }
    }
    runs
}

impl TextBlock {
    /// Lays out `text` wrapped at `width`; `rtl_paragraph`: its paragraph reads right to left
    /// (its rows are then aligned to the right).
    pub fn new(
        painter: &Painter,
        text: &str,
        format: &TextFormat,
        width: f32,
        rtl_paragraph: bool,
    ) -> Self {
        let has_rtl = text.chars().any(is_rtl);
        let reorder = rtl_paragraph || text.chars().any(needs_bidi);
        let mut job = LayoutJob {
            text: text.to_owned(),
            ..Default::default()
        };
        job.wrap.max_width = width;
        let runs = if has_rtl {
            direction_runs(text)
        } else {
            vec![(0..text.len(), false)]
        };
        for (range, _) in &runs {
            job.sections.push(LayoutSection {
                leading_space: 0.0,
                byte_range: ByteIndex(range.start)..ByteIndex(range.end),
                format: format.clone(),
            });
        }
        let galley = painter.layout_job(job);
        let char_count = text.chars().count();
        let glyph_count: usize = galley.rows.iter().map(|r| r.row.glyphs.len()).sum();
        let boxes =
            (has_rtl || glyph_count != char_count).then(|| char_boxes(&galley, text, &runs));
        let row_starts = match &boxes {
            Some(boxes) => {
                let mut starts = vec![0; galley.rows.len()];
                for (i, b) in boxes.iter().enumerate().rev() {
                    if let Some(start) = starts.get_mut(b.row) {
                        *start = i;
                    }
                }
                // Rows with no char of their own start where the next row does.
                for r in (0..starts.len().saturating_sub(1)).rev() {
                    if starts.get(r) > starts.get(r + 1) {
                        let next = starts.get(r + 1).copied().unwrap_or(char_count);
                        if let Some(s) = starts.get_mut(r) {
                            *s = next;
                        }
                    }
                }
                starts
            }
            None => {
                let mut starts = Vec::with_capacity(galley.rows.len());
                let mut at = 0;
                for row in &galley.rows {
                    starts.push(at);
                    at += row.row.glyphs.len() + usize::from(row.ends_with_newline);
                }
                starts
            }
        };
        let (boxes, pieces) = if reorder {
            let logical = boxes.unwrap_or_default();
            let visual = bidi::lay_out(
                painter,
                text,
                format,
                (rtl_paragraph, width),
                &bidi::Logical {
                    galley: &galley,
                    rows: &row_starts,
                    boxes: &logical,
                },
            );
            (Some(visual.boxes), Some(visual.pieces))
        } else {
            (boxes, None)
        };
        Self {
            galley,
            char_count,
            row_starts,
            boxes,
            pieces,
            rtl_paragraph,
        }
    }

    /// The galley of the logical layout (rows and their heights).
    pub fn galley(&self) -> &Arc<Galley> {
        &self.galley
    }

    /// What is painted: galleys with their offsets in the block, in visual order.
    pub fn painted(&self) -> Vec<(Vec2, &Arc<Galley>)> {
        match &self.pieces {
            Some(pieces) => pieces.iter().map(|(at, g)| (*at, g)).collect(),
            None => vec![(Vec2::ZERO, &self.galley)],
        }
    }

    /// Paints the text with its top-left corner at `origin`.
    /// Only rows that reach into the painter's clip rectangle are painted (a block can be
    /// much taller than the part of it in view).
    pub fn paint(&self, painter: &Painter, origin: egui::Pos2, color: egui::Color32) {
        let clip = painter.clip_rect();
        for (at, galley) in self.painted() {
            let top_left = origin + at;
            let in_view = |row: &egui::epaint::text::PlacedRow| {
                let rect = row.rect().translate(top_left.to_vec2());
                rect.max.y >= clip.min.y && rect.min.y <= clip.max.y
            };
            if galley.rows.iter().all(in_view) {
                painter.galley(top_left, galley.clone(), color);
                continue;
            }
            let mut culled = (**galley).clone();
            culled.rows.retain(in_view);
            culled.num_vertices = culled
                .rows
                .iter()
                .map(|r| r.visuals.mesh.vertices.len())
                .sum();
            culled.num_indices = culled
                .rows
                .iter()
                .map(|r| r.visuals.mesh.indices.len())
                .sum();
            if !culled.rows.is_empty() {
                painter.galley(top_left, Arc::new(culled), color);
            }
        }
    }

    /// The row local char `local` is drawn on.
    pub fn row_of(&self, local: usize) -> Option<usize> {
        self.char_box(local).map(|b| b.row)
    }

    /// Number of rows.
    pub fn row_count(&self) -> usize {
        self.galley.rows.len()
    }

    /// True when the block's paragraph reads right to left.
    pub fn is_rtl_paragraph(&self) -> bool {
        self.rtl_paragraph
    }

    /// Size of the laid-out text.
    pub fn size(&self) -> Vec2 {
        self.galley.size()
    }

    /// Number of chars in the block.
    pub fn char_count(&self) -> usize {
        self.char_count
    }

    fn row_of_char(&self, local: usize) -> usize {
        self.row_starts
            .partition_point(|&start| start <= local)
            .saturating_sub(1)
    }

    fn char_box(&self, local: usize) -> Option<CharBox> {
        if let Some(boxes) = &self.boxes {
            return boxes.get(local).copied();
        }
        let row = self.row_of_char(local);
        let placed = self.galley.rows.get(row)?;
        let column = local - self.row_starts.get(row)?;
        let glyph = placed.row.glyphs.get(column)?;
        Some(CharBox {
            row,
            x0: placed.pos.x + glyph.pos.x,
            x1: placed.pos.x + glyph.pos.x + glyph.advance_width,
            rtl: false,
        })
    }

    fn row_rect(&self, row: usize, x0: f32, x1: f32) -> Option<Rect> {
        let placed = self.galley.rows.get(row)?;
        Some(Rect::from_min_max(
            pos2(x0.min(x1), placed.min_y()),
            pos2(x0.max(x1), placed.max_y()),
        ))
    }

    /// Rectangles (block coordinates) covering local chars `start..end`, merged per row.
    pub fn rects(&self, start: usize, end: usize) -> Vec<Rect> {
        let end = end.min(self.char_count);
        if self.boxes.is_none() {
            return self.direct_rects(start, end);
        }
        let mut rects: Vec<(usize, f32, f32)> = Vec::new();
        for local in start..end {
            let Some(b) = self.char_box(local) else {
                continue;
            };
            let (x0, x1) = (b.x0.min(b.x1), b.x0.max(b.x1));
            match rects.last_mut() {
                Some((row, a, z)) if *row == b.row && x0 <= *z + 2.0 && x1 >= *a - 2.0 => {
                    *a = a.min(x0);
                    *z = z.max(x1);
                }
                _ => rects.push((b.row, x0, x1)),
            }
        }
        rects
            .into_iter()
            .filter_map(|(row, x0, x1)| self.row_rect(row, x0, x1))
            .collect()
    }

    /// Rectangles from glyph positions, for blocks with one glyph per char: from the start of
    /// the first char to the start of the char after the last, so neighbours always touch.
    fn direct_rects(&self, start: usize, end: usize) -> Vec<Rect> {
        let mut rects = Vec::new();
        if start >= end {
            return rects;
        }
        let first_row = self.row_of_char(start);
        let rows = self.galley.rows.iter().enumerate().skip(first_row);
        for (row, placed) in rows {
            let chars = self.row_chars(row);
            if chars.start >= end {
                break;
            }
            let count = placed.row.glyphs.len();
            let a = start.max(chars.start);
            let b = end.min(chars.start + count);
            if a < b {
                let x0 = placed.pos.x + placed.row.x_offset((a - chars.start).into());
                let x1 = placed.pos.x + placed.row.x_offset((b - chars.start).into());
                if let Some(rect) = self.row_rect(row, x0, x1) {
                    rects.push(rect);
                }
            }
        }
        rects
    }

    fn row_at_y(&self, y: f32) -> Option<usize> {
        let rows = &self.galley.rows;
        if rows.is_empty() {
            return None;
        }
        let index = rows.partition_point(|r| r.max_y() <= y);
        Some(index.min(rows.len() - 1))
    }

    fn row_chars(&self, row: usize) -> std::ops::Range<usize> {
        let start = self.row_starts.get(row).copied().unwrap_or(self.char_count);
        let end = self
            .row_starts
            .get(row + 1)
            .copied()
            .unwrap_or(self.char_count);
        start..end.max(start)
    }

    /// The char drawn at block position `pos`, if any.
    pub fn char_at(&self, pos: Vec2) -> Option<usize> {
        let row = self.row_at_y(pos.y)?;
        let placed = self.galley.rows.get(row)?;
        if pos.y < placed.min_y() || pos.y >= placed.max_y() {
            return None;
        }
        self.row_chars(row).find(|&local| {
            self.char_box(local).is_some_and(|b| {
                let (x0, x1) = (b.x0.min(b.x1), b.x0.max(b.x1).max(b.x0.min(b.x1) + 0.5));
                pos.x >= x0 && pos.x < x1
            })
        })
    }

    /// The caret position (char boundary, local) nearest to block position `pos`.
    pub fn cursor_at(&self, pos: Vec2) -> usize {
        let Some(row) = self.row_at_y(pos.y) else {
            return 0;
        };
        if self.galley.rows.get(row).is_some_and(|r| pos.y > r.max_y()) {
            return self.char_count;
        }
        let chars = self.row_chars(row);
        let mut best = (f32::INFINITY, chars.start);
        for local in chars.clone() {
            let Some(b) = self.char_box(local) else {
                continue;
            };
            // The boundary before a char is at its leading edge: left for LTR, right for RTL.
            let (before, after) = if b.rtl { (b.x1, b.x0) } else { (b.x0, b.x1) };
            for (x, boundary) in [(before, local), (after, local + 1)] {
                let distance = (pos.x - x).abs();
                if distance < best.0 {
                    best = (distance, boundary);
                }
            }
        }
        // Never put the caret after a row's wrapping space: that is the next row's start.
        let last_row = row + 1 >= self.row_starts.len();
        if !last_row && best.1 == chars.end && chars.end > chars.start {
            return chars.end - 1;
        }
        best.1
    }

    /// The caret rectangle for the boundary before local char `local` (or after the last).
    pub fn caret_rect(&self, local: usize) -> Rect {
        let (row, x) = match self.char_box(local) {
            Some(b) => (b.row, if b.rtl { b.x1 } else { b.x0 }),
            None => match local.checked_sub(1).and_then(|l| self.char_box(l)) {
                Some(b) => (b.row, if b.rtl { b.x0 } else { b.x1 }),
                None => (0, 0.0),
            },
        };
        self.row_rect(row, x, x)
            .unwrap_or(Rect::from_min_max(pos2(0.0, 0.0), pos2(0.0, self.size().y)))
    }
}

/// Boxes for every char of a block whose glyphs cannot be trusted one per char.
fn char_boxes(
    galley: &Galley,
    text: &str,
    runs: &[(std::ops::Range<usize>, bool)],
) -> Vec<CharBox> {
    // All glyphs in layout order, with their row. Sections are laid out one after another,
    // so each section's glyphs follow the previous one's: a left-to-right section has one
    // glyph per char; a right-to-left word has any number, all carrying right-to-left chars.
    let glyphs: Vec<(usize, f32, f32, char)> = galley
        .rows
        .iter()
        .enumerate()
        .flat_map(|(row, placed)| {
            placed.row.glyphs.iter().map(move |g| {
                let x0 = placed.pos.x + g.pos.x;
                (row, x0, x0 + g.advance_width, g.chr)
            })
        })
        .collect();
    let mut next = 0;
    let mut by_section: Vec<Vec<(usize, f32, f32)>> = Vec::with_capacity(runs.len());
    for (range, rtl) in runs {
        let chars = text.get(range.clone()).unwrap_or_default().chars().count();
        let take = if *rtl {
            glyphs
                .iter()
                .skip(next)
                .take_while(|g| is_rtl(g.3))
                .count()
                .max(1)
        } else {
            chars
        };
        let section = glyphs
            .get(next..(next + take).min(glyphs.len()))
            .unwrap_or_default()
            .iter()
            .map(|&(row, x0, x1, _)| (row, x0, x1))
            .collect();
        by_section.push(section);
        next += take;
    }
    let mut boxes = Vec::with_capacity(text.len());
    for ((range, rtl), glyphs) in runs.iter().zip(&by_section) {
        let chars: Vec<char> = text
            .get(range.clone())
            .unwrap_or_default()
            .chars()
            .collect();
        if !rtl && glyphs.len() == chars.len() {
            boxes.extend(glyphs.iter().map(|&(row, x0, x1)| CharBox {
                row,
                x0,
                x1,
                rtl: false,
            }));
            continue;
        }
        // The run's extent on the row holding most of its glyphs; chars spread evenly
        // across it, right to left for right-to-left runs.
        let row = most_common_row(glyphs);
        let on_row = glyphs.iter().filter(|g| g.0 == row);
        let x0 = on_row.clone().map(|g| g.1).fold(f32::INFINITY, f32::min);
        let x1 = on_row.map(|g| g.2).fold(f32::NEG_INFINITY, f32::max);
        let (x0, x1) = if x0.is_finite() && x1.is_finite() {
            (x0, x1)
        } else {
            (0.0, 0.0)
        };
        let n = chars.len().max(1) as f32;
        let width = x1 - x0;
        for i in 0..chars.len() {
            let (a, b) = (i as f32 * width / n, (i + 1) as f32 * width / n);
            boxes.push(if *rtl {
                CharBox {
                    row,
                    x0: x1 - b,
                    x1: x1 - a,
                    rtl: true,
                }
            } else {
                CharBox {
                    row,
                    x0: x0 + a,
                    x1: x0 + b,
                    rtl: false,
                }
            });
        }
    }
    boxes
}

fn most_common_row(glyphs: &[(usize, f32, f32)]) -> usize {
    let mut best = (0, 0);
    let mut i = 0;
    while let Some(&(row, _, _)) = glyphs.get(i) {
        let count = glyphs.iter().skip(i).take_while(|g| g.0 == row).count();
        if count > best.1 {
            best = (row, count);
        }
        i += count.max(1);
    }
    best.0
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn runs_split_by_direction() {
        let text = "read «هذا قرار» now";
        let runs = direction_runs(text);
        let pieces: Vec<(&str, bool)> = runs
            .iter()
            .map(|(r, rtl)| (&text[r.clone()], *rtl))
            .collect();
        assert_eq!(
            pieces,
            vec![
                ("read «", false),
                ("هذا", true),
                (" ", false),
                ("قرار", true),
                ("» now", false)
            ]
        );
        assert!(is_rtl('ש') && is_rtl('ه') && !is_rtl('a') && !is_rtl('李'));
    }
}
