//! Fonts: the ones claimmark bundles for scripts many systems lack (Arabic, Hebrew,
//! Devanagari, Bengali, Thai; `assets/fonts/`, SIL Open Font License), and, for characters no
//! installed font can show, which font to install.

use std::collections::BTreeMap;
use std::sync::Arc;

use egui::FontId;
use egui::epaint::text::{FontData, FontDefinitions, FontFamily};
use unicode_script::{Script, UnicodeScript};

/// The bundled fonts, by name.
const BUNDLED: [(&str, &[u8]); 5] = [
    (
        "NotoSansArabic-Regular",
        include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf"),
    ),
    (
        "NotoSansHebrew-Regular",
        include_bytes!("../../assets/fonts/NotoSansHebrew-Regular.ttf"),
    ),
    (
        "NotoSansDevanagari-Regular",
        include_bytes!("../../assets/fonts/NotoSansDevanagari-Regular.ttf"),
    ),
    (
        "NotoSansBengali-Regular",
        include_bytes!("../../assets/fonts/NotoSansBengali-Regular.ttf"),
    ),
    (
        "NotoSansThai-Regular",
        include_bytes!("../../assets/fonts/NotoSansThai-Regular.ttf"),
    ),
];

/// egui's fonts followed by the bundled ones (the system's fonts still come after both).
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    for (name, bytes) in BUNDLED {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            fonts
                .families
                .entry(family)
                .or_default()
                .push(name.to_owned());
        }
    }
    fonts
}

/// Installs egui's fonts and the bundled ones.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}

/// Characters that need no glyph of their own (spaces, controls, joiners, direction marks,
/// variation selectors).
fn needs_no_glyph(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(u32::from(c), 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFE00..=0xFE0F | 0xFEFF | 0xE0000..=0xE007F)
}

/// The font to suggest for a script.
fn font_for(script: Script) -> String {
    match script {
        Script::Han | Script::Bopomofo => "Noto Sans CJK".to_owned(),
        Script::Hiragana | Script::Katakana => "Noto Sans CJK (Japanese)".to_owned(),
        Script::Hangul => "Noto Sans CJK (Korean)".to_owned(),
        other => format!("Noto Sans {}", other.full_name().replace('_', " ")),
    }
}

/// What to tell the user when some characters of `text` have no glyph in any installed font:
/// the scripts, an example of each, and the fonts to install. `None` when all can be shown.
pub fn missing_glyphs_notice(ctx: &egui::Context, text: &str, font: &FontId) -> Option<String> {
    let mut distinct: Vec<char> = text.chars().filter(|c| !needs_no_glyph(*c)).collect();
    distinct.sort_unstable();
    distinct.dedup();
    let missing: Vec<char> = ctx.fonts_mut(|fonts| {
        distinct
            .into_iter()
            .filter(|c| !fonts.has_glyph(font, *c))
            .collect()
    });
    if missing.is_empty() {
        return None;
    }
    let mut by_script: BTreeMap<String, (String, Vec<char>)> = BTreeMap::new();
    for c in missing {
        let script = c.script();
        let entry = by_script
            .entry(script.full_name().replace('_', " "))
            .or_insert_with(|| (font_for(script), Vec::new()));
        entry.1.push(c);
    }
    let scripts: Vec<String> = by_script
        .iter()
        .map(|(name, (_, chars))| {
            // Code points, not the characters: they would show as boxes too.
            let first = chars.first().map_or(0, |c| u32::from(*c));
            crate::tr!(
                "fonts-script",
                script = name.as_str(),
                count = chars.len(),
                example = format!("U+{first:04X}")
            )
        })
        .collect();
    let mut fonts: Vec<&str> = by_script.values().map(|(f, _)| f.as_str()).collect();
    fonts.dedup();
    let cjk = fonts.iter().any(|f| f.contains("CJK"));
    let packages = if cjk {
        "fonts-noto-cjk, fonts-noto-core"
    } else {
        "fonts-noto-core"
    };
    Some(crate::tr!(
        "fonts-missing",
        fonts = fonts.join(", "),
        scripts = scripts.join(", "),
        packages = packages
    ))
}

#[cfg(test)]
mod test {
    use super::*;

    /// A context with egui's and the bundled fonts only (no system fonts), after one frame.
    fn context() -> egui::Context {
        let ctx = egui::Context::default();
        install(&ctx);
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        ctx
    }

    #[test]
    fn the_bundled_scripts_need_no_notice() {
        let ctx = context();
        let font = FontId::proportional(16.0);
        let text = "Café 😀 مرحبا שלום नमस्ते বাংলা สวัสดี\u{200F}\r\n";
        assert_eq!(missing_glyphs_notice(&ctx, text, &font), None);
    }

    #[test]
    fn characters_no_font_has_are_named_with_the_font_to_install() {
        let ctx = context();
        let font = FontId::proportional(16.0);
        let notice = missing_glyphs_notice(&ctx, "Addis Ababa: ሰላም, and 你好", &font)
            .expect("Ethiopic and Han are not bundled");
        assert!(notice.contains("Noto Sans Ethiopic"), "{notice}");
        assert!(
            notice.contains("Ethiopic (3 characters such as U+120B)"),
            "{notice}"
        );
        assert!(notice.contains("Noto Sans CJK"), "{notice}");
        assert!(notice.contains("fonts-noto-cjk"), "{notice}");
        assert!(!notice.contains('ሰ'), "code points, not boxes: {notice}");
    }
}
