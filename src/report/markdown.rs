//! The Markdown report.

use std::fmt::Write as _;

use super::contents::{Report, is_web_url};
use crate::model::{Annotation, Tag};

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
    let doc = report.document;
    let mut md = String::new();
    let _ = writeln!(md, "# Fact-check report: {}\n", inline(doc.title()));
    if let Some(source) = doc.source() {
        let _ = writeln!(md, "- **Source:** {}", inline(source));
    }
    let _ = writeln!(md, "- **Article SHA-256:** `{}`", doc.sha256());
    let (done, claims) = report.progress();
    let [_, quotes, citations] = report.annotations.counts();
    let _ = writeln!(
        md,
        "- **Annotations:** {claims} claims, {quotes} quotes, {citations} citations; {done} of {claims} claims done\n"
    );

    md.push_str("## Verdicts\n\n| Verdict | Claims |\n| --- | ---: |\n");
    for (label, count) in report.verdict_counts() {
        let _ = writeln!(md, "| {} | {count} |", inline(&label));
    }

    md.push_str("\n## Claims\n");
    for (n, card) in report.claim_cards().iter().enumerate() {
        let claim = card.claim;
        let r = &claim.review;
        let _ = writeln!(md, "\n### {}. “{}”\n", n + 1, inline(&claim.text));
        let verdict = match (&r.verdict, card.verdict_value) {
            (Some(v), Some(value)) => format!(
                "**{}** ({value} on a scale from {} to {})",
                inline(v),
                report.scale.worst(),
                report.scale.best()
            ),
            (Some(v), None) => format!("**{}**", inline(v)),
            (None, _) => "no verdict yet".to_owned(),
        };
        let _ = writeln!(md, "- **Verdict:** {verdict}");
        let _ = writeln!(md, "- **Status:** {}", r.status.label());
        let fields = [
            ("Normalized claim", &r.normalized),
            ("Claimant", &r.claimant),
            ("Rationale", &r.rationale),
            ("Note", &claim.note),
        ];
        for (name, value) in fields {
            if !value.trim().is_empty() {
                let _ = writeln!(md, "- **{name}:** {}", block(value));
            }
        }
        if !r.evidence.is_empty() {
            md.push_str("- **Evidence:**\n");
            for e in &r.evidence {
                let title = if e.title.trim().is_empty() {
                    &e.reference
                } else {
                    &e.title
                };
                let item = if is_web_url(&e.reference) {
                    format!("[{}](<{}>)", inline(title), e.reference.trim())
                } else if e.title.trim().is_empty() {
                    inline(&e.reference)
                } else {
                    format!("{}: {}", inline(&e.title), inline(&e.reference))
                };
                let _ = write!(md, "  - {item}");
                if !e.accessed.trim().is_empty() {
                    let _ = write!(md, " (accessed {})", inline(&e.accessed));
                }
                if !e.note.trim().is_empty() {
                    let _ = write!(md, " — {}", inline(&e.note));
                }
                md.push('\n');
            }
        }
        if !r.modified_by.is_empty() {
            let _ = writeln!(
                md,
                "- **Last changed:** by {} at {}",
                inline(&r.modified_by),
                claim.modified
            );
        }
        if !card.links.is_empty() {
            md.push_str("- **Linked:**\n");
            for (how, other) in &card.links {
                let _ = writeln!(md, "  - {how} {}", inline(&Report::describe(other)));
            }
        }
    }

    section(&mut md, "Quotes", &report.tagged(Tag::Quote), |a| {
        let mut extra = Vec::new();
        if !a.review.speaker.is_empty() {
            extra.push(format!("speaker: {}", inline(&a.review.speaker)));
        }
        extra.push(
            if a.review.quote_verified {
                "verified against its source"
            } else {
                "not verified yet"
            }
            .to_owned(),
        );
        extra
    });
    section(&mut md, "Citations", &report.tagged(Tag::Citation), |a| {
        let mut extra = Vec::new();
        if !a.review.target.is_empty() {
            let target = if is_web_url(&a.review.target) {
                format!("<{}>", a.review.target.trim())
            } else {
                inline(&a.review.target)
            };
            extra.push(format!("target: {target}"));
        }
        extra.push(
            if a.review.citation_checked {
                "checked"
            } else {
                "not checked yet"
            }
            .to_owned(),
        );
        extra
    });
    md
}

fn section(
    md: &mut String,
    title: &str,
    items: &[&Annotation],
    details: impl Fn(&Annotation) -> Vec<String>,
) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(md, "\n## {title}\n");
    for a in items {
        let _ = write!(md, "- “{}” — {}", inline(&a.text), details(a).join("; "));
        if !a.note.trim().is_empty() {
            let _ = write!(md, ". Note: {}", inline(&a.note));
        }
        md.push('\n');
    }
}
