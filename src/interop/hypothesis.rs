//! Hypothesis annotations (web annotations many fact-checking groups use): its API's search
//! result (`{"total", "rows"}`), a list, or one annotation, placed on the page's text or saved
//! HTML. Its tags give the tag (or `--map`), its text the note, and its quote selector (with
//! the position as a hint) the span: Hypothesis counts positions on the live page's text,
//! which is never exactly the article's, so the quoted words decide.

use serde_json::Value;

use super::anchor::anchor;
use super::source_text::{OffsetUnit, SourceText};
use super::w3c::{position_and_quote, selectors};
use super::{Entry, ImportReport, Imported, InteropError, LabelMap};

fn rows(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(list) => list.iter().collect(),
        Value::Object(map) => match map.get("rows").and_then(Value::as_array) {
            Some(rows) => rows.iter().collect(),
            None => vec![value],
        },
        _ => Vec::new(),
    }
}

/// "Ana Müller" from `user_info.display_name`, else "ana" from `acct:ana@hypothes.is`.
fn author(row: &Value) -> String {
    if let Some(name) = row
        .get("user_info")
        .and_then(|u| u.get("display_name"))
        .and_then(Value::as_str)
        .filter(|n| !n.trim().is_empty())
    {
        return name.trim().to_owned();
    }
    let user = row.get("user").and_then(Value::as_str).unwrap_or_default();
    let user = user.strip_prefix("acct:").unwrap_or(user);
    user.split('@').next().unwrap_or(user).to_owned()
}

/// Imports Hypothesis annotations onto their article (`source`: the page's text or its saved
/// HTML's readable text).
pub fn import(
    source: SourceText,
    json: &str,
    labels: &mut LabelMap,
    now: &str,
) -> Result<Imported, InteropError> {
    let value: Value = serde_json::from_str(json)?;
    let list = rows(&value);
    if list.is_empty() || list.iter().all(|r| r.get("target").is_none()) {
        return Err(InteropError::Shape(
            "no Hypothesis annotations found (expected its API's search result with \"rows\", a \
             list, or one annotation with a \"target\")"
                .to_owned(),
        ));
    }
    let mut report = ImportReport::default();
    if let Some(total) = value.get("total").and_then(Value::as_u64)
        && total as usize > list.len()
    {
        report.notes.push(format!(
            "the search found {total} annotations but this file holds {}; fetch the other pages \
             of the search (offset, limit) to import them",
            list.len()
        ));
    }
    let mut entries = Vec::new();
    for row in list {
        let id = row.get("id").and_then(Value::as_str).unwrap_or("?");
        let at = format!("annotation {id}");
        if row
            .get("references")
            .and_then(Value::as_array)
            .is_some_and(|r| !r.is_empty())
        {
            report
                .skipped
                .push(format!("{at}: a reply to another annotation, not a span"));
            continue;
        }
        let selectors = selectors(row);
        if selectors.is_empty() {
            report
                .skipped
                .push(format!("{at}: a page note (no text selected)"));
            continue;
        }
        let tags: Vec<&str> = row
            .get("tags")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let Some(tag) = labels.first_tag(tags.iter().copied()) else {
            let tags = if tags.is_empty() {
                "no tags".to_owned()
            } else {
                format!("tags {}", tags.join(", "))
            };
            report.skipped.push(format!(
                "{at}: {tags}; none maps to claim, quote or citation (use --map TAG=claim)"
            ));
            continue;
        };
        let (position, quote) = position_and_quote(&selectors);
        let entry = |span| Entry {
            note: row
                .get("text")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned(),
            created_by: author(row),
            created: row
                .get("created")
                .and_then(Value::as_str)
                .map(str::to_owned),
            ..Entry::new(span, tag)
        };
        // The browser counts UTF-16 units on the page's text.
        let placed = anchor(&source, position, OffsetUnit::Utf16, quote.as_ref());
        entries.extend(report.place(&at, placed).map(entry));
    }
    Ok(Imported::from_entries(
        "hypothesis".to_owned(),
        source.into_document(),
        entries,
        now,
        report,
    ))
}
