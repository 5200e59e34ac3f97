//! Suggested claims in the window, through egui_kittest: a debate transcript with CRLF line
//! endings, an emoji and an Arabic line is scored in the background by a tiny model the test
//! writes (the real architecture) and a head that weighs percentages and numbers; the
//! suggestions are marked in the text (for screen readers too), listed with why, stepped
//! through with F9, accepted with A (a claim, undone with Ctrl+Z) and rejected with X; a
//! rejection survives saving and reopening; the preferences turn them off.

use claimmark::app::{Action, Command, PreferencesForm, SideTab};
use claimmark::model::Tag;
use claimmark::semantic::tiny::tiny_model;
use claimmark::suggest::head::Head;
use egui::Key;
use egui_kittest::kittest::Queryable;

use crate::common::TestPlatform;
use crate::desk::write_article;
use crate::suggest::checkable_head;
use crate::util::{app, wait_for};

const DEBATE: &str = "SMITH: Unemployment rose 40% last year 📈.\r\n\
GARCIA: Thank you all for coming tonight, it is good to see you.\r\n\
SMITH: We built 300 new schools in this state, more than any governor before us.\r\n\
GARCIA: ارتفعت البطالة بنسبة 12٪ في العام الماضي حسب الحكومة.\r\n\
SMITH: It is a pleasure to be here with you in this city.\r\n\
GARCIA: Taxes fell 5% under my plan.\r\n";

/// A tiny model in `folder`, and a head over it that suggests what has a percentage or a
/// number, in English, Spanish and Arabic.
fn model_and_head(folder: &std::path::Path) -> Head {
    let tiny = tiny_model(&[
        &["unemployment", "paro", "البطالة"],
        &["taxes", "impuestos"],
    ])
    .unwrap();
    std::fs::create_dir_all(folder).unwrap();
    std::fs::write(folder.join("config.json"), &tiny.config).unwrap();
    std::fs::write(folder.join("tokenizer.json"), &tiny.tokenizer).unwrap();
    std::fs::write(folder.join("model.safetensors"), &tiny.weights).unwrap();
    let model = claimmark::io::model::load_model(folder).unwrap();
    checkable_head(&model)
}

fn texts(h: &egui_kittest::Harness<'_, claimmark::app::ClaimmarkApp>) -> Vec<String> {
    h.state()
        .suggestions()
        .into_iter()
        .map(|(_, text)| text)
        .collect()
}

#[test]
fn suggestions_are_shown_explained_accepted_rejected_and_stay_rejected_after_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let head = model_and_head(&dir.path().join("model"));
    let article = dir.path().join("debate.txt");
    std::fs::write(&article, DEBATE).unwrap();
    let saved = dir.path().join("debate.ron");
    let platform = || TestPlatform {
        model: Some(dir.path().join("model")),
        save_to: Some(saved.clone()),
        ..TestPlatform::default()
    };
    let mut h = app()
        .bundled_fonts()
        .open(claimmark::io::open(&article).unwrap(), platform());
    h.state_mut().set_suggestion_head(head.clone());
    wait_for(&mut h, "the article scored", |h| {
        !h.state().suggestions().is_empty()
    });
    let document = h.state().session().document().clone();
    let offered = h.state().suggestions();
    let mut found: Vec<&str> = offered.iter().map(|(_, t)| t.as_str()).collect();
    found.sort_unstable();
    assert_eq!(
        found,
        [
            "Taxes fell 5% under my plan.",
            "Unemployment rose 40% last year 📈.",
            "We built 300 new schools in this state, more than any governor before us.",
            "ارتفعت البطالة بنسبة 12٪ في العام الماضي حسب الحكومة.",
        ]
    );
    // Every place is in characters of the article as claimmark reads it.
    for (span, text) in &offered {
        assert_eq!(document.slice(*span), Some(text.as_str()), "{span:?}");
    }
    // Marked for screen readers, listed with why; the file is untouched.
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(&ctx, Action::SideTab(SideTab::Suggestions));
    h.run();
    h.get_by_label_contains("Suggestions (4)");
    assert!(
        h.query_all_by_label_contains("Suggested claim, ").count() >= 3,
        "suggestion marks"
    );
    let why: Vec<String> = h
        .query_all_by_label_contains("a percentage")
        .map(|node| format!("{node:?}"))
        .collect();
    assert!(
        why.iter()
            .any(|w| w.contains("Taxes fell 5% under my plan.")),
        "{why:?}"
    );
    h.get_by_label_contains("a number");
    assert!(!h.state().session().is_dirty());

    // F9 steps to the best one; A makes it a claim and opens its form.
    h.key_press(Key::F9);
    h.run();
    let (first_span, first) = h.state().current_suggestion().unwrap();
    assert_eq!(h.state().side_tab(), SideTab::Suggestions);
    h.key_press(Key::A);
    h.run();
    let claim = h
        .state()
        .session()
        .annotations()
        .in_order()
        .next()
        .unwrap()
        .clone();
    assert_eq!((claim.tag, claim.span), (Tag::Claim, first_span));
    assert_eq!(h.state().selected(), Some(claim.id));
    assert!(!texts(&h).contains(&first));
    // Undo (the toolbar's: the keyboard is in the claim's form) takes the claim back and the
    // sentence is offered again; redo makes it a claim.
    h.state_mut().apply(&ctx, Action::Run(Command::Undo));
    h.run();
    assert!(h.state().session().annotations().is_empty());
    assert!(texts(&h).contains(&first));
    h.state_mut().apply(&ctx, Action::Run(Command::Redo));
    h.run();
    assert_eq!(h.state().session().annotations().len(), 1);

    // F9 works from the claim's form; X rejects the next one and shows the one after.
    h.key_press(Key::F9);
    h.run();
    let (_, second) = h.state().current_suggestion().unwrap();
    assert_ne!(second, first);
    h.key_press(Key::X);
    h.run();
    assert!(!texts(&h).contains(&second), "{second} still offered");
    assert!(h.state().session().annotations().is_rejected(&second));
    let (_, third) = h.state().current_suggestion().unwrap();
    assert!(texts(&h).contains(&third));
    assert_eq!(texts(&h).len(), 2);

    // Saved and opened again: the claim and the rejection hold.
    h.state_mut().apply(&ctx, Action::Run(Command::Save));
    h.run();
    assert!(!h.state().session().is_dirty());
    let written = std::fs::read_to_string(&saved).unwrap();
    assert!(written.contains("rejected_suggestions: ["), "{written}");
    drop(h);
    let mut again = app()
        .bundled_fonts()
        .open(claimmark::io::open(&saved).unwrap(), platform());
    again.state_mut().set_suggestion_head(head);
    wait_for(&mut again, "the saved file scored", |h| {
        !h.state().suggestions().is_empty()
    });
    let offered = texts(&again);
    assert_eq!(offered.len(), 2, "{offered:?}");
    assert!(!offered.contains(&first) && !offered.contains(&second));

    // Turned off in the preferences: nothing is marked or listed.
    let ctx = again.ctx.clone();
    again.state_mut().apply(
        &ctx,
        Action::PreferencesAnswer(Some(PreferencesForm {
            name: String::new(),
            language: None,
            suggestions: false,
            threshold: None,
        })),
    );
    again.run();
    assert!(again.state().suggestions().is_empty());
    assert_eq!(
        again
            .query_all_by_label_contains("Suggested claim, ")
            .count(),
        0
    );
}

#[test]
fn a_suggestion_says_how_many_claims_the_desk_checked_alike() {
    let dir = tempfile::tempdir().unwrap();
    let head = model_and_head(&dir.path().join("model"));
    let desk = dir.path().join("desk");
    write_article(
        &desk.join("earlier.ron"),
        "Last spring the minister said unemployment rose 40% last year 📈.",
        &[("unemployment rose 40% last year 📈", Some("False"))],
    );
    let article = dir.path().join("debate.txt");
    std::fs::write(&article, DEBATE).unwrap();
    let cache = tempfile::tempdir().unwrap();
    let platform = TestPlatform {
        model: Some(dir.path().join("model")),
        folder: Some(desk.clone()),
        desk_cache: Some(cache.path().to_owned()),
        ..TestPlatform::default()
    };
    let mut h = app()
        .bundled_fonts()
        .open(claimmark::io::open(&article).unwrap(), platform);
    let ctx = h.ctx.clone();
    h.state_mut().set_suggestion_head(head);
    h.state_mut().apply(&ctx, Action::Run(Command::OpenDesk));
    h.state_mut()
        .apply(&ctx, Action::SideTab(SideTab::Suggestions));
    wait_for(&mut h, "claims alike from the desk", |h| {
        h.query_all_by_label_contains("like 1 claim your desk checked")
            .next()
            .is_some()
    });
    // One claim is too few to learn the desk's taste from, and the tab says so.
    wait_for(&mut h, "what was learnt of the desk's taste", |h| {
        h.query_by_label_contains("the desk has 1 and 0").is_some()
    });
    // The unemployment sentence is among them (the tiny model puts many sentences close).
    let labels: Vec<String> = h
        .query_all_by_label_contains("like 1 claim your desk checked")
        .map(|node| format!("{node:?}"))
        .collect();
    assert!(
        labels.iter().any(|l| l.contains("Unemployment rose 40%")),
        "{labels:?}"
    );
}
