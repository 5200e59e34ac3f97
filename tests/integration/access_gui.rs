//! What a screen reader announces, read from the AccessKit tree egui builds: the article as a
//! document with the text in view, each highlight as a mark named by its tag, words, verdict
//! and note; and the keyboard alone reaches the article, selects words and tags them. (Every
//! control having a name is checked by egui_kittest on every frame of every GUI test.)

use super::common::TestPlatform;
use super::util::app;
use claimmark::app::{ClaimmarkApp, sample};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn harness() -> Harness<'static, ClaimmarkApp> {
    app().open(sample(), TestPlatform::default())
}

#[test]
fn the_article_and_its_highlights_have_names() {
    let mut h = harness();
    h.run();
    let article = h.get_by(|n| n.role() == Role::Document);
    let label = article.accesskit_node().label().unwrap_or_default();
    assert!(
        label.starts_with("Article: OpenAI and Microsoft have renegotiated"),
        "{label}"
    );
    let text = article.accesskit_node().value().unwrap_or_default();
    assert!(
        text.contains("This shift marks a significant change"),
        "{text}"
    );

    let marks: Vec<String> = h
        .get_all_by_role(Role::Mark)
        .map(|m| m.accesskit_node().label().unwrap_or_default())
        .collect();
    assert!(marks.len() >= 8, "{marks:?}");
    assert!(
        marks
            .iter()
            .any(|m| m.starts_with(
                "Claim #1: “OpenAI and Microsoft have renegotiated their partnership agreement"
            ) && m.contains("Note: Check against the companies' own announcements")),
        "{marks:?}"
    );
    assert!(
        marks.iter().any(|m| m.starts_with("Citation #2: “[1]”")),
        "{marks:?}"
    );
}

#[test]
fn the_keyboard_alone_reaches_the_article_and_tags_words() {
    let mut opened = sample();
    opened.annotations = Default::default();
    let mut h = app().open(opened, TestPlatform::default());
    h.run();
    // Tab through the controls until the article has the keyboard.
    let mut reached = false;
    for _ in 0..200 {
        h.key_press(Key::Tab);
        h.run();
        if h.query_by(|n| n.role() == Role::Document && n.is_focused())
            .is_some()
        {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab reaches the article");
    // Shift+Ctrl+→ selects the first word; C tags it.
    h.key_press(Key::Home);
    h.run();
    h.key_press_modifiers(Modifiers::SHIFT | Modifiers::COMMAND, Key::ArrowRight);
    h.run();
    h.key_press(Key::C);
    h.run();
    let annotations = h.state().session().annotations();
    assert_eq!(annotations.len(), 1);
    assert_eq!(annotations.in_order().next().unwrap().text, "OpenAI");
}
