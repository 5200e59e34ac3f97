//! The compare view's list: the agreement figures on top, then every difference between our
//! annotations and the other person's, each to accept into our document or to reject (keep
//! ours), and "accept all" for each kind. It returns what the user asked for.

use crate::ui_tr;
use egui::{RichText, ScrollArea, Ui};

use super::colors;
use crate::compare::{Agreement, Difference, DifferenceKind};
use crate::i18n::words;
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
    crate::ui::direction::row(ui, |ui| {
        ui.strong(ui_tr!("compare-with", name = view.name));
        if ui
            .small_button(ui_tr!("compare-stop"))
            .on_hover_text(ui_tr!("compare-stop.tooltip"))
            .clicked()
        {
            actions.push(CompareAction::Close);
        }
    });
    let a = view.agreement;
    ui.label(ui_tr!(
        "compare-agreement",
        exact = figure(a.span_f1_exact),
        overlap = figure(a.span_f1_overlap),
        kappa = figure(a.char_kappa)
    ))
    .on_hover_text(ui_tr!("compare-agreement.tooltip"));
    let v = &a.verdicts;
    ui.weak(match (v.share_equal, v.kappa) {
        (Some(share), Some(kappa)) => ui_tr!(
            "compare-verdicts",
            equal = v.equal,
            count = v.both_judged,
            percent = format!("{:.0}", share * 100.0),
            kappa = figure(kappa)
        ),
        _ => ui_tr!("compare-verdicts-none", count = v.pairs),
    });
    let mut kinds: Vec<DifferenceKind> = view.differences.iter().map(|d| d.kind).collect();
    kinds.sort_unstable();
    kinds.dedup();
    if !kinds.is_empty() {
        crate::ui::direction::row_wrapped(ui, |ui| {
            ui.weak(ui_tr!("compare-accept-all"));
            for kind in kinds {
                let count = view.differences.iter().filter(|d| d.kind == kind).count();
                if ui
                    .small_button(format!("{} ({count})", words::difference_kind(kind)))
                    .on_hover_text(ui_tr!(
                        "compare-accept-all.tooltip",
                        kind = words::difference_kind(kind)
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
        super::direction::wrapped(ui, &crate::tr!("compare-none-left"), RichText::weak);
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
                let full =
                    super::direction::mixed(words::difference(difference, view.ours, view.theirs));
                let ours = difference.ours.and_then(|id| view.ours.get(id));
                let theirs = difference.theirs.and_then(|id| view.theirs.get(id));
                let Some(annotation) = ours.or(theirs) else {
                    continue;
                };
                let what = super::direction::mixed(format!(
                    "{} “{}”",
                    words::tag_label(annotation.tag),
                    crate::model::excerpt(&annotation.text, 80)
                ));
                let detail = match (&difference.our_value, &difference.their_value) {
                    (Some(o), Some(t)) => {
                        ui_tr!(
                            "compare-ours-theirs",
                            ours = words::field_value(o),
                            theirs = words::field_value(t)
                        )
                    }
                    _ if difference.kind == DifferenceKind::OnlyOurs => {
                        ui_tr!("compare-only-ours")
                    }
                    _ => match &annotation.review.verdict {
                        Some(verdict) => ui_tr!("compare-only-theirs-verdict", verdict = verdict),
                        None => ui_tr!("compare-only-theirs"),
                    },
                };
                ui.push_id(n, |ui| {
                    ui.set_height(row_height);
                    crate::ui::direction::row(ui, |ui| {
                        if ui
                            .small_button(ui_tr!("compare-accept"))
                            .on_hover_text(ui_tr!("compare-accept.tooltip"))
                            .clicked()
                        {
                            actions.push(CompareAction::Accept(n));
                        }
                        if ui
                            .small_button(ui_tr!("compare-reject"))
                            .on_hover_text(ui_tr!("compare-reject.tooltip"))
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
                        let title = RichText::new(super::direction::shown(words::difference_kind(
                            difference.kind,
                        )))
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
