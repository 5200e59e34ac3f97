//! The app's frames while something runs on its own thread (a file read, a page fetched), as
//! CPU time per frame (layout and tessellation; the GPU's part is not counted): the figure the
//! issues' "frames ≤ 16 ms" rows are measured with. Each bench uses what it needs of it.
#![allow(dead_code)]

use std::path::Path;
use std::time::{Duration, Instant};

use claimmark::app::{Action, ClaimmarkApp, sample};
use egui_kittest::Harness;

use crate::common::TestPlatform;

/// The frames drawn while a job ran.
pub struct Frames {
    /// Each frame's time, shortest first.
    pub sorted: Vec<Duration>,
    /// The frame that took the job's result and laid it out (not "while").
    pub finishing: Duration,
    /// How long the job ran.
    pub took: Duration,
}

impl Frames {
    /// The frame at `share` percent (50: the median).
    pub fn at(&self, share: usize) -> Duration {
        self.sorted
            .get((self.sorted.len() * share / 100).min(self.sorted.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    }

    /// The longest frame.
    pub fn worst(&self) -> Duration {
        self.sorted.last().copied().unwrap_or_default()
    }
}

/// The app on the bundled sample, at the size of its window.
pub fn app() -> Harness<'static, ClaimmarkApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .with_max_steps(10_000)
        .allow_missing_glyphs()
        .build_eframe(move |_cc| {
            ClaimmarkApp::new(sample(), Vec::new(), Box::new(TestPlatform::default()))
        });
    h.run();
    h
}

/// Does `action`, then steps frames while `busy` says the job it started runs (60 s at most).
pub fn while_busy(
    h: &mut Harness<'static, ClaimmarkApp>,
    action: Action,
    busy: impl Fn(&ClaimmarkApp) -> bool,
) -> Frames {
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, action);
    let mut sorted = Vec::new();
    let mut finishing = Duration::ZERO;
    let started = Instant::now();
    while busy(h.state()) && started.elapsed() < Duration::from_secs(60) {
        let start = Instant::now();
        h.step();
        let primitives = h.ctx.tessellate(h.output().shapes.clone(), 1.0);
        std::hint::black_box(primitives);
        if busy(h.state()) {
            sorted.push(start.elapsed());
        } else {
            finishing = start.elapsed();
        }
        std::thread::sleep(Duration::from_millis(4));
    }
    let took = started.elapsed();
    sorted.sort();
    Frames {
        sorted,
        finishing,
        took,
    }
}

/// Opens `path` in the app and prints the frames drawn while it was read.
pub fn while_opening(what: &str, path: &Path) {
    let mut h = app();
    let frames = while_busy(&mut h, Action::OpenPath(path.to_owned()), |app| {
        app.open_job().is_some()
    });
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "frames while {what} is read ({} frames over {:.1} s): median {:.2} ms, p95 {:.2} ms, \
         worst {:.2} ms (goal <= 16 ms); the frame that shows it: {:.0} ms",
        frames.sorted.len(),
        frames.took.as_secs_f64(),
        ms(frames.at(50)),
        ms(frames.at(95)),
        ms(frames.worst()),
        ms(frames.finishing)
    );
    assert!(
        h.state().session().document().char_len() > 10_000,
        "{what} opened"
    );
}
