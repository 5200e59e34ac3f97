//! The desk panel: every article of the desk (with the files that could not be read), every
//! claim in one table, and search across all of it. It reads what the desk thread last sent
//! and returns what the user asked for; it never touches the disk or the index itself.

use egui::{ComboBox, RichText, ScrollArea, TextEdit, Ui};

use super::colors;
use super::list_row::{LineStyle, format, line, list_row, row_height, wrapping};

/// Articles and claims are listed in rows of three lines.
const THREE_LINES: [LineStyle; 3] = [LineStyle::Strong, LineStyle::Weak, LineStyle::Small];
/// An article's row: title, counts, verdicts, file and date.
const ARTICLE_LINES: [LineStyle; 4] = [
    LineStyle::Strong,
    LineStyle::Weak,
    LineStyle::Weak,
    LineStyle::Small,
];
use super::direction::{is_rtl, shown};
use super::text_block::display_order;
use crate::desk::{
    ArticleFilter, ArticleRow, ArticleSort, ClaimFilter, ClaimListing, ClaimSort, Hit, HitKind,
};
use crate::i18n::words;
use crate::model::{ClaimStatus, Tag, VerdictFilter};
use crate::{tr, ui_tr};

/// The panel's tabs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DeskTab {
    /// Articles of the desk.
    #[default]
    Articles,
    /// Every claim.
    Claims,
    /// Search.
    Search,
}

/// The panel's own state: tab, filters, sort orders, the search box and its results.
#[derive(Default)]
pub struct DeskPanelState {
    /// The shown tab.
    pub tab: DeskTab,
    /// Filter and sort of the article list.
    pub articles: ArticleFilter,
    /// Filter and sort of the claims table.
    pub claims: ClaimFilter,
    /// The search box.
    pub query: String,
    /// Results of the last search answered.
    pub hits: Vec<Hit>,
    /// The search sent last, and the one the results answer.
    pub sent: u64,
    /// Give the search box the keyboard next frame.
    pub focus_query: bool,
}

/// What the user asked for in the panel.
#[derive(Clone, Debug, PartialEq)]
pub enum DeskAction {
    /// Open this file of the desk (relative path), at this annotation.
    Open(String, Option<u64>),
    /// Search for this.
    Search(String),
    /// Write the claims table (as filtered) to a CSV file.
    ExportClaims,
    /// Open this web address (an outside check).
    OpenUrl(String),
    /// Read the desk folder again now.
    Refresh,
}

/// What the user did in the panel this frame.
#[derive(Default)]
pub struct DeskPanelOutput {
    /// What was asked for.
    pub actions: Vec<DeskAction>,
    /// A text field of the panel has the keyboard (plain-key shortcuts stay off).
    pub text_focus: bool,
}

/// What the panel shows: the desk's files, with progress while indexing.
pub struct DeskView<'a> {
    /// The desk folder's name.
    pub name: &'a str,
    /// Files, readable or not.
    pub articles: &'a [ArticleRow],
    /// Outside checks in the desk.
    pub outside: usize,
    /// (done, total) while indexing.
    pub progress: Option<(usize, usize)>,
    /// (with a vector, in all) once the matching model is in use.
    pub vectors: Option<(usize, usize)>,
}

/// Shows the panel; returns what the user asked for.
pub fn desk_panel_ui(
    ui: &mut Ui,
    view: &DeskView<'_>,
    state: &mut DeskPanelState,
) -> DeskPanelOutput {
    let mut out = DeskPanelOutput::default();
    crate::ui::direction::row(ui, |ui| {
        ui.heading(ui_tr!("desk-heading", name = view.name));
        if ui
            .small_button("⟳")
            .on_hover_text(ui_tr!("desk-refresh"))
            .clicked()
        {
            out.actions.push(DeskAction::Refresh);
        }
    });
    let readable = view.articles.iter().filter(|a| a.record.is_ok()).count();
    let claims: usize = view
        .articles
        .iter()
        .filter_map(|a| a.record.as_ref().ok())
        .map(|r| r.claims.len())
        .sum();
    super::direction::wrapped(
        ui,
        &tr!(
            "desk-counts",
            articles = readable,
            claims = claims,
            outside = view.outside
        ),
        RichText::weak,
    );
    if let Some((done, total)) = view.progress {
        let fraction = if total == 0 {
            1.0
        } else {
            done as f32 / total as f32
        };
        ui.add(egui::ProgressBar::new(fraction).text(ui_tr!(
            "desk-indexing",
            done = done,
            count = total
        )));
    }
    match view.vectors {
        Some((done, total)) if done < total => {
            ui.add(
                egui::ProgressBar::new(done as f32 / total.max(1) as f32).text(ui_tr!(
                    "desk-vectors",
                    done = done,
                    count = total
                )),
            )
            .on_hover_text(ui_tr!("desk-vectors.tooltip"));
        }
        Some(_) => {
            super::direction::wrapped(ui, &tr!("desk-meaning-on"), RichText::weak);
        }
        None => {}
    }
    crate::ui::direction::row(ui, |ui| {
        for (tab, label) in [
            (DeskTab::Articles, ui_tr!("desk-tab-articles")),
            (DeskTab::Claims, ui_tr!("desk-tab-claims")),
            (DeskTab::Search, ui_tr!("desk-tab-search")),
        ] {
            if ui.selectable_label(state.tab == tab, label).clicked() {
                state.tab = tab;
                state.focus_query = tab == DeskTab::Search;
            }
        }
    });
    ui.separator();
    match state.tab {
        DeskTab::Articles => articles_ui(ui, view, state, &mut out),
        DeskTab::Claims => claims_ui(ui, view, state, &mut out),
        DeskTab::Search => search_ui(ui, state, &mut out),
    }
    out
}

fn articles_ui(
    ui: &mut Ui,
    view: &DeskView<'_>,
    state: &mut DeskPanelState,
    out: &mut DeskPanelOutput,
) {
    // The filter on a line of its own, so its hint is never cut, in any language.
    let filter = ui.add(
        TextEdit::singleline(&mut state.articles.text)
            .hint_text(ui_tr!("desk-article-filter"))
            .desired_width(f32::INFINITY),
    );
    out.text_focus |= filter.has_focus();
    crate::ui::direction::row(ui, |ui| {
        let sorts = [
            (ArticleSort::Date, ui_tr!("sort-newest")),
            (ArticleSort::Title, ui_tr!("sort-title")),
            (ArticleSort::Claims, ui_tr!("sort-most-claims")),
            (ArticleSort::Progress, ui_tr!("sort-least-done")),
        ];
        sort_box(ui, "article sort", &mut state.articles.sort, &sorts);
    });
    for failed in view.articles.iter().filter(|a| a.record.is_err()) {
        if let Err(why) = &failed.record {
            let text = RichText::new(ui_tr!("desk-unreadable", file = &failed.file))
                .color(colors::flag_warning(ui.visuals().dark_mode));
            ui.add(egui::Label::new(text).truncate())
                .on_hover_text(format!("{why}\n\n{}", ui_tr!("desk-unreadable.tooltip")));
        }
    }
    let rows = state.articles.rows(view.articles);
    let row_height = row_height(ui, &ARTICLE_LINES);
    ScrollArea::vertical()
        .id_salt("desk articles")
        .auto_shrink(false)
        .show_rows(ui, row_height, rows.len(), |ui, range| {
            for (file, record) in rows.get(range).unwrap_or_default() {
                let [claims, quotes, citations] = record.counts;
                let verdicts: Vec<String> = record
                    .verdicts
                    .iter()
                    .map(|(v, n)| format!("{v} {n}"))
                    .collect();
                let counts = tr!(
                    "desk-article-claims",
                    claims = words::tag_count(Tag::Claim, claims),
                    done = record.claims_done
                );
                // Quotes, citations and verdicts on a line of their own: the counts' words
                // are never cut; a long list of verdicts may be.
                let verdicts = [
                    words::tag_count(Tag::Quote, quotes),
                    words::tag_count(Tag::Citation, citations),
                ]
                .into_iter()
                .chain(std::iter::once(verdicts.join(", ")).filter(|v| !v.is_empty()))
                .collect::<Vec<_>>()
                .join(" · ");
                let place = format!("{file} · {}", short_date(&record.date));
                let lines = vec![
                    line(ui, &record.title, LineStyle::Strong, 1),
                    line(ui, &counts, LineStyle::Weak, 1),
                    line(ui, &verdicts, LineStyle::Weak, 1),
                    line(ui, &place, LineStyle::Small, 1),
                ];
                let name = format!("{} — {counts} — {verdicts} — {place}", record.title);
                let response = list_row(ui, lines, &name).on_hover_text(ui_tr!(
                    "desk-open-article",
                    title = &record.title,
                    source = &record.source
                ));
                if response.clicked() {
                    out.actions.push(DeskAction::Open((*file).to_owned(), None));
                }
            }
        });
}

/// `text` with the words of the query in bold (matched case-insensitively, as typed).
fn highlighted(ui: &Ui, text: &str, words: &[String]) -> egui::text::LayoutJob {
    let lower = text.to_lowercase();
    // Lower-casing can change lengths; highlight only where it did not.
    let marks: Vec<(usize, usize)> = if lower.len() == text.len() {
        let mut marks: Vec<(usize, usize)> = words
            .iter()
            .flat_map(|w| {
                lower
                    .match_indices(w.as_str())
                    .map(|(at, m)| (at, at + m.len()))
            })
            .filter(|(start, end)| text.is_char_boundary(*start) && text.is_char_boundary(*end))
            .collect();
        marks.sort_unstable();
        marks
    } else {
        Vec::new()
    };
    let style = ui.style();
    let plain = egui::TextFormat {
        font_id: egui::TextStyle::Body.resolve(style),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let bold = egui::TextFormat {
        background: colors::search_match_fill(ui.visuals().dark_mode),
        ..plain.clone()
    };
    let mut job = egui::text::LayoutJob::default();
    let mut at = 0;
    for (start, end) in marks {
        if start < at {
            continue;
        }
        job.append(text.get(at..start).unwrap_or_default(), 0.0, plain.clone());
        job.append(text.get(start..end).unwrap_or_default(), 0.0, bold.clone());
        at = end;
    }
    job.append(text.get(at..).unwrap_or_default(), 0.0, plain);
    job.wrap = wrapping(3);
    job
}

/// A sort menu: the choice shown, and one entry per order.
fn sort_box<T: PartialEq + Copy>(ui: &mut Ui, id: &str, current: &mut T, sorts: &[(T, String)]) {
    let shown = sorts
        .iter()
        .find(|(sort, _)| sort == current)
        .map(|(_, label)| label.clone())
        .unwrap_or_default();
    ComboBox::new(id, ui_tr!("sort"))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for (sort, label) in sorts {
                ui.selectable_value(current, *sort, label);
            }
        });
}

fn short_date(date: &str) -> &str {
    date.get(..10).unwrap_or(date)
}

fn claims_ui(
    ui: &mut Ui,
    view: &DeskView<'_>,
    state: &mut DeskPanelState,
    out: &mut DeskPanelOutput,
) {
    // The two searches share a line of their own, so their hints are never cut.
    crate::ui::direction::row(ui, |ui| {
        let half = (ui.available_width() - ui.spacing().item_spacing.x) / 2.0 - 8.0;
        let words = ui.add(
            TextEdit::singleline(&mut state.claims.words)
                .hint_text(ui_tr!("desk-claim-words"))
                .desired_width(half),
        );
        let claimant = ui.add(
            TextEdit::singleline(&mut state.claims.claimant)
                .hint_text(ui_tr!("desk-claimant"))
                .desired_width(half),
        );
        out.text_focus |= words.has_focus() || claimant.has_focus();
    });
    crate::ui::direction::row_wrapped(ui, |ui| {
        ComboBox::new("desk status", ui_tr!("desk-status"))
            .selected_text(
                state
                    .claims
                    .status
                    .map_or_else(|| ui_tr!("filter-any-status"), words::status_label),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.claims.status, None, ui_tr!("filter-any-status"));
                for status in ClaimStatus::ALL {
                    ui.selectable_value(
                        &mut state.claims.status,
                        Some(status),
                        words::status_label(status),
                    );
                }
            });
        let shown = match &state.claims.verdict {
            VerdictFilter::Any => ui_tr!("filter-any-verdict"),
            VerdictFilter::Missing => ui_tr!("filter-no-verdict"),
            VerdictFilter::Is(v) => v.clone(),
        };
        ComboBox::new("desk verdict", ui_tr!("desk-verdict"))
            .selected_text(shown)
            .show_ui(ui, |ui| {
                let filter = &mut state.claims.verdict;
                ui.selectable_value(filter, VerdictFilter::Any, ui_tr!("filter-any-verdict"));
                ui.selectable_value(filter, VerdictFilter::Missing, ui_tr!("filter-no-verdict"));
                for v in crate::desk::verdicts_in(view.articles) {
                    ui.selectable_value(filter, VerdictFilter::Is(v.to_owned()), v);
                }
            });
        let sorts = [
            (ClaimSort::Date, ui_tr!("sort-newest")),
            (ClaimSort::Article, ui_tr!("sort-article")),
            (ClaimSort::Status, ui_tr!("sort-status")),
            (ClaimSort::Verdict, ui_tr!("sort-verdict")),
        ];
        sort_box(ui, "desk claim sort", &mut state.claims.sort, &sorts);
    });
    let rows = state.claims.rows(view.articles);
    crate::ui::direction::row(ui, |ui| {
        ui.weak(ui_tr!("desk-claim-count", count = rows.len()));
        if ui
            .small_button(ui_tr!("desk-export-csv"))
            .on_hover_text(ui_tr!("desk-export-csv.tooltip"))
            .clicked()
        {
            out.actions.push(DeskAction::ExportClaims);
        }
    });
    let row_height = row_height(ui, &THREE_LINES);
    ScrollArea::vertical()
        .id_salt("desk claims")
        .auto_shrink(false)
        .show_rows(ui, row_height, rows.len(), |ui, range| {
            for ClaimListing { file, title, claim } in rows.get(range).unwrap_or_default() {
                let words = format!("“{}”", crate::model::excerpt(&claim.text, 120));
                let mut review = vec![
                    claim
                        .verdict
                        .clone()
                        .unwrap_or_else(|| tr!("desk-no-verdict")),
                    words::status_label(claim.status),
                ];
                review.extend(
                    [&claim.claimant, &claim.normalized]
                        .into_iter()
                        .filter(|t| !t.is_empty())
                        .cloned(),
                );
                let review = review.join(" · ");
                let place = format!("{title} · {}", short_date(&claim.date));
                let lines = vec![
                    line(ui, &words, LineStyle::Normal, 1),
                    line(ui, &review, LineStyle::Weak, 1),
                    line(ui, &place, LineStyle::Small, 1),
                ];
                let name = format!("{words} — {review} — {place}");
                let response = list_row(ui, lines, &name).on_hover_text(ui_tr!(
                    "desk-open-claim",
                    file = *file,
                    id = format!("#{}", claim.id)
                ));
                if response.clicked() {
                    out.actions
                        .push(DeskAction::Open((*file).to_owned(), Some(claim.id)));
                }
            }
        });
}

fn search_ui(ui: &mut Ui, state: &mut DeskPanelState, out: &mut DeskPanelOutput) {
    let response = ui.add(
        TextEdit::singleline(&mut state.query)
            .id_salt("desk search")
            .hint_text(ui_tr!("desk-search-hint"))
            .desired_width(f32::INFINITY),
    );
    if std::mem::take(&mut state.focus_query) {
        response.request_focus();
    }
    out.text_focus |= response.has_focus();
    if response.changed() {
        out.actions.push(DeskAction::Search(state.query.clone()));
    }
    if !state.query.trim().is_empty() && state.hits.is_empty() {
        ui.weak(ui_tr!("desk-nothing-found"));
    }
    ScrollArea::vertical()
        .id_salt("desk hits")
        .auto_shrink(false)
        .show(ui, |ui| {
            for hit in &state.hits {
                let kind = tr!("hit-kind", kind = hit.kind.name());
                let words: Vec<String> = state
                    .query
                    .split_whitespace()
                    .map(str::to_lowercase)
                    .filter(|w| w.chars().count() > 2 || w.chars().all(char::is_numeric))
                    .collect();
                let mut verdict_format = format(ui, LineStyle::Strong);
                verdict_format.color = colors::verdict(ui.visuals().dark_mode);
                let mut pieces = vec![(shown(&kind), format(ui, LineStyle::Strong))];
                if let Some(verdict) = &hit.verdict {
                    pieces.push((display_order(verdict), verdict_format));
                }
                pieces.push((display_order(&hit.title), format(ui, LineStyle::Weak)));
                // The pieces in reading order: from the right in a right-to-left interface.
                if is_rtl() {
                    pieces.reverse();
                }
                let mut heading = egui::text::LayoutJob::default();
                let last = pieces.len().saturating_sub(1);
                for (n, (text, piece_format)) in pieces.into_iter().enumerate() {
                    let gap = if n == last { "" } else { " · " };
                    heading.append(&format!("{text}{gap}"), 0.0, piece_format);
                }
                heading.wrap = wrapping(1);
                let place = if hit.kind == HitKind::Outside {
                    &hit.url
                } else {
                    &hit.file
                };
                let place = format!("{place} · {}", short_date(&hit.date));
                let lines = vec![
                    heading,
                    highlighted(ui, &hit.context, &words),
                    line(ui, &place, LineStyle::Small, 1),
                ];
                let name = format!(
                    "{kind} {} · {} — {} — {place}",
                    hit.verdict.as_deref().unwrap_or_default(),
                    hit.title,
                    hit.context
                );
                let hover = if hit.kind == HitKind::Outside {
                    ui_tr!("hit-open-url", url = &hit.url)
                } else if hit.id > 0 {
                    ui_tr!("hit-open-at", file = &hit.file, kind = hit.kind.name())
                } else {
                    ui_tr!("hit-open-file", file = &hit.file)
                };
                let response = list_row(ui, lines, &name).on_hover_text(hover);
                if response.clicked() {
                    out.actions.push(if hit.kind == HitKind::Outside {
                        DeskAction::OpenUrl(hit.url.clone())
                    } else {
                        DeskAction::Open(hit.file.clone(), (hit.id > 0).then_some(hit.id))
                    });
                }
            }
        });
}
