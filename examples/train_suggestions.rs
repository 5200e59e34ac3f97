//! Trains the suggestion scorer's head again from public check-worthiness data and writes
//! it where claimmark ships it:
//!
//! ```text
//! cargo run --release --example train_suggestions -- DATA_DIR MODEL_DIR [OUT]
//! ```
//!
//! DATA_DIR holds the CheckThat! files named in `claimmark::suggest::training::files`
//! (README, *Suggested claims*); MODEL_DIR is the installed multilingual matching model
//! (`claimmark model status` says where); OUT is `assets/suggest-head.json` without it. The
//! model's vectors of the sentences are kept in DATA_DIR between runs.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimmark::suggest::head::with_words;
use claimmark::suggest::reasons::reasons;
use claimmark::suggest::tfidf::Vocabulary;
use claimmark::suggest::training::{Labelled, fit_splits};

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let (Some(data), Some(model_dir)) = (args.first(), args.get(1)) else {
        eprintln!("usage: train_suggestions DATA_DIR MODEL_DIR [OUT]");
        return ExitCode::from(2);
    };
    let out = args
        .get(2)
        .cloned()
        .unwrap_or_else(|| PathBuf::from("assets/suggest-head.json"));
    match run(data, model_dir, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("train_suggestions: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(data: &Path, model_dir: &Path, out: &Path) -> Result<(), String> {
    let model = claimmark::io::model::load_model(model_dir).map_err(|e| e.to_string())?;
    let splits = claimmark::io::embedded::read_splits(data)?;
    let vectors = claimmark::io::embedded::embed_in_folder(data, &model, &splits.texts(false))
        .map_err(|e| e.to_string())?;
    // The 1,000 words found in the most training sentences weigh with the vector.
    let vocabulary = Vocabulary::of(splits.train.iter().map(|(l, _)| l.text.as_str()), 1000);
    let featurize = |l: &Labelled| {
        let vector = vectors.get(&l.text).map_or(&[][..], Vec::as_slice);
        with_words(&l.text, vector, &reasons(&l.text), &vocabulary)
    };
    let (head, figures) = fit_splits(
        &model.vectors_id(),
        vocabulary.clone(),
        &splits,
        &featurize,
        "CheckThat! 2024 task 1 English train and Arabic train (four fifths), CheckThat! 2022 task 1A Spanish train",
    );
    for f in &figures {
        println!(
            "{}: threshold {:.3}, F1 {:.3}, AP {:.3} on its tuning split ({} sentences)",
            f.language, f.threshold, f.f1, f.average_precision, f.sentences
        );
    }
    let json = serde_json::to_string(&head).map_err(|e| e.to_string())?;
    claimmark::io::write_bytes(out, json.as_bytes()).map_err(|e| e.to_string())?;
    println!("wrote {} ({} bytes)", out.display(), json.len());
    Ok(())
}
