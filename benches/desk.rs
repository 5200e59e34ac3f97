//! `cargo bench --bench desk [-- FILES]`: the desk's figures on a generated desk (10,000 files
//! and about 40,000 claims unless FILES says otherwise): first index build, reopening with one
//! file changed, search and "Seen before" (median and p95, warm), memory, and beside them the
//! time `grep -ril` takes to find one word in the same folder and `claimmark search` as a
//! process (with its peak memory when `/usr/bin/time` is there).
//!
//! Everything is written under the system's temporary folder and removed at the end
//! (`KEEP_DESK=1` keeps it and prints where it is).
#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    missing_docs
)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use claimmark::desk::Desk;
use claimmark::model::RatingScale;
use claimmark::synthetic::desk::{Vocabulary, article};

const SEED: u64 = 2026;
const QUERIES: usize = 200;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// (median, p95) in milliseconds.
fn spread(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let at = |q: f64| ms(samples[((samples.len() as f64 - 1.0) * q).round() as usize]);
    (at(0.5), at(0.95))
}

/// A line of /proc/self/status in MB (VmHWM: peak resident memory; VmRSS: now).
fn memory_mb(key: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(key))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn folder_mb(folder: &Path) -> f64 {
    fn walk(path: &Path) -> u64 {
        std::fs::read_dir(path)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| match e.file_type() {
                        Ok(t) if t.is_dir() => walk(&e.path()),
                        _ => e.metadata().map(|m| m.len()).unwrap_or(0),
                    })
                    .sum()
            })
            .unwrap_or(0)
    }
    walk(folder) as f64 / 1e6
}

fn file_path(desk: &Path, index: usize) -> PathBuf {
    desk.join(format!("{:02}", index / 500))
        .join(format!("article-{index:05}.ron"))
}

fn generate(desk: &Path, vocabulary: &Vocabulary, files: usize) -> usize {
    let scale = RatingScale::default();
    let mut claims = 0;
    for index in 0..files {
        let (document, annotations) = article(vocabulary, SEED, index);
        claims += annotations
            .in_order()
            .filter(|a| a.tag == claimmark::model::Tag::Claim)
            .count();
        let path = file_path(desk, index);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        claimmark::io::save(&path, &document, &annotations, &scale).unwrap();
    }
    claims
}

/// The command line's searches: how long each took, and the largest peak memory of one.
struct CliFigures {
    times: Vec<Duration>,
    peak_mb: Option<f64>,
}

/// Runs `claimmark search` once per word (once before, to warm the files' cache), without a
/// matching model; peak memory from `/usr/bin/time` when the machine has it.
fn cli_search(desk: &Path, cache: &Path, root: &Path, queries: &[String]) -> CliFigures {
    let exe = env!("CARGO_BIN_EXE_claimmark");
    let run = |word: &str, timed: bool| {
        let mut command = if timed {
            let mut c = std::process::Command::new("/usr/bin/time");
            c.args(["-f", "%M", exe]);
            c
        } else {
            std::process::Command::new(exe)
        };
        command
            .args(["search"])
            .arg(desk)
            .arg(word)
            .env("CLAIMMARK_CACHE_DIR", cache)
            .env("CLAIMMARK_MODEL_DIR", root.join("no-model"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .output()
    };
    let words: Vec<&str> = queries
        .iter()
        .take(9)
        .map(|q| q.split_whitespace().next().unwrap_or("the"))
        .collect();
    let mut figures = CliFigures {
        times: Vec::new(),
        peak_mb: None,
    };
    for word in &words {
        if run(word, false).is_err() {
            eprintln!("claimmark could not run; its row is left empty");
            return figures;
        }
    }
    for word in &words {
        let started = Instant::now();
        let Ok(output) = run(word, false) else {
            return figures;
        };
        figures.times.push(started.elapsed());
        assert!(output.status.success(), "{output:?}");
    }
    if Path::new("/usr/bin/time").is_file() {
        for word in &words {
            let Ok(output) = run(word, true) else { break };
            let kb: Option<f64> = String::from_utf8_lossy(&output.stderr)
                .lines()
                .last()
                .and_then(|l| l.trim().parse().ok());
            if let Some(kb) = kb {
                let mb = kb / 1024.0;
                figures.peak_mb = Some(figures.peak_mb.map_or(mb, |p: f64| p.max(mb)));
            }
        }
    }
    figures
}

fn main() {
    let files: usize = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let root = std::env::temp_dir().join(format!("claimmark-desk-bench-{}", std::process::id()));
    let desk_folder = root.join("desk");
    let cache = root.join("cache");
    let vocabulary = Vocabulary::new(SEED, 30_000);

    let started = Instant::now();
    let claims = generate(&desk_folder, &vocabulary, files);
    eprintln!(
        "generated {files} files, {claims} claims, {:.0} MB in {:.1} s",
        folder_mb(&desk_folder),
        started.elapsed().as_secs_f64()
    );
    let rss_before = memory_mb("VmRSS:").unwrap_or(0.0);

    // First index build.
    let started = Instant::now();
    let mut desk = Desk::open(&desk_folder, &cache).unwrap();
    let summary = desk.refresh(&mut |_, _| {}).unwrap();
    let first_build = started.elapsed();
    assert_eq!(summary.added, files);
    let peak_after_build = memory_mb("VmHWM:").unwrap_or(0.0);
    // Resident memory now, split: the heap, and pages of the index's files mapped in.
    let anonymous_after_build = memory_mb("RssAnon:").unwrap_or(0.0);
    let mapped_after_build = memory_mb("RssFile:").unwrap_or(0.0);
    let index_mb = folder_mb(&cache);

    // Search, warm: every query once, then timed.
    let mut rng = 0x1234_5678_u64;
    let mut next = move |n: usize| {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        (rng % n as u64) as usize
    };
    let all_claims: Vec<(String, String)> = desk
        .claims()
        .into_iter()
        .map(|l| {
            (
                l.file.to_owned(),
                format!("{}\n{}", l.claim.text, l.claim.normalized),
            )
        })
        .collect();
    let queries: Vec<String> = (0..QUERIES)
        .map(|n| match n % 3 {
            // Two or three words of middling frequency, as a checker types them.
            0 => format!(
                "{} {}",
                vocabulary.word(60 + next(3000)),
                vocabulary.word(60 + next(3000))
            ),
            1 => format!(
                "{} {} {}",
                vocabulary.word(200 + next(8000)),
                1 + next(5000),
                vocabulary.word(60 + next(3000))
            ),
            // A claim's first eight words.
            _ => {
                let (_, text) = &all_claims[next(all_claims.len())];
                text.split_whitespace()
                    .take(8)
                    .collect::<Vec<_>>()
                    .join(" ")
            }
        })
        .collect();
    for q in &queries {
        desk.search(q, 50, None).unwrap();
    }
    let mut search_times = Vec::new();
    let mut found = 0;
    for q in &queries {
        let started = Instant::now();
        let hits = desk.search(q, 50, None).unwrap();
        search_times.push(started.elapsed());
        found += usize::from(!hits.is_empty());
    }
    let (search_median, search_p95) = spread(search_times);

    // Seen before for a selected claim, warm.
    let picks: Vec<&(String, String)> = (0..QUERIES)
        .map(|_| &all_claims[next(all_claims.len())])
        .collect();
    for (file, text) in &picks {
        desk.seen_before(text, Some(file), 5, None).unwrap();
    }
    let mut seen_times = Vec::new();
    for (file, text) in &picks {
        let started = Instant::now();
        std::hint::black_box(desk.seen_before(text, Some(file), 5, None).unwrap());
        seen_times.push(started.elapsed());
    }
    let (seen_median, seen_p95) = spread(seen_times);
    drop(desk);

    // Reopen with nothing changed, then with one file changed.
    let started = Instant::now();
    let mut desk = Desk::open(&desk_folder, &cache).unwrap();
    let summary = desk.refresh(&mut |_, _| {}).unwrap();
    let reopen_same = started.elapsed();
    assert_eq!(summary.added + summary.changed, 0);
    drop(desk);
    let changed = file_path(&desk_folder, files / 2);
    let (document, annotations) = article(&vocabulary, SEED, files / 2);
    let mut list: Vec<_> = annotations.in_order().cloned().collect();
    list[0].note = "Second reviewer: source confirmed by phone.".to_owned();
    let annotations = claimmark::model::AnnotationSet::from_annotations(list).unwrap();
    claimmark::io::save(&changed, &document, &annotations, &RatingScale::default()).unwrap();
    let started = Instant::now();
    let mut desk = Desk::open(&desk_folder, &cache).unwrap();
    let summary = desk.refresh(&mut |_, _| {}).unwrap();
    let reopen_changed = started.elapsed();
    assert_eq!(summary.changed, 1, "{summary:?}");
    let peak = memory_mb("VmHWM:").unwrap_or(0.0);
    let rss_now = memory_mb("VmRSS:").unwrap_or(0.0);

    // grep -ril for one word of each kind of query, in the same run.
    let mut grep_times = Vec::new();
    for q in queries.iter().take(9) {
        let word = q.split_whitespace().next().unwrap_or("the");
        let started = Instant::now();
        let status = std::process::Command::new("grep")
            .arg("-ril")
            .arg(word)
            .arg(&desk_folder)
            .stdout(std::process::Stdio::null())
            .status();
        if status.is_err() {
            eprintln!("grep could not run; its row is left empty");
            break;
        }
        grep_times.push(started.elapsed());
    }

    // `claimmark search DESK WORD` as a process, for the same words, warm (its index is built).
    let cli = cli_search(&desk_folder, &cache, &root, &queries);

    println!();
    println!(
        "Desk: {files} files, {claims} claims (generated; index {index_mb:.0} MB in the cache)"
    );
    println!("| measure | figure | goal |");
    println!("|---|---|---|");
    println!(
        "| first index build | {:.2} s | < 20 s |",
        first_build.as_secs_f64()
    );
    println!("| reopen, nothing changed | {:.0} ms | |", ms(reopen_same));
    println!(
        "| reopen, 1 file changed | {:.0} ms | < 1 s |",
        ms(reopen_changed)
    );
    println!(
        "| search ({QUERIES} queries, warm; {found} with hits) | median {search_median:.2} ms, p95 {search_p95:.2} ms | < 50 ms |"
    );
    println!(
        "| Seen before ({QUERIES} claims, warm) | median {seen_median:.2} ms, p95 {seen_p95:.2} ms | < 50 ms |"
    );
    if !grep_times.is_empty() {
        let (grep_median, grep_p95) = spread(grep_times);
        println!(
            "| `grep -ril WORD` over the folder (same run) | median {grep_median:.0} ms, p95 {grep_p95:.0} ms | |"
        );
    }
    if !cli.times.is_empty() {
        let (cli_median, cli_p95) = spread(cli.times.clone());
        let memory = cli
            .peak_mb
            .map_or_else(String::new, |mb| format!("; peak memory {mb:.0} MB"));
        println!(
            "| `claimmark search DESK WORD` as a process (same words, warm) | median {cli_median:.0} ms, p95 {cli_p95:.0} ms{memory} | ≤ 0.5 × grep |"
        );
    }
    println!(
        "| memory | peak {peak:.0} MB (after the first build {peak_after_build:.0} MB; then {anonymous_after_build:.0} MB heap and {mapped_after_build:.0} MB of mapped files), now {rss_now:.0} MB; {rss_before:.0} MB before the desk | |"
    );

    if std::env::var_os("KEEP_DESK").is_some() {
        eprintln!("kept {}", root.display());
    } else {
        let _ = std::fs::remove_dir_all(&root);
    }
}
