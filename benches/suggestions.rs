//! Suggested claims, measured: `cargo bench --bench suggestions -- DATA_DIR [MODEL_DIR]`.
//!
//! DATA_DIR holds the CheckThat! files named in `claimmark::suggest::training::files`
//! (README, *Suggested claims*); MODEL_DIR is the installed multilingual matching model
//! (the installed one without it). Four heads are trained in the same run on the same
//! training splits, each language's threshold chosen on its tuning split: TF-IDF + logistic
//! regression, the frozen encoder's vector + logistic regression, the vector with the
//! checkable parts of the sentence, and the head claimmark ships (those and the TF-IDF). Each
//! is measured on English dev-test, Arabic dev and Spanish dev, which none of them is trained
//! or tuned on (the tuning splits' figures go to standard error). Then a
//! 10,000-word debate transcript is scored, as the app and `claimmark suggest` score one, and
//! the app's frames are timed while it opens that transcript and scores it in the background.
#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    clippy::unwrap_used,
    clippy::panic,
    clippy::print_stdout,
    clippy::print_stderr,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

#[path = "../tests/integration/common.rs"]
mod common;
#[path = "common/frames.rs"]
mod frames;

use claimmark::suggest::tfidf::Vocabulary;
use std::path::PathBuf;

use claimmark::suggest::head::{features, with_words};
use claimmark::suggest::reasons::reasons;
use claimmark::suggest::training::{Labelled, fit_splits, measure};
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
    let vector = |l: &Labelled| vectors.get(&l.text).cloned().unwrap_or_default();

    let vocabulary = Vocabulary::of(splits.train.iter().map(|(l, _)| l.text.as_str()), 1000);
    let ways: [(&str, Featurize<'_>); 4] = [
        (
            "TF-IDF (1,000 words) + logistic regression",
            Box::new(|l: &Labelled| vocabulary.features(&l.text)),
        ),
        (
            "frozen encoder (multilingual-e5-small) + logistic regression",
            Box::new(|l: &Labelled| vector(l)),
        ),
        (
            "encoder + checkable parts (no words)",
            Box::new(|l: &Labelled| features(&vector(l), &reasons(&l.text))),
        ),
        (
            "as shipped: encoder + checkable parts + TF-IDF",
            Box::new(|l: &Labelled| {
                with_words(&l.text, &vector(l), &reasons(&l.text), &vocabulary)
            }),
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
        let (head, figures) = fit_splits(&id, vocabulary.clone(), &splits, featurize, "bench");
        let took = claimmark::io::clock::since(started);
        for f in &figures {
            eprintln!(
                "{name}: {} tuning split F1 {:.3}, AP {:.3}",
                f.language, f.f1, f.average_precision
            );
        }
        for (split, language, rows) in &splits.report {
            let f = measure(&head, language, rows, featurize);
            println!(
                "| {name} | {split} ({} sentences) | {:.3} | {:.3} | {:.3} |",
                f.sentences, f.f1, f.average_precision, f.threshold
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
    frames_while_scoring(&transcript, &model_dir);
    desk_taste(&data, &model, &head);
}

/// How much the head changes when adapted to a desk's own examples: CheckThat! 2020's COVID-19
/// tweets play a desk that checks them (its claims and rejections: the training split), and
/// their dev split, never adapted on, is measured before and after.
fn desk_taste(data: &std::path::Path, model: &claimmark::io::model::LoadedModel, head: &Head) {
    use claimmark::suggest::head::ADAPTING;
    use claimmark::suggest::training::{files, read_checkworthy};
    let read = |name: &str| {
        std::fs::read_to_string(data.join(name))
            .map_err(|e| e.to_string())
            .and_then(|text| read_checkworthy(&text))
    };
    let (Ok(examples), Ok(held_out)) = (read(files::DESK_EXAMPLES), read(files::DESK_HELD_OUT))
    else {
        println!(
            "\n(A desk's taste: put {} and {} in DATA_DIR to measure it.)",
            files::DESK_EXAMPLES,
            files::DESK_HELD_OUT
        );
        return;
    };
    let texts: Vec<String> = examples
        .iter()
        .chain(&held_out)
        .map(|l| l.text.clone())
        .collect();
    let vectors = claimmark::io::embedded::embed_in_folder(data, model, &texts).expect("vectors");
    let featurize = |l: &Labelled| {
        let vector = vectors.get(&l.text).cloned().unwrap_or_default();
        head.features_of(&l.text, &vector, &reasons(&l.text))
    };
    let before = measure(head, "en", &held_out, &featurize);
    println!(
        "\nA desk's taste: CheckThat! 2020 COVID-19 tweets, dev ({} tweets, never adapted on), English threshold {:.3}\n",
        before.sentences, before.threshold
    );
    println!("| head | desk examples | F1 | AP | threshold |\n|---|---|---|---|---|");
    println!(
        "| as shipped | 0 | {:.3} | {:.3} | {:.3} |",
        before.f1, before.average_precision, before.threshold
    );
    for count in [50, 200, examples.len()] {
        let used = &examples[..count.min(examples.len())];
        let positives = used.iter().filter(|l| l.worth_checking).count();
        let features: Vec<(Vec<f32>, bool, f32)> = used
            .iter()
            .map(|l| (featurize(l), l.worth_checking, 1.0))
            .collect();
        let started = claimmark::io::clock::instant();
        let adapted = head.adapted(&features, ADAPTING);
        let took = claimmark::io::clock::since(started);
        let after = measure(&adapted, "en", &held_out, &featurize);
        println!(
            "| adapted in {took:.2?}, threshold from its examples | {} ({positives} claims, {} rejected) | {:.3} | {:.3} | {:.3} |",
            used.len(),
            used.len() - positives,
            after.f1,
            after.average_precision,
            after.threshold
        );
        // As the window does: adapted only when the desk's own examples, each scored by a
        // head adapted without it, show a gain.
        let plain: Vec<(Vec<f32>, bool)> = features.into_iter().map(|(x, l, _)| (x, l)).collect();
        let started = claimmark::io::clock::instant();
        let (chosen, taste) = claimmark::suggest::taste::for_desk(head, &plain, "en");
        let took = claimmark::io::clock::since(started);
        let after = measure(&chosen, "en", &held_out, &featurize);
        let what = match taste {
            claimmark::suggest::taste::Taste::TooFew { .. } => "too few: kept".to_owned(),
            claimmark::suggest::taste::Taste::NoGain { .. } => {
                "no gain on its examples: kept".to_owned()
            }
            claimmark::suggest::taste::Taste::Adapted { before, after, .. } => {
                format!("adapted (its examples' F1 {before:.3} → {after:.3})")
            }
        };
        println!(
            "| as the window does, {what}, in {took:.2?} | {} | {:.3} | {:.3} | {:.3} |",
            used.len(),
            after.f1,
            after.average_precision,
            after.threshold
        );
    }
}

/// The app's frames while it opens `transcript` and scores it on its own thread.
fn frames_while_scoring(transcript: &str, model_dir: &std::path::Path) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("debate.txt");
    std::fs::write(&path, transcript).expect("the transcript written");
    let platform = common::TestPlatform {
        model: Some(model_dir.to_owned()),
        ..common::TestPlatform::default()
    };
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .with_max_steps(10_000)
        .allow_missing_glyphs()
        .build_eframe(move |_cc| {
            claimmark::app::ClaimmarkApp::new(
                claimmark::app::sample(),
                Vec::new(),
                Box::new(platform),
            )
        });
    h.run();
    // The sample's own scoring first, so the frames below are the transcript's.
    let started = std::time::Instant::now();
    while h.state().scoring() && started.elapsed() < std::time::Duration::from_secs(60) {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let frames = frames::while_busy(&mut h, claimmark::app::Action::OpenPath(path), |app| {
        app.open_job().is_some() || app.scoring()
    });
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    println!(
        "frames while the transcript is read and scored ({} frames over {:.1} s): median {:.2} ms, \
         p95 {:.2} ms, worst {:.2} ms (goal <= 16 ms); {} suggestions shown",
        frames.sorted.len(),
        frames.took.as_secs_f64(),
        ms(frames.at(50)),
        ms(frames.at(95)),
        ms(frames.worst()),
        h.state().suggestions().len()
    );
}
