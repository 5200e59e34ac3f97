//! W3C Web Annotation (JSON-LD): export as one `AnnotationCollection`, import anchored by
//! `TextPositionSelector` (code points) and checked or re-found by `TextQuoteSelector`.

use serde_json::{Value, json};

use super::anchor::{Quote, anchor};
use super::{Entry, ImportReport, Imported, InteropError, LabelMap, OffsetUnit, SourceText};
use crate::model::{Annotation, AnnotationSet, Document, Span, Tag};

fn document_iri(document: &Document) -> String {
    format!("urn:sha256:{}", document.sha256())
}

fn source(document: &Document) -> String {
    match document.source() {
        Some(s) if s.starts_with("http://") || s.starts_with("https://") => s.to_owned(),
        _ => document_iri(document),
    }
}

fn annotation_json(document: &Document, a: &Annotation) -> Value {
    let mut body = vec![json!({
        "type": "TextualBody",
        "purpose": "tagging",
        "value": a.tag.key_name(),
    })];
    if !a.note.is_empty() {
        body.push(json!({
            "type": "TextualBody",
            "purpose": "commenting",
            "value": a.note,
            "format": "text/plain",
        }));
    }
    let mut item = json!({
        "id": format!("{}#annotation-{}", document_iri(document), a.id.0),
        "type": "Annotation",
        "motivation": if a.note.is_empty() { "tagging" } else { "commenting" },
        "created": a.created,
        "modified": a.modified,
        "body": body,
        "target": {
            "source": source(document),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": a.text,
                    "prefix": a.prefix,
                    "suffix": a.suffix,
                },
                {
                    "type": "TextPositionSelector",
                    "start": a.span.start,
                    "end": a.span.end,
                }
            ]
        }
    });
    if !a.review.created_by.is_empty() {
        set(
            &mut item,
            "creator",
            json!({ "type": "Person", "name": a.review.created_by }),
        );
    }
    item
}

/// The annotations as one W3C `AnnotationCollection` (JSON-LD, pretty printed).
pub fn export(document: &Document, annotations: &AnnotationSet) -> String {
    let items: Vec<Value> = annotations
        .in_order()
        .filter(|a| a.is_anchored())
        .map(|a| annotation_json(document, a))
        .collect();
    let collection = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": format!("{}#annotations", document_iri(document)),
        "type": "AnnotationCollection",
        "label": document.title(),
        "total": items.len(),
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        }
    });
    serde_json::to_string_pretty(&collection).unwrap_or_default() + "\n"
}

fn items(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(list) => list.iter().collect(),
        Value::Object(map) => {
            if let Some(first) = map.get("first") {
                first
                    .get("items")
                    .and_then(Value::as_array)
                    .map_or_else(Vec::new, |l| l.iter().collect())
            } else if let Some(list) = map.get("items").and_then(Value::as_array) {
                list.iter().collect()
            } else {
                vec![value]
            }
        }
        _ => Vec::new(),
    }
}

pub(super) fn selectors(item: &Value) -> Vec<&Value> {
    let target = item.get("target");
    let targets: Vec<&Value> = match target {
        Some(Value::Array(list)) => list.iter().collect(),
        Some(t) => vec![t],
        None => Vec::new(),
    };
    targets
        .into_iter()
        .flat_map(|t| match t.get("selector") {
            Some(Value::Array(list)) => list.iter().collect::<Vec<_>>(),
            Some(s) => vec![s],
            None => Vec::new(),
        })
        .collect()
}

fn bodies(item: &Value) -> Vec<&Value> {
    match item.get("body") {
        Some(Value::Array(list)) => list.iter().collect(),
        Some(b) => vec![b],
        None => Vec::new(),
    }
}

/// The tags (tagging or classifying bodies) and the note (the other text bodies).
fn tags_and_note(item: &Value) -> (Vec<String>, String) {
    let mut tags = Vec::new();
    let mut notes = Vec::new();
    for body in bodies(item) {
        let value = body
            .get("value")
            .and_then(Value::as_str)
            .unwrap_or_default();
        match body.get("purpose").and_then(Value::as_str) {
            Some("tagging") | Some("classifying") => tags.push(value.to_owned()),
            _ if !value.is_empty() => notes.push(value.to_owned()),
            _ => {}
        }
    }
    (tags, notes.join("\n"))
}

fn quote_of(selector: &Value) -> Quote {
    let field = |name: &str| {
        selector
            .get(name)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    Quote {
        exact: field("exact"),
        prefix: field("prefix"),
        suffix: field("suffix"),
    }
}

/// The position and quote selectors of an annotation's targets.
pub(super) fn position_and_quote(selectors: &[&Value]) -> (Option<(usize, usize)>, Option<Quote>) {
    let of_type = |kind: &str| {
        selectors
            .iter()
            .find(|s| s.get("type").and_then(Value::as_str) == Some(kind))
    };
    let position = of_type("TextPositionSelector").and_then(|p| {
        let start = p.get("start").and_then(Value::as_u64)? as usize;
        let end = p.get("end").and_then(Value::as_u64)? as usize;
        Some((start, end))
    });
    let quote = of_type("TextQuoteSelector").map(|q| quote_of(q));
    (position, quote)
}

/// Imports W3C annotations (a collection, a page, a list, or one annotation) onto their
/// article (`source`, as the tool held it): positions are code points on it, checked — and
/// re-found when off — by the quoted text.
pub fn import(
    source: SourceText,
    json: &str,
    labels: &mut LabelMap,
    now: &str,
) -> Result<Imported, InteropError> {
    let value: Value = serde_json::from_str(json)?;
    let list = items(&value);
    if list.is_empty() {
        return Err(InteropError::Shape(
            "no annotations found (expected an AnnotationCollection, a page or a list)".to_owned(),
        ));
    }
    let mut report = ImportReport::default();
    let mut entries = Vec::new();
    for (n, item) in list.iter().enumerate() {
        let label = item
            .get("id")
            .and_then(Value::as_str)
            .map_or_else(|| format!("annotation {}", n + 1), str::to_owned);
        let (tags, note) = tags_and_note(item);
        let Some(tag) = labels.first_tag(tags.iter().map(String::as_str)) else {
            report.skipped.push(format!(
                "{label}: no tag that maps to claim, quote or citation (tags: {})",
                if tags.is_empty() {
                    "none".to_owned()
                } else {
                    tags.join(", ")
                }
            ));
            continue;
        };
        let (position, quote) = position_and_quote(&selectors(item));
        let placed = anchor(&source, position, OffsetUnit::CodePoints, quote.as_ref());
        if let Some(span) = report.place(&label, placed) {
            entries.push(entry(item, span, tag, note));
        }
    }
    Ok(Imported::from_entries(
        "w3c".to_owned(),
        source.into_document(),
        entries,
        now,
        report,
    ))
}

fn entry(item: &Value, span: Span, tag: Tag, note: String) -> Entry {
    let creator = item.get("creator");
    let created_by = creator
        .and_then(|c| c.get("name").or(c.get("nickname")).and_then(Value::as_str))
        .or_else(|| creator.and_then(Value::as_str))
        .unwrap_or_default()
        .to_owned();
    Entry {
        note,
        created_by,
        created: item
            .get("created")
            .and_then(Value::as_str)
            .map(str::to_owned),
        ..Entry::new(span, tag)
    }
}

/// Sets `key` on a JSON object (does nothing on other values).
fn set(target: &mut Value, key: &str, value: Value) {
    if let Some(map) = target.as_object_mut() {
        map.insert(key.to_owned(), value);
    }
}
