//! The desk in the app, as a checker uses it: open the desk folder, see its articles (and the
//! file that could not be read), get "Seen before" for a claim that came back reworded and
//! reuse the earlier check in one undoable step, search the desk and open a hit at its claim,
//! and see a file added by a colleague once the window gets the focus back.

use std::path::Path;

use super::common::TestPlatform;
use super::desk::write_article;
use super::util::{app, wait_for};
use claimmark::app::{Action, ClaimmarkApp, Command};
use claimmark::model::AnnotationId;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn shows(h: &Harness<'_, ClaimmarkApp>, text: &str) -> bool {
    h.query_by_label_contains(text).is_some()
}

fn app_on(file: &Path, desk: &Path, cache: &Path) -> Harness<'static, ClaimmarkApp> {
    let opened = claimmark::io::open(file).unwrap();
    let platform = TestPlatform {
        folder: Some(desk.to_owned()),
        desk_cache: Some(cache.to_owned()),
        ..TestPlatform::default()
    };
    app().open(opened, platform)
}

#[test]
fn a_checker_finds_an_earlier_check_and_searches_the_desk() {
    let desk = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    write_article(
        &desk.path().join("2026-10").join("elbe-bridge.ron"),
        "Elbe bridge: the bill\n\nThe Elbe bridge cost double its budget, about 1.8 billion euros, \
         a councillor said.",
        &[(
            "The Elbe bridge cost double its budget, about 1.8 billion euros",
            Some("Mostly true"),
        )],
    );
    let today = desk.path().join("today.ron");
    write_article(
        &today,
        "Council debate\n\nAt 1.8 billion euros the Elbe bridge cost twice what was budgeted, \
         the mayor's rival said.",
        &[(
            "At 1.8 billion euros the Elbe bridge cost twice what was budgeted",
            None,
        )],
    );
    std::fs::write(
        desk.path().join("broken.ron"),
        "(format: \"claimmark\", version: 1, art",
    )
    .unwrap();

    let mut h = app_on(&today, desk.path(), cache.path());
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Action::Run(Command::OpenDesk));
    wait_for(&mut h, "the desk's articles", |h| {
        shows(h, "2 articles · 2 claims")
    });
    assert!(shows(&h, "broken.ron could not be read"));
    assert!(shows(&h, "Elbe bridge: the bill"));

    // The claim came back reworded: Seen before shows the earlier check, verdict and article.
    h.state_mut()
        .apply(&ctx, Action::SelectAnnotation(Some(AnnotationId(1))));
    wait_for(&mut h, "Seen before", |h| shows(h, "Seen before (1)"));
    assert!(shows(&h, "Elbe bridge: the bill · 2026-11-01"));
    h.get_by_label("Use this check").click();
    h.run();
    let claim = h
        .state()
        .session()
        .annotations()
        .get(AnnotationId(1))
        .unwrap()
        .clone();
    assert_eq!(claim.review.verdict.as_deref(), Some("Mostly true"));
    assert_eq!(claim.review.evidence.len(), 1);
    assert_eq!(
        claim.review.evidence[0].reference,
        "2026-10/elbe-bridge.ron#1"
    );
    assert_eq!(
        claim.review.evidence[0].title,
        "Earlier check: Elbe bridge: the bill"
    );
    // One step: a single undo takes it all back.
    h.state_mut().apply(&ctx, Action::Run(Command::Undo));
    h.run();
    let claim = h
        .state()
        .session()
        .annotations()
        .get(AnnotationId(1))
        .unwrap()
        .clone();
    assert_eq!(claim.review.verdict, None);
    assert!(claim.review.evidence.is_empty());
    assert!(!h.state().session().is_dirty());

    // Ctrl+Shift+F: search the desk, then open the hit at its claim.
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::F,
    );
    h.run();
    let search_box = h.get_by(|n| n.placeholder() == Some("words of a claim, a name, a number"));
    assert!(
        search_box.is_focused(),
        "the shortcut puts the keyboard in the search box"
    );
    search_box.type_text("councillor");
    wait_for(&mut h, "search results", |h| shows(h, "a councillor said"));
    h.get_by_label_contains("a councillor said").click();
    wait_for(&mut h, "the hit to open", |h| {
        h.state()
            .session()
            .path
            .as_deref()
            .is_some_and(|p| p.ends_with("elbe-bridge.ron"))
    });

    // A colleague adds a file; it is in the desk once the window has the focus again.
    write_article(
        &desk.path().join("2026-11").join("ferry.ron"),
        "Ferry prices\n\nThe ferry fare rose 40% in a year, commuters said.",
        &[("The ferry fare rose 40% in a year", None)],
    );
    h.input_mut().focused = false;
    h.step();
    h.input_mut().focused = true;
    wait_for(&mut h, "the new file", |h| {
        shows(h, "3 articles · 3 claims")
    });
}

#[test]
fn opening_a_hit_selects_its_claim() {
    let desk = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let first = desk.path().join("a.ron");
    write_article(&first, "Story A\n\nNothing to see.", &[]);
    write_article(
        &desk.path().join("b.ron"),
        "Story B\n\nThe harbour handled 9 million containers. Tolls doubled in May.",
        &[
            ("The harbour handled 9 million containers", Some("True")),
            ("Tolls doubled in May", Some("False")),
        ],
    );
    let mut h = app_on(&first, desk.path(), cache.path());
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Action::Run(Command::OpenDesk));
    wait_for(&mut h, "the desk", |h| shows(h, "2 articles · "));
    h.get_by_label("All claims").click();
    h.run();
    h.get_by_label_contains("Tolls doubled in May").click();
    wait_for(&mut h, "b.ron to open", |h| {
        h.state()
            .session()
            .path
            .as_deref()
            .is_some_and(|p| p.ends_with("b.ron"))
    });
    assert_eq!(h.state().selected(), Some(AnnotationId(2)));
}
