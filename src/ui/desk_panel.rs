//! The desk panel: every article of the desk (with the files that could not be read), every
//! claim in one table, and search across all of it. It reads what the desk thread last sent
//! and returns what the user asked for; it never touches the disk or the index itself.

use egui::{ComboBox, RichText, ScrollArea, TextEdit, Ui};

use super::colors;
use super::list_row::{LineStyle, format, line, list_row, row_height, wrapping};

/// Articles and claims are listed in rows of three lines.
const THREE_LINES: [LineStyle; 3] = [LineStyle::Strong, LineStyle::Weak, LineStyle::Small];
use crate::desk::{ArticleRow, ClaimRow, Hit, HitKind};
use crate::model::ClaimStatus;

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

/// How the article list is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ArticleSort {
    /// Newest change first.
    #[default]
    Date,
    /// By title.
    Title,
    /// Most claims first.
    Claims,
    /// Fewest claims done (in share) first.
    Progress,
}

/// How the claims table is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ClaimSort {
    /// Newest first.
    #[default]
    Date,
    /// By article.
    Article,
    /// By status.
    Status,
    /// By verdict.
    Verdict,
}

/// The panel's own state: tab, filters, sort orders, the search box and its results.
#[derive(Default)]
pub struct DeskPanelState {
    /// The shown tab.
    pub tab: DeskTab,
    /// Filter of the article list (title or file).
    pub article_filter: String,
    /// Sort of the article list.
    pub article_sort: ArticleSort,
    /// Filter of the claims table: words.
    pub claim_filter: String,
    /// Filter of the claims table: claimant.
    pub claimant_filter: String,
    /// Filter of the claims table: status.
    pub status_filter: Option<ClaimStatus>,
    /// Filter of the claims table: verdict ("" = any, "none" = without one).
    pub verdict_filter: String,
    /// Sort of the claims table.
    pub claim_sort: ClaimSort,
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
}

/// The claims the table shows (filtered and sorted): (file, article title, claim).
pub fn filtered_claims<'a>(
    state: &DeskPanelState,
    articles: &'a [ArticleRow],
) -> Vec<(&'a str, &'a str, &'a ClaimRow)> {
    let words = state.claim_filter.to_lowercase();
    let claimant = state.claimant_filter.to_lowercase();
    let mut rows: Vec<(&str, &str, &ClaimRow)> = articles
        .iter()
        .filter_map(|a| a.record.as_ref().ok().map(|r| (a.file.as_str(), r)))
        .flat_map(|(file, r)| r.claims.iter().map(move |c| (file, r.title.as_str(), c)))
        .filter(|(_, title, c)| {
            (words.is_empty()
                || c.text.to_lowercase().contains(&words)
                || c.normalized.to_lowercase().contains(&words)
                || title.to_lowercase().contains(&words))
                && (claimant.is_empty() || c.claimant.to_lowercase().contains(&claimant))
                && state.status_filter.is_none_or(|s| s == c.status)
                && match state.verdict_filter.as_str() {
                    "" => true,
                    "none" => c.verdict.is_none(),
                    v => c.verdict.as_deref() == Some(v),
                }
        })
        .collect();
    match state.claim_sort {
        ClaimSort::Date => rows.sort_by(|a, b| b.2.date.cmp(&a.2.date)),
        ClaimSort::Article => rows.sort_by(|a, b| a.1.cmp(b.1).then(a.2.id.cmp(&b.2.id))),
        ClaimSort::Status => rows.sort_by_key(|r| r.2.status),
        ClaimSort::Verdict => rows.sort_by(|a, b| a.2.verdict.cmp(&b.2.verdict)),
    }
    rows
}

/// Shows the panel; returns what the user asked for.
pub fn desk_panel_ui(
    ui: &mut Ui,
    view: &DeskView<'_>,
    state: &mut DeskPanelState,
) -> DeskPanelOutput {
    let mut out = DeskPanelOutput::default();
    ui.horizontal(|ui| {
        ui.heading(format!("Desk: {}", view.name));
        if ui
            .small_button("⟳")
            .on_hover_text("Read the desk folder again (also done when the window gets the focus)")
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
    ui.weak(format!(
        "{} · {} · {}",
        count(readable, "article", "articles"),
        count(claims, "claim", "claims"),
        count(
            view.outside,
            "check by another site",
            "checks by other sites"
        ),
    ));
    if let Some((done, total)) = view.progress {
        let fraction = if total == 0 {
            1.0
        } else {
            done as f32 / total as f32
        };
        ui.add(egui::ProgressBar::new(fraction).text(format!("Indexing {done} of {total} files")));
    }
    ui.horizontal(|ui| {
        for (tab, label) in [
            (DeskTab::Articles, "Articles"),
            (DeskTab::Claims, "All claims"),
            (DeskTab::Search, "Search"),
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
    ui.horizontal(|ui| {
        let filter = ui.add(
            TextEdit::singleline(&mut state.article_filter)
                .hint_text("filter by title or file")
                .desired_width(160.0),
        );
        out.text_focus |= filter.has_focus();
        ComboBox::new("article sort", "sort")
            .selected_text(match state.article_sort {
                ArticleSort::Date => "Newest first",
                ArticleSort::Title => "By title",
                ArticleSort::Claims => "Most claims",
                ArticleSort::Progress => "Least done",
            })
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.article_sort, ArticleSort::Date, "Newest first");
                ui.selectable_value(&mut state.article_sort, ArticleSort::Title, "By title");
                ui.selectable_value(&mut state.article_sort, ArticleSort::Claims, "Most claims");
                ui.selectable_value(&mut state.article_sort, ArticleSort::Progress, "Least done");
            });
    });
    for failed in view.articles.iter().filter(|a| a.record.is_err()) {
        if let Err(why) = &failed.record {
            let text = RichText::new(format!("[!] {} could not be read", failed.file))
                .color(colors::flag_warning(ui.visuals().dark_mode));
            ui.add(egui::Label::new(text).truncate())
                .on_hover_text(format!(
                    "{why}\n\nIt is left out of the desk until it can be read."
                ));
        }
    }
    let filter = state.article_filter.to_lowercase();
    let mut rows: Vec<(&str, &crate::desk::ArticleRecord)> = view
        .articles
        .iter()
        .filter_map(|a| a.record.as_ref().ok().map(|r| (a.file.as_str(), r)))
        .filter(|(file, r)| {
            filter.is_empty()
                || r.title.to_lowercase().contains(&filter)
                || file.to_lowercase().contains(&filter)
        })
        .collect();
    let share =
        |r: &crate::desk::ArticleRecord| r.claims_done as f32 / r.claims.len().max(1) as f32;
    match state.article_sort {
        ArticleSort::Date => rows.sort_by(|a, b| b.1.date.cmp(&a.1.date)),
        ArticleSort::Title => rows.sort_by(|a, b| a.1.title.cmp(&b.1.title)),
        ArticleSort::Claims => rows.sort_by_key(|r| std::cmp::Reverse(r.1.claims.len())),
        ArticleSort::Progress => rows.sort_by(|a, b| share(a.1).total_cmp(&share(b.1))),
    }
    let row_height = row_height(ui, &THREE_LINES);
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
                let counts = format!(
                    "{} ({} done) · {} · {}{}",
                    count(claims, "claim", "claims"),
                    record.claims_done,
                    count(quotes, "quote", "quotes"),
                    count(citations, "citation", "citations"),
                    if verdicts.is_empty() {
                        String::new()
                    } else {
                        format!(" · {}", verdicts.join(", "))
                    }
                );
                let place = format!("{file} · {}", short_date(&record.date));
                let lines = vec![
                    line(ui, &record.title, LineStyle::Strong, 1),
                    line(ui, &counts, LineStyle::Weak, 1),
                    line(ui, &place, LineStyle::Small, 1),
                ];
                let name = format!("{} — {counts} — {place}", record.title);
                let response = list_row(ui, lines, &name)
                    .on_hover_text(format!("Open “{}”\n{}", record.title, record.source));
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

/// "1 claim", "3 claims".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
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
    ui.horizontal_wrapped(|ui| {
        let words = ui.add(
            TextEdit::singleline(&mut state.claim_filter)
                .hint_text("words")
                .desired_width(110.0),
        );
        let claimant = ui.add(
            TextEdit::singleline(&mut state.claimant_filter)
                .hint_text("claimant")
                .desired_width(90.0),
        );
        out.text_focus |= words.has_focus() || claimant.has_focus();
        ComboBox::new("desk status", "status")
            .selected_text(state.status_filter.map_or("Any status", ClaimStatus::label))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.status_filter, None, "Any status");
                for status in ClaimStatus::ALL {
                    ui.selectable_value(&mut state.status_filter, Some(status), status.label());
                }
            });
        let verdicts: std::collections::BTreeSet<&str> = view
            .articles
            .iter()
            .filter_map(|a| a.record.as_ref().ok())
            .flat_map(|r| r.verdicts.iter().map(|(v, _)| v.as_str()))
            .collect();
        let shown = match state.verdict_filter.as_str() {
            "" => "Any verdict",
            "none" => "No verdict yet",
            v => v,
        }
        .to_owned();
        ComboBox::new("desk verdict", "verdict")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.verdict_filter, String::new(), "Any verdict");
                ui.selectable_value(
                    &mut state.verdict_filter,
                    "none".to_owned(),
                    "No verdict yet",
                );
                for v in verdicts {
                    ui.selectable_value(&mut state.verdict_filter, v.to_owned(), v);
                }
            });
        ComboBox::new("desk claim sort", "sort")
            .selected_text(match state.claim_sort {
                ClaimSort::Date => "Newest first",
                ClaimSort::Article => "By article",
                ClaimSort::Status => "By status",
                ClaimSort::Verdict => "By verdict",
            })
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.claim_sort, ClaimSort::Date, "Newest first");
                ui.selectable_value(&mut state.claim_sort, ClaimSort::Article, "By article");
                ui.selectable_value(&mut state.claim_sort, ClaimSort::Status, "By status");
                ui.selectable_value(&mut state.claim_sort, ClaimSort::Verdict, "By verdict");
            });
    });
    let rows = filtered_claims(state, view.articles);
    ui.horizontal(|ui| {
        ui.weak(format!("{} claims", rows.len()));
        if ui
            .small_button("Export CSV…")
            .on_hover_text("Write these claims, as filtered, to a CSV table")
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
            for (file, title, claim) in rows.get(range).unwrap_or_default() {
                let words = format!("“{}”", crate::model::excerpt(&claim.text, 120));
                let mut review = vec![
                    claim.verdict.as_deref().unwrap_or("no verdict").to_owned(),
                    claim.status.label().to_owned(),
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
                let response = list_row(ui, lines, &name)
                    .on_hover_text(format!("Open at this claim ({file} #{})", claim.id));
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
            .hint_text("words of a claim, a name, a number")
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
        ui.weak("Nothing found yet.");
    }
    ScrollArea::vertical()
        .id_salt("desk hits")
        .auto_shrink(false)
        .show(ui, |ui| {
            for hit in &state.hits {
                let kind = match hit.kind {
                    HitKind::Article => "Article",
                    HitKind::Claim => "Claim",
                    HitKind::Quote => "Quote",
                    HitKind::Outside => "Checked by",
                };
                let words: Vec<String> = state
                    .query
                    .split_whitespace()
                    .map(str::to_lowercase)
                    .filter(|w| w.chars().count() > 2 || w.chars().all(char::is_numeric))
                    .collect();
                let mut heading = egui::text::LayoutJob::default();
                heading.append(kind, 0.0, format(ui, LineStyle::Strong));
                if let Some(verdict) = &hit.verdict {
                    let mut verdict_format = format(ui, LineStyle::Strong);
                    verdict_format.color = colors::verdict(ui.visuals().dark_mode);
                    heading.append(&format!(" {verdict}"), 0.0, verdict_format);
                }
                heading.append(
                    &format!(" · {}", hit.title),
                    0.0,
                    format(ui, LineStyle::Weak),
                );
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
                    format!("Open {} in the browser", hit.url)
                } else if hit.id > 0 {
                    format!("Open {} at this {}", hit.file, kind.to_lowercase())
                } else {
                    format!("Open {}", hit.file)
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
