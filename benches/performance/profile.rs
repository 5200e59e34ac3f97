//! `PROFILE_FRAMES=…`: one kind of work repeated for a profiler instead of the table.

use std::time::Instant;

use super::*;

/// `PROFILE_FRAMES=idle|scroll|tag|save cargo bench` repeats one kind of work on the large
/// document for a profiler (e.g. `perf record`) instead of printing the table;
/// `PROFILE_DOC=sample` runs it on the sample.
pub fn profile_loop(what: &str) {
    let (document, annotations) = claimmark::synthetic::large(2026);
    if what == "save" {
        for _ in 0..10 {
            let start = Instant::now();
            let text = claimmark::format::to_ron(&document, &annotations, &RatingScale::default());
            eprintln!("to_ron {:.1} ms", ms(start.elapsed()));
            std::hint::black_box(text.map(|t| t.len()).unwrap_or(0));
        }
        return;
    }
    let doc = std::env::var("PROFILE_DOC").unwrap_or_default();
    let opened = if doc == "sample" {
        sample()
    } else if doc == "dense" {
        let (document, annotations) = claimmark::synthetic::dense(2026);
        Opened {
            document,
            annotations,
            ..sample()
        }
    } else {
        Opened {
            document,
            annotations,
            ..sample()
        }
    };
    let start = if doc == "dense" {
        densest_window(&opened).0
    } else {
        0
    };
    let mut h = measure_setup(opened, start);
    h.hover_at(pos2(400.0, 400.0));
    let ctx = h.ctx.clone();
    let iterations = std::env::var("PROFILE_N")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20_000);
    for i in 0..iterations {
        match what {
            "tag" => {
                // Select, frame, tag, frame, as the table does; every 30 tags, undo them.
                let start = h.state().visible_char().unwrap_or(0) + i % 30;
                let selection = TextSelection {
                    anchor: start,
                    cursor: start + 12,
                };
                h.state_mut()
                    .apply(&ctx, Action::Article(ArticleEvent::Select(selection)));
                frame(&mut h);
                h.state_mut()
                    .apply(&ctx, Action::Run(Command::Tag(Tag::Claim)));
                frame(&mut h);
                if i % 30 == 29 {
                    for _ in 0..30 {
                        h.state_mut().apply(&ctx, Action::Run(Command::Undo));
                    }
                }
            }
            "scroll" => {
                let down = (i / 50) % 2 == 0;
                h.event(wheel(down));
            }
            _ => {}
        }
        frame(&mut h);
    }
}
