//! Update article text: a corrected version of the article is loaded and the annotations move
//! onto it — unchanged ones silently, reworded ones marked "moved — check", lost ones orphaned
//! and re-attachable by selecting the right text.

use super::common::TestPlatform;
use super::util::app;
use claimmark::app::{Action, Command, sample};
use claimmark::model::{Flag, Span};
use egui_kittest::kittest::Queryable;
use {claimmark::model::TextSelection, claimmark::ui::article_view::ArticleEvent};

#[test]
fn annotations_follow_a_corrected_article() {
    let original = sample();
    let old_text = original.document.text().to_owned();
    let new_text = format!("Correction appended on 28 November.\n{old_text}")
        .replace("through 2030", "through 2031")
        .replace("OpenAI to OpenAI to", "OpenAI to");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("corrected.txt");
    std::fs::write(&path, &new_text).unwrap();

    let mut h = app().open(
        original,
        TestPlatform {
            open: Some(path),
            ..TestPlatform::default()
        },
    );
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(&ctx, Action::Run(Command::UpdateArticleText));
    h.run();
    let session = h.state().session();
    assert_eq!(session.document().text(), new_text);
    assert!(session.is_dirty());
    let status = h.state().status().unwrap().text.clone();
    assert!(status.contains("6 placed exactly, 2 moved"), "{status}");
    assert!(status.contains("1 orphaned"), "{status}");
    let annotations = session.annotations();
    for a in annotations.in_order() {
        if a.flag.is_none() && a.check.is_none() {
            assert_eq!(
                session.document().slice(a.span),
                Some(a.text.as_str()),
                "exact ones sit on their words"
            );
        }
    }
    let moved: Vec<_> = annotations
        .in_order()
        .filter(|a| a.check.is_some())
        .collect();
    // The reworded claim, and the citation [3] right after it (its surroundings changed).
    assert_eq!(
        moved.iter().map(|a| a.text.as_str()).collect::<Vec<_>>()[1],
        "[3]"
    );
    let moved = moved[0].clone();
    assert_eq!(
        moved.text,
        "Microsoft has reportedly secured a revenue share that extends through 2031"
    );
    let orphan = annotations
        .in_order()
        .find(|a| a.flag == Some(Flag::Orphaned))
        .unwrap()
        .clone();
    assert_eq!(orphan.text, "OpenAI to OpenAI to");

    // Re-attach the orphan by selecting the right words.
    h.get_by_label(&format!(
        "Claim {} (does not match the article): {}",
        orphan.id, orphan.text
    ))
    .click();
    h.run();
    let text = h.state().session().document().text().to_owned();
    let byte = text.find("OpenAI to maximize").unwrap();
    let start = text[..byte].chars().count();
    h.state_mut().apply(
        &ctx,
        Action::Article(ArticleEvent::Select(TextSelection {
            anchor: start,
            cursor: start + 9,
        })),
    );
    h.run();
    h.get_by_label("Re-attach to the selected text").click();
    h.run();
    let fixed = h
        .state()
        .session()
        .annotations()
        .get(orphan.id)
        .unwrap()
        .clone();
    assert_eq!(fixed.flag, None);
    assert_eq!(fixed.text, "OpenAI to");
    assert_eq!(fixed.span, Span::new(start, start + 9));
}

/// Update article text is one undoable step: Ctrl+Z brings back the old text and every
/// annotation where it was; Ctrl+Y applies the update again.
#[test]
fn updating_the_text_is_undone_with_ctrl_z() {
    let original = sample();
    let old_document = original.document.clone();
    let old_annotations = original.annotations.clone();
    let new_text = format!(
        "Editor's note: updated 😀.\r\n{}",
        old_document.text().replace("through 2030", "through 2031")
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("corrected.txt");
    std::fs::write(&path, &new_text).unwrap();
    let mut h = app().open(
        original,
        TestPlatform {
            open: Some(path),
            ..TestPlatform::default()
        },
    );
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(&ctx, Action::Run(Command::UpdateArticleText));
    h.run();
    let updated_document = h.state().session().document().clone();
    let updated_annotations = h.state().session().annotations().clone();
    assert_ne!(updated_document, old_document);
    assert_eq!(
        h.state().session().undo_label(),
        Some("Update article text")
    );

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    let session = h.state().session();
    assert_eq!(session.document(), &old_document, "the old text is back");
    assert_eq!(
        session.annotations(),
        &old_annotations,
        "every position is back"
    );
    assert!(!session.is_dirty(), "back at the state that was opened");

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run();
    let session = h.state().session();
    assert_eq!(session.document(), &updated_document);
    assert_eq!(session.annotations(), &updated_annotations);
    assert!(session.is_dirty());
}
