//! brat standoff: the article as `.txt` and the annotations as `.ann` (`T` entities with
//! code-point offsets, `#` AnnotatorNotes, `R` relations for links). Spans that cross a line
//! break are written as brat fragments (`start end;start end`), which brat requires.

use std::collections::HashMap;

use super::{ImportReport, InteropError, build, tag_for_label};
use crate::model::{AnnotationId, AnnotationSet, Document, Link, LinkKind, Span, Tag};

fn type_name(tag: Tag) -> &'static str {
    tag.label()
}

fn relation_name(kind: LinkKind) -> &'static str {
    match kind {
        LinkKind::SupportedBy => "Supported_by",
        LinkKind::ContradictedBy => "Contradicted_by",
        LinkKind::AttributedTo => "Attributed_to",
    }
}

fn relation_kind(name: &str) -> Option<LinkKind> {
    LinkKind::ALL
        .into_iter()
        .find(|k| relation_name(*k).eq_ignore_ascii_case(name))
}

/// Fragments of `span` between line breaks.
fn fragments(document: &Document, span: Span) -> Vec<Span> {
    let text = document.slice(span).unwrap_or_default();
    let mut out = Vec::new();
    let mut start = span.start;
    for (i, c) in text.chars().enumerate() {
        if c == '\n' {
            if span.start + i > start {
                out.push(Span::new(start, span.start + i));
            }
            start = span.start + i + 1;
        }
    }
    if span.end > start {
        out.push(Span::new(start, span.end));
    }
    out
}

/// The `.ann` file (the `.txt` is the document's text as it is).
pub fn export_ann(document: &Document, annotations: &AnnotationSet) -> String {
    let mut ann = String::new();
    let mut numbers: HashMap<AnnotationId, usize> = HashMap::new();
    let mut note_number = 0;
    for (n, a) in annotations
        .in_order()
        .filter(|a| a.is_anchored())
        .enumerate()
    {
        let t = n + 1;
        numbers.insert(a.id, t);
        let parts = fragments(document, a.span);
        let offsets: Vec<String> = parts
            .iter()
            .map(|p| format!("{} {}", p.start, p.end))
            .collect();
        let text: Vec<&str> = parts
            .iter()
            .map(|p| document.slice(*p).unwrap_or_default())
            .collect();
        ann.push_str(&format!(
            "T{t}\t{} {}\t{}\n",
            type_name(a.tag),
            offsets.join(";"),
            text.join(" ")
        ));
        if !a.note.trim().is_empty() {
            note_number += 1;
            let note = a.note.split_whitespace().collect::<Vec<_>>().join(" ");
            ann.push_str(&format!("#{note_number}\tAnnotatorNotes T{t}\t{note}\n"));
        }
    }
    let mut r = 0;
    for a in annotations.in_order() {
        for link in &a.review.links {
            if let (Some(from), Some(to)) = (numbers.get(&a.id), numbers.get(&link.target)) {
                r += 1;
                ann.push_str(&format!(
                    "R{r}\t{} Arg1:T{from} Arg2:T{to}\t\n",
                    relation_name(link.kind)
                ));
            }
        }
    }
    ann
}

/// Imports a brat `.ann` onto `document` (the `.txt`). `mapping` maps brat types to tags
/// (case-insensitive); types not in it fall back to the usual names (Claim, Quote, Citation…).
pub fn import(
    document: &Document,
    ann: &str,
    mapping: &[(String, Tag)],
    now: &str,
) -> Result<(AnnotationSet, ImportReport), InteropError> {
    let mut report = ImportReport::default();
    let mut entities: Vec<(String, Span, Tag)> = Vec::new();
    let mut notes: HashMap<String, String> = HashMap::new();
    let mut relations: Vec<(String, String, String)> = Vec::new();
    for (number, line) in ann.lines().enumerate() {
        let line_no = number + 1;
        if line.trim().is_empty() {
            continue;
        }
        let mut fields = line.splitn(3, '\t');
        let id = fields.next().unwrap_or_default();
        let body = fields.next().unwrap_or_default();
        let text = fields.next().unwrap_or_default();
        match id.chars().next() {
            Some('T') => {
                let (kind, offsets) = body.split_once(' ').unwrap_or((body, ""));
                let tag = mapping
                    .iter()
                    .find(|(name, _)| name.eq_ignore_ascii_case(kind))
                    .map(|(_, tag)| *tag)
                    .or_else(|| tag_for_label(kind));
                let Some(tag) = tag else {
                    report.skipped.push(format!("line {line_no} ({id}): brat type “{kind}” is not mapped to claim, quote or citation"));
                    continue;
                };
                let parts: Option<Vec<Span>> = offsets
                    .split(';')
                    .map(|pair| {
                        let mut numbers = pair.split_whitespace().map(|n| n.parse::<usize>().ok());
                        Some(Span::new(numbers.next()??, numbers.next()??))
                    })
                    .collect();
                let Some(parts) = parts.filter(|p| !p.is_empty()) else {
                    report.skipped.push(format!(
                        "line {line_no} ({id}): offsets “{offsets}” are not numbers"
                    ));
                    continue;
                };
                let first = parts.first().map_or(0, |p| p.start);
                let last = parts.last().map_or(0, |p| p.end);
                let joined_by_line_breaks = parts.windows(2).all(|w| match w {
                    [a, b] => document
                        .slice(Span::new(a.end, b.start))
                        .is_some_and(|g| g.chars().all(char::is_whitespace)),
                    _ => true,
                });
                let span = Span::new(first, last);
                if parts.len() > 1 && !joined_by_line_breaks {
                    report.skipped.push(format!("line {line_no} ({id}): discontinuous span ({offsets}); claimmark spans are continuous"));
                    continue;
                }
                if parts.len() > 1 {
                    report.converted.push(format!(
                        "line {line_no} ({id}): fragments across line breaks joined into one span"
                    ));
                }
                let expected: Vec<&str> = parts
                    .iter()
                    .map(|p| document.slice(*p).unwrap_or_default())
                    .collect();
                if !text.is_empty() && expected.join(" ") != text {
                    report.skipped.push(format!(
                        "line {line_no} ({id}): the text at {offsets} is not “{text}”"
                    ));
                    continue;
                }
                entities.push((id.to_owned(), span, tag));
            }
            Some('#') => {
                if let Some(target) = body.strip_prefix("AnnotatorNotes ") {
                    notes.insert(target.trim().to_owned(), text.to_owned());
                }
            }
            Some('R') => {
                let mut parts = body.split_whitespace();
                let kind = parts.next().unwrap_or_default().to_owned();
                let arg = |p: Option<&str>| {
                    p.and_then(|a| a.split_once(':'))
                        .map(|(_, t)| t.to_owned())
                        .unwrap_or_default()
                };
                relations.push((kind, arg(parts.next()), arg(parts.next())));
            }
            _ => report.skipped.push(format!(
                "line {line_no}: “{}” lines are not imported",
                id.chars().next().unwrap_or(' ')
            )),
        }
    }
    let entries: Vec<(Span, Tag, String)> = entities
        .iter()
        .map(|(id, span, tag)| (*span, *tag, notes.get(id).cloned().unwrap_or_default()))
        .collect();
    report.imported = entries.len();
    let mut set = build(document, entries, now, &mut report);
    // Entity n became annotation n (in file order), so relations map by position.
    let positions: HashMap<&str, usize> = entities
        .iter()
        .enumerate()
        .map(|(n, (id, _, _))| (id.as_str(), n + 1))
        .collect();
    for (kind, from, to) in relations {
        let (Some(link_kind), Some(&a), Some(&b)) = (
            relation_kind(&kind),
            positions.get(from.as_str()),
            positions.get(to.as_str()),
        ) else {
            report.skipped.push(format!("relation {kind} {from}→{to}: not a claimmark link type, or its entities were not imported"));
            continue;
        };
        let Some(mut source) = set.get(AnnotationId(a as u64)).cloned() else {
            continue;
        };
        source.review.links.push(Link {
            kind: link_kind,
            target: AnnotationId(b as u64),
        });
        let _ = set.replace(source);
    }
    Ok((set, report))
}
