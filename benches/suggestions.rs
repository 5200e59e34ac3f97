//! Suggested claims, measured: `cargo bench --bench suggestions -- DATA_DIR [MODEL_DIR]`.
//!
//! DATA_DIR holds the CheckThat! files named in `claimmark::suggest::training::files`
//! (README, *Suggested claims*); MODEL_DIR is the installed multilingual matching model
//! (the installed one without it). Three heads are trained in the same run on the same
//! training splits, each language's threshold chosen on its tuning split: TF-IDF + logistic
//! regression, the frozen encoder's vector + logistic regression, and the head claimmark
//! ships (the vector and the checkable parts of the sentence). Each is measured on English
//! dev-test, Arabic dev and Spanish dev, which none of them is trained or tuned on. Then a
//! 10,000-word debate transcript is scored, as the app and `claimmark suggest` score one.
#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

use std::collections::HashMap;
use std::path::PathBuf;

use claimmark::suggest::head::{Training, average_precision, f1_at, features};
use claimmark::suggest::reasons::reasons;
use claimmark::suggest::training::{Labelled, TuneSplit, fit};
use claimmark::suggest::{Head, score_text};

/// How a head turns a sentence into features.
type Featurize<'a> = Box<dyn Fn(&Labelled) -> Vec<f32> + 'a>;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let Some(data) = args.first().map(PathBuf::from) else {
        println!(
            "suggestions: give the folder of CheckThat! check-worthiness files: cargo bench --bench suggestions -- DATA_DIR [MODEL_DIR]"
        );
        return;
    };
    let model_dir = args
        .get(1)
        .map(PathBuf::from)
        .or_else(claimmark::io::model::model_folder)
        .expect("a model folder");
    let model = claimmark::io::model::load_model(&model_dir).expect("the matching model loads");
    let id = model.vectors_id();
    let splits = claimmark::io::embedded::read_splits(&data).expect("the data folder's files");
    // Every text, read by the model once (kept in DATA_DIR between runs).
    let texts = splits.texts(true);
    let vectors = claimmark::io::embedded::embed_in_folder(&data, &model, &texts).expect("vectors");
    let by_text: HashMap<&str, &Vec<f32>> = texts
        .iter()
        .map(String::as_str)
        .zip(vectors.iter())
        .collect();
    let vector = |l: &Labelled| {
        by_text
            .get(l.text.as_str())
            .copied()
            .cloned()
            .unwrap_or_default()
    };

    let vocabulary = Vocabulary::of(splits.train.iter().map(|(l, _)| l.text.as_str()), 1000);
    let ways: [(&str, Featurize<'_>); 3] = [
        (
            "TF-IDF (1,000 words) + logistic regression",
            Box::new(|l: &Labelled| vocabulary.features(&l.text)),
        ),
        (
            "frozen encoder (multilingual-e5-small) + logistic regression",
            Box::new(|l: &Labelled| vector(l)),
        ),
        (
            "as shipped: encoder + checkable parts",
            Box::new(|l: &Labelled| features(&vector(l), &reasons(&l.text))),
        ),
    ];
    println!(
        "Trained on {} sentences (English {}, Arabic {}, Spanish {}); thresholds tuned per language on English dev, a held-out fifth of Arabic train and Spanish 2022 dev.\n",
        splits.train.len(),
        splits.train.iter().filter(|(_, l)| *l == "en").count(),
        splits.train.iter().filter(|(_, l)| *l == "ar").count(),
        splits.train.iter().filter(|(_, l)| *l == "es").count(),
    );
    println!("| head | split | F1 at its threshold | AP | threshold |");
    println!("|---|---|---|---|---|");
    let mut shipped: Option<Head> = None;
    for (name, featurize) in &ways {
        let started = claimmark::io::clock::instant();
        let train: Vec<(Vec<f32>, bool, &str)> = splits
            .train
            .iter()
            .map(|(l, language)| (featurize(l), l.worth_checking, *language))
            .collect();
        let tune: Vec<TuneSplit<'_>> = splits
            .tune
            .iter()
            .map(|(language, rows)| {
                (
                    *language,
                    rows.iter().map(featurize).collect(),
                    rows.iter().map(|l| l.worth_checking).collect(),
                )
            })
            .collect();
        let head = fit(&id, &train, &tune, Training::default(), "bench");
        let took = claimmark::io::clock::since(started);
        for (split, language, rows) in &splits.report {
            let scores: Vec<f32> = rows.iter().map(|l| head.score(&featurize(l))).collect();
            let labels: Vec<bool> = rows.iter().map(|l| l.worth_checking).collect();
            let threshold = head.threshold(language).unwrap_or(0.5);
            println!(
                "| {name} | {split} ({} sentences) | {:.3} | {:.3} | {threshold:.3} |",
                rows.len(),
                f1_at(&scores, &labels, threshold),
                average_precision(&scores, &labels),
            );
        }
        eprintln!("{name}: trained in {took:.1?}");
        shipped = Some(head);
    }

    // Speed: a 10,000-word debate transcript, scored as the app scores an article.
    let mut transcript = String::new();
    let speakers = ["MODERATOR", "SMITH", "GARCIA"];
    let sentences = splits
        .report
        .iter()
        .flat_map(|(_, _, rows)| rows.iter())
        .chain(splits.tune.iter().flat_map(|(_, rows)| rows.iter()))
        .filter(|l| l.text.is_ascii());
    for (i, l) in sentences.enumerate() {
        if transcript.split_whitespace().count() >= 10_000 {
            break;
        }
        let speaker = speakers.get(i % 3).copied().unwrap_or("SMITH");
        transcript.push_str(&format!("{speaker}: {}\n", l.text.trim()));
    }
    let head = claimmark::suggest::shipped_head()
        .filter(|h| h.model == id)
        .or(shipped)
        .expect("a head");
    let started = claimmark::io::clock::instant();
    let scored = score_text(&transcript, &model.embedder, &id, &head, None).expect("scored");
    let took = claimmark::io::clock::since(started);
    println!(
        "\nA {}-word transcript ({} sentences) scored in {took:.2?} on {} threads; {} suggested.",
        transcript.split_whitespace().count(),
        scored.len(),
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        scored.iter().filter(|s| s.suggested).count()
    );
}

/// The most common words of the training sentences, with their inverse document frequency.
struct Vocabulary {
    index: HashMap<String, usize>,
    idf: Vec<f32>,
}

impl Vocabulary {
    fn of<'a>(texts: impl Iterator<Item = &'a str>, size: usize) -> Self {
        let mut df: HashMap<String, usize> = HashMap::new();
        let mut n = 0usize;
        for text in texts {
            n += 1;
            let mut words = words(text);
            words.sort();
            words.dedup();
            for w in words {
                *df.entry(w).or_default() += 1;
            }
        }
        let mut common: Vec<(String, usize)> = df.into_iter().filter(|(_, d)| *d >= 3).collect();
        common.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        common.truncate(size);
        let idf = common
            .iter()
            .map(|(_, d)| ((n as f32 + 1.0) / (*d as f32 + 1.0)).ln() + 1.0)
            .collect();
        let index = common
            .into_iter()
            .enumerate()
            .map(|(i, (w, _))| (w, i))
            .collect();
        Self { index, idf }
    }

    /// `text`'s TF-IDF features, of length one.
    fn features(&self, text: &str) -> Vec<f32> {
        let mut x = vec![0.0f32; self.idf.len()];
        for w in words(text) {
            if let Some(&i) = self.index.get(&w) {
                x[i] += 1.0;
            }
        }
        for (v, idf) in x.iter_mut().zip(&self.idf) {
            if *v > 0.0 {
                *v = (1.0 + v.ln()) * idf;
            }
        }
        let norm = x.iter().map(|v| v * v).sum::<f32>().sqrt().max(1e-9);
        x.iter_mut().for_each(|v| *v /= norm);
        x
    }
}

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}
