//! The Suggestions tab: the sentences claimmark thinks are worth checking, best first (or in
//! the text's order), each with its score, what in it is checkable, and how many claims the
//! desk already checked that say much the same; the current one with Accept and Reject.

use egui::{RichText, ScrollArea, Ui};

use super::list_row::{LineStyle, line, list_row, row_height};
use crate::suggest::shown::Order;
use crate::suggest::{Reason, Scored};
use crate::{tr, ui_tr};

/// One suggestion as the list shows it.
pub struct SuggestionRow<'a> {
    /// Its place among the article's scored sentences.
    pub place: usize,
    /// The sentence, scored.
    pub scored: &'a Scored,
    /// Claims on the desk that say much the same, and the nearest one's words.
    pub alike: Option<(usize, &'a str)>,
}

/// What the list shows above its rows.
pub enum SuggestionsState<'a> {
    /// Suggestions are off in the preferences.
    Off,
    /// The article is being read.
    Scoring,
    /// Why there are none (already in words).
    Problem(&'a str),
    /// The article was read.
    Ready {
        /// Sentences read.
        sentences: usize,
        /// Rejected in this file.
        rejected: usize,
        /// What was learnt of the desk's taste, in words (none without a desk).
        taste: Option<String>,
    },
}

/// What the user did in the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SuggestionAction {
    /// Look at the suggestion at this place (scroll the article to it).
    Show(usize),
    /// Make it a claim.
    Accept(usize),
    /// Not worth checking: never suggest it again in this file.
    Reject(usize),
    /// List them in this order.
    Order(Order),
    /// Turn suggestions on (from the "off" notice).
    TurnOn,
    /// Get the matching model (from the "no model" notice).
    GetModel,
}

/// A reason in the interface's words.
pub fn reason_label(reason: Reason) -> String {
    let key = match reason {
        Reason::Percentage => "percentage",
        Reason::Money => "money",
        Reason::Number => "number",
        Reason::Comparison => "comparison",
        Reason::Time => "time",
        Reason::Cause => "cause",
        Reason::NamedBody => "named-body",
    };
    tr!("suggest-reason", reason = key)
}

/// What was learnt of a desk's taste, in words.
pub fn taste_words(taste: &crate::suggest::taste::Taste) -> String {
    use crate::suggest::taste::{FEWEST_OF_EACH, Taste};
    match taste {
        Taste::TooFew { claims, rejected } => tr!(
            "suggest-taste-too-few",
            fewest = FEWEST_OF_EACH,
            claims = *claims,
            rejected = *rejected
        ),
        Taste::NoGain { claims, rejected } => tr!(
            "suggest-taste-no-gain",
            claims = *claims,
            rejected = *rejected
        ),
        Taste::Adapted {
            claims,
            rejected,
            before,
            after,
        } => tr!(
            "suggest-taste-adapted",
            claims = *claims,
            rejected = *rejected,
            before = format!("{before:.2}"),
            after = format!("{after:.2}")
        ),
    }
}

/// Why a suggestion was made, in one line: "a number, a time · like 3 claims your desk checked".
pub fn why(scored: &Scored, alike: Option<(usize, &str)>) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !scored.reasons.is_empty() {
        let reasons: Vec<String> = scored.reasons.iter().map(|r| reason_label(*r)).collect();
        parts.push(reasons.join(", "));
    } else {
        parts.push(tr!("suggest-why-wording"));
    }
    if let Some((count, _)) = alike.filter(|(count, _)| *count > 0) {
        parts.push(tr!("suggest-alike", count = count));
    }
    parts.join(" · ")
}

/// The suggestion being looked at: its whole sentence wrapped in reading order, why, the
/// nearest claim on the desk, and Accept and Reject.
fn current_ui(ui: &mut Ui, row: &SuggestionRow<'_>) -> Option<SuggestionAction> {
    let mut done = None;
    egui::Frame::group(ui.style())
        .fill(ui.visuals().selection.bg_fill.gamma_multiply(0.35))
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            let percent = (row.scored.score * 100.0).round() as u32;
            let heading = tr!(
                "suggest-row",
                percent = percent,
                text = row.scored.text.trim()
            );
            super::direction::wrapped(ui, &heading, |t| t.strong());
            super::direction::wrapped(ui, &why(row.scored, row.alike), RichText::weak);
            if let Some((_, nearest)) = row.alike.filter(|(count, _)| *count > 0) {
                let nearest = tr!("suggest-nearest", text = nearest);
                super::direction::wrapped(ui, &nearest, |t| t.small().weak());
            }
            super::direction::row(ui, |ui| {
                if ui
                    .button(ui_tr!("suggest-accept"))
                    .on_hover_text(ui_tr!("suggest-accept.tooltip"))
                    .clicked()
                {
                    done = Some(SuggestionAction::Accept(row.place));
                }
                if ui
                    .button(ui_tr!("suggest-reject"))
                    .on_hover_text(ui_tr!("suggest-reject.tooltip"))
                    .clicked()
                {
                    done = Some(SuggestionAction::Reject(row.place));
                }
            });
        });
    done
}

/// Shows the list; returns what the user did.
pub fn suggestion_list_ui(
    ui: &mut Ui,
    state: SuggestionsState<'_>,
    rows: &[SuggestionRow<'_>],
    current: Option<usize>,
    order: Order,
    scroll_to_current: bool,
    has_model_help: bool,
) -> Option<SuggestionAction> {
    let mut done = None;
    match state {
        SuggestionsState::Off => {
            super::direction::wrapped(ui, &tr!("suggest-off"), |t| t);
            if ui.button(ui_tr!("suggest-turn-on")).clicked() {
                done = Some(SuggestionAction::TurnOn);
            }
            return done;
        }
        SuggestionsState::Scoring => {
            super::direction::row(ui, |ui| {
                ui.spinner();
                ui.label(ui_tr!("suggest-scoring"));
            });
            return done;
        }
        SuggestionsState::Problem(why) => {
            super::direction::wrapped(ui, why, |t| t);
            if has_model_help && ui.button(ui_tr!("suggest-get-model")).clicked() {
                done = Some(SuggestionAction::GetModel);
            }
            return done;
        }
        SuggestionsState::Ready {
            sentences,
            rejected,
            taste,
        } => {
            let summary = tr!(
                "suggest-summary",
                count = rows.len(),
                sentences = sentences,
                rejected = rejected
            );
            super::direction::wrapped(ui, &summary, |t| t);
            if let Some(taste) = taste {
                super::direction::wrapped(ui, &taste, RichText::weak);
            }
        }
    }
    super::direction::row(ui, |ui| {
        ui.label(ui_tr!("suggest-order"));
        for (choice, label) in [
            (Order::Best, ui_tr!("suggest-order-best")),
            (Order::InText, ui_tr!("suggest-order-text")),
        ] {
            if ui.selectable_label(order == choice, label).clicked() && order != choice {
                done = Some(SuggestionAction::Order(choice));
            }
        }
    });
    super::direction::wrapped(
        ui,
        &tr!(
            "suggest-keys",
            next = crate::ui::command::Command::NextSuggestion.keys(),
            accept = crate::ui::command::Command::AcceptSuggestion.keys(),
            reject = crate::ui::command::Command::RejectSuggestion.keys()
        ),
        RichText::weak,
    );
    ui.separator();
    if let Some(row) = rows.iter().find(|r| current == Some(r.place)) {
        done = current_ui(ui, row).or(done);
        ui.add_space(4.0);
    }
    // Rows of one line each (cut in reading order, right to left too), laid out only when in
    // view: a long debate's hundreds of suggestions cost nothing per frame.
    let row_height = row_height(ui, &[LineStyle::Normal, LineStyle::Weak]);
    let mut scroll = ScrollArea::vertical()
        .id_salt("suggestions")
        .auto_shrink([false, false]);
    if scroll_to_current && let Some(at) = rows.iter().position(|r| current == Some(r.place)) {
        let spacing = ui.spacing().item_spacing.y;
        scroll = scroll.vertical_scroll_offset(
            ((row_height + spacing) * at as f32 - 3.0 * row_height).max(0.0),
        );
    }
    scroll.show_rows(ui, row_height, rows.len(), |ui, shown| {
        for row in rows.get(shown).unwrap_or_default() {
            let percent = (row.scored.score * 100.0).round() as u32;
            let heading = tr!(
                "suggest-row",
                percent = percent,
                text = row.scored.text.trim()
            );
            let reasons = why(row.scored, row.alike);
            let lines = vec![
                line(ui, &heading, LineStyle::Normal, 1),
                line(ui, &reasons, LineStyle::Weak, 1),
            ];
            let name = format!("{heading}. {reasons}");
            let is_current = current == Some(row.place);
            let response = ui
                .push_id(row.place, |ui| {
                    let fill = if is_current {
                        ui.visuals().selection.bg_fill.gamma_multiply(0.35)
                    } else {
                        egui::Color32::TRANSPARENT
                    };
                    egui::Frame::new()
                        .fill(fill)
                        .corner_radius(4.0)
                        .show(ui, |ui| list_row(ui, lines, &name))
                        .inner
                })
                .inner;
            if response.clicked() {
                done = Some(SuggestionAction::Show(row.place));
            }
        }
    });
    done
}
