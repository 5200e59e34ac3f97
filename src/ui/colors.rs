//! Colours: tags (Okabe–Ito palette, safe for the common forms of colour blindness) and the
//! marks drawn over text, each in a light and a dark variant so they keep their contrast on
//! either theme.

use egui::Color32;

use crate::model::Tag;

/// The solid colour of a tag: legend swatches, underlines, list chips.
pub fn tag_color(tag: Tag) -> Color32 {
    match tag {
        Tag::Claim => Color32::from_rgb(230, 159, 0),
        Tag::Quote => Color32::from_rgb(86, 180, 233),
        Tag::Citation => Color32::from_rgb(204, 121, 167),
    }
}

/// The translucent fill behind highlighted text; overlapping fills add up visibly. On a dark
/// background the text is drawn bright, so the fill stays dim enough for it to stand out.
pub fn tag_fill(tag: Tag, dark: bool) -> Color32 {
    tag_color(tag).gamma_multiply(if dark { 0.35 } else { 0.38 })
}

/// Outline of the selected annotation.
pub fn selected_outline(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(245, 245, 245)
    } else {
        Color32::from_rgb(20, 20, 20)
    }
}

/// Outline of find matches.
pub fn find_match(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(86, 180, 233)
    } else {
        Color32::from_rgb(0, 114, 178)
    }
}

/// Fill of the text selection.
pub fn text_selection(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgba_unmultiplied(200, 220, 255, 70)
    } else {
        Color32::from_rgba_premultiplied(25, 25, 35, 60)
    }
}

/// Colour of flagged (mismatching) annotations, warnings and conflicts.
pub fn flag_warning(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(255, 150, 70)
    } else {
        Color32::from_rgb(213, 94, 0)
    }
}

/// Background of the searched words in desk search results.
pub fn search_match_fill(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(20, 70, 110)
    } else {
        Color32::from_rgb(204, 228, 247)
    }
}

/// Colour of verdicts in desk lists.
pub fn verdict(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(90, 210, 160)
    } else {
        Color32::from_rgb(0, 110, 80)
    }
}

/// Colour of error messages.
pub fn error(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(255, 110, 110)
    } else {
        Color32::from_rgb(190, 30, 30)
    }
}

/// The dotted underline of a suggested sentence: quieter than a highlight, yet 3:1 against the
/// article's background in either theme.
pub fn suggestion(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(170, 150, 230)
    } else {
        Color32::from_rgb(110, 80, 170)
    }
}

/// Fill behind the suggestion being looked at.
pub fn current_suggestion_fill(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgba_unmultiplied(170, 150, 230, 40)
    } else {
        Color32::from_rgba_unmultiplied(110, 80, 170, 28)
    }
}
