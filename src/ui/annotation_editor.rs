//! The form for the selected annotation: text, tag, review fields for its tag (status, verdict,
//! claimant, evidence, speaker, target…), note, links, and delete.
//!
//! The form edits a copy; when the copy changes it returns it, and the app applies it as one
//! undoable edit (typing in one field merges into one step). Buttons that do what a command
//! does (retag, delete, add evidence, links…) emit that [`Command`].

use egui::{Button, RichText, TextEdit, Ui};

use super::colors;
use crate::i18n::words;
use crate::model::{
    Annotation, AnnotationId, ClaimStatus, Evidence, Field, Link, LinkKind, NORMALIZED_CLAIM_LIMIT,
    RatingScale, Tag,
};
use crate::ui::command::Command;
use crate::ui_tr;

/// A change the form asks for that is not a command.
#[derive(Clone, Debug, PartialEq)]
pub enum EditorAction {
    /// Replace the annotation with this edited copy.
    Update {
        /// The edited copy.
        annotation: Box<Annotation>,
        /// What changed.
        field: Field,
        /// Typed: a run of keystrokes in one field undoes as one step.
        typing: bool,
    },
    /// A text field lost focus: the next edit is a new undo step.
    DoneTyping,
    /// Select another annotation (following a link).
    Follow(AnnotationId),
    /// Remove a link from this annotation.
    RemoveLink(Link),
    /// Keep the page at this web address (an evidence item's or the citation's) in the
    /// archive.
    Archive(String),
    /// Decide merge conflict number `index`.
    ResolveConflict {
        /// Which conflict of the annotation.
        index: usize,
        /// The side kept.
        choice: crate::session::ConflictChoice,
    },
}

/// Links of the selected annotation, described for the form: (how, other id, other's label).
pub struct LinkView {
    /// "supported by", "supports", …
    pub how: String,
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
    /// In a transcript: when and by whom the annotation's words were said.
    pub said: Option<String>,
}

/// What the user did in the form this frame.
#[derive(Default)]
pub struct FormOutput {
    /// Changes to the annotation and other form-only requests.
    pub actions: Vec<EditorAction>,
    /// Commands from the form's buttons.
    pub commands: Vec<Command>,
    /// A text field has the keyboard (plain-key shortcuts stay off).
    pub text_focus: bool,
    /// The field changed this frame, and whether by typing.
    change: Option<(Field, bool)>,
}

/// A labelled text field of the form.
struct TextField {
    label: String,
    hint: String,
    field: Field,
    multiline: bool,
    focus: bool,
}

impl FormOutput {
    fn changed(&mut self, field: Field, typing: bool) {
        self.change = Some((field, typing));
    }

    /// Shows one labelled text field and records what happened in it.
    fn text_field(&mut self, ui: &mut Ui, id: AnnotationId, value: &mut String, spec: TextField) {
        ui.label(spec.label);
        let edit = if spec.multiline {
            TextEdit::multiline(value).desired_rows(2)
        } else {
            TextEdit::singleline(value)
        };
        let response = ui.add(
            edit.id_salt((spec.field, id.0))
                .desired_width(f32::INFINITY)
                .hint_text(spec.hint),
        );
        if spec.focus {
            response.request_focus();
        }
        self.typed(&response, spec.field);
    }

    /// Records a text response: a change by typing, focus, and the end of a typing run.
    fn typed(&mut self, response: &egui::Response, field: Field) {
        if response.changed() {
            self.changed(field, true);
        }
        if response.lost_focus() {
            self.actions.push(EditorAction::DoneTyping);
        }
        self.text_focus |= response.has_focus();
    }
}

/// Shows the form for `annotation` and returns what the user did.
pub fn annotation_editor_ui(
    ui: &mut Ui,
    annotation: &Annotation,
    context: EditorContext<'_>,
) -> FormOutput {
    let mut out = FormOutput::default();
    let mut edited = annotation.clone();
    let id = annotation.id;
    header_ui(ui, annotation, &context, &mut out);
    match annotation.tag {
        Tag::Claim => claim_fields_ui(ui, &mut edited, &context, &mut out),
        Tag::Quote => {
            let spec = TextField {
                label: ui_tr!("form-speaker"),
                hint: ui_tr!("form-speaker.hint"),
                field: Field::Speaker,
                multiline: false,
                focus: context.focus_first_field,
            };
            out.text_field(ui, id, &mut edited.review.speaker, spec);
            let verified = &mut edited.review.quote_verified;
            if ui
                .checkbox(verified, ui_tr!("form-quote-verified"))
                .changed()
            {
                out.changed(Field::QuoteVerified, false);
            }
        }
        Tag::Citation => {
            let spec = TextField {
                label: ui_tr!("form-target"),
                hint: ui_tr!("form-target.hint"),
                field: Field::Target,
                multiline: false,
                focus: context.focus_first_field,
            };
            let before = edited.review.target.clone();
            out.text_field(ui, id, &mut edited.review.target, spec);
            if edited.review.target != before {
                // A new address: what was archived was the old one's page.
                edited.review.target_archived = None;
            }
            archive_row(
                ui,
                &edited.review.target,
                edited.review.target_archived.as_ref(),
                &mut out,
            );
            if ui
                .checkbox(&mut edited.review.citation_checked, ui_tr!("form-checked"))
                .changed()
            {
                out.changed(Field::CitationChecked, false);
            }
        }
    }
    let spec = TextField {
        label: ui_tr!("form-note"),
        hint: ui_tr!("form-note.hint"),
        field: Field::Note,
        multiline: true,
        focus: false,
    };
    out.text_field(ui, id, &mut edited.note, spec);
    links_ui(ui, &context, &mut out);
    crate::ui::direction::row(ui, |ui| {
        let changed = if annotation.review.modified_by.is_empty() {
            ui_tr!("form-changed", when = &annotation.modified)
        } else {
            ui_tr!(
                "form-changed-by",
                when = &annotation.modified,
                who = &annotation.review.modified_by
            )
        };
        ui.weak(changed);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            Command::Delete.add_button(
                ui,
                Button::new(ui_tr!("form-delete")),
                true,
                &mut out.commands,
            );
        });
    });
    if let Some((field, typing)) = out.change
        && edited != *annotation
    {
        out.actions.push(EditorAction::Update {
            annotation: Box::new(edited),
            field,
            typing,
        });
    }
    out
}

/// The annotation's id, marks (flagged, moved), text and tag buttons.
fn header_ui(
    ui: &mut Ui,
    annotation: &Annotation,
    context: &EditorContext<'_>,
    out: &mut FormOutput,
) {
    let commands = &mut out.commands;
    crate::ui::direction::row(ui, |ui| {
        ui.strong(ui_tr!(
            "form-selected",
            tag = annotation.tag.key_name(),
            id = annotation.id.to_string()
        ));
        let show = Button::new(crate::ui::direction::shown(Command::ShowSelected.label())).small();
        Command::ShowSelected.add_button(ui, show, true, commands);
    });
    if let Some(flag) = &annotation.flag {
        let color = colors::flag_warning(ui.visuals().dark_mode);
        crate::ui::direction::wrapped(
            ui,
            &crate::tr!("form-flagged", why = crate::ui::errors::flag(flag)),
            |t| t.color(color),
        );
    }
    if let Some(check) = &annotation.check {
        ui.colored_label(colors::flag_warning(ui.visuals().dark_mode), check);
        Command::ConfirmPosition.button(ui, true, commands);
    }
    if annotation.flag.is_some() || annotation.check.is_some() {
        Command::ReattachToSelection.button(ui, context.has_text_selection, commands);
    }
    conflicts_ui(ui, annotation, &mut out.actions);
    let excerpt = crate::ui::text_block::display_order(
        &annotation.text.chars().take(280).collect::<String>(),
    );
    let ellipsis = if annotation.text.chars().count() > 280 {
        "…"
    } else {
        ""
    };
    ui.label(RichText::new(format!("“{excerpt}{ellipsis}”")).italics());
    if let Some(said) = &context.said {
        crate::ui::direction::wrapped(ui, said, |t| t.weak());
    }
    crate::ui::direction::row(ui, |ui| {
        ui.label(ui_tr!("form-tag"));
        for tag in Tag::ALL {
            tag_button(ui, tag, annotation.tag == tag, commands);
        }
    });
}

/// The merge conflicts of the annotation, each with a button per side.
fn conflicts_ui(ui: &mut Ui, annotation: &Annotation, actions: &mut Vec<EditorAction>) {
    use crate::model::Conflict;
    use crate::session::ConflictChoice;
    for (index, conflict) in annotation.conflicts.iter().enumerate() {
        ui.push_id(("conflict", index), |ui| {
            egui::Frame::group(ui.style())
                .stroke(egui::Stroke::new(
                    1.5,
                    colors::flag_warning(ui.visuals().dark_mode),
                ))
                .show(ui, |ui| {
                    let ours = match conflict {
                        Conflict::Field { field, .. } => Some(field.get(annotation)),
                        _ => None,
                    };
                    ui.colored_label(
                        colors::flag_warning(ui.visuals().dark_mode),
                        ui_tr!(
                            "form-conflict",
                            what = words::conflict(conflict, ours.as_ref())
                        ),
                    );
                    let (keep_ours, take_theirs) = match conflict {
                        Conflict::Field { theirs, .. } => (
                            ui_tr!(
                                "form-keep-ours",
                                value = ours.as_ref().map(words::field_value).unwrap_or_default()
                            ),
                            ui_tr!("form-take-theirs", value = words::field_value(theirs)),
                        ),
                        Conflict::DeletedByThem { .. } => {
                            (ui_tr!("form-keep-it"), ui_tr!("form-delete-as-they-did"))
                        }
                        Conflict::DeletedByUs { .. } => {
                            (ui_tr!("form-delete-as-we-did"), ui_tr!("form-keep-it"))
                        }
                    };
                    crate::ui::direction::row_wrapped(ui, |ui| {
                        if ui.button(keep_ours).clicked() {
                            actions.push(EditorAction::ResolveConflict {
                                index,
                                choice: ConflictChoice::Ours,
                            });
                        }
                        if ui.button(take_theirs).clicked() {
                            actions.push(EditorAction::ResolveConflict {
                                index,
                                choice: ConflictChoice::Theirs,
                            });
                        }
                    });
                });
        });
    }
}

/// A claim's review: status, verdict, normalized claim, claimant, rationale, evidence.
fn claim_fields_ui(
    ui: &mut Ui,
    edited: &mut Annotation,
    context: &EditorContext<'_>,
    out: &mut FormOutput,
) {
    let id = edited.id;
    let review = &mut edited.review;
    crate::ui::direction::row_wrapped(ui, |ui| {
        ui.label(ui_tr!("form-status"));
        for status in ClaimStatus::ALL {
            if ui
                .selectable_label(
                    review.status == status,
                    crate::ui::direction::shown(words::status_label(status)),
                )
                .clicked()
            {
                review.status = status;
                out.changed(Field::Status, false);
            }
        }
    });
    crate::ui::direction::row_wrapped(ui, |ui| {
        ui.label(ui_tr!("form-verdict"));
        for (n, rating) in context.scale.ratings.iter().enumerate() {
            let current = review.verdict.as_deref() == Some(rating.label.as_str());
            let button = ui
                .selectable_label(current, &rating.label)
                .on_hover_text(Command::Verdict(n).tooltip(ui.ctx()));
            if button.clicked() {
                review.verdict = if current {
                    None
                } else {
                    Some(rating.label.clone())
                };
                out.changed(Field::Verdict, false);
            }
        }
        if let Some(v) = &review.verdict
            && context.scale.get(v).is_none()
        {
            ui.colored_label(
                colors::flag_warning(ui.visuals().dark_mode),
                ui_tr!("form-verdict-off-scale", verdict = v),
            );
        }
    });
    let spec = TextField {
        label: ui_tr!("form-normalized"),
        hint: ui_tr!("form-normalized.hint"),
        field: Field::Normalized,
        multiline: false,
        focus: context.focus_first_field,
    };
    out.text_field(ui, id, &mut review.normalized, spec);
    let length = review.normalized.chars().count();
    if length > NORMALIZED_CLAIM_LIMIT {
        ui.colored_label(
            colors::flag_warning(ui.visuals().dark_mode),
            ui_tr!(
                "form-normalized-too-long",
                count = length,
                limit = NORMALIZED_CLAIM_LIMIT
            ),
        );
    }
    let spec = TextField {
        label: ui_tr!("form-claimant"),
        hint: ui_tr!("form-claimant.hint"),
        field: Field::Claimant,
        multiline: false,
        focus: false,
    };
    out.text_field(ui, id, &mut review.claimant, spec);
    let spec = TextField {
        label: ui_tr!("form-rationale"),
        hint: ui_tr!("form-rationale.hint"),
        field: Field::Rationale,
        multiline: true,
        focus: false,
    };
    out.text_field(ui, id, &mut review.rationale, spec);
    evidence_ui(
        ui,
        id,
        &mut review.evidence,
        context.focus_last_evidence,
        out,
    );
}

fn tag_button(ui: &mut Ui, tag: Tag, current: bool, commands: &mut Vec<Command>) {
    let mut text = RichText::new(crate::ui::direction::shown(words::tag_label(tag)));
    if current {
        text = text.strong();
    }
    let mut button = Button::new(text);
    if current {
        button = button
            .fill(colors::tag_fill(tag, ui.visuals().dark_mode))
            .stroke(egui::Stroke::new(1.5, colors::tag_color(tag)));
    }
    let mut clicked = Vec::new();
    Command::Retag(tag).add_button(ui, button, true, &mut clicked);
    if !current {
        commands.extend(clicked);
    }
}

fn evidence_ui(
    ui: &mut Ui,
    id: AnnotationId,
    evidence: &mut Vec<Evidence>,
    focus_last: bool,
    out: &mut FormOutput,
) {
    crate::ui::direction::row(ui, |ui| {
        ui.label(ui_tr!("form-evidence", count = evidence.len()));
        let add = Button::new(crate::ui::direction::shown(Command::AddEvidence.label())).small();
        Command::AddEvidence.add_button(ui, add, true, &mut out.commands);
    });
    let last = evidence.len().saturating_sub(1);
    let mut remove = None;
    for (i, item) in evidence.iter_mut().enumerate() {
        let mut archived_cleared = false;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            let fields: [(String, &mut String, String); 4] = [
                (
                    ui_tr!("evidence-reference"),
                    &mut item.reference,
                    ui_tr!("evidence-reference.hint"),
                ),
                (
                    ui_tr!("evidence-title"),
                    &mut item.title,
                    ui_tr!("evidence-title.hint"),
                ),
                (
                    ui_tr!("evidence-note"),
                    &mut item.note,
                    ui_tr!("evidence-note.hint"),
                ),
                (
                    ui_tr!("evidence-accessed"),
                    &mut item.accessed,
                    ui_tr!("evidence-accessed.hint"),
                ),
            ];
            let mut field_ui = |ui: &mut Ui, n: usize, label: &str, value: &mut String, hint| {
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
                if n == 0 && response.changed() {
                    // A new address: what was archived was the old one's page.
                    archived_cleared = true;
                }
                out.typed(&response, Field::Evidence);
            };
            if crate::ui::direction::is_rtl() {
                // Right to left, one row per field: its label at the right, the field filling
                // the rest (egui's grid lays its columns out left to right only).
                for (n, (label, value, hint)) in fields.into_iter().enumerate() {
                    crate::ui::direction::row(ui, |ui| field_ui(ui, n, &label, value, hint));
                }
            } else {
                egui::Grid::new(("evidence", id.0, i))
                    .num_columns(2)
                    .show(ui, |ui| {
                        for (n, (label, value, hint)) in fields.into_iter().enumerate() {
                            field_ui(ui, n, &label, value, hint);
                            ui.end_row();
                        }
                    });
            }
            if archived_cleared {
                item.archived = None;
            }
            crate::ui::direction::row_wrapped(ui, |ui| {
                if ui.small_button(ui_tr!("evidence-remove")).clicked() {
                    remove = Some(i);
                }
                archive_row(ui, &item.reference, item.archived.as_ref(), out);
            });
        });
    }
    if let Some(i) = remove
        && i < evidence.len()
    {
        evidence.remove(i);
        out.changed(Field::Evidence, false);
    }
}

/// What the archive holds of the page at `address`, and a button to keep it (again), when
/// `address` is a web address.
fn archive_row(
    ui: &mut Ui,
    address: &str,
    archived: Option<&crate::model::Archived>,
    out: &mut FormOutput,
) {
    let Some(url) = crate::capture::link_file::web_address(address) else {
        return;
    };
    let _ = url;
    let label = match archived {
        Some(kept) => {
            ui.weak(words::archived(kept)).on_hover_text(ui_tr!(
                "archived-details",
                address = &kept.final_url,
                retrieved = &kept.retrieved,
                hash = &kept.sha256
            ));
            ui_tr!("archive-again")
        }
        None => ui_tr!("archive"),
    };
    if ui
        .small_button(label)
        .on_hover_text(ui_tr!("archive.tooltip"))
        .clicked()
    {
        out.actions
            .push(EditorAction::Archive(address.trim().to_owned()));
    }
}

fn links_ui(ui: &mut Ui, context: &EditorContext<'_>, out: &mut FormOutput) {
    crate::ui::direction::row_wrapped(ui, |ui| {
        ui.label(ui_tr!("form-links"));
        if let Some(kind) = context.picking_link {
            ui.colored_label(
                colors::find_match(ui.visuals().dark_mode),
                ui_tr!(
                    "form-picking-link",
                    kind = words::link_label(kind),
                    escape = Command::Escape.keys()
                ),
            );
        } else {
            ui.menu_button(ui_tr!("form-add-link"), |ui| {
                for kind in LinkKind::ALL {
                    Command::StartLink(kind).menu_item(ui, true, &mut out.commands);
                }
            });
        }
    });
    if context.links.is_empty() {
        ui.weak(ui_tr!("form-no-links"));
    }
    for link in &context.links {
        crate::ui::direction::row(ui, |ui| {
            if ui
                .link(crate::ui::direction::mixed(format!(
                    "{} {}",
                    link.how, link.describe
                )))
                .on_hover_text(ui_tr!("form-go-to-link"))
                .clicked()
            {
                out.actions.push(EditorAction::Follow(link.other));
            }
            if let Some(outgoing) = link.outgoing
                && ui.small_button(ui_tr!("form-remove-link")).clicked()
            {
                out.actions.push(EditorAction::RemoveLink(outgoing));
            }
        });
    }
}
