//! The compare view's list: the agreement figures on top, then every difference between our
//! annotations and the other person's, each to accept into our document or to reject (keep
//! ours), and "accept all" for each kind. It returns what the user asked for.

use egui::{RichText, ScrollArea, Ui};

use super::colors;
use crate::compare::{Agreement, Difference, DifferenceKind};
use crate::model::AnnotationSet;

/// What the user asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum CompareAction {
    /// Take difference number `n` into our document.
    Accept(usize),
    /// Keep ours for difference `n` (it leaves the list).
    Reject(usize),
    /// Take every difference of this kind.
    AcceptAll(DifferenceKind),
    /// Show difference `n` in the article.
    Show(usize),
    /// Stop comparing.
    Close,
}

/// What the list shows.
pub struct CompareView<'a> {
    /// The other file's name.
    pub name: &'a str,
    /// Our annotations.
    pub ours: &'a AnnotationSet,
    /// Theirs.
    pub theirs: &'a AnnotationSet,
    /// The differences still open, in document order.
    pub differences: &'a [Difference],
    /// How far the two files agree.
    pub agreement: &'a Agreement,
}

fn figure(value: f64) -> String {
    format!("{value:.2}")
}

/// Draws the compare list; returns what the user asked for.
pub fn compare_panel_ui(ui: &mut Ui, view: &CompareView<'_>) -> Vec<CompareAction> {
    let mut actions = Vec::new();
    ui.horizontal(|ui| {
        ui.strong(format!("Comparing with {}", view.name));
        if ui
            .small_button("Stop comparing")
            .on_hover_text("Close the other file (our document keeps what was accepted)")
            .clicked()
        {
            actions.push(CompareAction::Close);
        }
    });
    let a = view.agreement;
    ui.label(format!(
        "Agreement: span F1 {} exact, {} overlapping · character κ {}",
        figure(a.span_f1_exact),
        figure(a.span_f1_overlap),
        figure(a.char_kappa)
    ))
    .on_hover_text(
        "Span F1: spans with the same start, end and tag (exact) or the same tag and \
         overlapping, each matched once. κ: Cohen's kappa over the article's characters, \
         inside a span of each tag or not, averaged over the tags.",
    );
    let v = &a.verdicts;
    ui.weak(match (v.share_equal, v.kappa) {
        (Some(share), Some(kappa)) => format!(
            "Verdicts: {} of {} paired claims the same ({:.0}%), κ {}",
            v.equal,
            v.both_judged,
            share * 100.0,
            figure(kappa)
        ),
        _ => format!(
            "Verdicts: {} paired claims, none judged on both sides",
            v.pairs
        ),
    });
    let mut kinds: Vec<DifferenceKind> = view.differences.iter().map(|d| d.kind).collect();
    kinds.sort_unstable();
    kinds.dedup();
    if !kinds.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.weak("Accept all:");
            for kind in kinds {
                let count = view.differences.iter().filter(|d| d.kind == kind).count();
                if ui
                    .small_button(format!("{} ({count})", kind.label()))
                    .on_hover_text(format!(
                        "Take every “{}” difference into our document (one undo step)",
                        kind.label()
                    ))
                    .clicked()
                {
                    actions.push(CompareAction::AcceptAll(kind));
                }
            }
        });
    }
    ui.separator();
    if view.differences.is_empty() {
        ui.weak("No differences left: our document says what theirs says.");
        return actions;
    }
    let line = ui.spacing().interact_size.y;
    let row_height = 2.0 * line + ui.spacing().item_spacing.y + 4.0;
    ScrollArea::vertical()
        .id_salt("differences")
        .auto_shrink(false)
        .show_rows(ui, row_height, view.differences.len(), |ui, range| {
            for n in range {
                let Some(difference) = view.differences.get(n) else {
                    continue;
                };
                let full = difference.describe(view.ours, view.theirs);
                let ours = difference.ours.and_then(|id| view.ours.get(id));
                let theirs = difference.theirs.and_then(|id| view.theirs.get(id));
                let Some(annotation) = ours.or(theirs) else {
                    continue;
                };
                let what = format!(
                    "{} “{}”",
                    annotation.tag.label(),
                    crate::ui::text_block::display_order(&crate::model::excerpt(
                        &annotation.text,
                        80
                    ))
                );
                let detail = match (&difference.our_value, &difference.their_value) {
                    (Some(o), Some(t)) => {
                        format!("ours {} · theirs {}", o.describe(), t.describe())
                    }
                    _ if difference.kind == DifferenceKind::OnlyOurs => {
                        "only in our file".to_owned()
                    }
                    _ => format!(
                        "only in theirs{}",
                        annotation
                            .review
                            .verdict
                            .as_ref()
                            .map_or_else(String::new, |v| format!(" · verdict {v}"))
                    ),
                };
                ui.push_id(n, |ui| {
                    ui.set_height(row_height);
                    ui.horizontal(|ui| {
                        if ui
                            .small_button("Accept")
                            .on_hover_text("Take theirs into our document")
                            .clicked()
                        {
                            actions.push(CompareAction::Accept(n));
                        }
                        if ui
                            .small_button("Reject")
                            .on_hover_text("Keep ours; the difference leaves the list")
                            .clicked()
                        {
                            actions.push(CompareAction::Reject(n));
                        }
                        let color = match difference.kind {
                            DifferenceKind::OnlyTheirs | DifferenceKind::OnlyOurs => {
                                colors::flag_warning(ui.visuals().dark_mode)
                            }
                            _ => ui.visuals().strong_text_color(),
                        };
                        let title =
                            RichText::new(crate::model::capitalized(&difference.kind.label()))
                                .color(color);
                        let label = egui::Label::new(title).sense(egui::Sense::click());
                        let shown = ui.add(label).on_hover_text(&full).clicked();
                        let what = egui::Label::new(RichText::new(&what).weak())
                            .truncate()
                            .sense(egui::Sense::click());
                        if ui.add(what).on_hover_text(&full).clicked() || shown {
                            actions.push(CompareAction::Show(n));
                        }
                    });
                    ui.add(egui::Label::new(format!("    {detail}")).truncate())
                        .on_hover_text(&full);
                });
            }
        });
    actions
}
