//! Tag colours (Okabe–Ito palette, safe for the common forms of colour blindness).

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

/// The translucent fill behind highlighted text; overlapping fills add up visibly.
pub fn tag_fill(tag: Tag) -> Color32 {
    tag_color(tag).gamma_multiply(0.38)
}

/// Outline of the selected annotation.
pub const SELECTED_OUTLINE: Color32 = Color32::from_rgb(20, 20, 20);
/// Outline of find matches.
pub const FIND_MATCH: Color32 = Color32::from_rgb(0, 114, 178);
/// Fill of the text selection.
pub const TEXT_SELECTION: Color32 = Color32::from_rgba_premultiplied(25, 25, 35, 60);
/// Colour of flagged (mismatching) annotations in lists.
pub const FLAG_WARNING: Color32 = Color32::from_rgb(213, 94, 0);
/// Background of the searched words in desk search results.
pub const SEARCH_MATCH_FILL: Color32 = Color32::from_rgb(204, 228, 247);
/// Colour of verdicts in desk lists (a dark bluish green, readable on light panels).
pub const VERDICT: Color32 = Color32::from_rgb(0, 110, 80);
