//! A page's glyphs into lines: characters that follow each other on one baseline become a line,
//! with a space where the gap between them is a word gap; a character drawn twice in the same
//! place (fake bold) is kept once.

use super::glyphs::{Glyph, PageGlyphs};

/// A run of text on one baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Where it starts, along the text.
    pub x0: f64,
    /// Where it ends.
    pub x1: f64,
    /// Its baseline, down the page.
    pub y: f64,
    /// The size of its largest characters.
    pub size: f64,
    /// What it says.
    pub text: String,
}

/// A gap wider than this share of the font size between two characters is a word gap.
const WORD_GAP: f64 = 0.15;
/// A gap wider than this share of the font size splits a line in two (table cells, columns set
/// line by line across the page).
const PIECE_GAP: f64 = 1.2;
/// Baselines closer than this share of the font size are one line (superscripts included).
const SAME_BASELINE: f64 = 0.45;

/// The lines of a page, in the order the content draws them.
pub fn lines(page: &PageGlyphs) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let mut current: Option<Line> = None;
    let mut space_pending = false;
    let mut last: Option<&Glyph> = None;
    for glyph in &page.glyphs {
        if glyph.text.chars().all(char::is_whitespace) {
            space_pending = true;
            continue;
        }
        if let Some(line) = current.as_mut() {
            let size = line.size.max(glyph.size);
            let gap = glyph.x - line.x1;
            let same_baseline = (glyph.y - line.y).abs() < SAME_BASELINE * size;
            let duplicate = last.is_some_and(|l| {
                l.text == glyph.text
                    && (l.x - glyph.x).abs() < 0.1 * size
                    && (l.y - glyph.y).abs() < 0.1 * size
            });
            if duplicate {
                continue;
            }
            if same_baseline && gap > -0.5 * size && gap < PIECE_GAP * size {
                if (gap > WORD_GAP * size || space_pending) && !line.text.ends_with(' ') {
                    line.text.push(' ');
                }
                line.text.push_str(&glyph.text);
                line.x1 = line.x1.max(glyph.x + glyph.width);
                // A small-caps label or a superscript does not make the line small.
                line.size = line.size.max(glyph.size);
                space_pending = false;
                last = Some(glyph);
                continue;
            }
        }
        if let Some(done) = current.take() {
            lines.push(done);
        }
        current = Some(Line {
            x0: glyph.x,
            x1: glyph.x + glyph.width,
            y: glyph.y,
            size: glyph.size,
            text: glyph.text.clone(),
        });
        space_pending = false;
        last = Some(glyph);
    }
    lines.extend(current);
    for line in &mut lines {
        let trimmed = line.text.trim_end();
        if trimmed.len() != line.text.len() {
            line.text.truncate(trimmed.len());
        }
    }
    lines.retain(|l| !l.text.trim().is_empty());
    merge_pieces(lines)
}

/// Pieces drawn apart that sit side by side on one baseline with a word gap between them
/// become one line (a word set in italics in a separate text object).
fn merge_pieces(lines: Vec<Line>) -> Vec<Line> {
    let mut merged: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines {
        if let Some(previous) = merged.last_mut() {
            let size = previous.size.max(line.size);
            let gap = line.x0 - previous.x1;
            if (line.y - previous.y).abs() < SAME_BASELINE * size
                && gap > -0.5 * size
                && gap < PIECE_GAP * size
            {
                if gap > WORD_GAP * size {
                    previous.text.push(' ');
                }
                previous.text.push_str(&line.text);
                previous.x1 = previous.x1.max(line.x1);
                previous.size = size;
                continue;
            }
        }
        merged.push(line);
    }
    merged
}

#[cfg(test)]
pub(super) mod test {
    use super::*;

    /// Glyphs for `text` drawn from `x` on baseline `y` at `size`, each letter 0.5 em wide and
    /// spaces as gaps.
    pub fn typeset(text: &str, x: f64, y: f64, size: f64) -> Vec<Glyph> {
        let mut glyphs = Vec::new();
        let mut at = x;
        for c in text.chars() {
            if c != ' ' {
                glyphs.push(Glyph {
                    x: at,
                    y,
                    width: 0.5 * size,
                    size,
                    text: c.to_string(),
                });
            }
            at += 0.5 * size;
        }
        glyphs
    }

    fn page(glyphs: Vec<Glyph>) -> PageGlyphs {
        PageGlyphs {
            height: 792.0,
            glyphs,
            undecodable: 0,
        }
    }

    #[test]
    fn gaps_become_spaces_and_baselines_lines() {
        let mut glyphs = typeset("Unemployment fell to 4%", 72.0, 100.0, 10.0);
        glyphs.extend(typeset("last year.", 72.0, 112.0, 10.0));
        let lines = lines(&page(glyphs));
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["Unemployment fell to 4%", "last year."]);
    }

    #[test]
    fn a_character_drawn_twice_is_kept_once() {
        let mut glyphs = Vec::new();
        for g in typeset("Bold", 72.0, 100.0, 10.0) {
            let mut again = g.clone();
            again.x += 0.2;
            glyphs.push(g);
            glyphs.push(again);
        }
        assert_eq!(lines(&page(glyphs))[0].text, "Bold");
    }

    #[test]
    fn a_wide_gap_splits_the_line() {
        let mut glyphs = typeset("Left column", 72.0, 100.0, 10.0);
        glyphs.extend(typeset("Right column", 320.0, 100.0, 10.0));
        let texts: Vec<String> = lines(&page(glyphs)).into_iter().map(|l| l.text).collect();
        assert_eq!(texts, ["Left column", "Right column"]);
    }
}
