//! brat standoff: the article as `.txt` and the annotations as `.ann` (`T` entities with
//! code-point offsets, `#` AnnotatorNotes, `R` relations for links). Spans that cross a line
//! break are written as brat fragments (`start end;start end`), which brat requires.

use std::collections::HashMap;

use super::source_text::same_text;
use super::{Entry, ImportReport, Imported, InteropError, LabelMap, SourceText, build};
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

/// The raw-text span of one brat fragment list ("0 5;6 10"), checked against the text brat
/// recorded; a BOM that brat did not count is allowed for.
fn place_fragments(
    source: &SourceText,
    parts: &[(usize, usize)],
    recorded: &str,
) -> Result<(Span, bool), String> {
    let bom = source.raw_slice(0, 1).as_deref() == Some("\u{FEFF}");
    let shifts: &[usize] = if bom { &[0, 1] } else { &[0] };
    // The reason given is the one for the offsets as written (no shift).
    let mut first_error: Option<String> = None;
    for &shift in shifts {
        let texts: Option<Vec<String>> = parts
            .iter()
            .map(|&(a, b)| source.raw_slice(a + shift, b + shift))
            .collect();
        let Some(texts) = texts else {
            first_error.get_or_insert_with(|| "offsets past the end of the text".to_owned());
            continue;
        };
        let joined_by_breaks = parts.windows(2).all(|w| match w {
            [(_, end), (start, _)] => source
                .raw_slice(end + shift, start + shift)
                .is_some_and(|gap| gap.chars().all(char::is_whitespace)),
            _ => true,
        });
        if !joined_by_breaks {
            return Err("discontinuous span; claimmark spans are continuous".to_owned());
        }
        if !recorded.is_empty() && !same_text(&texts.join(" "), recorded) {
            first_error.get_or_insert_with(|| {
                format!("the text there is “{}”, not “{recorded}”", texts.join(" "))
            });
            continue;
        }
        let (Some(first), Some(last)) = (parts.first(), parts.last()) else {
            return Err("no offsets".to_owned());
        };
        let span = source
            .to_document(first.0 + shift, last.1 + shift)
            .ok_or_else(|| "offsets past the end of the text".to_owned())?;
        return Ok((span, shift > 0));
    }
    Err(first_error.unwrap_or_default())
}

/// Imports a brat `.ann` onto its `.txt` (`source`, exactly as brat read it). Offsets are code
/// points on that text; each entity is checked against the text brat recorded for it.
pub fn import(
    source: SourceText,
    ann: &str,
    labels: &mut LabelMap,
    now: &str,
) -> Result<Imported, InteropError> {
    let mut report = ImportReport::default();
    let mut entities: Vec<(String, Entry)> = Vec::new();
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
                let Some(tag) = labels.tag(kind) else {
                    report.skipped.push(format!(
                        "line {line_no} ({id}): brat type “{kind}” is not mapped to claim, quote or citation"
                    ));
                    continue;
                };
                let parts: Option<Vec<(usize, usize)>> = offsets
                    .split(';')
                    .map(|pair| {
                        let mut numbers = pair.split_whitespace().map(|n| n.parse::<usize>().ok());
                        Some((numbers.next()??, numbers.next()??))
                    })
                    .collect();
                let Some(parts) = parts.filter(|p| !p.is_empty()) else {
                    report.skipped.push(format!(
                        "line {line_no} ({id}): offsets “{offsets}” are not numbers"
                    ));
                    continue;
                };
                if let Some((a, b)) = parts.iter().find(|(a, b)| b < a) {
                    report.skipped.push(format!(
                        "line {line_no} ({id}): the end {b} comes before the start {a}"
                    ));
                    continue;
                }
                match place_fragments(&source, &parts, text) {
                    Ok((span, shifted)) => {
                        if parts.len() > 1 {
                            report.converted.push(format!(
                                "line {line_no} ({id}): fragments across line breaks joined into one span"
                            ));
                        } else if shifted {
                            report.converted.push(format!(
                                "line {line_no} ({id}): offsets counted without the text's byte-order mark"
                            ));
                        } else {
                            report.imported += 1;
                        }
                        entities.push((id.to_owned(), Entry::new(span, tag)));
                    }
                    Err(why) => report
                        .skipped
                        .push(format!("line {line_no} ({id}) at {offsets}: {why}")),
                }
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
    let document = source.into_document();
    let entries: Vec<Entry> = entities
        .iter()
        .map(|(id, entry)| Entry {
            note: notes.get(id).cloned().unwrap_or_default(),
            ..entry.clone()
        })
        .collect();
    let mut set = build(&document, entries, now, &mut report);
    // Entity n became annotation n (in file order), so relations map by position.
    let positions: HashMap<&str, usize> = entities
        .iter()
        .enumerate()
        .map(|(n, (id, _))| (id.as_str(), n + 1))
        .collect();
    for (kind, from, to) in relations {
        let (Some(link_kind), Some(&a), Some(&b)) = (
            relation_kind(&kind),
            positions.get(from.as_str()),
            positions.get(to.as_str()),
        ) else {
            report.skipped.push(format!(
                "relation {kind} {from}→{to}: not a claimmark link type, or its entities were not imported"
            ));
            continue;
        };
        let Some(mut link_source) = set.get(AnnotationId(a as u64)).cloned() else {
            continue;
        };
        link_source.review.links.push(Link {
            kind: link_kind,
            target: AnnotationId(b as u64),
        });
        let _ = set.replace(link_source);
    }
    let name = document
        .source()
        .map(|s| s.rsplit_once('.').map_or(s, |(stem, _)| stem).to_owned())
        .unwrap_or_else(|| "brat".to_owned());
    Ok(Imported {
        name,
        document,
        annotations: set,
        report,
    })
}
