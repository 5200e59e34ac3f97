//! `claimmark suggest FILE… [--json] [--threshold X]`: each sentence of articles scored for
//! whether it is worth checking, by the scorer the app uses.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::CliError;
use crate::suggest::{Scored, score_text, shipped_head};

/// One file's sentences, as `--json` prints them.
#[derive(Serialize)]
struct FileSentences<'a> {
    file: String,
    sentences: &'a [Scored],
}

/// Scores every sentence of each of `files`.
pub fn suggest(
    files: &[PathBuf],
    json: bool,
    threshold: Option<f32>,
    head: Option<&Path>,
) -> Result<String, CliError> {
    if let Some(t) = threshold.filter(|t| !(0.0..=1.0).contains(t)) {
        return Err(CliError::Usage(format!(
            "--threshold {t} is not a score: give one from 0 to 1"
        )));
    }
    let head = match head {
        Some(path) => serde_json::from_str(&crate::io::read_text(path)?).map_err(|e| {
            CliError::Usage(format!(
                "{} is not a suggestion head (as train_suggestions writes one): {e}",
                path.display()
            ))
        })?,
        None => shipped_head().ok_or_else(|| {
            CliError::Usage("this build of claimmark has no suggestion scorer".to_owned())
        })?,
    };
    let model = super::desk::installed_model()?.ok_or_else(|| {
        CliError::Usage(
            "suggestions need the matching model: `claimmark model install` installs it".to_owned(),
        )
    })?;
    let mut scored = Vec::new();
    for path in files {
        let opened = crate::io::open(path)?;
        let sentences = score_text(
            opened.document.text(),
            &model.embedder,
            &model.vectors_id(),
            &head,
            threshold,
        )
        .map_err(|e| CliError::Usage(format!("{}: {e}", path.display())))?;
        scored.push((path.display().to_string(), sentences));
    }
    if json {
        let out: Vec<FileSentences<'_>> = scored
            .iter()
            .map(|(file, sentences)| FileSentences {
                file: file.clone(),
                sentences,
            })
            .collect();
        return serde_json::to_string_pretty(&out).map_err(|e| CliError::Usage(e.to_string()));
    }
    let mut text = Vec::new();
    for (file, sentences) in &scored {
        let suggested = sentences.iter().filter(|s| s.suggested).count();
        text.push(format!(
            "{file}: {suggested} of {} sentences suggested",
            sentences.len()
        ));
        for s in sentences {
            text.push(describe(s));
        }
    }
    Ok(text.join("\n"))
}

/// A sentence as the text output shows it.
fn describe(s: &Scored) -> String {
    let mark = if s.suggested { "✓" } else { " " };
    let mut why: Vec<&str> = s.reasons.iter().map(|r| r.name()).collect();
    let untrained;
    if !s.trained_language {
        untrained = match &s.language {
            Some(language) => format!("no training data in “{language}”: not suggested"),
            None => "language not told: not suggested".to_owned(),
        };
        why.push(&untrained);
    }
    let text = s.text.split_whitespace().collect::<Vec<_>>().join(" ");
    let why = if why.is_empty() {
        String::new()
    } else {
        format!("\n         ({})", why.join("; "))
    };
    format!("{:.2} {mark} [{}–{}] {text}{why}", s.score, s.start, s.end)
}
