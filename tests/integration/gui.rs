//! The whole app driven through egui_kittest (no display needed): drag across a phrase, tag it
//! with its key, find it in the list, select it, undo, redo, save through an injected path.

use std::path::PathBuf;

use super::common::TestPlatform;
use super::util::{app, wait_for};
use claimmark::app::{Action, ClaimmarkApp, Pending, sample};
use claimmark::io;
use claimmark::model::{Span, Tag};
use egui::{Key, Modifiers, Rect, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn harness(platform: TestPlatform) -> Harness<'static, ClaimmarkApp> {
    let mut opened = sample();
    opened.annotations = Default::default();
    app().open(opened, platform)
}

fn no_dialogs() -> TestPlatform {
    TestPlatform::default()
}

/// Drags the mouse from the start of `span` to its end, as a user would.
fn drag_over(harness: &mut Harness<'_, ClaimmarkApp>, span: Span) {
    let rects: Vec<Rect> = harness.state().article_rects(span);
    assert!(!rects.is_empty(), "the phrase is on screen");
    let (Some(first), Some(last)) = (rects.first(), rects.last()) else {
        unreachable!()
    };
    let from = first.left_center() + vec2(1.0, 0.0);
    let to = last.right_center() - vec2(1.0, 0.0);
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for step in 1..=5 {
        harness.hover_at(from + (to - from) * (step as f32 / 5.0));
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
}

fn find_span(app: &ClaimmarkApp, phrase: &str) -> Span {
    let text = app.session().document().text();
    let byte = text.find(phrase).unwrap();
    let start = text[..byte].chars().count();
    Span::new(start, start + phrase.chars().count())
}

#[test]
fn drag_tag_select_undo_and_save() {
    let dir = tempfile::tempdir().unwrap();
    let save_path = dir.path().join("saved.ron");
    let mut harness = harness(TestPlatform {
        save_to: Some(save_path.clone()),
        ..no_dialogs()
    });
    let phrase = "renegotiated their partnership agreement";
    let span = find_span(harness.state(), phrase);

    drag_over(&mut harness, span);
    assert_eq!(harness.state().selection().map(|s| s.span()), Some(span));
    harness.key_press(Key::C);
    harness.run();

    let annotations = harness.state().session().annotations();
    assert_eq!(annotations.len(), 1);
    let claim = annotations.in_order().next().unwrap().clone();
    assert_eq!((claim.tag, claim.text.as_str()), (Tag::Claim, phrase));
    assert!(harness.state().session().is_dirty());

    // The new claim is listed in the side panel; clicking the entry selects it.
    harness.apply_selected_none();
    let entry = format!("Claim {}: {phrase}", claim.id);
    harness.get_by_label(&entry).click();
    harness.run();
    assert_eq!(harness.state().selected(), Some(claim.id));

    // Undo removes it, redo brings it back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().session().annotations().is_empty());
    assert!(harness.query_by_label(&entry).is_none());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(harness.state().session().annotations().len(), 1);

    // Save with Ctrl+S: the injected dialog answers with a path; the file holds the claim.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(!harness.state().session().is_dirty());
    let reopened = io::open(&save_path).unwrap();
    let saved = reopened.annotations.in_order().next().unwrap();
    assert_eq!(
        (saved.tag, saved.text.as_str(), saved.span),
        (Tag::Claim, phrase, span)
    );
}

#[test]
fn keyboard_find_and_tag_then_delete() {
    let mut harness = harness(no_dialogs());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.get_by_label("Find:"); // the find bar is open
    // The query field has focus: type into it, as a user would.
    harness.event(egui::Event::Text("OpenAI to".to_owned()));
    harness.run();
    let first = harness.state().current_match().unwrap();
    harness.key_press(Key::F3);
    harness.run();
    let second = harness.state().current_match().unwrap();
    assert!(second.start > first.start, "F3 goes to the next match");
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::Q);
    harness.run();
    let quote = harness
        .state()
        .session()
        .annotations()
        .in_order()
        .next()
        .unwrap()
        .clone();
    assert_eq!(
        (quote.tag, quote.span, quote.text.as_str()),
        (Tag::Quote, second, "OpenAI to")
    );
    assert_eq!(harness.state().selected(), Some(quote.id));
    // R changes the selected annotation's tag; Delete removes it.
    harness.key_press(Key::R);
    harness.run();
    assert_eq!(
        harness
            .state()
            .session()
            .annotations()
            .get(quote.id)
            .unwrap()
            .tag,
        Tag::Citation
    );
    harness.key_press(Key::Delete);
    harness.run();
    assert!(harness.state().session().annotations().is_empty());
}

#[test]
fn shift_arrows_select_and_clicking_a_highlight_selects_it() {
    let mut harness = harness(no_dialogs());
    let phrase = "OpenAI and Microsoft";
    let span = find_span(harness.state(), phrase);
    let rects = harness
        .state()
        .article_rects(Span::new(span.start, span.start + 1));
    let start = rects[0].left_center() + vec2(0.5, 0.0);
    harness.hover_at(start);
    harness.run();
    harness.drag_at(start);
    harness.run();
    harness.drop_at(start);
    harness.run();
    for _ in 0..phrase.chars().count() {
        harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
    }
    harness.run();
    assert_eq!(harness.state().selection().map(|s| s.span()), Some(span));
    harness.key_press(Key::C);
    harness.run();
    // Tag a nested quote inside it: "Microsoft".
    let inner = find_span(harness.state(), "Microsoft");
    drag_over(&mut harness, inner);
    harness.key_press(Key::Num2);
    harness.run();
    let ids: Vec<_> = harness
        .state()
        .session()
        .annotations()
        .in_order()
        .map(|a| a.id)
        .collect();
    assert_eq!(ids.len(), 2);
    // Click inside the nested word: the innermost annotation is selected; again: the outer one.
    harness.key_press(Key::Escape);
    harness.run();
    let inside = harness.state().article_rects(inner)[0].center();
    for expected in [ids[1], ids[0], ids[1]] {
        harness.hover_at(inside);
        harness.run();
        harness.drag_at(inside);
        harness.run();
        harness.drop_at(inside);
        harness.run();
        assert_eq!(harness.state().selected(), Some(expected));
    }
}

#[test]
fn quitting_with_unsaved_changes_asks_first() {
    let mut harness = harness(no_dialogs());
    let span = find_span(harness.state(), "Reuters");
    drag_over(&mut harness, span);
    harness.key_press(Key::R);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    assert_eq!(harness.state().pending(), Some(&Pending::Quit));
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(harness.state().pending(), None);
    assert_eq!(
        harness.state().session().annotations().len(),
        1,
        "work untouched"
    );
}

#[test]
fn opening_a_bad_file_reports_and_keeps_the_work() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(
        &bad,
        "(format: \"claimmark\", version: 1, article: (title: 5))",
    )
    .unwrap();
    let mut harness = harness(TestPlatform {
        open: Some(bad),
        ..no_dialogs()
    });
    let before = harness.state().session().document().clone();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    // The file is read on its own thread, behind a progress window.
    wait_for(&mut harness, "the file to be read", |h| {
        h.state().open_job().is_none()
            && h.state()
                .status()
                .is_some_and(|s| s.text.contains("bad.ron"))
    });
    let status = harness.state().status().unwrap().text.clone();
    assert!(
        status.contains("bad.ron") && status.contains("line 1"),
        "{status}"
    );
    assert_eq!(harness.state().session().document(), &before);
}

#[test]
fn new_from_clipboard_normalizes_text() {
    let mut harness = harness(TestPlatform {
        clipboard: Some("Pasted headline\r\nBody 😀 text\r\n".to_owned()),
        ..no_dialogs()
    });
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    harness.run();
    let doc = &harness.state().session().document();
    assert_eq!(doc.text(), "Pasted headline\nBody 😀 text\n");
    assert_eq!(doc.title(), "Pasted headline");
}

trait ClearSelected {
    fn apply_selected_none(&mut self);
}

impl ClearSelected for Harness<'_, ClaimmarkApp> {
    fn apply_selected_none(&mut self) {
        self.state_mut()
            .apply(&egui::Context::default(), Action::SelectAnnotation(None));
        self.run();
    }
}

#[derive(Debug)]
struct DroppedPath(PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_an_article_on_the_window_opens_it() {
    let mut harness = harness(no_dialogs());
    let article = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/crlf-bom-hospital.txt");
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPath(article)));
    wait_for(&mut harness, "the article to be read", |h| {
        h.state().open_job().is_none()
            && h.state()
                .session()
                .document()
                .text()
                .starts_with("Hospital")
    });
    let doc = &harness.state().session().document();
    assert!(
        doc.text().starts_with("Hospital waiting times fell"),
        "{}",
        doc.title()
    );
    assert!(!doc.text().contains('\r'));
    assert_eq!(doc.encoding(), "utf-8 (with BOM)");
}

#[test]
fn without_a_native_dialog_the_path_is_typed_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(TestPlatform {
        no_native_dialogs: true,
        ..no_dialogs()
    });
    let span = find_span(harness.state(), "Reuters");
    drag_over(&mut harness, span);
    harness.key_press(Key::R);
    harness.run();
    // Quit with unsaved work, choose Save: no dialog exists, so the window asks for a path.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    assert!(harness.state().path_prompt().is_some());
    let target = dir.path().join("typed");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.event(egui::Event::Text(target.display().to_string()));
    harness.key_press(Key::Enter);
    harness.run();
    let saved = dir.path().join("typed.ron");
    assert!(saved.exists(), "saved with the .ron extension added");
    assert!(!harness.state().session().is_dirty());
    assert_eq!(io::open(&saved).unwrap().annotations.len(), 1);
}

#[test]
fn an_article_opened_at_start_shows_what_loading_noticed() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cp1252-exports.txt");
    let (opened, notices) = claimmark::app::startup_document(Some(&path));
    let harness = Harness::builder()
        .with_size(vec2(1280.0, 820.0))
        .build_eframe(move |_cc| {
            ClaimmarkApp::new(opened, notices, Box::new(TestPlatform::default()))
        });
    let status = harness.state().status().unwrap().text.clone();
    assert!(
        status.contains("cp1252-exports.txt") && status.contains("windows-1252"),
        "{status}"
    );
}
