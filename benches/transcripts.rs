//! `cargo bench --bench transcripts`: how long a three-hour transcript takes to open. A
//! generated WebVTT of three hours in YouTube's automatic-caption form (each line shown again
//! above the next, word timings inside) is read from its bytes into an article with its
//! timeline, as `claimmark new` and the app do; the median of 9 runs is printed with the cue
//! count and the article's length. A SubRip of the same words is timed too. Then the app's
//! frames while the captions are opened (on their own thread): the goal is ≤ 16 ms.
#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    missing_docs
)]

use std::fmt::Write as _;
use std::time::Instant;

#[path = "../tests/integration/common.rs"]
mod common;
#[path = "common/frames.rs"]
mod frames;

const RUNS: usize = 9;
const HOURS: u64 = 3;

fn stamp(ms: u64, comma: bool) -> String {
    let separator = if comma { ',' } else { '.' };
    format!(
        "{:02}:{:02}:{:02}{separator}{:03}",
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        ms % 1000
    )
}

/// Words of a debate, varied so no two lines are the same.
fn line(n: u64) -> String {
    const WORDS: [&str; 12] = [
        "unemployment",
        "fell",
        "by",
        "half",
        "since",
        "the",
        "plan",
        "began",
        "and",
        "taxes",
        "went",
        "down",
    ];
    (0..7)
        .map(|i| WORDS[((n * 7 + i * 5) % 12) as usize])
        .collect::<Vec<_>>()
        .join(" ")
        + &format!(" {n}")
}

/// Three hours of rolling automatic captions: a cue every 2 s with the previous line and the
/// new one (word timings inside), and a 10 ms cue repeating the new line.
fn youtube_vtt() -> String {
    let mut vtt = String::from("WEBVTT\nKind: captions\nLanguage: en\n\n");
    let mut at = 0;
    let mut n = 0;
    while at < HOURS * 3_600_000 {
        let words = line(n);
        let timed: String = words
            .split(' ')
            .enumerate()
            .map(|(i, w)| format!("<{}><c> {w}</c>", stamp(at + i as u64 * 200, false)))
            .collect();
        let previous = if n > 0 {
            line(n - 1) + "\n"
        } else {
            String::new()
        };
        let _ = write!(
            vtt,
            "{} --> {} align:start position:0%\n{previous}{timed}\n\n{} --> {} align:start position:0%\n{words}\n\n",
            stamp(at, false),
            stamp(at + 1_990, false),
            stamp(at + 1_990, false),
            stamp(at + 2_000, false),
        );
        at += 2_000;
        n += 1;
    }
    vtt
}

fn srt() -> String {
    let mut srt = String::new();
    let mut at = 0;
    let mut n = 0;
    while at < HOURS * 3_600_000 {
        let _ = write!(
            srt,
            "{}\n{} --> {}\n{}\n\n",
            n + 1,
            stamp(at, true),
            stamp(at + 2_000, true),
            line(n)
        );
        at += 2_000;
        n += 1;
    }
    srt
}

fn time(name: &str, bytes: &[u8]) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..RUNS {
        let start = Instant::now();
        let article = claimmark::article::read_article(bytes, name).unwrap();
        times.push(start.elapsed().as_secs_f64());
        last = Some(article);
    }
    times.sort_by(f64::total_cmp);
    let article = last.unwrap();
    let runs = article.document.timeline().map_or(0, |t| t.runs.len());
    println!(
        "| {name:<22} | {:>6.1} MB | {runs:>6} | {:>9} | {:>7.0} ms |",
        bytes.len() as f64 / 1e6,
        article.document.char_len(),
        times[RUNS / 2] * 1000.0
    );
}

fn main() {
    println!("| 3-hour transcript      |   size    |  cues  |   chars   | opened in  |");
    println!("|------------------------|-----------|--------|-----------|------------|");
    let vtt = youtube_vtt();
    time("youtube-auto.vtt", vtt.as_bytes());
    time("debate.srt", srt().as_bytes());
    let dir = std::env::temp_dir().join(format!("claimmark-bench-vtt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("youtube-auto.vtt");
    std::fs::write(&path, vtt).unwrap();
    frames::while_opening("the 3-hour automatic captions", &path);
    let _ = std::fs::remove_dir_all(&dir);
}
