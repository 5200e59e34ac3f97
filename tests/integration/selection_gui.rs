//! Selecting with the mouse as annotators expect: a drag takes whole words (Alt keeps the exact
//! characters), Shift+click extends to a whole word, a double click takes a word and a triple
//! click a sentence; Shift+arrows stay exact.

use super::common::TestPlatform;
use super::util::app;
use claimmark::app::{ClaimmarkApp, sample};
use claimmark::model::Span;
use egui::{Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;

fn harness() -> Harness<'static, ClaimmarkApp> {
    let mut opened = sample();
    opened.annotations = Default::default();
    app()
        .step_dt(1.0 / 60.0)
        .open(opened, TestPlatform::default())
}

fn span_of(h: &Harness<'_, ClaimmarkApp>, phrase: &str) -> Span {
    let text = h.state().session().document().text();
    let byte = text.find(phrase).unwrap();
    let start = text[..byte].chars().count();
    Span::new(start, start + phrase.chars().count())
}

/// The centre of char `offset` on screen.
fn center_of(h: &Harness<'_, ClaimmarkApp>, offset: usize) -> Pos2 {
    h.state().article_rects(Span::new(offset, offset + 1))[0].center()
}

fn selected(h: &Harness<'_, ClaimmarkApp>) -> String {
    let span = h.state().selection().unwrap().span();
    h.state()
        .session()
        .document()
        .slice(span)
        .unwrap()
        .to_owned()
}

fn drag(h: &mut Harness<'_, ClaimmarkApp>, from: Pos2, to: Pos2, modifiers: Modifiers) {
    h.event(Event::ModifiersChanged(modifiers));
    h.hover_at(from);
    h.run();
    h.drag_at(from);
    h.run();
    for step in 1..=4 {
        h.hover_at(from + (to - from) * (step as f32 / 4.0));
        h.run();
    }
    h.drop_at(to);
    h.run();
    h.event(Event::ModifiersChanged(Modifiers::NONE));
}

fn click(h: &mut Harness<'_, ClaimmarkApp>, at: Pos2, modifiers: Modifiers) {
    h.event(Event::ModifiersChanged(modifiers));
    h.hover_at(at);
    h.step();
    for pressed in [true, false] {
        h.event(Event::PointerButton {
            pos: at,
            button: PointerButton::Primary,
            pressed,
            modifiers,
        });
        h.step();
    }
    h.event(Event::ModifiersChanged(Modifiers::NONE));
}

#[test]
fn drags_take_whole_words_unless_alt_is_held() {
    let mut h = harness();
    h.run();
    // From the middle of "partnership" to the middle of "agreement".
    let words = span_of(&h, "partnership agreement");
    let from = center_of(&h, words.start + 4);
    let to = center_of(&h, words.end - 3);
    drag(&mut h, from, to, Modifiers::NONE);
    assert_eq!(selected(&h), "partnership agreement");
    // Backwards works the same.
    drag(&mut h, to, from, Modifiers::NONE);
    assert_eq!(selected(&h), "partnership agreement");
    // With Alt, exactly the characters dragged over.
    drag(&mut h, from, to, Modifiers::ALT);
    let exact = selected(&h);
    assert!(
        exact != "partnership agreement" && "partnership agreement".contains(&exact),
        "{exact:?}"
    );
    // Shift+arrows stay exact: one character more.
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
    h.run();
    assert_eq!(
        selected(&h).chars().count(),
        exact.chars().count() + 1,
        "{:?}",
        selected(&h)
    );
}

#[test]
fn shift_click_extends_to_a_whole_word() {
    let mut h = harness();
    h.run();
    let start = span_of(&h, "Microsoft have renegotiated");
    let at = center_of(&h, start.start);
    click(&mut h, at, Modifiers::NONE);
    h.run();
    let end = span_of(&h, "renegotiated");
    let at = center_of(&h, end.start + 3);
    click(&mut h, at, Modifiers::SHIFT);
    h.run();
    assert_eq!(selected(&h), "Microsoft have renegotiated");
}

#[test]
fn double_click_takes_a_word_and_triple_click_a_sentence() {
    let mut h = harness();
    h.run();
    let word = span_of(&h, "infrastructure");
    let at = center_of(&h, word.start + 5);
    click(&mut h, at, Modifiers::NONE);
    click(&mut h, at, Modifiers::NONE);
    h.run();
    assert_eq!(selected(&h), "infrastructure");
    click(&mut h, at, Modifiers::NONE);
    h.run();
    assert_eq!(
        selected(&h),
        "This shift marks a significant change in the AI industry's infrastructure."
    );
}
