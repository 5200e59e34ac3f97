//! Label Studio exports: the JSON export (a list of tasks with `data` and `annotations`, or
//! `completions` in old versions, and `predictions`), and JSON-MIN (one flat object per
//! annotation).
//!
//! Label Studio counts offsets in code points today and counted UTF-16 units before, and
//! every result repeats its text (`value.text`): each span is placed where its offsets, in
//! either unit, give that text, or where that text is found nearest to them. Predictions
//! become annotations marked "suggested — check"; cancelled annotations are skipped; when
//! several people annotated a task, each gets a document of their own (or `--annotator`
//! picks one).

use std::collections::BTreeMap;

use serde_json::Value;

use super::doccano::json_values;
use super::source_text::{OffsetUnit, SourceText, same_text};
use super::{Entry, ImportReport, Imported, InteropError, LabelMap};
use crate::article::read_article;

/// Who made an annotation, as the export says.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Annotator {
    /// E-mail, or "user 42".
    key: String,
    /// Full name, when given.
    name: String,
}

impl Annotator {
    fn from(value: Option<&Value>) -> Option<Self> {
        match value? {
            Value::Number(id) => Some(Self {
                key: format!("user {id}"),
                name: String::new(),
            }),
            Value::String(email) => Some(Self {
                key: email.clone(),
                name: String::new(),
            }),
            Value::Object(map) => {
                let text = |k: &str| map.get(k).and_then(Value::as_str).unwrap_or_default();
                let name = format!("{} {}", text("first_name"), text("last_name"))
                    .trim()
                    .to_owned();
                let key = if text("email").is_empty() {
                    map.get("id")
                        .map(|id| format!("user {id}"))
                        .unwrap_or_default()
                } else {
                    text("email").to_owned()
                };
                Some(Self { key, name })
            }
            _ => None,
        }
    }

    fn matches(&self, wanted: &str) -> bool {
        let wanted = wanted.trim();
        self.key.eq_ignore_ascii_case(wanted)
            || self.key.strip_prefix("user ") == Some(wanted)
            || (!self.name.is_empty() && self.name.eq_ignore_ascii_case(wanted))
    }

    fn label(&self) -> String {
        if self.name.is_empty() {
            self.key.clone()
        } else {
            format!("{} <{}>", self.name, self.key)
        }
    }
}

/// One group of results: an annotation by someone, or a prediction by a model.
struct Group<'a> {
    results: Vec<&'a Value>,
    annotator: Option<Annotator>,
    /// "prediction (model v2, score 0.87)" for predictions.
    suggested: Option<String>,
    created: Option<String>,
    describe: String,
}

/// The article of a task: its text as Label Studio held it, or a page's readable text.
fn task_text(task: &Value, name: &str) -> Result<(SourceText, bool), InteropError> {
    let data = task.get("data").unwrap_or(task);
    let text = data.get("text").and_then(Value::as_str).or_else(|| {
        // Another data key: the longest string that is not a link.
        data.as_object().and_then(|map| {
            map.values()
                .filter_map(Value::as_str)
                .filter(|s| !s.starts_with("http") && !s.starts_with('/'))
                .max_by_key(|s| s.len())
        })
    });
    let Some(text) = text else {
        return Err(InteropError::Shape(format!(
            "{name}: no text in its data (expected data.text)"
        )));
    };
    let looks_like_html = text.trim_start().starts_with('<') && text.contains("</");
    if looks_like_html {
        let article = read_article(text.as_bytes(), "task.html")
            .map_err(|e| InteropError::Shape(format!("{name}: {e}")))?;
        let page = article.document.text().to_owned();
        return Ok((SourceText::with_document(&page, article.document), true));
    }
    Ok((SourceText::new(text, Some(name.to_owned()), "utf-8"), false))
}

/// The groups of results of a task (full export).
fn groups<'a>(
    task: &'a Value,
    name: &str,
    report: &mut ImportReport,
) -> (Vec<Group<'a>>, Vec<Group<'a>>) {
    let mut annotations = Vec::new();
    let list = task
        .get("annotations")
        .or_else(|| task.get("completions"))
        .and_then(Value::as_array);
    for (n, annotation) in list.into_iter().flatten().enumerate() {
        let id = annotation
            .get("id")
            .filter(|id| !id.is_null())
            .map_or_else(|| (n + 1).to_string(), ToString::to_string);
        let annotator = Annotator::from(annotation.get("completed_by"));
        let who = annotator
            .as_ref()
            .map_or_else(String::new, |a| format!(" by {}", a.label()));
        if annotation.get("was_cancelled").and_then(Value::as_bool) == Some(true) {
            report.skipped.push(format!(
                "{name}: annotation {id}{who} was cancelled (skipped with its results)"
            ));
            continue;
        }
        annotations.push(Group {
            results: results(annotation),
            annotator,
            suggested: None,
            created: annotation
                .get("created_at")
                .and_then(Value::as_str)
                .map(str::to_owned),
            describe: format!("annotation {id}{who}"),
        });
    }
    let mut predictions = Vec::new();
    for (n, prediction) in task
        .get("predictions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let model = prediction
            .get("model_version")
            .and_then(Value::as_str)
            .map_or_else(String::new, |m| format!("model {m}"));
        let score = prediction
            .get("score")
            .and_then(Value::as_f64)
            .map_or_else(String::new, |s| format!("score {s:.2}"));
        let details: Vec<String> = [model, score]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        let suggested = if details.is_empty() {
            "Label Studio prediction".to_owned()
        } else {
            format!("Label Studio prediction ({})", details.join(", "))
        };
        predictions.push(Group {
            results: results(prediction),
            annotator: None,
            suggested: Some(suggested),
            created: prediction
                .get("created_at")
                .and_then(Value::as_str)
                .map(str::to_owned),
            describe: format!("prediction {}", n + 1),
        });
    }
    (annotations, predictions)
}

fn results(group: &Value) -> Vec<&Value> {
    group
        .get("result")
        .and_then(Value::as_array)
        .map(|r| r.iter().collect())
        .unwrap_or_default()
}

/// Places one result's span on the task's text; the reason when it was not exact.
fn place(
    source: &SourceText,
    value: &Value,
    page: bool,
) -> Result<(crate::model::Span, Option<String>), String> {
    let text = value.get("text").and_then(Value::as_str);
    let global = value.get("globalOffsets");
    let offsets = |v: Option<&Value>| {
        let start = v?.get("start")?.as_u64()? as usize;
        let end = v?.get("end")?.as_u64()? as usize;
        Some((start, end))
    };
    let (start, end) = offsets(Some(value))
        .or_else(|| offsets(global))
        .ok_or_else(|| "no start and end offsets".to_owned())?;
    if end < start {
        return Err(format!("the end {end} comes before the start {start}"));
    }
    let Some(text) = text else {
        // Nothing to check against: today's unit, and say so when units differ.
        let (span, _) = source
            .span_in(start, end, OffsetUnit::CodePoints)
            .ok_or_else(|| "offsets past the end of the text".to_owned())?;
        let note = (!source.units_agree()).then(|| {
            "no value.text to check; offsets read as code points (Label Studio 1.9 and later)"
                .to_owned()
        });
        return Ok((span, note));
    };
    if !page {
        for unit in [OffsetUnit::CodePoints, OffsetUnit::Utf16] {
            if let Some((span, found)) = source.span_in(start, end, unit)
                && same_text(&found, text)
            {
                let note = (unit == OffsetUnit::Utf16
                    && source.raw_offset(start, unit) != Some(start))
                .then(|| "offsets counted in UTF-16 units (Label Studio before 1.9)".to_owned());
                return Ok((span, note));
            }
        }
    }
    let near = source
        .raw_offset(start, OffsetUnit::CodePoints)
        .unwrap_or(start);
    let length = text.chars().count();
    match source.find_near(text, near).first() {
        Some(&at) => {
            let span = source
                .to_document(at, at + length)
                .ok_or_else(|| "internal: found text out of range".to_owned())?;
            let why = if page {
                "found by its text in the page's readable text".to_owned()
            } else if at == near {
                format!(
                    "its end {end} does not fit its text “{}” ({length} characters from {start}); placed on that text",
                    short(text)
                )
            } else {
                format!(
                    "its offsets do not give its text “{}”; found {} characters away",
                    short(text),
                    at.abs_diff(near)
                )
            };
            Ok((span, Some(why)))
        }
        None => {
            let there = source
                .span_in(start, end, OffsetUnit::CodePoints)
                .map(|(_, t)| t)
                .unwrap_or_default();
            Err(format!(
                "the text at {start}–{end} is “{}”, not “{}”, and “{}” is not in the task's text",
                short(&there),
                short(text),
                short(text)
            ))
        }
    }
}

fn short(text: &str) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 50 {
        format!("{}…", one_line.chars().take(49).collect::<String>())
    } else {
        one_line
    }
}

/// Turns one group's results into entries.
fn entries_of(
    group: &Group<'_>,
    source: &SourceText,
    page: bool,
    labels: &mut LabelMap,
    name: &str,
    report: &mut ImportReport,
) -> Vec<Entry> {
    let mut entries = Vec::new();
    for result in &group.results {
        let id = result.get("id").and_then(Value::as_str).unwrap_or("?");
        let kind = result.get("type").and_then(Value::as_str).unwrap_or("");
        let at = format!("{name}: {} result {id}", group.describe);
        let Some(value) = result.get("value") else {
            report.skipped.push(format!("{at}: no value"));
            continue;
        };
        let span_labels: Vec<&str> = ["labels", "hypertextlabels"]
            .iter()
            .filter_map(|k| value.get(*k).and_then(Value::as_array))
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        if span_labels.is_empty() {
            let what = if kind.is_empty() {
                "without labels"
            } else {
                kind
            };
            report
                .skipped
                .push(format!("{at}: not a labelled text span ({what})"));
            continue;
        }
        let Some(tag) = labels.first_tag(span_labels.iter().copied()) else {
            report.skipped.push(format!(
                "{at}: labels {} not mapped to claim, quote or citation",
                span_labels.join(", ")
            ));
            continue;
        };
        match place(source, value, page) {
            Ok((span, why)) => {
                match why {
                    Some(why) => report.converted.push(format!("{at}: {why}")),
                    None if group.suggested.is_some() => {
                        report
                            .converted
                            .push(format!("{at}: imported as a suggestion to check"));
                    }
                    None => report.imported += 1,
                }
                entries.push(Entry {
                    check: group
                        .suggested
                        .as_ref()
                        .map(|s| format!("suggested — check: {s}")),
                    created_by: group
                        .annotator
                        .as_ref()
                        .map(Annotator::label)
                        .unwrap_or_default(),
                    created: group.created.clone(),
                    ..Entry::new(span, tag)
                });
            }
            Err(why) => report.skipped.push(format!("{at}: {why}")),
        }
    }
    entries
}

/// JSON-MIN rows turned into tasks of the full shape, so one code path reads both.
fn from_json_min(rows: &[Value]) -> Vec<Value> {
    rows.iter()
        .map(|row| {
            let mut data = serde_json::Map::new();
            let mut results = Vec::new();
            if let Some(map) = row.as_object() {
                for (key, value) in map {
                    match value {
                        Value::String(s)
                            if !["annotator", "created_at", "updated_at"]
                                .contains(&key.as_str()) =>
                        {
                            data.insert(key.clone(), Value::String(s.clone()));
                        }
                        Value::Array(items) => {
                            for item in items.iter().filter(|i| i.get("start").is_some()) {
                                results
                                    .push(serde_json::json!({ "type": "labels", "value": item }));
                            }
                        }
                        _ => {}
                    }
                }
            }
            serde_json::json!({
                "id": row.get("id").cloned().unwrap_or(Value::Null),
                "data": data,
                "annotations": [{
                    "id": row.get("annotation_id").cloned().unwrap_or(Value::Null),
                    "completed_by": row.get("annotator").cloned().unwrap_or(Value::Null),
                    "created_at": row.get("created_at").cloned().unwrap_or(Value::Null),
                    "result": results,
                }],
            })
        })
        .collect()
}

/// Imports every task of a Label Studio export; with `annotator`, only that person's work.
pub fn import(
    text: &str,
    labels: &mut LabelMap,
    annotator: Option<&str>,
    now: &str,
) -> Result<(Vec<Imported>, Vec<String>), InteropError> {
    let mut tasks = json_values(text)?;
    if tasks.is_empty() {
        return Err(InteropError::Shape("the file has no tasks".to_owned()));
    }
    let full = tasks.iter().any(|t| {
        t.get("data").is_some() || t.get("annotations").is_some() || t.get("completions").is_some()
    });
    if !full {
        tasks = from_json_min(&tasks);
    }
    let mut documents = Vec::new();
    let mut skipped = Vec::new();
    for (n, task) in tasks.iter().enumerate() {
        let name = match task.get("id") {
            Some(Value::Number(id)) => format!("task-{id}"),
            Some(Value::String(id)) => format!("task-{id}"),
            _ => format!("task-{}", n + 1),
        };
        let (source, page) = match task_text(task, &name) {
            Ok(found) => found,
            Err(why) => {
                skipped.push(why.to_string());
                continue;
            }
        };
        let mut report = ImportReport::default();
        if page {
            report.notes.push(format!(
                "{name}: the task is a web page; spans are found by their text in its readable text"
            ));
        }
        let (mut annotations, predictions) = groups(task, &name, &mut report);
        if let Some(wanted) = annotator {
            let before = annotations.len();
            annotations.retain(|g| g.annotator.as_ref().is_some_and(|a| a.matches(wanted)));
            if annotations.len() < before {
                report.notes.push(format!(
                    "{name}: {} annotation(s) by others left out (--annotator {wanted})",
                    before - annotations.len()
                ));
            }
        }
        let use_predictions = annotations.is_empty() && annotator.is_none();
        if !use_predictions && !predictions.is_empty() {
            let why = if annotator.is_some() {
                "only people's work is imported with --annotator"
            } else {
                "the task has annotations"
            };
            report.skipped.push(format!(
                "{name}: {} prediction(s) skipped ({why})",
                predictions.len()
            ));
        }
        // One document per person when several annotated the task.
        let mut by_person: BTreeMap<Option<Annotator>, Vec<&Group<'_>>> = BTreeMap::new();
        for group in &annotations {
            by_person
                .entry(group.annotator.clone())
                .or_default()
                .push(group);
        }
        if use_predictions {
            by_person
                .entry(None)
                .or_default()
                .extend(predictions.iter());
        }
        if by_person.is_empty() {
            by_person.insert(None, Vec::new());
        }
        let several = by_person.len() > 1;
        for (person, groups) in by_person {
            // What was said of the task as a whole goes with its first document.
            let mut report = std::mem::take(&mut report);
            let mut entries = Vec::new();
            for group in groups {
                entries.extend(entries_of(group, &source, page, labels, &name, &mut report));
            }
            let name = match (&person, several) {
                (Some(person), true) => format!("{name}-{}", person.key),
                _ => name.clone(),
            };
            documents.push(Imported::from_entries(
                name,
                source.document().clone(),
                entries,
                now,
                report,
            ));
        }
    }
    Ok((documents, skipped))
}
