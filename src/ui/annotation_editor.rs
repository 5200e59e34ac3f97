//! The form for the selected annotation: text, tag, review fields for its tag (status, verdict,
//! claimant, evidence, speaker, target…), note, links, and delete.
//!
//! The form edits a copy; when the copy changes it returns it, and the app applies it as one
//! undoable edit (typing in one field merges into one step).

use egui::{Button, RichText, TextEdit, Ui};

use super::colors;
use crate::model::{
    Annotation, AnnotationId, ClaimStatus, Evidence, Link, LinkKind, NORMALIZED_CLAIM_LIMIT,
    RatingScale, Tag,
};

/// What the user did in the form.
#[derive(Clone, Debug, PartialEq)]
pub enum EditorAction {
    /// Change the tag.
    SetTag(Tag),
    /// Replace the annotation with this edited copy.
    Update {
        /// The edited copy.
        annotation: Box<Annotation>,
        /// What changed, for the undo menu.
        label: &'static str,
        /// Set for typing, so a run of keystrokes in one field undoes as one step.
        merge_field: Option<&'static str>,
    },
    /// A text field lost focus: the next edit is a new undo step.
    DoneTyping,
    /// Delete the annotation.
    Delete,
    /// Scroll the article to the annotation.
    Show,
    /// Select another annotation (following a link).
    Follow(AnnotationId),
    /// Start picking the target of a new link of this kind.
    StartLink(LinkKind),
    /// Remove a link from this annotation.
    RemoveLink(Link),
    /// The position is right: clear "moved — check".
    ConfirmPosition,
    /// Put the annotation on the selected text.
    ReattachToSelection,
}

/// Links of the selected annotation, described for the form: (how, other id, other's label).
pub struct LinkView {
    /// "supported by", "supports", …
    pub how: &'static str,
    /// The other annotation.
    pub other: AnnotationId,
    /// A short description of it.
    pub describe: String,
    /// The link as stored on the selected annotation, when it is outgoing (can be removed here).
    pub outgoing: Option<Link>,
}

/// What the form needs besides the annotation.
pub struct EditorContext<'a> {
    /// The document's verdicts.
    pub scale: &'a RatingScale,
    /// Links in both directions.
    pub links: Vec<LinkView>,
    /// Give the first field focus (review mode just moved here).
    pub focus_first_field: bool,
    /// Set while the user is choosing a link target.
    pub picking_link: Option<LinkKind>,
    /// Give the last evidence item's first field focus (it was just added).
    pub focus_last_evidence: bool,
    /// Text is selected in the article (so the annotation can be re-attached to it).
    pub has_text_selection: bool,
}

/// Shows the form and returns what the user did; `text_focus` is set when a text field has focus.
pub fn annotation_editor_ui(
    ui: &mut Ui,
    annotation: &Annotation,
    context: EditorContext<'_>,
    text_focus: &mut bool,
) -> Vec<EditorAction> {
    let mut actions = Vec::new();
    let mut edited = annotation.clone();
    let mut change: Option<(&'static str, Option<&'static str>)> = None;

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
    if !annotation.check.is_empty() {
        ui.colored_label(colors::FLAG_WARNING, &annotation.check);
        if ui
            .button("The position is right")
            .on_hover_text("Clear the “moved — check” mark")
            .clicked()
        {
            actions.push(EditorAction::ConfirmPosition);
        }
    }
    if annotation.flag.is_some() || !annotation.check.is_empty() {
        let button = ui
            .add_enabled(
                context.has_text_selection,
                Button::new("Re-attach to the selected text"),
            )
            .on_hover_text("Select the right words in the article first")
            .on_disabled_hover_text("Select the right words in the article first");
        if button.clicked() {
            actions.push(EditorAction::ReattachToSelection);
        }
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
            if tag_button(ui, tag, annotation.tag == tag).clicked() && annotation.tag != tag {
                actions.push(EditorAction::SetTag(tag));
            }
        }
    });

    // One labelled text field of the form: records what changed and whether it has focus.
    macro_rules! field {
        ($ui:expr, $label:expr, $value:expr, $key:expr, $multiline:expr, $hint:expr, $focus:expr) => {
            record(
                &mut change,
                &mut actions,
                text_focus,
                text_field(
                    $ui,
                    annotation.id,
                    $label,
                    $value,
                    $key,
                    $multiline,
                    $hint,
                    $focus,
                ),
            )
        };
    }

    match annotation.tag {
        Tag::Claim => {
            ui.horizontal_wrapped(|ui| {
                ui.label("Status:");
                for status in ClaimStatus::ALL {
                    if ui
                        .selectable_label(edited.review.status == status, status.label())
                        .clicked()
                    {
                        edited.review.status = status;
                        change = Some(("Set status", None));
                    }
                }
            });
            ui.horizontal_wrapped(|ui| {
                ui.label("Verdict:");
                for (n, rating) in context.scale.ratings.iter().enumerate() {
                    let current = edited.review.verdict.as_deref() == Some(rating.label.as_str());
                    let button = ui
                        .selectable_label(current, &rating.label)
                        .on_hover_text(format!("Ctrl+{}", n + 1));
                    if button.clicked() {
                        edited.review.verdict = if current {
                            None
                        } else {
                            Some(rating.label.clone())
                        };
                        change = Some(("Set verdict", None));
                    }
                }
                if let Some(v) = &edited.review.verdict
                    && context.scale.get(v).is_none()
                {
                    ui.colored_label(colors::FLAG_WARNING, format!("“{v}” (not on this scale)"));
                }
            });
            let r = &mut edited.review;
            field!(
                ui,
                "Normalized claim (short restatement):",
                &mut r.normalized,
                "normalized",
                false,
                "e.g. The council's green bonds are Europe's largest municipal climate investment",
                context.focus_first_field
            );
            let length = r.normalized.chars().count();
            if length > NORMALIZED_CLAIM_LIMIT {
                ui.colored_label(
                    colors::FLAG_WARNING,
                    format!(
                        "{length} characters: Google's ClaimReview guidelines ask for at most {NORMALIZED_CLAIM_LIMIT}"
                    ),
                );
            }
            field!(
                ui,
                "Claimant (who made the claim):",
                &mut r.claimant,
                "claimant",
                false,
                "person or organisation",
                false
            );
            field!(
                ui,
                "Rationale:",
                &mut r.rationale,
                "rationale",
                true,
                "why this verdict",
                false
            );
            evidence_ui(
                ui,
                annotation.id,
                &mut r.evidence,
                context.focus_last_evidence,
                &mut change,
                &mut actions,
                text_focus,
            );
        }
        Tag::Quote => {
            field!(
                ui,
                "Speaker:",
                &mut edited.review.speaker,
                "speaker",
                false,
                "who said it",
                context.focus_first_field
            );
            if ui
                .checkbox(
                    &mut edited.review.quote_verified,
                    "Verified against its source",
                )
                .changed()
            {
                change = Some(("Set quote verified", None));
            }
        }
        Tag::Citation => {
            field!(
                ui,
                "Target (URL or reference):",
                &mut edited.review.target,
                "target",
                false,
                "https://… or “Annual report 2024, p. 3”",
                context.focus_first_field
            );
            if ui
                .checkbox(&mut edited.review.citation_checked, "Checked")
                .changed()
            {
                change = Some(("Set citation checked", None));
            }
        }
    }
    field!(
        ui,
        "Note:",
        &mut edited.note,
        "note",
        true,
        "anything else worth knowing",
        false
    );

    links_ui(ui, &context, &mut actions);

    ui.horizontal(|ui| {
        let who = if annotation.review.modified_by.is_empty() {
            String::new()
        } else {
            format!(" by {}", annotation.review.modified_by)
        };
        ui.weak(format!("Changed {}{who}", annotation.modified));
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

    if let Some((label, merge_field)) = change
        && edited != *annotation
    {
        actions.push(EditorAction::Update {
            annotation: Box::new(edited),
            label,
            merge_field,
        });
    }
    actions
}

/// What happened in one text field this frame.
struct FieldOutcome {
    key: &'static str,
    changed: bool,
    lost_focus: bool,
    has_focus: bool,
}

#[allow(clippy::too_many_arguments)]
fn text_field(
    ui: &mut Ui,
    id: AnnotationId,
    label: &str,
    value: &mut String,
    key: &'static str,
    multiline: bool,
    hint: &str,
    focus: bool,
) -> FieldOutcome {
    ui.label(label);
    let edit = if multiline {
        TextEdit::multiline(value).desired_rows(2)
    } else {
        TextEdit::singleline(value)
    };
    let response = ui.add(
        edit.id_salt((key, id.0))
            .desired_width(f32::INFINITY)
            .hint_text(hint),
    );
    if focus {
        response.request_focus();
    }
    FieldOutcome {
        key,
        changed: response.changed(),
        lost_focus: response.lost_focus(),
        has_focus: response.has_focus(),
    }
}

fn record(
    change: &mut Option<(&'static str, Option<&'static str>)>,
    actions: &mut Vec<EditorAction>,
    text_focus: &mut bool,
    outcome: FieldOutcome,
) {
    if outcome.changed {
        *change = Some((key_label(outcome.key), Some(outcome.key)));
    }
    if outcome.lost_focus {
        actions.push(EditorAction::DoneTyping);
    }
    *text_focus |= outcome.has_focus;
}

fn tag_button(ui: &mut Ui, tag: Tag, current: bool) -> egui::Response {
    let mut text = RichText::new(tag.label());
    if current {
        text = text.strong();
    }
    let mut button = Button::new(text);
    if current {
        button = button
            .fill(colors::tag_fill(tag))
            .stroke(egui::Stroke::new(1.5, colors::tag_color(tag)));
    }
    ui.add(button)
}

fn key_label(key: &str) -> &'static str {
    match key {
        "normalized" => "Edit normalized claim",
        "claimant" => "Edit claimant",
        "rationale" => "Edit rationale",
        "speaker" => "Edit speaker",
        "target" => "Edit citation target",
        "note" => "Edit note",
        _ => "Edit evidence",
    }
}

fn evidence_ui(
    ui: &mut Ui,
    id: AnnotationId,
    evidence: &mut Vec<Evidence>,
    mut focus_last: bool,
    change: &mut Option<(&'static str, Option<&'static str>)>,
    actions: &mut Vec<EditorAction>,
    text_focus: &mut bool,
) {
    ui.horizontal(|ui| {
        ui.label(format!("Evidence ({}):", evidence.len()));
        if ui
            .small_button("Add evidence")
            .on_hover_text("Ctrl+E")
            .clicked()
        {
            evidence.push(Evidence::default());
            *change = Some(("Add evidence", None));
            focus_last = true;
        }
    });
    let last = evidence.len().saturating_sub(1);
    let mut remove = None;
    for (i, item) in evidence.iter_mut().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            let fields: [(&str, &mut String, &str); 4] = [
                (
                    "URL or reference",
                    &mut item.reference,
                    "https://… or a document and page",
                ),
                ("Title", &mut item.title, "what it is"),
                ("Note", &mut item.note, "what it shows"),
                ("Accessed", &mut item.accessed, "YYYY-MM-DD"),
            ];
            egui::Grid::new(("evidence", id.0, i))
                .num_columns(2)
                .show(ui, |ui| {
                    for (n, (label, value, hint)) in fields.into_iter().enumerate() {
                        ui.label(label);
                        let response = ui.add(
                            TextEdit::singleline(value)
                                .id_salt(("evidence field", id.0, i, n))
                                .desired_width(f32::INFINITY)
                                .hint_text(hint),
                        );
                        if focus_last && i == last && n == 0 {
                            response.request_focus();
                        }
                        if response.changed() {
                            *change = Some(("Edit evidence", Some("evidence")));
                        }
                        if response.lost_focus() {
                            actions.push(EditorAction::DoneTyping);
                        }
                        *text_focus |= response.has_focus();
                        ui.end_row();
                    }
                });
            if ui.small_button("Remove this evidence").clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove
        && i < evidence.len()
    {
        evidence.remove(i);
        *change = Some(("Remove evidence", None));
    }
}

fn links_ui(ui: &mut Ui, context: &EditorContext<'_>, actions: &mut Vec<EditorAction>) {
    ui.horizontal_wrapped(|ui| {
        ui.label("Links:");
        if let Some(kind) = context.picking_link {
            ui.colored_label(
                colors::FIND_MATCH,
                format!(
                    "Click the annotation this is {} (in the article or the list). Esc cancels.",
                    kind.label()
                ),
            );
        } else {
            ui.menu_button("Add link…", |ui| {
                for kind in LinkKind::ALL {
                    if ui.button(format!("This is {}…", kind.label())).clicked() {
                        actions.push(EditorAction::StartLink(kind));
                    }
                }
            });
        }
    });
    if context.links.is_empty() {
        ui.weak("No links yet.");
    }
    for link in &context.links {
        ui.horizontal(|ui| {
            if ui
                .link(format!("{} {}", link.how, link.describe))
                .on_hover_text("Go to it")
                .clicked()
            {
                actions.push(EditorAction::Follow(link.other));
            }
            if let Some(outgoing) = link.outgoing
                && ui.small_button("remove").clicked()
            {
                actions.push(EditorAction::RemoveLink(outgoing));
            }
        });
    }
}
