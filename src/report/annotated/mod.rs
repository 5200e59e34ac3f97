//! The published fact-check: the article's own text with every claim highlighted in its
//! verdict's colour and every quote and citation marked, each claim's card beside its paragraph
//! (below it on a narrow screen, after it in print), under a header with the headline, the
//! source, who checked it and a verdict summary. One self-contained HTML file (styles inline,
//! a tiny optional script, no outside fonts or images) or a fragment with scoped styles for a
//! CMS. Every piece of article or user text is escaped; only `http(s)` addresses become links.

mod cards;
mod chart;
mod pieces;
mod tone;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

pub use pieces::{Piece, cut};
pub use tone::{Tone, tone_of};

use super::contents::{Report, is_web_url};
use super::outline::{ClaimCardOutline, Detail, EvidenceLine, Outline, VerdictLine};
use crate::i18n::words;
use crate::model::{Annotation, Span, Tag, capitalized};
use crate::tr;

pub(super) const STYLE: &str = include_str!("style.css");
const SCRIPT: &str = include_str!("hover.js");
/// Styles for a whole page only (a fragment must not restyle the page it is pasted into).
const PAGE_STYLE: &str = "html,body{margin:0;background:#fff}\
@media screen and (prefers-color-scheme:dark){html,body{background:#121212}}\
@page{margin:16mm 15mm 18mm;@bottom-center{content:counter(page) \" / \" counter(pages);font:9pt system-ui,sans-serif;color:#333}}";

/// How the annotated article is written.
#[derive(Clone, Debug, Default)]
pub struct PageOptions {
    /// Only the article part (header, text, cards, lists) in one `<div>` with scoped styles,
    /// for pasting into a CMS: no `<html>`, page styles or script.
    pub fragment: bool,
    /// The web archive (`NAME.warc.gz`) the report is published beside: "archived on DATE"
    /// links to it.
    pub archive: Option<String>,
}

/// The annotated article as one HTML page (or fragment).
pub fn to_annotated_html(report: &Report<'_>, options: &PageOptions) -> String {
    let outline = Outline::of(report);
    let language = crate::i18n::language();
    let (lang, dir) = (
        language.code(),
        if language.is_rtl() { "rtl" } else { "ltr" },
    );
    let title = report.document.title();
    let mut h = String::new();
    if !options.fragment {
        let _ = write!(
            h,
            "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\"/>\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
             <meta name=\"color-scheme\" content=\"light dark\"/>\n\
             <meta name=\"generator\" content=\"claimmark\"/>\n\
             <title>{}</title>\n<style>{PAGE_STYLE}\n{STYLE}{}</style>\n</head>\n<body>\n",
            text(&tr!("report-heading", title = title)),
            tone_style()
        );
    }
    let _ = writeln!(h, "<div class=\"claimmark\" lang=\"{lang}\" dir=\"{dir}\">");
    if options.fragment {
        let _ = writeln!(h, "<style>{STYLE}{}</style>", tone_style());
    }
    let writer = Writer {
        report,
        outline: &outline,
        options,
    };
    writer.header(&mut h);
    writer.article(&mut h);
    writer.lists(&mut h);
    let _ = writeln!(
        h,
        "<footer class=\"cm-foot\"><p>{} {}: <code>{}</code></p></footer>",
        text(&tr!("report-made-with")),
        text(&tr!("report-article-hash")),
        text(report.document.sha256())
    );
    h.push_str("</div>\n");
    if !options.fragment {
        let _ = write!(h, "<script>\n{SCRIPT}</script>\n</body>\n</html>\n");
    }
    h
}

/// The CSS of every tone: chips and card edges in its strong colour, highlights in its tint.
pub(super) fn tone_style() -> String {
    let mut css = String::new();
    let mut dark = String::new();
    for tone in Tone::ALL {
        let (class, strong) = (tone.class(), tone.strong_colour());
        let (light_tint, dark_tint) = tone.tints();
        let _ = write!(
            css,
            ".claimmark .cm-chip.{class}{{background:{strong}}}\
             .claimmark .cm-card.{class}{{border-inline-start-color:{strong}}}\
             .claimmark mark.cm-claim.{class}{{background:{light_tint}}}"
        );
        let _ = write!(
            dark,
            ".claimmark mark.cm-claim.{class}{{background:{dark_tint}}}"
        );
    }
    format!("{css}\n@media screen and (prefers-color-scheme:dark){{{dark}}}\n")
}

struct Writer<'r, 'a> {
    report: &'r Report<'a>,
    outline: &'r Outline,
    options: &'r PageOptions,
}

/// What a highlight is, for its element and marker.
struct Highlight<'a> {
    annotation: &'a Annotation,
    /// The claim's number and card (claims only).
    card: Option<(usize, &'a ClaimCardOutline)>,
    tone: Tone,
}

impl Writer<'_, '_> {
    fn header(&self, h: &mut String) {
        let doc = self.report.document;
        let _ = writeln!(
            h,
            "<header class=\"cm-head\">\n<p class=\"cm-kicker\">{}</p>\n<h1 dir=\"auto\">{}</h1>",
            text(&tr!("report-kicker")),
            text(doc.title())
        );
        let mut meta = Vec::new();
        match (doc.web(), doc.source()) {
            (Some(web), _) => {
                meta.push(format!(
                    "{}: {}",
                    text(&tr!("report-source")),
                    link(&web.final_url, &web.final_url)
                ));
                let date = web.retrieved.get(..10).unwrap_or(&web.retrieved);
                meta.push(text(&tr!("report-retrieved", date = date)).into_owned());
            }
            (None, Some(source)) if is_web_url(source) => meta.push(format!(
                "{}: {}",
                text(&tr!("report-source")),
                link(source, source)
            )),
            (None, Some(source)) => {
                meta.push(format!("{}: {}", text(&tr!("report-source")), text(source)))
            }
            (None, None) => {}
        }
        let claims = self.report.tagged(Tag::Claim);
        if let Some(last) = claims.iter().map(|c| c.modified.as_str()).max() {
            let date = last.get(..10).unwrap_or(last);
            if !date.is_empty() {
                meta.push(text(&tr!("report-checked-on", date = date)).into_owned());
            }
        }
        let mut names: Vec<&str> = Vec::new();
        for claim in &claims {
            for name in [&claim.review.created_by, &claim.review.modified_by] {
                let name = name.trim();
                if !name.is_empty() && !names.contains(&name) {
                    names.push(name);
                }
            }
        }
        if !names.is_empty() {
            meta.push(text(&tr!("report-checked-by", names = names.join(", "))).into_owned());
        }
        if let Some(fact) = self.outline.facts.iter().find(|f| f.strong) {
            meta.push(text(&fact.value).into_owned());
        }
        let spans: String = meta.iter().map(|m| format!("<span>{m}</span>")).collect();
        let _ = writeln!(h, "<p class=\"cm-meta\">{spans}</p>");
        self.summary(h);
        let _ = writeln!(
            h,
            "<details class=\"cm-legend-box\"><summary>{}</summary><ul class=\"cm-legend\">\
             <li><mark class=\"cm-claim cm-mixed\">{}</mark> {}</li>\
             <li><mark class=\"cm-quote\">{}</mark> {}</li>\
             <li><mark class=\"cm-citation\">{}</mark> {}</li></ul></details>\n</header>",
            text(&tr!("report-how-to-read")),
            text(&capitalized(&words::tag_name(Tag::Claim))),
            text(&tr!("report-legend-claim")),
            text(&capitalized(&words::tag_name(Tag::Quote))),
            text(&tr!("report-legend-quote")),
            text(&capitalized(&words::tag_name(Tag::Citation))),
            text(&tr!("report-legend-citation")),
        );
    }

    fn summary(&self, h: &mut String) {
        let scale = self.report.scale;
        let counts: Vec<(String, usize, Tone)> = self
            .report
            .verdict_counts()
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .map(|(label, n)| {
                let tone = if label == tr!("report-no-verdict") {
                    Tone::Open
                } else {
                    tone_of(Some(&label), scale)
                };
                (label, n, tone)
            })
            .collect();
        if counts.is_empty() {
            return;
        }
        let [heading, _, _] = &self.outline.verdict_heading;
        let _ = writeln!(
            h,
            "<section class=\"cm-summary\" aria-labelledby=\"cm-summary-h\">\n<h2 id=\"cm-summary-h\">{}</h2>",
            text(heading)
        );
        let words: Vec<String> = counts
            .iter()
            .map(|(label, n, _)| format!("{label}: {n}"))
            .collect();
        h.push_str(&chart::bar(
            &counts.iter().map(|(_, n, t)| (*n, *t)).collect::<Vec<_>>(),
            &tr!("report-chart", list = words.join(", ")),
        ));
        h.push_str("<ul class=\"cm-counts\">");
        for (label, n, tone) in &counts {
            let _ = write!(
                h,
                "<li><span class=\"cm-chip {}\">{}</span> {}</li>",
                tone.class(),
                text(label),
                text(&words::tag_count(Tag::Claim, *n))
            );
        }
        h.push_str("</ul>\n</section>\n");
    }

    fn highlights(&self) -> Vec<Highlight<'_>> {
        let cards: BTreeMap<u64, (usize, &ClaimCardOutline)> = self
            .outline
            .claims
            .iter()
            .map(|c| (c.id, (c.number, c)))
            .collect();
        self.report
            .annotations
            .in_order()
            .filter(|a| a.is_anchored() && !a.span.is_empty())
            .map(|annotation| Highlight {
                annotation,
                card: cards.get(&annotation.id.0).copied(),
                tone: tone_of(annotation.review.verdict.as_deref(), self.report.scale),
            })
            .collect()
    }

    fn article(&self, h: &mut String) {
        let doc = self.report.document;
        let highlights = self.highlights();
        let spans: Vec<Span> = highlights.iter().map(|l| l.annotation.span).collect();
        let _ = writeln!(
            h,
            "<main class=\"cm-article\" aria-labelledby=\"cm-article-h\">\n<h2 id=\"cm-article-h\">{}</h2>",
            text(&tr!("report-article"))
        );
        let mut placed = std::collections::HashSet::new();
        let mut first = true;
        for paragraph in doc.paragraphs() {
            let Some(words) = doc.slice(*paragraph) else {
                continue;
            };
            if words.trim().is_empty() {
                continue;
            }
            // A first line that is the headline is already the page's heading.
            let is_heading = first
                && words.trim() == doc.title().trim()
                && !spans.iter().any(|s| s.overlaps(paragraph));
            first = false;
            if is_heading {
                continue;
            }
            let cards: Vec<&Highlight<'_>> = highlights
                .iter()
                .filter(|l| l.card.is_some() && paragraph.contains(l.annotation.span.start))
                .collect();
            let class = if cards.is_empty() {
                "cm-block"
            } else {
                "cm-block cm-has-cards"
            };
            let _ = write!(h, "<div class=\"{class}\">\n<p dir=\"auto\">");
            for piece in cut(*paragraph, &spans) {
                self.piece(h, &piece, &highlights);
            }
            h.push_str("</p>\n");
            if !cards.is_empty() {
                let _ = writeln!(
                    h,
                    "<div class=\"cm-cards\" role=\"group\" aria-label=\"{}\">",
                    attr(&tr!("report-checks-here"))
                );
                for highlight in cards {
                    if let Some((number, card)) = highlight.card {
                        placed.insert(card.id);
                        self.card(h, number, card, highlight.tone, true);
                    }
                }
                h.push_str("</div>\n");
            }
            h.push_str("</div>\n");
        }
        let lost: Vec<&ClaimCardOutline> = self
            .outline
            .claims
            .iter()
            .filter(|c| !placed.contains(&c.id))
            .collect();
        if !lost.is_empty() {
            let _ = writeln!(
                h,
                "<section aria-labelledby=\"cm-lost-h\"><h2 id=\"cm-lost-h\">{}</h2><div class=\"cm-cards\">",
                text(&tr!("report-lost-place"))
            );
            for card in lost {
                let tone = match &card.verdict {
                    VerdictLine::Given { label, .. } => tone_of(Some(label), self.report.scale),
                    VerdictLine::Missing(_) => Tone::Open,
                };
                self.card(h, card.number, card, tone, false);
            }
            h.push_str("</div></section>\n");
        }
        h.push_str("</main>\n");
    }

    fn piece(&self, h: &mut String, piece: &Piece, highlights: &[Highlight<'_>]) {
        let doc = self.report.document;
        for &i in &piece.covered_by {
            let Some(l) = highlights.get(i) else { continue };
            let id = l.annotation.id.0;
            let anchor = if piece.starts.contains(&i) {
                format!(" id=\"cm-at-{id}\"")
            } else {
                String::new()
            };
            let (class, card) = match (l.annotation.tag, l.card) {
                (Tag::Claim, Some(_)) => (
                    format!("cm-claim {}", l.tone.class()),
                    format!(" data-card=\"cm-claim-{id}\""),
                ),
                (Tag::Claim, None) => (format!("cm-claim {}", l.tone.class()), String::new()),
                (Tag::Quote, _) => ("cm-quote".to_owned(), String::new()),
                (Tag::Citation, _) => ("cm-citation".to_owned(), String::new()),
            };
            let _ = write!(h, "<mark class=\"{class}\"{anchor}{card}>");
            if piece.starts.contains(&i) && l.annotation.tag == Tag::Citation {
                let _ = write!(
                    h,
                    "<span class=\"cm-hidden\">{}: </span>",
                    text(&capitalized(&words::tag_name(Tag::Citation)))
                );
            }
        }
        h.push_str(&text(doc.slice(piece.span).unwrap_or_default()));
        for _ in &piece.covered_by {
            h.push_str("</mark>");
        }
        for &i in piece.ends.iter().rev() {
            let Some(l) = highlights.get(i) else { continue };
            self.marker(h, l);
        }
    }

    /// The chip after a claim (its number and verdict, linking to its card) or a quote (its
    /// speaker).
    fn marker(&self, h: &mut String, l: &Highlight<'_>) {
        let id = l.annotation.id.0;
        match (l.annotation.tag, l.card) {
            (Tag::Claim, Some((number, card))) => {
                let verdict = verdict_words(card);
                let _ = write!(
                    h,
                    "<a class=\"cm-chip cm-ref {}\" href=\"#cm-claim-{id}\" id=\"cm-ref-{id}\" \
                     aria-label=\"{}\">{number} · {}</a>",
                    l.tone.class(),
                    attr(&tr!(
                        "report-claim-ref",
                        number = number,
                        verdict = verdict.as_str()
                    )),
                    text(&verdict)
                );
            }
            (Tag::Quote, _) => {
                let speaker = l.annotation.review.speaker.trim();
                let label = if speaker.is_empty() {
                    capitalized(&words::tag_name(Tag::Quote))
                } else {
                    tr!("report-quote-by", speaker = speaker)
                };
                let _ = write!(
                    h,
                    "<a class=\"cm-chip cm-ref cm-said\" href=\"#a{id}\" dir=\"auto\">{}</a>",
                    text(&label)
                );
            }
            _ => {}
        }
    }

    /// Quotes and citations, each with what is known about it and a way back to the text.
    fn lists(&self, h: &mut String) {
        if self.outline.lists.is_empty() {
            return;
        }
        h.push_str("<section class=\"cm-lists\">\n");
        for list in &self.outline.lists {
            let key = match list.tag {
                Tag::Quote => "quotes",
                Tag::Citation => "citations",
                Tag::Claim => "claims",
            };
            let _ = writeln!(
                h,
                "<h2 id=\"cm-{key}-h\">{}</h2>\n<ul aria-labelledby=\"cm-{key}-h\">",
                text(&list.heading)
            );
            for item in &list.items {
                let details: Vec<String> = item.details.iter().map(detail).collect();
                let _ = write!(
                    h,
                    "<li id=\"a{}\"><span dir=\"auto\">“{}” — {}",
                    item.id,
                    text(&item.text),
                    details.join("; ")
                );
                if let Some(note) = &item.note {
                    let _ = write!(h, ". {}", text(note));
                }
                h.push_str("</span>");
                let anchored = self
                    .report
                    .annotations
                    .get(crate::model::AnnotationId(item.id))
                    .is_some_and(|a| a.is_anchored() && !a.span.is_empty());
                if anchored {
                    let _ = write!(
                        h,
                        " <a class=\"cm-back\" href=\"#cm-at-{}\">↩ {}</a>",
                        item.id,
                        text(&tr!("report-back"))
                    );
                }
                h.push_str("</li>\n");
            }
            h.push_str("</ul>\n");
        }
        h.push_str("</section>\n");
    }
}

/// The words on a claim's verdict chip.
fn verdict_words(card: &ClaimCardOutline) -> String {
    match &card.verdict {
        VerdictLine::Given { label, .. } => label.clone(),
        VerdictLine::Missing(words) => words.clone(),
    }
}

/// Where a link to annotation `id` goes: a claim's card, or a quote's or citation's entry.
fn anchor_of(report: &Report<'_>, id: u64) -> String {
    match report.annotations.get(crate::model::AnnotationId(id)) {
        Some(a) if a.tag == Tag::Claim => format!("cm-claim-{id}"),
        _ => format!("a{id}"),
    }
}

/// A file name as a relative link (each path segment escaped for a URL).
fn relative_href(name: &str) -> String {
    name.split('/')
        .map(|part| url::form_urlencoded::byte_serialize(part.as_bytes()).collect::<String>())
        .collect::<Vec<_>>()
        .join("/")
        .replace('+', "%20")
}

fn link(url: &str, label: &str) -> String {
    if !is_web_url(url) {
        return text(label).into_owned();
    }
    format!(
        "<a href=\"{}\" rel=\"noopener noreferrer\" dir=\"auto\">{}</a>",
        attr(url.trim()),
        text(label)
    )
}

fn detail(detail: &Detail) -> String {
    match detail {
        Detail::Text(words) => text(words).into_owned(),
        Detail::Link { label, url } => format!("{}: {}", text(label), link(url, url)),
    }
}

#[cfg(test)]
mod test;
