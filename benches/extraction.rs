//! How well web pages become articles: shingle F1, precision and recall of the text claimmark
//! extracts from saved news pages against hand-made article bodies, computed as the article
//! extraction benchmark computes them (scrapinghub/article-extraction-benchmark, evaluate.py:
//! 4-word shingles, per-page scores normalized, then averaged).
//!
//! The corpora are not part of the repository. Fetch one and name its folder:
//!
//! ```text
//! git clone https://github.com/scrapinghub/article-extraction-benchmark
//! cargo bench --bench extraction -- article-extraction-benchmark
//! git clone https://github.com/mozilla/readability
//! cargo bench --bench extraction -- readability
//! ```
//!
//! The first holds 181 news pages (`html/*.html.gz`, `ground-truth.json`); the second
//! Readability.js's test pages (`test/test-pages/*/source.html`, scored against the text of
//! `expected.html`). Two rows are printed: the whole text claimmark opens (with the headline
//! and byline lines it adds) and the article body alone (what the benchmark's truth holds).
#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    missing_docs
)]

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// (true positives, false positives, false negatives), normalized to sum to 1.
type Counts = (f64, f64, f64);

fn tokens(text: &str) -> Vec<String> {
    // Python's `\w+` with re.UNICODE: letters, digits, marks and underscore.
    let mut out = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() || c == '_' || unicode_mark(c) {
            current.push(c);
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn unicode_mark(c: char) -> bool {
    matches!(u32::from(c), 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn shingles(text: &str) -> HashMap<Vec<String>, usize> {
    let tokens = tokens(text);
    let mut out = HashMap::new();
    let n = 4;
    for i in 0..tokens.len().saturating_sub(n - 1).max(1) {
        let shingle: Vec<String> = tokens.iter().skip(i).take(n).cloned().collect();
        if !shingle.is_empty() {
            *out.entry(shingle).or_insert(0) += 1;
        }
    }
    out
}

fn matching(truth: &str, predicted: &str) -> Counts {
    let (t, p) = (shingles(truth), shingles(predicted));
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    let keys: std::collections::HashSet<&Vec<String>> = t.keys().chain(p.keys()).collect();
    for key in keys {
        let (a, b) = (
            *t.get(key).unwrap_or(&0) as f64,
            *p.get(key).unwrap_or(&0) as f64,
        );
        tp += a.min(b);
        fp += (b - a).max(0.0);
        fn_ += (a - b).max(0.0);
    }
    let sum = tp + fp + fn_;
    if sum > 0.0 {
        (tp / sum, fp / sum, fn_ / sum)
    } else {
        (0.0, 0.0, 0.0)
    }
}

fn precision((tp, fp, fn_): Counts) -> f64 {
    if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && fp == 0.0 {
        0.0
    } else {
        tp / (tp + fp)
    }
}

fn recall((tp, fp, fn_): Counts) -> f64 {
    if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && fn_ == 0.0 {
        0.0
    } else {
        tp / (tp + fn_)
    }
}

/// (F1, precision, recall) over pages, as evaluate.py averages them.
fn score(all: &[Counts]) -> (f64, f64, f64) {
    let mean = |values: Vec<f64>| values.iter().sum::<f64>() / values.len().max(1) as f64;
    let p = mean(
        all.iter()
            .filter(|(tp, fp, _)| tp + fp > 0.0)
            .map(|c| precision(*c))
            .collect(),
    );
    let r = mean(
        all.iter()
            .filter(|(tp, _, fn_)| tp + fn_ > 0.0)
            .map(|c| recall(*c))
            .collect(),
    );
    (2.0 * p * r / (p + r), p, r)
}

/// (page id, html, true article text) of a corpus folder.
fn corpus(dir: &Path) -> Vec<(String, String, String)> {
    let mut pages = Vec::new();
    let truth = dir.join("ground-truth.json");
    if truth.is_file() {
        let truth: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(truth).unwrap()).unwrap();
        for (id, item) in truth.as_object().unwrap() {
            let path = dir.join("html").join(format!("{id}.html.gz"));
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(std::fs::File::open(&path).unwrap())
                .read_to_end(&mut bytes)
                .unwrap();
            let body = item["articleBody"].as_str().unwrap_or_default().to_owned();
            pages.push((
                id.clone(),
                String::from_utf8_lossy(&bytes).into_owned(),
                body,
            ));
        }
        return pages;
    }
    let tests = dir.join("test").join("test-pages");
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&tests)
        .unwrap_or_else(|_| panic!("{} is neither corpus", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    folders.sort();
    for folder in folders {
        let (Ok(source), Ok(expected)) = (
            std::fs::read_to_string(folder.join("source.html")),
            std::fs::read_to_string(folder.join("expected.html")),
        ) else {
            continue;
        };
        let text = scraper::Html::parse_document(&expected)
            .root_element()
            .text()
            .collect::<Vec<_>>()
            .join(" ");
        let id = folder.file_name().unwrap().to_string_lossy().into_owned();
        pages.push((id, source, text));
    }
    pages
}

fn main() {
    let Some(dir) = std::env::args().skip(1).find(|a| !a.starts_with('-')) else {
        println!(
            "extraction benchmark: give a corpus folder (see benches/extraction.rs), e.g.\n  \
             cargo bench --bench extraction -- article-extraction-benchmark"
        );
        return;
    };
    let pages = corpus(Path::new(&dir));
    let start = std::time::Instant::now();
    let mut whole = Vec::new();
    let mut body = Vec::new();
    for (_, html, truth) in &pages {
        let extracted = claimmark::article::from_html(html);
        whole.push(matching(truth, &extracted.text));
        let mut lines: Vec<&str> = extracted.text.split("\n\n").collect();
        if lines.first().copied() == extracted.title.as_deref() {
            lines.remove(0);
        }
        if !lines.is_empty() && lines.first().copied() == extracted.byline.as_deref() {
            lines.remove(0);
        }
        body.push(matching(truth, &lines.join("\n\n")));
    }
    let elapsed = start.elapsed();
    // `--per-page=FILE`: each page's whole-text scores, to see which pages a change moved.
    if let Some(file) =
        std::env::args().find_map(|a| a.strip_prefix("--per-page=").map(str::to_owned))
    {
        let rows: Vec<String> = pages
            .iter()
            .zip(&whole)
            .map(|((id, _, _), c)| {
                format!(
                    "{id}\t{:.3}\t{:.3}\t{:.3}",
                    score(&[*c]).0,
                    precision(*c),
                    recall(*c)
                )
            })
            .collect();
        std::fs::write(file, rows.join("\n") + "\n").unwrap();
    }
    println!(
        "{} pages from {dir}, extracted in {:.2} s",
        pages.len(),
        elapsed.as_secs_f64()
    );
    println!("| text                                 |   F1  | precision | recall |");
    println!("|--------------------------------------|-------|-----------|--------|");
    for (name, counts) in [
        ("whole text (headline, byline, body)", &whole),
        ("article body", &body),
    ] {
        let (f1, p, r) = score(counts);
        println!("| {name:<36} | {f1:.3} |     {p:.3} |  {r:.3} |");
    }
}
