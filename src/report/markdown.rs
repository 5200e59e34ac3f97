//! The Markdown report.

use std::fmt::Write as _;

use super::contents::Report;
use super::outline::{Detail, EvidenceLine, Outline, VerdictLine};

/// Backslash-escapes the characters that would start Markdown or HTML markup.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escaped text on one line (line breaks become spaces).
fn inline(text: &str) -> String {
    escape(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Escaped text that may span lines, indented to stay inside a list item.
fn block(text: &str) -> String {
    escape(text.trim()).replace('\n', "\n    ")
}

/// Writes the report as Markdown.
pub fn to_markdown(report: &Report<'_>) -> String {
    let outline = Outline::of(report);
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", inline(&outline.heading));
    for fact in &outline.facts {
        let value = if fact.code {
            format!("`{}`", fact.value)
        } else {
            inline(&fact.value)
        };
        let _ = writeln!(md, "- **{}:** {value}", inline(&fact.label));
    }
    let [title, verdict, claims] = &outline.verdict_heading;
    let _ = writeln!(
        md,
        "\n## {}\n\n| {} | {} |\n| --- | ---: |",
        inline(title),
        inline(verdict),
        inline(claims)
    );
    for (label, count) in &outline.verdicts {
        let _ = writeln!(md, "| {} | {count} |", inline(label));
    }
    let _ = writeln!(md, "\n## {}", inline(&outline.claims_heading));
    for card in &outline.claims {
        let labels = &card.labels;
        let _ = writeln!(md, "\n### {}. “{}”\n", card.number, inline(&card.text));
        match (&card.said, &card.said_link) {
            (Some(said), Some(link)) => {
                let _ = writeln!(md, "*[{}](<{}>)*\n", inline(said), link.replace('>', "%3E"));
            }
            (Some(said), None) => {
                let _ = writeln!(md, "*{}*\n", inline(said));
            }
            _ => {}
        }
        let verdict = match &card.verdict {
            VerdictLine::Given { label, scale } => match scale {
                Some(scale) => format!("**{}** ({})", inline(label), inline(scale)),
                None => format!("**{}**", inline(label)),
            },
            VerdictLine::Missing(words) => inline(words),
        };
        let _ = writeln!(md, "- **{}:** {verdict}", inline(&labels.verdict));
        let _ = writeln!(
            md,
            "- **{}:** {}",
            inline(&labels.status),
            inline(&card.status)
        );
        for (name, value) in &card.fields {
            let _ = writeln!(md, "- **{}:** {}", inline(name), block(value));
        }
        if !card.evidence.is_empty() {
            let _ = writeln!(md, "- **{}:**", inline(&labels.evidence));
            for e in &card.evidence {
                let _ = writeln!(md, "  - {}", evidence(e));
            }
        }
        if let Some(changed) = &card.changed {
            let _ = writeln!(md, "- **{}:** {}", inline(&labels.changed), inline(changed));
        }
        if !card.links.is_empty() {
            let _ = writeln!(md, "- **{}:**", inline(&labels.linked));
            for (how, _, what) in &card.links {
                let _ = writeln!(md, "  - {} {}", inline(how), inline(what));
            }
        }
    }
    for list in &outline.lists {
        let _ = writeln!(md, "\n## {}\n", inline(&list.heading));
        for item in &list.items {
            let details: Vec<String> = item.details.iter().map(detail).collect();
            let _ = write!(md, "- “{}” — {}", inline(&item.text), details.join("; "));
            if let Some(note) = &item.note {
                let _ = write!(md, ". {}", inline(note));
            }
            md.push('\n');
        }
    }
    md
}

fn evidence(e: &EvidenceLine) -> String {
    let mut item = match (&e.url, &e.reference) {
        (Some(url), _) => format!("[{}](<{url}>)", inline(&e.label)),
        (None, Some(reference)) => format!("{}: {}", inline(&e.label), inline(reference)),
        (None, None) => inline(&e.label),
    };
    if let Some(accessed) = &e.accessed {
        let _ = write!(item, " ({})", inline(accessed));
    }
    if let Some(archived) = &e.archived {
        let _ = write!(item, " ({})", inline(archived));
    }
    if let Some(note) = &e.note {
        let _ = write!(item, " — {}", inline(note));
    }
    item
}

fn detail(detail: &Detail) -> String {
    match detail {
        Detail::Text(words) => inline(words),
        Detail::Link { label, url } => format!("{}: <{url}>", inline(label)),
    }
}
