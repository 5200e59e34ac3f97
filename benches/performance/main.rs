//! `cargo bench`: the figures of the performance targets, small sample vs. 5 MB / 50,000
//! annotations, measured side by side in one run, printed as one table; then the densest
//! screen (30,000 annotations in a tenth of 5 MB, chains nested 40 deep) against the sample.
//!
//! A frame is the CPU time of one full pass of the real app UI (article view with highlights,
//! side panel, status bar) plus tessellation, through egui_kittest (no window, no GPU).
// A benchmark is a tool like the command line: it reads files and the clock.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::time::{Duration, Instant};

#[path = "../../tests/integration/common.rs"]
mod common;

use claimmark::app::{Action, ClaimmarkApp, Command, sample};
use claimmark::io::{self, Opened};
use claimmark::model::RatingScale;
use claimmark::model::Tag;
use common::TestPlatform;
use egui::{
    Event, Modifiers, MouseWheelSource, MouseWheelUnit, PointerButton, TouchPhase, pos2, vec2,
};
use egui_kittest::Harness;
use {claimmark::model::TextSelection, claimmark::ui::article_view::ArticleEvent};

mod profile;

const FRAMES: usize = 200;
const TAGS: usize = 30;

/// Recovery files of the benchmark's sessions go to a temporary folder, not the user's.
fn recovery_folder() -> std::path::PathBuf {
    std::env::temp_dir().join(format!("claimmark-bench-data-{}", std::process::id()))
}

fn harness(opened: Opened) -> Harness<'static, ClaimmarkApp> {
    let platform = TestPlatform {
        recovery: Some(recovery_folder()),
        ..TestPlatform::default()
    };
    Harness::builder()
        .with_size(vec2(1280.0, 820.0))
        .with_max_steps(10_000)
        .allow_missing_glyphs()
        .build_eframe(move |_cc| ClaimmarkApp::new(opened, Vec::new(), Box::new(platform)))
}

/// One frame: UI pass plus tessellation.
fn frame(h: &mut Harness<'_, ClaimmarkApp>) -> Duration {
    let start = Instant::now();
    h.step();
    let shapes = h.output().shapes.clone();
    let primitives = h.ctx.tessellate(shapes, 1.0);
    std::hint::black_box(primitives);
    start.elapsed()
}

/// One turn of the mouse wheel, down or up.
fn wheel(down: bool) -> Event {
    Event::MouseWheel {
        unit: MouseWheelUnit::Point,
        delta: vec2(0.0, if down { -90.0 } else { 90.0 }),
        phase: TouchPhase::Move,
        source: MouseWheelSource::Unknown,
        modifiers: Modifiers::NONE,
    }
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples.get(samples.len() / 2).copied().unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[derive(Default)]
struct Frames {
    idle: Vec<Duration>,
    scrolling: Vec<Duration>,
    dragging: Vec<Duration>,
    after_tag: Vec<Duration>,
    tag_total: Vec<Duration>,
}

/// Medians of one document's frames.
struct FrameMedians {
    idle: Duration,
    scrolling: Duration,
    dragging: Duration,
    after_tag: Duration,
    tag_total: Duration,
}

impl Frames {
    fn medians(self) -> FrameMedians {
        FrameMedians {
            idle: median(self.idle),
            scrolling: median(self.scrolling),
            dragging: median(self.dragging),
            after_tag: median(self.after_tag),
            tag_total: median(self.tag_total),
        }
    }
}

/// Measures the frames of several documents side by side: each step runs once on every
/// document before the next step, so a slower or busier moment of the machine hits all of
/// them alike. Background work started on opening (the save warm-up) is finished first:
/// these are the frames of a user who is reading, scrolling, selecting and tagging.
fn measure(documents: Vec<Opened>) -> Vec<FrameMedians> {
    let mut harnesses: Vec<_> = documents.into_iter().map(harness).collect();
    let mut frames: Vec<Frames> = harnesses.iter().map(|_| Frames::default()).collect();
    for h in &mut harnesses {
        h.state_mut().finish_save_warmup();
        for _ in 0..5 {
            frame(h);
        }
    }
    let article = pos2(400.0, 400.0);
    for _ in 0..FRAMES {
        for (h, f) in harnesses.iter_mut().zip(&mut frames) {
            f.idle.push(frame(h));
        }
    }

    for h in &mut harnesses {
        h.hover_at(article);
        frame(h);
    }
    for _ in 0..FRAMES {
        for (h, f) in harnesses.iter_mut().zip(&mut frames) {
            h.event(wheel(true));
            f.scrolling.push(frame(h));
        }
    }

    for h in &mut harnesses {
        h.event(Event::PointerButton {
            pos: pos2(120.0, 200.0),
            button: PointerButton::Primary,
            pressed: true,
            modifiers: Modifiers::NONE,
        });
        frame(h);
    }
    for i in 0..FRAMES {
        let x = 120.0 + (i % 40) as f32 * 14.0;
        let y = 200.0 + (i / 40) as f32 * 26.0;
        for (h, f) in harnesses.iter_mut().zip(&mut frames) {
            h.event(Event::PointerMoved(pos2(x, y)));
            f.dragging.push(frame(h));
        }
    }
    for h in &mut harnesses {
        h.event(Event::PointerButton {
            pos: pos2(400.0, 230.0),
            button: PointerButton::Primary,
            pressed: false,
            modifiers: Modifiers::NONE,
        });
        frame(h);
    }

    for i in 0..TAGS {
        for (h, f) in harnesses.iter_mut().zip(&mut frames) {
            // Select a span in view, then tag it: the edit, the index update and the next frame.
            let len = h.state().session().document().char_len();
            let start = h
                .state()
                .visible_char()
                .unwrap_or(0)
                .min(len.saturating_sub(40))
                + i;
            let ctx = h.ctx.clone();
            h.state_mut().apply(
                &ctx,
                Action::Article(ArticleEvent::Select(TextSelection {
                    anchor: start,
                    cursor: start + 12,
                })),
            );
            frame(h);
            let begin = Instant::now();
            h.state_mut()
                .apply(&ctx, Action::Run(Command::Tag(Tag::Claim)));
            let next = frame(h);
            f.tag_total.push(begin.elapsed());
            f.after_tag.push(next);
        }
    }
    frames.into_iter().map(Frames::medians).collect()
}

/// The window of `SCREEN_CHARS` characters that most annotations touch, from candidates every
/// 500 characters: its first character, and how many annotations touch it.
const SCREEN_CHARS: usize = 3_000;

fn densest_window(opened: &Opened) -> (usize, usize) {
    let index = opened.annotations.index();
    let len = opened.document.char_len();
    (0..len.saturating_sub(SCREEN_CHARS))
        .step_by(500)
        .map(|start| {
            let window = claimmark::model::Span::new(start, start + SCREEN_CHARS);
            (start, index.overlapping(window).count())
        })
        .max_by_key(|&(_, count)| count)
        .unwrap_or((0, 0))
}

/// A harness on `opened`, its save warm-up done, scrolled so that character `start` is in
/// view (by selecting the first annotation there, then deselecting).
fn measure_setup(opened: Opened, start: usize) -> Harness<'static, ClaimmarkApp> {
    let first = opened
        .annotations
        .in_order()
        .find(|a| a.span.start >= start)
        .map(|a| a.id);
    let mut h = harness(opened);
    h.state_mut().finish_save_warmup();
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Action::SelectAnnotation(first));
    for _ in 0..5 {
        frame(&mut h);
    }
    h.state_mut().apply(&ctx, Action::SelectAnnotation(None));
    for _ in 0..5 {
        frame(&mut h);
    }
    h
}

/// Idle and scrolling frames with each document scrolled to `start` first (via selecting the
/// first annotation there, then deselecting); scrolling goes down and back up in turns of 50
/// frames so it stays on the densest part. Side by side, as in [`measure`].
fn measure_at(documents: Vec<(Opened, usize)>) -> Vec<(Duration, Duration)> {
    let mut harnesses: Vec<_> = documents
        .into_iter()
        .map(|(opened, start)| measure_setup(opened, start))
        .collect();
    let mut idle: Vec<Vec<Duration>> = harnesses.iter().map(|_| Vec::new()).collect();
    let mut scrolling = idle.clone();
    for _ in 0..FRAMES {
        for (h, f) in harnesses.iter_mut().zip(&mut idle) {
            f.push(frame(h));
        }
    }
    for h in &mut harnesses {
        h.hover_at(pos2(400.0, 400.0));
        frame(h);
    }
    for i in 0..FRAMES {
        let down = (i / 50) % 2 == 0;
        for (h, f) in harnesses.iter_mut().zip(&mut scrolling) {
            h.event(wheel(down));
            f.push(frame(h));
        }
    }
    idle.into_iter()
        .zip(scrolling)
        .map(|(i, s)| (median(i), median(s)))
        .collect()
}

/// A blank line and the head of a table whose rows [`row`] prints.
fn table_header(measure: &str, document: &str) {
    println!();
    println!(
        "| {measure:<34} | {:>10} | {document:>10} | {:>6} | {:<24} | result |",
        "sample", "ratio", "target"
    );
    println!(
        "|{}|{}|{}|{}|{}|------|",
        "-".repeat(36),
        "-".repeat(12),
        "-".repeat(12),
        "-".repeat(8),
        "-".repeat(26)
    );
}

fn row(name: &str, small: f64, large: f64, target: &str, pass: bool) {
    let ratio = if small > 0.0 { large / small } else { 0.0 };
    println!(
        "| {name:<34} | {small:>10.2} | {large:>10.2} | {ratio:>6.2} | {target:<24} | {} |",
        if pass { "pass" } else { "FAIL" }
    );
}

fn main() {
    let data = recovery_folder();
    if let Ok(what) = std::env::var("PROFILE_FRAMES") {
        profile::profile_loop(&what);
        let _ = std::fs::remove_dir_all(&data);
        return;
    }
    let generate = Instant::now();
    let (document, annotations) = claimmark::synthetic::large(2026);
    let generated = generate.elapsed();
    let dir = std::env::temp_dir().join(format!("claimmark-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let large_path = dir.join("large.ron");
    let scale = RatingScale::default();
    if let Err(e) = io::save(&large_path, &document, &annotations, &scale) {
        eprintln!("could not write the benchmark file: {e}");
        return;
    }
    let file_mb = std::fs::metadata(&large_path).map(|m| m.len()).unwrap_or(0) as f64 / 1e6;
    eprintln!(
        "generated {} chars, {} paragraphs, {} annotations in {:.0} ms; file {file_mb:.1} MB",
        document.char_len(),
        document.paragraphs().len(),
        annotations.len(),
        ms(generated)
    );

    let small_sample = sample();
    let small_path = dir.join("small.ron");
    let _ = io::save(
        &small_path,
        &small_sample.document,
        &small_sample.annotations,
        &scale,
    );

    let time_open = |path: &std::path::Path| {
        median(
            (0..3)
                .map(|_| {
                    let start = Instant::now();
                    let opened = io::open(path).map(std::hint::black_box);
                    let elapsed = start.elapsed();
                    assert!(opened.is_ok(), "benchmark file opens");
                    elapsed
                })
                .collect(),
        )
    };
    let open_small = time_open(&small_path);
    let open_large = time_open(&large_path);
    let time_save = |opened: &Opened, path: &std::path::Path| {
        median(
            (0..3)
                .map(|_| {
                    let start = Instant::now();
                    let _ = io::save(path, &opened.document, &opened.annotations, &opened.scale);
                    start.elapsed()
                })
                .collect(),
        )
    };
    let (Ok(small), Ok(large)) = (io::open(&small_path), io::open(&large_path)) else {
        eprintln!("could not reopen the benchmark files");
        return;
    };
    let save_small = time_save(&small, &dir.join("small-save.ron"));
    let save_large_cold = time_save(&large, &dir.join("large-save.ron"));
    // What the app does on Ctrl+S: its session keeps what the last save wrote; after one
    // edit only that annotation is serialized again.
    // The app fills the cache on a background thread right after opening; here it runs to
    // completion first, as it has by the time a user saves.
    let mut saving = large.clone().into_session();
    saving.adopt_save_cache(claimmark::format::SaveCache::warmed(
        &large.document,
        &large.annotations,
        &large.scale,
    ));
    let save_large = median(
        (0..5)
            .map(|i| {
                let _ = saving.tag(
                    claimmark::model::Span::new(2000 + i * 30, 2010 + i * 30),
                    claimmark::model::Tag::Claim,
                    "t",
                );
                let start = Instant::now();
                let text = saving.serialize().unwrap_or_default();
                let _ = io::save_text(&dir.join("large-save.ron"), &text);
                start.elapsed()
            })
            .collect(),
    );

    // Parts of the save and of tagging, to see where time goes.
    let serialize = median(
        (0..3)
            .map(|_| {
                let start = Instant::now();
                let text =
                    claimmark::format::to_ron(&large.document, &large.annotations, &large.scale);
                std::hint::black_box(text.map(|t| t.len()).unwrap_or(0));
                start.elapsed()
            })
            .collect(),
    );
    let mut session =
        claimmark::session::Session::new(large.document.clone(), large.annotations.clone(), None);
    let edit = median(
        (0..20)
            .map(|i| {
                let start = Instant::now();
                let _ = session.tag(
                    claimmark::model::Span::new(1000 + i * 50, 1010 + i * 50),
                    claimmark::model::Tag::Quote,
                    "t",
                );
                start.elapsed()
            })
            .collect(),
    );
    // What the app copies on its own thread before writing a recovery file in the background.
    let snapshot = median(
        (0..9)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box((large.document.clone(), large.annotations.clone()));
                start.elapsed()
            })
            .collect(),
    );
    eprintln!(
        "large: copying document + annotations for a background recovery write: {:.2} ms",
        ms(snapshot)
    );
    // A span over the whole text: searches near its end must not walk everything it covers.
    let whole = claimmark::model::Span::new(0, large.document.char_len());
    let _ = session.tag(whole, claimmark::model::Tag::Claim, "t");
    let near_end = large.document.char_len().saturating_sub(3_000);
    let index = session.annotations().index();
    let search = median(
        (0..200)
            .map(|i| {
                let start = Instant::now();
                let range = claimmark::model::Span::new(near_end + i, near_end + i + 2_000);
                std::hint::black_box(index.overlapping(range).count());
                start.elapsed()
            })
            .collect(),
    );
    eprintln!(
        "large: serialize {:.1} ms of the save; tag edit + index update alone {:.2} ms; \
         spans touching a 2,000-char block near the end, with one span over the whole text: {:.1} µs",
        ms(serialize),
        ms(edit),
        search.as_secs_f64() * 1e6
    );

    let mut bare = large.clone();
    bare.annotations = Default::default();
    let mut medians = measure(vec![small, large, bare]).into_iter();
    let (Some(small_frames), Some(large_frames), Some(bare_frames)) =
        (medians.next(), medians.next(), medians.next())
    else {
        return;
    };
    eprintln!(
        "5 MB without annotations: idle {:.2} ms, scrolling {:.2} ms, drag-selecting {:.2} ms",
        ms(bare_frames.idle),
        ms(bare_frames.scrolling),
        ms(bare_frames.dragging)
    );

    table_header("measure (ms, median)", "5 MB/50k");
    let frame_target =
        |small: Duration, large: Duration| ms(large) <= 8.0 && ms(large) <= 1.5 * ms(small);
    for (name, s, l) in [
        ("frame, idle", small_frames.idle, large_frames.idle),
        (
            "frame, scrolling",
            small_frames.scrolling,
            large_frames.scrolling,
        ),
        (
            "frame, drag-selecting",
            small_frames.dragging,
            large_frames.dragging,
        ),
        (
            "frame, right after tagging",
            small_frames.after_tag,
            large_frames.after_tag,
        ),
    ] {
        row(
            name,
            ms(s),
            ms(l),
            "≤ 8 ms and ≤ 1.5× sample",
            frame_target(s, l),
        );
    }
    row(
        "tag (edit + index + next frame)",
        ms(small_frames.tag_total),
        ms(large_frames.tag_total),
        "< 16 ms",
        ms(large_frames.tag_total) < 16.0,
    );
    row(
        "open (read+decode+validate+index)",
        ms(open_small),
        ms(open_large),
        "< 1000 ms",
        ms(open_large) < 1000.0,
    );
    row(
        "save, no cache (cold serializer)",
        ms(save_small),
        ms(save_large_cold),
        "< 300 ms",
        ms(save_large_cold) < 300.0,
    );
    row(
        "save after an edit (app's Ctrl+S)",
        ms(save_small),
        ms(save_large),
        "< 300 ms",
        ms(save_large) < 300.0,
    );

    // The densest screen: 30,000 annotations in a tenth of 5 MB, chains nested 40 deep.
    let (document, annotations) = claimmark::synthetic::dense(2026);
    let dense = Opened {
        document,
        annotations,
        ..sample()
    };
    let (dense_start, dense_count) = densest_window(&dense);
    let depth = dense
        .annotations
        .index()
        .overlapping(claimmark::model::Span::new(
            dense_start,
            dense_start + SCREEN_CHARS,
        ))
        .map(|(entry, _)| entry.span)
        .map(|span| {
            dense
                .annotations
                .index()
                .overlapping(claimmark::model::Span::new(span.start, span.start + 1))
                .count()
        })
        .max()
        .unwrap_or(0);
    eprintln!(
        "dense: {} annotations in {} chars; densest {SCREEN_CHARS}-char window at {dense_start}: \
         {dense_count} annotations touch it, up to {depth} over one character",
        dense.annotations.len(),
        dense.document.char_len()
    );
    let mut at = measure_at(vec![(sample(), 0), (dense, dense_start)]).into_iter();
    if let (Some(small_at), Some(dense_at)) = (at.next(), at.next()) {
        let dense_target =
            |small: Duration, dense: Duration| ms(dense) <= 8.0 && ms(dense) <= 3.0 * ms(small);
        table_header("densest screen (ms, median)", "30k/40 deep");
        for (name, s, d) in [
            ("frame, idle", small_at.0, dense_at.0),
            ("frame, scrolling", small_at.1, dense_at.1),
        ] {
            row(
                name,
                ms(s),
                ms(d),
                "≤ 8 ms and ≤ 3× sample",
                dense_target(s, d),
            );
        }
    }
    println!();
    println!(
        "Large file: {file_mb:.1} MB on disk. Peak memory is measured separately with /usr/bin/time -v (README)."
    );
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&data);
}
