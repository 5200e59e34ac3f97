//! The standalone HTML report: one well-formed file with its own styles, no scripts, and every
//! piece of article or user text escaped.

use std::fmt::Write as _;

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use super::contents::{Report, is_web_url};
use crate::model::{Annotation, Tag};

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.5}\
h1{font-size:1.6rem}.meta{color:#555}.card{border:1px solid #ddd;border-left:6px solid #E69F00;border-radius:6px;padding:.75rem 1rem;margin:1rem 0}\
.card h3{margin:.2rem 0 .6rem;font-size:1.05rem}.verdict{display:inline-block;background:#222;color:#fff;border-radius:4px;padding:0 .5rem}\
.none{background:#999}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}\
dt{font-weight:600}dd{margin:0 0 .4rem 0}dd.text{white-space:pre-wrap}dd ul{margin:0;padding-left:1.2rem}.who{color:#666;font-size:.9rem}.quote{border-left-color:#56B4E9}.citation{border-left-color:#CC79A7}";

/// Writes the report as a standalone HTML page.
pub fn to_html(report: &Report<'_>) -> String {
    let doc = report.document;
    let mut h = String::new();
    let title = text(doc.title());
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
         <meta name=\"generator\" content=\"claimmark\"/>\n\
         <title>Fact-check report: {title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <h1>Fact-check report: {title}</h1>\n"
    );
    let (done, claims) = report.progress();
    let [_, quotes, citations] = report.annotations.counts();
    h.push_str("<p class=\"meta\">");
    if let Some(source) = doc.source() {
        let _ = write!(h, "Source: {}<br/>", text(source));
    }
    let _ = writeln!(
        h,
        "Article SHA-256: <code>{}</code><br/>{claims} claims, {quotes} quotes, {citations} citations; \
         <strong>{done} of {claims} claims done</strong></p>",
        doc.sha256()
    );

    h.push_str("<h2>Verdicts</h2>\n<table>\n<thead><tr><th>Verdict</th><th>Claims</th></tr></thead>\n<tbody>\n");
    for (label, count) in report.verdict_counts() {
        let _ = writeln!(h, "<tr><td>{}</td><td>{count}</td></tr>", text(&label));
    }
    h.push_str("</tbody>\n</table>\n<h2>Claims</h2>\n");
    for (n, card) in report.claim_cards().iter().enumerate() {
        let claim = card.claim;
        let r = &claim.review;
        let _ = write!(
            h,
            "<section class=\"card\" id=\"a{}\">\n<h3>{}. “{}”</h3>\n<p>",
            claim.id.0,
            n + 1,
            text(&claim.text)
        );
        match (&r.verdict, card.verdict_value) {
            (Some(v), Some(value)) => {
                let _ = write!(
                    h,
                    "<span class=\"verdict\">{}</span> {value} on a scale from {} to {}",
                    text(v),
                    report.scale.worst(),
                    report.scale.best()
                );
            }
            (Some(v), None) => {
                let _ = write!(h, "<span class=\"verdict\">{}</span>", text(v));
            }
            (None, _) => h.push_str("<span class=\"verdict none\">No verdict yet</span>"),
        }
        let _ = writeln!(h, " · {}</p>", text(r.status.label()));
        h.push_str("<dl>\n");
        let fields = [
            ("Normalized claim", &r.normalized),
            ("Claimant", &r.claimant),
            ("Rationale", &r.rationale),
            ("Note", &claim.note),
        ];
        for (name, value) in fields {
            if !value.trim().is_empty() {
                let _ = writeln!(
                    h,
                    "<dt>{name}</dt><dd class=\"text\">{}</dd>",
                    text(value.trim())
                );
            }
        }
        if !r.evidence.is_empty() {
            h.push_str("<dt>Evidence</dt><dd><ul>\n");
            for e in &r.evidence {
                let label = if e.title.trim().is_empty() {
                    &e.reference
                } else {
                    &e.title
                };
                h.push_str("<li>");
                if is_web_url(&e.reference) {
                    let _ = write!(
                        h,
                        "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                        attr(e.reference.trim()),
                        text(label)
                    );
                } else if e.title.trim().is_empty() {
                    h.push_str(&text(&e.reference));
                } else {
                    let _ = write!(h, "{}: {}", text(&e.title), text(&e.reference));
                }
                if !e.accessed.trim().is_empty() {
                    let _ = write!(h, " (accessed {})", text(&e.accessed));
                }
                if !e.note.trim().is_empty() {
                    let _ = write!(h, " — {}", text(&e.note));
                }
                h.push_str("</li>\n");
            }
            h.push_str("</ul></dd>\n");
        }
        if !card.links.is_empty() {
            h.push_str("<dt>Linked</dt><dd><ul>\n");
            for (how, other) in &card.links {
                let _ = writeln!(
                    h,
                    "<li>{how} <a href=\"#a{}\">{}</a></li>",
                    other.id.0,
                    text(&Report::describe(other))
                );
            }
            h.push_str("</ul></dd>\n");
        }
        h.push_str("</dl>\n");
        if !r.modified_by.is_empty() {
            let _ = writeln!(
                h,
                "<p class=\"who\">Last changed by {} at {}</p>",
                text(&r.modified_by),
                text(&claim.modified)
            );
        }
        h.push_str("</section>\n");
    }
    list(&mut h, "Quotes", "quote", &report.tagged(Tag::Quote), |a| {
        let mut parts = Vec::new();
        if !a.review.speaker.is_empty() {
            parts.push(format!("speaker: {}", text(&a.review.speaker)));
        }
        parts.push(
            if a.review.quote_verified {
                "verified"
            } else {
                "not verified yet"
            }
            .to_owned(),
        );
        parts.join("; ")
    });
    list(
        &mut h,
        "Citations",
        "citation",
        &report.tagged(Tag::Citation),
        |a| {
            let mut parts = Vec::new();
            let target = a.review.target.trim();
            if is_web_url(target) {
                parts.push(format!(
                    "target: <a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                    attr(target),
                    text(target)
                ));
            } else if !target.is_empty() {
                parts.push(format!("target: {}", text(target)));
            }
            parts.push(
                if a.review.citation_checked {
                    "checked"
                } else {
                    "not checked yet"
                }
                .to_owned(),
            );
            parts.join("; ")
        },
    );
    h.push_str("</body>\n</html>\n");
    h
}

fn list(
    h: &mut String,
    title: &str,
    class: &str,
    items: &[&Annotation],
    details: impl Fn(&Annotation) -> String,
) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(h, "<h2>{title}</h2>\n<ul class=\"{class}\">");
    for a in items {
        let _ = write!(
            h,
            "<li id=\"a{}\">“{}” — {}",
            a.id.0,
            text(&a.text),
            details(a)
        );
        if !a.note.trim().is_empty() {
            let _ = write!(h, ". Note: {}", text(&a.note));
        }
        h.push_str("</li>\n");
    }
    h.push_str("</ul>\n");
}
