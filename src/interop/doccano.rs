//! doccano exports: JSONL (one document per line), pretty-printed JSON or a JSON list, in
//! every shape doccano has written: `label` or `labels` as `[start, end, label]` lists (1.x),
//! `entities` objects (relation projects), and `annotations` with label ids (before 1.0).
//!
//! doccano counts offsets in UTF-16 units (its web editor is JavaScript), or in grapheme
//! clusters when a project turns that on; its files do not say which, and do not repeat the
//! marked text. Where the units disagree on a document, the one that puts the spans on word
//! boundaries is used, and the report says so.

use serde_json::Value;

use super::source_text::{OffsetUnit, SourceText};
use super::{Entry, ImportReport, Imported, InteropError, LabelMap};

/// One span as doccano recorded it.
struct RawSpan {
    start: i64,
    end: i64,
    label: String,
    user: Option<String>,
}

/// Every JSON value in `text`: JSONL, pretty-printed objects one after another, or a list.
pub(super) fn json_values(text: &str) -> Result<Vec<Value>, InteropError> {
    let mut values = Vec::new();
    for value in serde_json::Deserializer::from_str(text).into_iter::<Value>() {
        match value? {
            Value::Array(items) => values.extend(items),
            other => values.push(other),
        }
    }
    Ok(values)
}

fn number(value: Option<&Value>) -> Option<i64> {
    value.and_then(|v| v.as_i64().or_else(|| v.as_f64().map(|f| f as i64)))
}

fn label_text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The spans of one document, with what could not be read.
fn raw_spans(doc: &Value, report: &mut ImportReport, name: &str) -> Vec<RawSpan> {
    let mut spans = Vec::new();
    // `label`, `labels`, or the column the user named on import ("column_label").
    let list_keys: Vec<&str> = doc
        .as_object()
        .map(|map| {
            map.iter()
                .filter(|(key, value)| {
                    ["label", "labels"].contains(&key.as_str())
                        || value.as_array().is_some_and(|items| {
                            !items.is_empty()
                                && items
                                    .iter()
                                    .all(|i| i.as_array().is_some_and(|p| p.len() == 3))
                        })
                })
                .map(|(key, _)| key.as_str())
                .collect()
        })
        .unwrap_or_default();
    for key in list_keys {
        for item in doc.get(key).and_then(Value::as_array).into_iter().flatten() {
            match item {
                Value::Array(parts) => {
                    let start = number(parts.first());
                    let end = number(parts.get(1));
                    match (start, end, label_text(parts.get(2))) {
                        (Some(start), Some(end), Some(label)) => spans.push(RawSpan {
                            start,
                            end,
                            label,
                            user: None,
                        }),
                        _ => report
                            .skipped
                            .push(format!("{name}: {key} {item}: not [start, end, label]")),
                    }
                }
                Value::String(label) => report.skipped.push(format!(
                    "{name}: “{label}” labels the whole document, not a span of it"
                )),
                other => report
                    .skipped
                    .push(format!("{name}: {key} {other}: not [start, end, label]")),
            }
        }
    }
    for key in ["entities", "annotations"] {
        for item in doc.get(key).and_then(Value::as_array).into_iter().flatten() {
            let start = number(item.get("start_offset"));
            let end = number(item.get("end_offset"));
            let label = label_text(item.get("label"));
            match (start, end, label) {
                (Some(start), Some(end), Some(label)) => spans.push(RawSpan {
                    start,
                    end,
                    label,
                    user: label_text(item.get("user")).map(|u| format!("doccano user {u}")),
                }),
                (None, None, Some(label)) => report.skipped.push(format!(
                    "{name}: “{label}” labels the whole document, not a span of it"
                )),
                _ => report.skipped.push(format!(
                    "{name}: {key} {item}: no start_offset, end_offset and label"
                )),
            }
        }
    }
    spans
}

/// True when the boundary before char `at` of `chars` is not inside a word.
fn at_word_boundary(chars: &[char], at: usize) -> bool {
    let word = |i: usize| chars.get(i).is_some_and(|c| c.is_alphanumeric());
    at == 0 || !word(at) || !word(at - 1)
}

/// The unit that places `spans` best on `source`, and why.
fn choose_unit(source: &SourceText, spans: &[RawSpan]) -> (OffsetUnit, Option<String>) {
    if source.units_agree() {
        return (OffsetUnit::Utf16, None);
    }
    let chars: Vec<char> = source
        .raw_slice(0, source.len_in(OffsetUnit::CodePoints))
        .unwrap_or_default()
        .chars()
        .collect();
    let score = |unit: OffsetUnit| -> Option<usize> {
        let mut good = 0;
        for span in spans.iter().filter(|s| s.start >= 0 && s.end >= s.start) {
            let a = source.raw_offset(span.start as usize, unit)?;
            let b = source.raw_offset(span.end as usize, unit)?;
            if at_word_boundary(&chars, a) && at_word_boundary(&chars, b) {
                good += 1;
            }
        }
        Some(good)
    };
    let scores: Vec<(OffsetUnit, Option<usize>)> = [
        OffsetUnit::Utf16,
        OffsetUnit::Graphemes,
        OffsetUnit::CodePoints,
    ]
    .into_iter()
    .map(|u| (u, score(u)))
    .collect();
    let best = scores
        .iter()
        .filter_map(|(u, s)| s.map(|s| (*u, s)))
        .max_by_key(|(u, s)| (*s, *u == OffsetUnit::Utf16));
    let Some((unit, good)) = best else {
        return (
            OffsetUnit::Utf16,
            Some(
                "no way of counting fits every span; read as UTF-16 units (doccano's default)"
                    .to_owned(),
            ),
        );
    };
    let others: Vec<String> = scores
        .iter()
        .filter(|(u, _)| *u != unit)
        .map(|(u, s)| match s {
            Some(s) => format!("{s} as {}", u.describe()),
            None => format!("offsets inside characters as {}", u.describe()),
        })
        .collect();
    (
        unit,
        Some(format!(
            "the text has emoji or other characters that count differently; offsets read as {} \
             ({good} of {} spans on word boundaries that way; {})",
            unit.describe(),
            spans.len(),
            others.join(", ")
        )),
    )
}

/// Imports every document of a doccano export.
pub fn import(
    text: &str,
    labels: &mut LabelMap,
    now: &str,
) -> Result<(Vec<Imported>, Vec<String>), InteropError> {
    let values = json_values(text)?;
    if values.is_empty() {
        return Err(InteropError::Shape("the file has no documents".to_owned()));
    }
    let mut documents = Vec::new();
    let mut skipped = Vec::new();
    for (n, doc) in values.iter().enumerate() {
        let name = match doc.get("id") {
            Some(Value::Number(id)) => format!("doccano-{id}"),
            Some(Value::String(id)) => format!("doccano-{id}"),
            _ => format!("document-{}", n + 1),
        };
        // `text`, `data` (early 1.x), or the column the user named on import.
        let raw = doc
            .get("text")
            .or_else(|| doc.get("data"))
            .and_then(Value::as_str)
            .or_else(|| {
                doc.as_object().and_then(|map| {
                    map.values()
                        .filter_map(Value::as_str)
                        .max_by_key(|s| s.len())
                })
            });
        let Some(raw) = raw else {
            skipped.push(format!(
                "{name} (document {} of the file): no \"text\" field",
                n + 1
            ));
            continue;
        };
        let source = SourceText::new(raw, Some(name.clone()), "utf-8");
        let mut report = ImportReport::default();
        let spans = raw_spans(doc, &mut report, &name);
        let (unit, why) = choose_unit(&source, &spans);
        report.notes.extend(why);
        let mut entries = Vec::new();
        for span in &spans {
            let at = format!("{name}: “{}” at {}–{}", span.label, span.start, span.end);
            if span.start < 0 || span.end < 0 {
                report.skipped.push(format!("{at}: negative offsets"));
                continue;
            }
            if span.end < span.start {
                report.skipped.push(format!(
                    "{at}: the end {} comes before the start {}",
                    span.end, span.start
                ));
                continue;
            }
            let Some(tag) = labels.tag(&span.label) else {
                let hint = if span.label.chars().all(|c| c.is_ascii_digit()) {
                    " (a label id, as doccano wrote before 1.0; map it with --map ID=claim)"
                } else {
                    ""
                };
                report.skipped.push(format!(
                    "{at}: label not mapped to claim, quote or citation{hint}"
                ));
                continue;
            };
            let (start, end) = (span.start as usize, span.end as usize);
            let Some((place, _)) = source.span_in(start, end, unit) else {
                report.skipped.push(format!(
                    "{at}: offsets fall inside a character or past the end (counted as {})",
                    unit.describe()
                ));
                continue;
            };
            let code_points = (source.raw_offset(start, unit), source.raw_offset(end, unit));
            if code_points != (Some(start), Some(end)) {
                report.converted.push(format!(
                    "{at} ({}) is at characters {}–{}",
                    unit.describe(),
                    place.start,
                    place.end
                ));
            } else {
                report.imported += 1;
            }
            entries.push(Entry {
                created_by: span.user.clone().unwrap_or_default(),
                ..Entry::new(place, tag)
            });
        }
        documents.push(Imported::from_entries(
            name,
            source.into_document(),
            entries,
            now,
            report,
        ));
    }
    Ok((documents, skipped))
}
