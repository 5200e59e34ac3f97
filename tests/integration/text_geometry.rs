//! Character geometry of laid-out text, with real Arabic and Hebrew fonts: every character's
//! box holds the glyph of that character, so highlights never drift after right-to-left text
//! (egui 0.37 emits more glyphs than characters there: egui issue #8576).

use std::sync::Arc;

use claimmark::ui::text_block::{TextBlock, is_rtl};
use egui::epaint::text::{FontData, FontDefinitions, FontFamily};
use egui::text::TextFormat;
use egui::{FontId, vec2};

fn context_with_rtl_fonts() -> egui::Context {
    let ctx = egui::Context::default();
    let mut fonts = FontDefinitions::default();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/fonts/");
    for name in ["NotoSansArabic-Regular", "NotoSansHebrew-Regular"] {
        let bytes = std::fs::read(format!("{dir}{name}.ttf")).unwrap();
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_owned(bytes)));
        fonts
            .families
            .entry(FontFamily::Proportional)
            .or_default()
            .push(name.to_owned());
    }
    ctx.set_fonts(fonts);
    ctx
}

fn with_block(text: &str, width: f32, check: impl FnOnce(&TextBlock, &egui::Galley)) {
    let ctx = context_with_rtl_fonts();
    let mut check = Some(check);
    for _ in 0..2 {
        let mut output = ctx.run_ui(Default::default(), |ui| {
            let format = TextFormat {
                font_id: FontId::proportional(17.0),
                ..Default::default()
            };
            let block = TextBlock::new(ui.painter(), text, &format, width);
            if ui.ctx().cumulative_pass_nr() > 0
                && let Some(check) = check.take()
            {
                check(&block, block.galley());
            }
        });
        output.textures_delta.clear();
    }
    assert!(check.is_none(), "the check ran");
}

/// The glyph drawn at block position `x` on the row of `rect`.
fn glyph_char_at(galley: &egui::Galley, rect: egui::Rect) -> Option<char> {
    let center = rect.center();
    let placed = galley
        .rows
        .iter()
        .find(|r| r.min_y() <= center.y && center.y < r.max_y())?;
    placed
        .row
        .glyphs
        .iter()
        .find(|g| {
            let x0 = placed.pos.x + g.pos.x;
            x0 <= center.x && center.x < x0 + g.advance_width
        })
        .map(|g| g.chr)
}

#[test]
fn boxes_hold_their_own_glyph_after_rtl_text() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/unicode-green-bonds.txt"
    ))
    .unwrap();
    let paragraph = text
        .lines()
        .find(|l| l.starts_with("Residents"))
        .unwrap()
        .to_owned();
    let mixed = format!("{paragraph} Hebrew: שלום עולם, said 「市」 [3].");
    for width in [300.0, 730.0, 2000.0] {
        with_block(&mixed, width, |block, galley| {
            let chars: Vec<char> = mixed.chars().collect();
            assert_eq!(block.char_count(), chars.len());
            let glyphs: usize = galley.rows.iter().map(|r| r.row.glyphs.len()).sum();
            assert!(
                glyphs > chars.len(),
                "the egui bug this guards against is present"
            );
            for (i, c) in chars.iter().enumerate() {
                let rects = block.rects(i, i + 1);
                let Some(rect) = rects.first() else {
                    panic!("char {i} {c:?} has no box at width {width}");
                };
                if rect.width() < 0.5 || c.is_whitespace() {
                    continue;
                }
                assert_eq!(
                    block.char_at(rect.center().to_vec2()),
                    Some(i),
                    "char {i} {c:?}"
                );
                if !is_rtl(*c) && !is_zero_width_cluster_part(&chars, i) {
                    assert_eq!(
                        glyph_char_at(galley, *rect),
                        Some(*c),
                        "char {i} at width {width}"
                    );
                }
            }
            // A span after the Arabic covers exactly its own glyphs.
            let start = mixed.chars().position(|c| c == '「').unwrap();
            let rects = block.rects(start, start + 3);
            assert_eq!(rects.len(), 1);
            assert_eq!(
                glyph_char_at(
                    galley,
                    rects[0].shrink2(vec2(rects[0].width() / 2.0 - 1.0, 0.0))
                ),
                Some('市')
            );
        });
    }
}

/// Emoji modifiers and joiners are drawn inside their base character's glyph.
fn is_zero_width_cluster_part(chars: &[char], i: usize) -> bool {
    let c = chars[i];
    let previous = i.checked_sub(1).map(|p| chars[p]);
    matches!(u32::from(c), 0x1F3FB..=0x1F3FF | 0x200D | 0xFE0F | 0x1F1E6..=0x1F1FF)
        || previous == Some('\u{200D}')
}

#[test]
fn caret_positions_round_trip() {
    let text = "Left «هذا قرار» right שלום end";
    with_block(text, 2000.0, |block, _| {
        for i in 0..=block.char_count() {
            let caret = block.caret_rect(i);
            let back = block.cursor_at(caret.center().to_vec2());
            // At a change of direction two boundaries share one x; either is right.
            let same_place = (block.caret_rect(back).center() - caret.center()).length() < 0.5;
            assert!(back == i || same_place, "boundary {i} came back as {back}");
        }
    });
}
