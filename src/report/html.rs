//! The standalone HTML report: one well-formed file with its own styles, no scripts, and every
//! piece of article or user text escaped.

use std::fmt::Write as _;

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use super::contents::Report;
use super::outline::{Detail, EvidenceLine, Outline, VerdictLine};
use crate::model::Tag;

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.5}\
h1{font-size:1.6rem}.meta{color:#555}.card{border:1px solid #ddd;border-inline-start:6px solid #E69F00;border-radius:6px;padding:.75rem 1rem;margin:1rem 0}\
.card h3{margin:.2rem 0 .6rem;font-size:1.05rem}.verdict{display:inline-block;background:#222;color:#fff;border-radius:4px;padding:0 .5rem}\
.none{background:#999}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:start}\
dt{font-weight:600}dd{margin:0 0 .4rem 0}dd.text{white-space:pre-wrap}dd ul{margin:0;padding-inline-start:1.2rem}.who{color:#666;font-size:.9rem}.quote{border-inline-start-color:#56B4E9}.citation{border-inline-start-color:#CC79A7}";

/// Writes the report as a standalone HTML page.
pub fn to_html(report: &Report<'_>) -> String {
    let outline = Outline::of(report);
    let mut h = String::new();
    let heading = text(&outline.heading);
    let language = crate::i18n::language();
    let (lang, dir) = (
        language.code(),
        if language.is_rtl() { "rtl" } else { "ltr" },
    );
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\"/>\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
         <meta name=\"generator\" content=\"claimmark\"/>\n\
         <title>{heading}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{heading}</h1>\n"
    );
    let facts: Vec<String> = outline
        .facts
        .iter()
        .map(|fact| {
            let value = if fact.code {
                format!("<code>{}</code>", text(&fact.value))
            } else if fact.strong {
                format!("<strong>{}</strong>", text(&fact.value))
            } else {
                text(&fact.value).into_owned()
            };
            format!("{}: {value}", text(&fact.label))
        })
        .collect();
    let _ = writeln!(h, "<p class=\"meta\">{}</p>", facts.join("<br/>"));

    let [title, verdict, claims] = &outline.verdict_heading;
    let _ = writeln!(
        h,
        "<h2>{}</h2>\n<table>\n<thead><tr><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        text(title),
        text(verdict),
        text(claims)
    );
    for (label, count) in &outline.verdicts {
        let _ = writeln!(h, "<tr><td>{}</td><td>{count}</td></tr>", text(label));
    }
    let _ = writeln!(
        h,
        "</tbody>\n</table>\n<h2>{}</h2>",
        text(&outline.claims_heading)
    );
    for card in &outline.claims {
        let _ = write!(
            h,
            "<section class=\"card\" id=\"a{}\">\n<h3>{}. “{}”</h3>\n<p>",
            card.id,
            card.number,
            text(&card.text)
        );
        match &card.verdict {
            VerdictLine::Given { label, scale } => {
                let _ = write!(h, "<span class=\"verdict\">{}</span>", text(label));
                if let Some(scale) = scale {
                    let _ = write!(h, " {}", text(scale));
                }
            }
            VerdictLine::Missing(words) => {
                let _ = write!(h, "<span class=\"verdict none\">{}</span>", text(words));
            }
        }
        let _ = writeln!(h, " · {}</p>", text(&card.status));
        h.push_str("<dl>\n");
        for (name, value) in &card.fields {
            let _ = writeln!(
                h,
                "<dt>{}</dt><dd class=\"text\">{}</dd>",
                text(name),
                text(value)
            );
        }
        if !card.evidence.is_empty() {
            let _ = writeln!(h, "<dt>{}</dt><dd><ul>", text(&card.labels.evidence));
            for e in &card.evidence {
                let _ = writeln!(h, "<li>{}</li>", evidence(e));
            }
            h.push_str("</ul></dd>\n");
        }
        if !card.links.is_empty() {
            let _ = writeln!(h, "<dt>{}</dt><dd><ul>", text(&card.labels.linked));
            for (how, id, what) in &card.links {
                let _ = writeln!(
                    h,
                    "<li>{} <a href=\"#a{id}\">{}</a></li>",
                    text(how),
                    text(what)
                );
            }
            h.push_str("</ul></dd>\n");
        }
        h.push_str("</dl>\n");
        if let Some(changed) = &card.changed {
            let _ = writeln!(
                h,
                "<p class=\"who\">{} {}</p>",
                text(&card.labels.changed),
                text(changed)
            );
        }
        h.push_str("</section>\n");
    }
    for list in &outline.lists {
        let class = match list.tag {
            Tag::Quote => "quote",
            Tag::Citation => "citation",
            Tag::Claim => "claim",
        };
        let _ = writeln!(
            h,
            "<h2>{}</h2>\n<ul class=\"{class}\">",
            text(&list.heading)
        );
        for item in &list.items {
            let details: Vec<String> = item.details.iter().map(detail).collect();
            let _ = write!(
                h,
                "<li id=\"a{}\">“{}” — {}",
                item.id,
                text(&item.text),
                details.join("; ")
            );
            if let Some(note) = &item.note {
                let _ = write!(h, ". {}", text(note));
            }
            h.push_str("</li>\n");
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</body>\n</html>\n");
    h
}

fn link(url: &str, label: &str) -> String {
    format!(
        "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
        attr(url),
        text(label)
    )
}

fn evidence(e: &EvidenceLine) -> String {
    let mut item = match (&e.url, &e.reference) {
        (Some(url), _) => link(url, &e.label),
        (None, Some(reference)) => format!("{}: {}", text(&e.label), text(reference)),
        (None, None) => text(&e.label).into_owned(),
    };
    if let Some(accessed) = &e.accessed {
        let _ = write!(item, " ({})", text(accessed));
    }
    if let Some(archived) = &e.archived {
        let _ = write!(item, " ({})", text(archived));
    }
    if let Some(note) = &e.note {
        let _ = write!(item, " — {}", text(note));
    }
    item
}

fn detail(detail: &Detail) -> String {
    match detail {
        Detail::Text(words) => text(words).into_owned(),
        Detail::Link { label, url } => format!("{}: {}", text(label), link(url, url)),
    }
}
