//! The form for the selected annotation: its text, tag, note, and a delete button.

use egui::{RichText, TextEdit, Ui};

use super::colors;
use crate::model::{Annotation, Tag};

/// What the user did in the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditorAction {
    /// Change the tag.
    SetTag(Tag),
    /// Replace the note with this text.
    SetNote(String),
    /// The note field lost focus: the next note edit is a new undo step.
    NoteDone,
    /// Delete the annotation.
    Delete,
    /// Scroll the article to the annotation.
    Show,
}

/// Shows the form and returns what the user did; `text_focus` is set when the note has focus.
pub fn annotation_editor_ui(
    ui: &mut Ui,
    annotation: &Annotation,
    text_focus: &mut bool,
) -> Vec<EditorAction> {
    let mut actions = Vec::new();
    ui.horizontal(|ui| {
        ui.strong(format!(
            "Selected {} {}",
            annotation.tag.label().to_lowercase(),
            annotation.id
        ));
        if ui.small_button("Show in article").clicked() {
            actions.push(EditorAction::Show);
        }
    });
    if let Some(flag) = &annotation.flag {
        ui.colored_label(
            colors::FLAG_WARNING,
            format!(
                "This annotation does not match the article: {}.",
                flag.describe()
            ),
        );
    }
    let excerpt: String = annotation.text.chars().take(280).collect();
    let ellipsis = if annotation.text.chars().count() > 280 {
        "…"
    } else {
        ""
    };
    ui.label(RichText::new(format!("“{excerpt}{ellipsis}”")).italics());
    ui.horizontal(|ui| {
        ui.label("Tag:");
        for tag in Tag::ALL {
            let current = annotation.tag == tag;
            let mut text = RichText::new(tag.label());
            let mut button_fill = None;
            if current {
                text = text.strong();
                button_fill = Some(colors::tag_fill(tag));
            }
            let mut button = egui::Button::new(text);
            if let Some(fill) = button_fill {
                button = button
                    .fill(fill)
                    .stroke(egui::Stroke::new(1.5, colors::tag_color(tag)));
            }
            if ui.add(button).clicked() && !current {
                actions.push(EditorAction::SetTag(tag));
            }
        }
    });
    ui.label("Note:");
    let mut note = annotation.note.clone();
    let response = ui.add(
        TextEdit::multiline(&mut note)
            .id_salt(("note", annotation.id.0))
            .desired_rows(3)
            .desired_width(f32::INFINITY)
            .hint_text("Why this matters, what to check, sources…"),
    );
    if response.changed() {
        actions.push(EditorAction::SetNote(note));
    }
    if response.lost_focus() {
        actions.push(EditorAction::NoteDone);
    }
    *text_focus |= response.has_focus();
    ui.horizontal(|ui| {
        ui.weak(format!("Created {}", annotation.created));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("Delete")
                .on_hover_text("Delete this annotation (Delete key). Undo brings it back.")
                .clicked()
            {
                actions.push(EditorAction::Delete);
            }
        });
    });
    actions
}
