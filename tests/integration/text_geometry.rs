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
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/fonts/");
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
            let block = TextBlock::new(
                ui.painter(),
                text,
                &format,
                width,
                claimmark::ui::text_block::is_rtl_paragraph(text),
            );
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

/// The glyph painted at the centre of `rect` (block coordinates), in whichever galley of the
/// block paints there.
fn glyph_char_at(block: &TextBlock, rect: egui::Rect) -> Option<char> {
    block.painted().into_iter().find_map(|(at, galley)| {
        let center = rect.center() - at;
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
    })
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
                        glyph_char_at(block, *rect),
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
                    block,
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

/// Mixed-direction paragraphs: Arabic and Hebrew with Latin, digits (European and
/// Arabic-Indic), brackets, quotes and citation markers, and an English paragraph quoting
/// Hebrew.
const MIXED: [&str; 5] = [
    "قال الوزير إن الصادرات ارتفعت 12% في عام 2024 (وفق «رويترز» [1]) لكن Microsoft تنفي ذلك.",
    "הממשלה אמרה כי 30% מהחשמל הגיע מרוח, לפי דוח “Energy Review 2025” [4].",
    "The minister said “שלום עולם” (peace) at 10:30, then left [2].",
    "ارتفعت الأسعار ٢٥٪ بعد الجفاف، حسب المكتب (٢٠٢٤).",
    "שלום (abc) עולם",
];

/// Every row of every paragraph shows its characters in the order `unicode-bidi` gives for
/// that row (UAX #9 L1–L2), right-to-left paragraphs are aligned right, and every character's
/// box centre hits that character — at three widths.
#[test]
fn rows_are_reordered_as_unicode_bidi_says() {
    use unicode_bidi::{Level, ParagraphBidiInfo};
    for text in MIXED {
        let rtl = claimmark::ui::text_block::is_rtl_paragraph(text);
        let chars: Vec<char> = text.chars().collect();
        let bytes: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        for width in [180.0, 320.0, 900.0] {
            with_block(text, width, |block, _| {
                let info = ParagraphBidiInfo::new(
                    text,
                    Some(if rtl { Level::rtl() } else { Level::ltr() }),
                );
                for row in 0..block.row_count() {
                    let on_row: Vec<usize> = (0..chars.len())
                        .filter(|&i| block.row_of(i) == Some(row))
                        .collect();
                    let (Some(&first), Some(&last)) = (on_row.first(), on_row.last()) else {
                        continue;
                    };
                    let center = |i: usize| block.rects(i, i + 1)[0].center().x;
                    let mut shown = on_row.clone();
                    shown.sort_by(|a, b| center(*a).total_cmp(&center(*b)));
                    let (levels, runs) = info.visual_runs(bytes[first]..bytes[last + 1]);
                    let mut expected = Vec::new();
                    for run in runs {
                        let from = bytes.partition_point(|&b| b < run.start);
                        let to = bytes.partition_point(|&b| b < run.end);
                        if levels[run.start].is_rtl() {
                            expected.extend((from..to).rev());
                        } else {
                            expected.extend(from..to);
                        }
                    }
                    // Spaces inside a reversed run sit between words either way round.
                    let words = |order: &[usize]| -> Vec<usize> {
                        order
                            .iter()
                            .copied()
                            .filter(|&i| !chars[i].is_whitespace())
                            .collect()
                    };
                    assert_eq!(
                        words(&shown),
                        words(&expected),
                        "row {row} of “{text}” at width {width}"
                    );
                    if rtl {
                        let right = on_row
                            .iter()
                            .map(|&i| block.rects(i, i + 1)[0].right())
                            .fold(0.0f32, f32::max);
                        assert!(
                            right > width - 2.0,
                            "RTL row {row} ends at {right}, not {width}"
                        );
                    }
                }
                for (i, c) in chars.iter().enumerate() {
                    let rect = block.rects(i, i + 1)[0];
                    if rect.width() < 0.5 || c.is_whitespace() {
                        continue;
                    }
                    assert_eq!(
                        block.char_at(rect.center().to_vec2()),
                        Some(i),
                        "char {i} {c:?} of “{text}” at width {width}"
                    );
                }
            });
        }
    }
}

/// A bracket at a right-to-left level is drawn mirrored, and a span crossing a change of
/// direction is drawn as several boxes.
#[test]
fn brackets_mirror_and_spans_split_at_direction_changes() {
    let text = MIXED[4];
    with_block(text, 900.0, |block, _| {
        let open = text.chars().position(|c| c == '(').unwrap();
        let rect = block.rects(open, open + 1)[0];
        assert_eq!(
            glyph_char_at(block, rect),
            Some(')'),
            "“(” is drawn as “)” in RTL"
        );
        // “שלום (abc” logically: its Hebrew word on the right, “abc” left of it.
        let rects = block.rects(0, open + 4);
        assert!(rects.len() >= 2, "{rects:?}");
    });
}
