//! W3C Web Annotation (JSON-LD): export as one `AnnotationCollection`, import anchored by
//! `TextPositionSelector` (code points) and checked or re-found by `TextQuoteSelector`.

use serde_json::{Value, json};

use super::{ImportReport, InteropError, build, tag_for_label};
use crate::model::{Annotation, AnnotationSet, CONTEXT_CHARS, Document, Span, Tag};
use crate::reattach::{Placement, Target, place};

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

fn selectors(item: &Value) -> Vec<&Value> {
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

fn tag_and_note(item: &Value) -> (Option<Tag>, String) {
    let bodies: Vec<&Value> = match item.get("body") {
        Some(Value::Array(list)) => list.iter().collect(),
        Some(b) => vec![b],
        None => Vec::new(),
    };
    let mut tag = None;
    let mut notes = Vec::new();
    for body in bodies {
        let value = body
            .get("value")
            .and_then(Value::as_str)
            .unwrap_or_default();
        match body.get("purpose").and_then(Value::as_str) {
            Some("tagging") | Some("classifying") => tag = tag.or_else(|| tag_for_label(value)),
            _ if !value.is_empty() => notes.push(value.to_owned()),
            _ => {}
        }
    }
    (tag, notes.join("\n"))
}

/// Imports W3C annotations (a collection, a page, a list, or one annotation) onto `document`.
pub fn import(
    document: &Document,
    json: &str,
    now: &str,
) -> Result<(AnnotationSet, ImportReport), InteropError> {
    let value: Value = serde_json::from_str(json)?;
    let list = items(&value);
    if list.is_empty() {
        return Err(InteropError::Shape(
            "no annotations found (expected an AnnotationCollection, a page or a list)".to_owned(),
        ));
    }
    let target = Target::new(document);
    let mut report = ImportReport::default();
    let mut entries = Vec::new();
    for (n, item) in list.iter().enumerate() {
        let label = item
            .get("id")
            .and_then(Value::as_str)
            .map_or_else(|| format!("annotation {}", n + 1), str::to_owned);
        let (tag, note) = tag_and_note(item);
        let Some(tag) = tag else {
            report
                .skipped
                .push(format!("{label}: no claim/quote/citation tag in its body"));
            continue;
        };
        let selectors = selectors(item);
        let position = selectors
            .iter()
            .find(|s| s.get("type").and_then(Value::as_str) == Some("TextPositionSelector"));
        let quote = selectors
            .iter()
            .find(|s| s.get("type").and_then(Value::as_str) == Some("TextQuoteSelector"));
        let span = position.and_then(|p| {
            let start = p.get("start").and_then(Value::as_u64)? as usize;
            let end = p.get("end").and_then(Value::as_u64)? as usize;
            Some(Span::new(start, end))
        });
        let exact = quote.and_then(|q| q.get("exact")).and_then(Value::as_str);
        match (span, exact) {
            (Some(span), Some(exact)) if document.slice(span) == Some(exact) => {
                report.imported += 1;
                entries.push((span, tag, note));
            }
            (Some(span), None) if document.slice(span).is_some() => {
                report.imported += 1;
                entries.push((span, tag, note));
            }
            (_, Some(exact)) => {
                let probe = probe(quote, exact, tag);
                match place(&probe, &target) {
                    Placement::Exact(found) | Placement::Moved { span: found, .. } => {
                        report
                            .converted
                            .push(format!("{label}: position re-found from its quoted text"));
                        entries.push((found, tag, note));
                    }
                    Placement::Orphaned => report.skipped.push(format!(
                        "{label}: its quoted text is not in the article (or is ambiguous)"
                    )),
                }
            }
            _ => report.skipped.push(format!("{label}: no usable selector")),
        }
    }
    let set = build(document, entries, now, &mut report);
    Ok((set, report))
}

fn probe(quote: Option<&&Value>, exact: &str, tag: Tag) -> Annotation {
    let field = |name: &str| -> Vec<char> {
        quote
            .and_then(|q| q.get(name))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .chars()
            .collect()
    };
    let prefix = field("prefix");
    let suffix = field("suffix");
    Annotation {
        id: crate::model::AnnotationId(0),
        tag,
        span: Span::new(0, 0),
        text: exact.to_owned(),
        prefix: prefix
            .iter()
            .skip(prefix.len().saturating_sub(CONTEXT_CHARS))
            .collect(),
        suffix: suffix.iter().take(CONTEXT_CHARS).collect(),
        note: String::new(),
        created: String::new(),
        modified: String::new(),
        review: Default::default(),
        check: None,
        flag: None,
    }
}

/// Sets `key` on a JSON object (does nothing on other values).
fn set(target: &mut Value, key: &str, value: Value) {
    if let Some(map) = target.as_object_mut() {
        map.insert(key.to_owned(), value);
    }
}
