//! Label Studio JSON export (a list of tasks with `data.text` and `annotations[].result[]`
//! holding `value.start`, `value.end`, `value.labels`). Offsets are UTF-16 units.

use serde_json::Value;

use super::doccano::convert;
use super::{ImportReport, InteropError, build};
use crate::model::{AnnotationSet, Document};

/// Imports the first task; other tasks are reported as skipped.
pub fn import(
    json: &str,
    now: &str,
) -> Result<(Document, AnnotationSet, ImportReport), InteropError> {
    let value: Value = serde_json::from_str(json)?;
    let tasks: Vec<&Value> = match &value {
        Value::Array(list) => list.iter().collect(),
        other => vec![other],
    };
    let Some(task) = tasks.first() else {
        return Err(InteropError::Shape("the file has no tasks".to_owned()));
    };
    let text = task
        .get("data")
        .and_then(|d| d.get("text"))
        .and_then(Value::as_str)
        .ok_or_else(|| InteropError::Shape("the first task has no data.text".to_owned()))?;
    let document = Document::new(
        crate::article::normalize_text(text),
        Some("label-studio".to_owned()),
        "utf-8",
    );
    let mut report = ImportReport::default();
    let mut raw = Vec::new();
    let groups = task
        .get("annotations")
        .or_else(|| task.get("completions"))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for group in &groups {
        for result in group
            .get("result")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
        {
            let value = result.get("value");
            let start = value.and_then(|v| v.get("start")).and_then(Value::as_u64);
            let end = value.and_then(|v| v.get("end")).and_then(Value::as_u64);
            let labels: Vec<String> = value
                .and_then(|v| v.get("labels"))
                .and_then(Value::as_array)
                .map(|l| {
                    l.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default();
            match (start, end, labels.first()) {
                (Some(s), Some(e), Some(label)) => {
                    raw.push((s as usize, e as usize, label.clone()))
                }
                _ => report.skipped.push(format!(
                    "result {}: no start, end and labels",
                    result
                        .get("id")
                        .map_or_else(|| "?".to_owned(), Value::to_string)
                )),
            }
        }
    }
    let entries = convert(text, raw, &mut report);
    let set = build(&document, entries, now, &mut report);
    for n in 1..tasks.len() {
        report.skipped.push(format!(
            "task {}: another document; import it on its own",
            n + 1
        ));
    }
    Ok((document, set, report))
}
