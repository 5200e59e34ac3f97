//! The glyphs a PDF's content draws on a page, as `pdf-extract` hands them over, turned into
//! positioned characters in the page's reading frame: x grows along the text, y grows down the
//! page, both in points.

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

/// One drawn character (or a few, for a ligature glyph).
#[derive(Clone, Debug, PartialEq)]
pub struct Glyph {
    /// Where its baseline starts, along the text.
    pub x: f64,
    /// Its baseline, down from the top of the page.
    pub y: f64,
    /// How far it advances along the text.
    pub width: f64,
    /// The size it is drawn at.
    pub size: f64,
    /// What it says (ligatures already spelled out).
    pub text: String,
}

/// The glyphs of one page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageGlyphs {
    /// Height of the page, in points.
    pub height: f64,
    /// Its glyphs in the order the content draws them, only those written in the page's main
    /// direction (a rotated stamp in the margin is left out).
    pub glyphs: Vec<Glyph>,
    /// Glyphs drawn whose font does not say which character they are.
    pub undecodable: usize,
}

/// A glyph as drawn, before the page's main direction is known.
struct Drawn {
    /// Unit vector of the text's direction.
    direction: (f64, f64),
    origin: (f64, f64),
    width: f64,
    size: f64,
    text: String,
}

/// Collects a page's glyphs through `pdf-extract`'s output device.
#[derive(Default)]
pub struct Collector {
    media_box: Option<(f64, f64, f64, f64)>,
    drawn: Vec<Drawn>,
    /// The pages collected so far.
    pub pages: Vec<PageGlyphs>,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.media_box = Some((media_box.llx, media_box.lly, media_box.urx, media_box.ury));
        self.drawn.clear();
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        let page = self.finish_page();
        self.pages.push(page);
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        // The text space's x axis on the page, scaled by the font size.
        let (ax, ay) = (trm.m11 * font_size, trm.m12 * font_size);
        let (bx, by) = (trm.m21 * font_size, trm.m22 * font_size);
        let along = ax.hypot(ay);
        let up = bx.hypot(by);
        if !(along.is_finite() && up.is_finite()) || along <= 0.0 || up <= 0.0 {
            return Ok(());
        }
        self.drawn.push(Drawn {
            direction: (ax / along, ay / along),
            origin: (trm.m31, trm.m32),
            width: width * along,
            size: up,
            text: spell_out(char),
        });
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

impl Collector {
    /// The page's glyphs in its main direction (the one most of its characters are written
    /// in: a page turned sideways reads along its long edge).
    fn finish_page(&mut self) -> PageGlyphs {
        let (llx, lly, urx, ury) = self.media_box.unwrap_or((0.0, 0.0, 612.0, 792.0));
        let drawn = std::mem::take(&mut self.drawn);
        let quadrant = |d: (f64, f64)| -> u8 {
            if d.0.abs() >= d.1.abs() {
                if d.0 >= 0.0 { 0 } else { 2 }
            } else if d.1 >= 0.0 {
                1
            } else {
                3
            }
        };
        let mut counts = [0usize; 4];
        for d in &drawn {
            if let Some(count) = counts.get_mut(usize::from(quadrant(d.direction))) {
                *count += d.text.chars().count();
            }
        }
        let main = (0..4u8)
            .max_by_key(|q| (counts.get(usize::from(*q)).copied(), u8::MAX - q))
            .unwrap_or(0);
        // The page in that direction: its height, and (along, down) of a point.
        let height = if main % 2 == 0 {
            (ury - lly).abs()
        } else {
            (urx - llx).abs()
        };
        let frame = |x: f64, y: f64| -> (f64, f64) {
            match main {
                0 => (x - llx, ury - y),
                1 => (y - lly, x - llx),
                2 => (urx - x, y - lly),
                _ => (ury - y, urx - x),
            }
        };
        let undecodable = drawn.iter().filter(|d| d.text.is_empty()).count();
        let glyphs = drawn
            .into_iter()
            .filter(|d| quadrant(d.direction) == main)
            .map(|d| {
                let (x, y) = frame(d.origin.0, d.origin.1);
                Glyph {
                    x,
                    y,
                    width: d.width,
                    size: d.size,
                    text: d.text,
                }
            })
            .collect();
        PageGlyphs {
            height,
            glyphs,
            undecodable,
        }
    }
}

/// A glyph's text with typographic ligatures spelled out ("ﬁ" → "fi"), so words are found by
/// search and match what a checker types.
fn spell_out(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            // Control characters and byte-order marks are no text (and would move offsets).
            c if c.is_control() || c == '\u{FEFF}' => {}
            // Symbol and Wingdings fonts map their glyphs into the private use area.
            '\u{F0B7}' | '\u{F06C}' | '\u{F09F}' => out.push('•'),
            '\u{F0A7}' | '\u{F06E}' => out.push('▪'),
            '\u{F0D8}' | '\u{F0E0}' | '\u{F0E8}' => out.push('→'),
            '\u{F0FC}' => out.push('✓'),
            '\u{F02D}' => out.push('-'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn ligatures_are_spelled_out() {
        assert_eq!(
            spell_out("\u{FB01}nal \u{FB00}ect \u{FB04}"),
            "final ffect ffl"
        );
        assert_eq!(spell_out("caf\u{E9}"), "caf\u{E9}");
        assert_eq!(spell_out("\u{F0B7} item"), "• item");
        assert_eq!(spell_out("a\r\nb\u{FEFF}\0c"), "abc");
    }
}
