//! Unsaved work survives the app going away: the recovery file is written a few seconds after
//! a change, offered at the next start, restored exactly, and removed by a save. A file changed
//! on disk by someone else is not overwritten without asking.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::common::TestPlatform;
use super::util::app;
use claimmark::app::{ClaimmarkApp, sample};
use claimmark::io::{self, recovery::RecoveryStore};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn harness(
    opened: io::Opened,
    save_to: Option<PathBuf>,
    recovery: &RecoveryStore,
) -> Harness<'static, ClaimmarkApp> {
    let recovery = Some(recovery.dir().to_owned());
    app().max_steps(64).open(
        opened,
        TestPlatform {
            save_to,
            reviewer: "Tester".to_owned(),
            recovery,
            ..TestPlatform::default()
        },
    )
}

fn wait_for(mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < Duration::from_secs(10), "timed out");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn unsaved_work_is_offered_back_and_a_save_removes_it() {
    let data = tempfile::tempdir().unwrap();
    let store = RecoveryStore::in_folder(data.path().join("recovery"));
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("work.ron");

    // Make changes and drop the app without saving.
    let mut h = harness(sample(), Some(saved.clone()), &store);
    let first = h
        .state()
        .session()
        .annotations()
        .in_order()
        .next()
        .unwrap()
        .clone();
    let ctx = h.ctx.clone();
    h.state_mut().apply(
        &ctx,
        claimmark::app::Action::Article(claimmark::ui::article_view::ArticleEvent::Select(
            claimmark::model::TextSelection {
                anchor: 155,
                cursor: 180,
            },
        )),
    );
    h.key_press(Key::Q);
    h.run();
    let before = h.state().session().annotations().clone();
    assert_eq!(before.len(), 10);
    std::thread::sleep(Duration::from_millis(2100));
    h.step();
    wait_for(|| !store.list().is_empty());
    drop(h);

    // Start again: the work is offered, and restored exactly.
    let found = store.list();
    assert_eq!(found.len(), 1);
    assert!(found[0].title.starts_with("OpenAI and Microsoft"));
    let mut h = harness(sample(), Some(saved.clone()), &store);
    h.state_mut().offer_recoveries(found);
    h.run();
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(h.state().session().annotations(), &before);
    assert!(
        h.state().session().is_dirty(),
        "restored work is not saved yet"
    );
    assert!(h.state().session().annotations().get(first.id).is_some());

    // Saving removes the recovery file.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(!h.state().session().is_dirty());
    assert_eq!(io::open(&saved).unwrap().annotations, before);
    assert!(store.list().is_empty());

    // Someone else saves the file: the next save asks first, and keeps theirs as .bak.
    let theirs = std::fs::read_to_string(&saved)
        .unwrap()
        .replace("Tester", "Someone else");
    std::thread::sleep(Duration::from_millis(20));
    std::fs::write(&saved, &theirs).unwrap();
    let ctx = h.ctx.clone();
    h.state_mut().apply(
        &ctx,
        claimmark::app::Action::Article(claimmark::ui::article_view::ArticleEvent::Select(
            claimmark::model::TextSelection {
                anchor: 1700,
                cursor: 1720,
            },
        )),
    );
    h.key_press(Key::C);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.get_by_label_contains("changed on disk");
    assert_eq!(
        std::fs::read_to_string(&saved).unwrap(),
        theirs,
        "not overwritten yet"
    );
    h.get_by_label("Overwrite").click();
    h.run();
    assert!(!h.state().session().is_dirty());
    assert_eq!(
        std::fs::read_to_string(io::backup_path(&saved)).unwrap(),
        theirs
    );
    assert_eq!(io::open(&saved).unwrap().annotations.len(), 11);
}
