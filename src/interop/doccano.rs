//! doccano JSONL (one document per line: `text` and `label` [[start, end, label]] or
//! `entities` [{start_offset, end_offset, label}]). doccano counts offsets in UTF-16 units.

use serde_json::Value;

use super::utf16::char_offset;
use super::{ImportReport, InteropError, build, tag_for_label};
use crate::model::{AnnotationSet, Document, Span, Tag};

/// Imports the first document of a doccano JSONL export; the others are reported as skipped.
pub fn import(
    jsonl: &str,
    now: &str,
) -> Result<(Document, AnnotationSet, ImportReport), InteropError> {
    let mut lines = jsonl
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((first_line, first)) = lines.next() else {
        return Err(InteropError::Shape("the file has no documents".to_owned()));
    };
    let value: Value = serde_json::from_str(first).map_err(|e| InteropError::Json {
        line: first_line + 1,
        column: e.column(),
        message: e.to_string(),
    })?;
    let text = value.get("text").and_then(Value::as_str).ok_or_else(|| {
        InteropError::Shape(format!("line {}: no \"text\" field", first_line + 1))
    })?;
    let document = Document::new(
        crate::article::normalize_text(text),
        Some("doccano".to_owned()),
        "utf-8",
    );
    let mut report = ImportReport::default();
    let mut raw: Vec<(usize, usize, String)> = Vec::new();
    if let Some(labels) = value.get("label").and_then(Value::as_array) {
        for l in labels {
            let start = l.get(0).and_then(Value::as_u64);
            let end = l.get(1).and_then(Value::as_u64);
            let label = l.get(2).and_then(Value::as_str);
            match (start, end, label) {
                (Some(s), Some(e), Some(label)) => {
                    raw.push((s as usize, e as usize, label.to_owned()))
                }
                _ => report
                    .skipped
                    .push(format!("label {l}: not [start, end, label]")),
            }
        }
    }
    if let Some(entities) = value.get("entities").and_then(Value::as_array) {
        for e in entities {
            let start = e.get("start_offset").and_then(Value::as_u64);
            let end = e.get("end_offset").and_then(Value::as_u64);
            let label = e.get("label").and_then(Value::as_str);
            match (start, end, label) {
                (Some(s), Some(en), Some(label)) => {
                    raw.push((s as usize, en as usize, label.to_owned()))
                }
                _ => report
                    .skipped
                    .push(format!("entity {e}: no start_offset, end_offset and label")),
            }
        }
    }
    let entries = convert(text, raw, &mut report);
    let set = build(&document, entries, now, &mut report);
    for (line, _) in lines {
        report.skipped.push(format!(
            "line {}: another document; import it on its own",
            line + 1
        ));
    }
    Ok((document, set, report))
}

/// UTF-16 offsets → code points, labels → tags.
pub(super) fn convert(
    text: &str,
    raw: Vec<(usize, usize, String)>,
    report: &mut ImportReport,
) -> Vec<(Span, Tag, String)> {
    let mut entries = Vec::new();
    for (start16, end16, label) in raw {
        let Some(tag) = tag_for_label(&label) else {
            report.skipped.push(format!(
                "“{label}” at {start16}–{end16}: label not mapped to claim, quote or citation"
            ));
            continue;
        };
        match (char_offset(text, start16), char_offset(text, end16)) {
            (Some(start), Some(end)) => {
                report.imported += 1;
                if start != start16 || end != end16 {
                    report.converted.push(format!(
                        "“{label}” at UTF-16 {start16}–{end16} is at characters {start}–{end}"
                    ));
                }
                entries.push((Span::new(start, end), tag, String::new()));
            }
            _ => report.skipped.push(format!(
                "“{label}” at {start16}–{end16}: offsets fall inside a character or past the end"
            )),
        }
    }
    entries
}
