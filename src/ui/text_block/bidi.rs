//! Rows of right-to-left and mixed-direction text as their readers read them: the Unicode
//! Bidirectional Algorithm (UAX #9, the `unicode-bidi` crate) resolves each character's level
//! within the paragraph's direction, each row is reordered into visual runs (L1–L2), runs are
//! laid out piece by piece (right-to-left words shaped and joined by egui's shaper, neutral
//! characters mirrored), and an RTL paragraph's rows are aligned to the right. Every
//! character keeps a box of its own, so selection, highlights and hit-testing follow the
//! glyphs; offsets stay logical.

use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{Galley, Painter, Vec2, vec2};
use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo};

use super::CharBox;

/// True when `c` makes a paragraph need the bidirectional algorithm: right-to-left letters,
/// Arabic numbers, or explicit direction controls.
pub fn needs_bidi(c: char) -> bool {
    // Below Hebrew nothing is right-to-left, Arabic-number or an explicit direction mark:
    // most text answers without a table lookup.
    if (c as u32) < 0x0590 {
        return false;
    }
    matches!(
        unicode_bidi::bidi_class(c),
        BidiClass::R
            | BidiClass::AL
            | BidiClass::AN
            | BidiClass::RLE
            | BidiClass::RLO
            | BidiClass::RLI
            | BidiClass::LRE
            | BidiClass::LRO
            | BidiClass::LRI
            | BidiClass::FSI
            | BidiClass::PDF
            | BidiClass::PDI
    )
}

/// True when the paragraph `text` reads right to left: its first strong character is
/// right-to-left (UAX #9 P2–P3).
pub fn is_rtl_paragraph(text: &str) -> bool {
    unicode_bidi::get_base_direction(text) == unicode_bidi::Direction::Rtl
}

/// Characters of the right-to-left script blocks (drawn by a right-to-left font).
fn shaped_right_to_left(c: char) -> bool {
    super::is_rtl(c)
}

/// True when egui's shaper lays `chars` out right to left: it takes the direction of the first
/// character that belongs to a script of its own (not punctuation, digits or marks).
fn shaper_reverses(chars: &[char]) -> bool {
    use unicode_script::{Script, UnicodeScript};
    chars
        .iter()
        .map(|c| c.script())
        .find(|s| !matches!(s, Script::Common | Script::Inherited | Script::Unknown))
        .is_some_and(|s| {
            matches!(
                s,
                Script::Arabic
                    | Script::Hebrew
                    | Script::Syriac
                    | Script::Thaana
                    | Script::Nko
                    | Script::Samaritan
                    | Script::Mandaic
                    | Script::Adlam
                    | Script::Hanifi_Rohingya
            )
        })
}

/// The laid-out rows: a box per character and the pieces to paint.
pub(super) struct Visual {
    /// Per character, in logical order.
    pub(super) boxes: Vec<CharBox>,
    /// Galleys to paint, each at its offset in the block.
    pub(super) pieces: Vec<(Vec2, Arc<Galley>)>,
}

fn lay_out_piece(painter: &Painter, text: String, format: &TextFormat) -> Arc<Galley> {
    let mut job = LayoutJob::single_section(text, format.clone());
    job.wrap.max_width = f32::INFINITY;
    painter.layout_job(job)
}

/// (x0, x1) of each glyph of a one-row galley, left to right.
fn glyph_spans(galley: &Galley) -> Vec<(f32, f32)> {
    galley
        .rows
        .iter()
        .flat_map(|placed| {
            placed.row.glyphs.iter().map(move |g| {
                let x0 = placed.pos.x + g.pos.x;
                (x0, x0 + g.advance_width)
            })
        })
        .collect()
}

fn baseline(galley: &Galley) -> f32 {
    galley
        .rows
        .first()
        .and_then(|placed| placed.row.glyphs.first().map(|g| placed.pos.y + g.pos.y))
        .unwrap_or(0.0)
}

/// The logical layout a block's rows come from.
pub(super) struct Logical<'a> {
    /// Laid out left to right in logical order: where rows break, their heights.
    pub(super) galley: &'a Galley,
    /// First char of each row.
    pub(super) rows: &'a [usize],
    /// Boxes of the logical layout (kept for chars no row shows).
    pub(super) boxes: &'a [CharBox],
}

/// A galley, the logical chars its glyphs show (left to right), and whether they read right to
/// left.
type Part = (Arc<Galley>, Vec<usize>, bool);

/// Lays `text` (one paragraph or a piece of one) out row by row in visual order; `width` is
/// the column width (right-to-left paragraphs align to its right edge).
pub(super) fn lay_out(
    painter: &Painter,
    text: &str,
    format: &TextFormat,
    (rtl_paragraph, width): (bool, f32),
    logical: &Logical<'_>,
) -> Visual {
    let Logical {
        galley: logical,
        rows,
        boxes: fallback,
    } = *logical;
    let char_count = text.chars().count();
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let chars: Vec<char> = text.chars().collect();
    let char_of_byte = |byte: usize| bytes.partition_point(|&b| b < byte);
    let level = if rtl_paragraph {
        Level::rtl()
    } else {
        Level::ltr()
    };
    let info = ParagraphBidiInfo::new(text, Some(level));
    let mut boxes: Vec<CharBox> = fallback.to_vec();
    boxes.resize(
        char_count,
        CharBox {
            row: 0,
            x0: 0.0,
            x1: 0.0,
            rtl: false,
        },
    );
    let mut pieces = Vec::new();
    for (row, placed) in logical.rows.iter().enumerate() {
        let start = rows.get(row).copied().unwrap_or(char_count);
        let end = rows.get(row + 1).copied().unwrap_or(char_count).max(start);
        if start >= end {
            continue;
        }
        let (Some(&from), Some(&to)) = (bytes.get(start), bytes.get(end)) else {
            continue;
        };
        let (levels, runs) = info.visual_runs(from..to);
        // Each galley with the logical chars its glyphs show, left to right.
        let mut parts: Vec<Part> = Vec::new();
        for run in runs {
            let rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
            let (a, b) = (char_of_byte(run.start), char_of_byte(run.end));
            // Pieces of right-to-left script and pieces of anything else: egui shapes each
            // font's run on its own, in logical order, so they must not share a galley.
            for piece in shaping_pieces(&chars, a..b, rtl) {
                let piece_chars = chars.get(piece.clone()).unwrap_or_default();
                if rtl {
                    let order: Vec<usize> = piece.clone().rev().collect();
                    let text: String = if shaper_reverses(piece_chars) {
                        // The shaper orders (and joins) it right to left itself.
                        piece_chars.iter().collect()
                    } else {
                        // Neutrals at a right-to-left level: reversed and mirrored here.
                        piece_chars
                            .iter()
                            .rev()
                            .map(|c| unicode_bidi_mirroring::get_mirrored(*c).unwrap_or(*c))
                            .collect()
                    };
                    parts.push((lay_out_piece(painter, text, format), order, true));
                } else if piece_chars.iter().any(|c| shaped_right_to_left(*c)) {
                    // Left to right but of a right-to-left script (Arabic-Indic digits): the
                    // shaper would turn them around, so one character at a time.
                    for (i, c) in piece_chars.iter().enumerate() {
                        parts.push((
                            lay_out_piece(painter, c.to_string(), format),
                            vec![piece.start + i],
                            false,
                        ));
                    }
                } else {
                    let text: String = piece_chars.iter().collect();
                    parts.push((lay_out_piece(painter, text, format), piece.collect(), false));
                }
            }
        }
        let row_baseline = placed.pos.y
            + placed
                .row
                .glyphs
                .first()
                .map_or(placed.row.size.y * 0.8, |g| g.pos.y);
        let row_width: f32 = parts.iter().map(|(g, _, _)| g.size().x).sum();
        let mut x = if rtl_paragraph {
            (width - row_width).max(0.0)
        } else {
            0.0
        };
        for (galley, order, rtl) in parts {
            let glyphs = glyph_spans(&galley);
            let piece_width = galley.size().x;
            if glyphs.len() == order.len() {
                for (&(x0, x1), &c) in glyphs.iter().zip(&order) {
                    if let Some(b) = boxes.get_mut(c) {
                        *b = CharBox {
                            row,
                            x0: x + x0,
                            x1: x + x1,
                            rtl,
                        };
                    }
                }
            } else {
                // Glyphs and chars do not match one to one (ligatures, marks): the chars
                // share the piece evenly, in the order they are shown.
                let n = order.len().max(1) as f32;
                for (i, &c) in order.iter().enumerate() {
                    if let Some(b) = boxes.get_mut(c) {
                        *b = CharBox {
                            row,
                            x0: x + i as f32 * piece_width / n,
                            x1: x + (i + 1) as f32 * piece_width / n,
                            rtl,
                        };
                    }
                }
            }
            let y = row_baseline - baseline(&galley);
            pieces.push((vec2(x, y), galley));
            x += piece_width;
        }
    }
    Visual { boxes, pieces }
}

/// The chars `run` of one visual run cut into pieces that are all right-to-left script or
/// all not, left to right on screen (a right-to-left run's pieces last to first).
fn shaping_pieces(
    chars: &[char],
    run: std::ops::Range<usize>,
    rtl: bool,
) -> Vec<std::ops::Range<usize>> {
    let mut pieces: Vec<std::ops::Range<usize>> = Vec::new();
    for i in run {
        let script = chars.get(i).is_some_and(|c| shaped_right_to_left(*c));
        match pieces.last_mut() {
            Some(piece)
                if chars
                    .get(piece.start)
                    .is_some_and(|c| shaped_right_to_left(*c) == script) =>
            {
                piece.end = i + 1;
            }
            _ => pieces.push(i..i + 1),
        }
    }
    if rtl {
        pieces.reverse();
    }
    pieces
}

/// `text` rearranged so that a left-to-right label shows it in reading order: right-to-left
/// runs put their words last to first (each word stays in logical order, which the shaper
/// turns around itself) and their brackets mirrored. For one-line labels (lists, forms).
pub fn display_order(text: &str) -> String {
    display_order_in(text, None)
}

/// [`display_order`] in a paragraph of the given direction (`Some(true)`: right to left, as
/// an Arabic interface's labels are) instead of the one its first strong character gives.
pub fn display_order_in(text: &str, right_to_left: Option<bool>) -> String {
    if !text.chars().any(needs_bidi) {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let char_of_byte = |byte: usize| bytes.partition_point(|&b| b < byte);
    let base = right_to_left.map(|rtl| if rtl { Level::rtl() } else { Level::ltr() });
    let info = ParagraphBidiInfo::new(text, base);
    let (levels, runs) = info.visual_runs(0..text.len());
    let mut out = String::with_capacity(text.len());
    for run in runs {
        let rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
        let (a, b) = (char_of_byte(run.start), char_of_byte(run.end));
        for piece in shaping_pieces(&chars, a..b, rtl) {
            let piece_chars = chars.get(piece).unwrap_or_default();
            if rtl && !shaper_reverses(piece_chars) {
                out.extend(
                    piece_chars
                        .iter()
                        .rev()
                        .map(|c| unicode_bidi_mirroring::get_mirrored(*c).unwrap_or(*c)),
                );
            } else {
                out.extend(piece_chars.iter());
            }
        }
    }
    out
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn labels_show_right_to_left_words_last_to_first() {
        assert_eq!(display_order("plain text (1)"), "plain text (1)");
        // An Arabic label: words last to first, each word as written (the shaper turns it).
        assert_eq!(display_order("خلال عام 2024"), "2024 عام خلال");
        // A bracket at a right-to-left level is mirrored.
        assert_eq!(display_order("عام (2024)"), "(2024) عام");
    }
}
