//! "Seen before": under the selected claim's form, the desk's earlier claims and other sites'
//! checks that say the same thing, each with its verdict, article and date, to open or reuse.

use crate::ui_tr;
use egui::{RichText, Ui};

use crate::desk::{Hit, HitKind};

/// What the user did with one earlier check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeenAction {
    /// Open it: the file at that claim, or an outside check's page.
    Open,
    /// Take its verdict and normalized claim into the selected claim, citing it as evidence.
    Reuse,
}

/// Shows the earlier checks (`None`: still searching); returns (index, what was done).
pub fn seen_before_ui(ui: &mut Ui, hits: Option<&[Hit]>) -> Option<(usize, SeenAction)> {
    let mut done = None;
    let count = hits.map_or(0, <[Hit]>::len);
    let title = match hits {
        None => ui_tr!("seen-searching"),
        Some([]) => ui_tr!("seen-nothing"),
        Some(_) => ui_tr!("seen-count", count = count),
    };
    egui::CollapsingHeader::new(RichText::new(title).strong())
        .id_salt("seen before")
        .default_open(true)
        .enabled(count > 0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("seen before hits")
                .max_height(ui.ctx().content_rect().height() * 0.25)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for (index, hit) in hits.unwrap_or_default().iter().enumerate() {
                        ui.push_id(index, |ui| {
                            if let Some(action) = hit_ui(ui, hit) {
                                done = Some((index, action));
                            }
                        });
                        if index + 1 < count {
                            ui.separator();
                        }
                    }
                });
        });
    done
}

/// True when `word` (as the hit writes it) is one of the `shared` query words.
fn is_shared(word: &str, shared: &[String]) -> bool {
    let bare: String = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    !bare.is_empty()
        && shared.iter().any(|s| {
            let s = s.to_lowercase();
            bare == s || (s.chars().count() > 3 && (bare.starts_with(&s) || s.starts_with(&bare)))
        })
}

/// `text` with the words it shares with the query marked.
pub fn marked(ui: &Ui, text: &str, shared: &[String]) -> egui::text::LayoutJob {
    let mut job = egui::text::LayoutJob::default();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = ui.visuals().text_color();
    let plain = egui::TextFormat::simple(font.clone(), color);
    let mark = egui::TextFormat {
        background: ui.visuals().selection.bg_fill.gamma_multiply(0.6),
        ..egui::TextFormat::simple(font, ui.visuals().strong_text_color())
    };
    for piece in text.split_inclusive(char::is_whitespace) {
        let word = piece.trim_end();
        let format = if is_shared(word, shared) {
            &mark
        } else {
            &plain
        };
        job.append(word, 0.0, format.clone());
        job.append(&piece[word.len()..], 0.0, plain.clone());
    }
    job.wrap.max_width = ui.available_width();
    job
}

/// Why the hit was proposed: how many words it shares, how close its meaning is.
fn why_ui(ui: &mut Ui, hit: &Hit) {
    let mut reasons = Vec::new();
    if !hit.shared.is_empty() {
        reasons.push(ui_tr!("seen-why-words", count = hit.shared.len()));
    }
    if let Some(meaning) = hit.meaning {
        reasons.push(ui_tr!("seen-why-meaning", score = format!("{meaning:.2}")));
    }
    if !reasons.is_empty() {
        ui.weak(format!("· {}", reasons.join(" · ")))
            .on_hover_text(format!(
                "{}\n{}",
                ui_tr!("seen-why"),
                ui_tr!("seen-why.tooltip")
            ));
    }
}

fn hit_ui(ui: &mut Ui, hit: &Hit) -> Option<SeenAction> {
    let mut done = None;
    let source = if hit.kind == HitKind::Outside {
        ui_tr!("seen-checked-by", publisher = &hit.title)
    } else {
        hit.title.clone()
    };
    crate::ui::direction::row_wrapped(ui, |ui| {
        match &hit.verdict {
            Some(verdict) => {
                ui.label(
                    RichText::new(verdict)
                        .strong()
                        .color(super::colors::verdict(ui.visuals().dark_mode)),
                );
            }
            None => {
                ui.weak(ui_tr!("seen-no-verdict"));
            }
        }
        ui.weak(format!(
            "· {source} · {}",
            hit.date.get(..10).unwrap_or(&hit.date)
        ));
        why_ui(ui, hit);
    });
    ui.label(marked(
        ui,
        &format!(
            "“{}”",
            crate::ui::text_block::display_order(&crate::model::excerpt(&hit.text, 160))
        ),
        &hit.shared,
    ));
    if !hit.normalized.is_empty() && hit.normalized != hit.text {
        let second = crate::model::excerpt(&hit.normalized, 160);
        ui.weak(if hit.kind == HitKind::Outside {
            ui_tr!("seen-headline", text = second)
        } else {
            ui_tr!("seen-normalized", text = second)
        });
    }
    crate::ui::direction::row(ui, |ui| {
        let open_hint = if hit.kind == HitKind::Outside {
            ui_tr!("hit-open-url", url = &hit.url)
        } else {
            ui_tr!("hit-open-at", file = &hit.file, kind = "claim")
        };
        if ui
            .small_button(ui_tr!("seen-open"))
            .on_hover_text(open_hint)
            .clicked()
        {
            done = Some(SeenAction::Open);
        }
        if ui
            .small_button(ui_tr!("seen-reuse"))
            .on_hover_text(ui_tr!("seen-reuse.tooltip"))
            .clicked()
        {
            done = Some(SeenAction::Reuse);
        }
    });
    done
}
