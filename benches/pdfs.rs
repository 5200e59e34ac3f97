//! `cargo bench --bench pdfs [-- FILE.pdf…]`: how long a PDF takes to open. A generated
//! 300-page two-column report (running heads, page numbers, words split at line ends) is read
//! from its bytes into an article with its pages, as `claimmark new` and the app do; the median
//! of 5 runs is printed with the page count and the article's length. PDFs named on the
//! command line are timed the same way. Then the app's frames while the report is opened (on
//! its own thread), as CPU time per frame: the goal is ≤ 16 ms.
#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    missing_docs
)]

use std::time::Instant;

#[path = "../tests/integration/common.rs"]
mod common;
#[path = "common/frames.rs"]
mod frames;

use claimmark::article::read_article;

const RUNS: usize = 5;
const PAGES: usize = 300;

fn time(name: &str, bytes: &[u8]) {
    let mut times = Vec::with_capacity(RUNS);
    let mut outcome = String::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        let read = read_article(bytes, "report.pdf");
        times.push(started.elapsed().as_secs_f64());
        outcome = match read {
            Ok(article) => format!(
                "{} pages, {} characters",
                article.document.pdf().map_or(0, |p| p.page_count),
                article.document.char_len()
            ),
            Err(error) => format!("refused: {error}"),
        };
    }
    times.sort_by(f64::total_cmp);
    println!(
        "{name:<44} {:>9.0} ms  ({} KB; {outcome})",
        times[RUNS / 2] * 1000.0,
        bytes.len() / 1000
    );
}

fn main() {
    let files: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    println!("PDF opened (median of {RUNS} runs; target: a 300-page text PDF <= 3 s)");
    let report = claimmark::synthetic::pdf::report(PAGES);
    time(
        &format!("generated two-column report, {PAGES} pages"),
        &report,
    );
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        time(&file, &bytes);
    }
    frames_while_opening(&report);
}

/// The app's frames while the report is read on its own thread.
fn frames_while_opening(report: &[u8]) {
    let dir = std::env::temp_dir().join(format!("claimmark-bench-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("report.pdf");
    std::fs::write(&path, report).unwrap();
    frames::while_opening("the 300-page report", &path);
    let _ = std::fs::remove_dir_all(&dir);
}
