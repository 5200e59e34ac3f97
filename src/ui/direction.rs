//! The interface's reading direction: in a right-to-left language (Arabic) rows start at the
//! right, columns are right-aligned and every label is put in visual order for egui, which
//! lays text out left to right. The article keeps each paragraph's own direction.

use egui::{Align, InnerResponse, Layout, Ui};

/// True while the interface speaks a right-to-left language.
pub fn is_rtl() -> bool {
    crate::i18n::language().is_rtl()
}

/// `text` as a label shows it: unchanged left to right, in visual order right to left.
pub fn shown(text: impl AsRef<str>) -> String {
    let text = text.as_ref();
    if is_rtl() {
        super::text_block::display_order_in(text, Some(true))
    } else {
        text.to_owned()
    }
}

/// A label that mixes the interface's words with an article's (which may be in any
/// direction): in visual order, in the interface's direction right to left and in the
/// direction of its first strong character otherwise.
pub fn mixed(text: impl AsRef<str>) -> String {
    let text = text.as_ref();
    super::text_block::display_order_in(text, is_rtl().then_some(true))
}

/// The left edge of a line `width` wide, at `padding` from the reading side of `rect`.
pub fn line_start(rect: egui::Rect, width: f32, padding: f32) -> f32 {
    if is_rtl() {
        rect.right() - padding - width
    } else {
        rect.left() + padding
    }
}

/// A label of words that may take several lines (`text` in logical order), styled by
/// `style`. Right to left, egui would wrap the visual order and so put the last words on the
/// first line: here the words are broken into lines in logical order first, then each line
/// is put in visual order.
pub fn wrapped(
    ui: &mut Ui,
    text: &str,
    style: impl Fn(egui::RichText) -> egui::RichText,
) -> egui::Response {
    if !is_rtl() {
        return ui.add(egui::Label::new(style(egui::RichText::new(text))).wrap());
    }
    let width = ui.available_width();
    // Body text (the size every caller of this uses).
    let font = egui::TextStyle::Body.resolve(ui.style());
    // Words are added to a line while the line, as shown, still fits (it is measured as shown:
    // Arabic letters joined right to left are narrower than laid out left to right).
    let fits = |line: &str| {
        ui.painter()
            .layout_no_wrap(shown(line), font.clone(), egui::Color32::PLACEHOLDER)
            .size()
            .x
            <= width
    };
    let mut lines: Vec<String> = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ') {
            let longer = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if line.is_empty() || fits(&longer) {
                line = longer;
            } else {
                lines.push(std::mem::replace(&mut line, word.to_owned()));
            }
        }
        lines.push(line);
    }
    let spacing = ui.spacing().item_spacing.y;
    ui.spacing_mut().item_spacing.y = 0.0;
    let mut response: Option<egui::Response> = None;
    for line in lines {
        let shown_line = shown(line.trim());
        let label = egui::Label::new(style(egui::RichText::new(shown_line))).truncate();
        let added = ui
            .allocate_ui_with_layout(egui::vec2(ui.available_width(), 0.0), row_layout(), |ui| {
                ui.add(label)
            })
            .inner;
        response = Some(match response {
            Some(previous) => previous | added,
            None => added,
        });
    }
    ui.spacing_mut().item_spacing.y = spacing;
    ui.add_space(spacing);
    response.unwrap_or_else(|| ui.label(""))
}

/// A row's layout in the reading direction.
pub fn row_layout() -> Layout {
    if is_rtl() {
        Layout::right_to_left(Align::Center)
    } else {
        Layout::left_to_right(Align::Center)
    }
}

/// A column's layout: left-aligned, or right-aligned right to left.
pub fn column_layout() -> Layout {
    Layout::top_down(if is_rtl() { Align::Max } else { Align::Min })
}

/// Like `ui.horizontal`, in the reading direction.
pub fn row<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> InnerResponse<R> {
    if is_rtl() {
        let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
        ui.allocate_ui_with_layout(size, row_layout(), add_contents)
    } else {
        ui.horizontal(add_contents)
    }
}

/// Like `ui.horizontal_wrapped`, in the reading direction.
pub fn row_wrapped<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> InnerResponse<R> {
    if is_rtl() {
        let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
        ui.allocate_ui_with_layout(size, row_layout().with_main_wrap(true), add_contents)
    } else {
        ui.horizontal_wrapped(add_contents)
    }
}

/// Like `ui.vertical`, with labels on the reading side.
pub fn column<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> InnerResponse<R> {
    ui.with_layout(column_layout(), add_contents)
}

/// A message in the interface's language, as a label shows it (see [`shown`]).
#[macro_export]
macro_rules! ui_tr {
    ($($arg:tt)*) => {
        $crate::ui::direction::shown($crate::tr!($($arg)*))
    };
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::i18n::{Language, set_language};

    #[test]
    fn labels_are_reordered_only_right_to_left() {
        set_language(Language::English);
        assert_eq!(shown("Save (Ctrl+S)"), "Save (Ctrl+S)");
        set_language(Language::Arabic);
        // Logical "حفظ (Ctrl+S)": the shortcut comes first on screen, at the left.
        let visual = shown("حفظ (Ctrl+S)");
        assert!(visual.starts_with("(Ctrl+S)"), "{visual}");
        assert!(visual.ends_with("حفظ"), "{visual}");
        // Pure Latin stays as it is.
        assert_eq!(shown("Ctrl+S"), "Ctrl+S");
        set_language(Language::English);
    }

    /// Where egui puts each character of `text` laid out on one line: (char, x).
    fn glyph_xs(text: &str) -> Vec<(char, f32)> {
        let ctx = egui::Context::default();
        crate::ui::fonts::install(&ctx);
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        let galley = ctx.fonts_mut(|fonts| {
            fonts.layout_no_wrap(
                text.to_owned(),
                egui::FontId::proportional(14.0),
                egui::Color32::WHITE,
            )
        });
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        galley
            .rows
            .first()
            .map(|row| row.row.glyphs.iter().map(|g| (g.chr, g.pos.x)).collect())
            .unwrap_or_default()
    }

    #[test]
    fn arabic_labels_read_from_the_right_as_egui_lays_them_out() {
        set_language(Language::Arabic);
        // "Review claims": its first word, مراجعة, must be the rightmost on screen.
        let visual = shown("مراجعة الادعاءات");
        set_language(Language::English);
        let xs = glyph_xs(&visual);
        let x_of = |c: char| {
            xs.iter()
                .filter(|(g, _)| *g == c)
                .map(|(_, x)| *x)
                .fold(f32::NAN, f32::max)
        };
        // م only occurs in the first word, ت only in the second.
        assert!(x_of('م') > x_of('ت'), "{xs:?}");
        // Given in reading order instead, egui would put the first word at the left.
        let logical = glyph_xs("مراجعة الادعاءات");
        let x_logical = |c: char| {
            logical
                .iter()
                .filter(|(g, _)| *g == c)
                .map(|(_, x)| *x)
                .fold(f32::NAN, f32::max)
        };
        assert!(x_logical('م') < x_logical('ت'), "{logical:?}");
    }
}
