//! How the app looks for this user, driven as a user would: article zoom by keyboard, the
//! colour theme, and the recent files — each kept in the preferences.

use super::common::TestPlatform;
use super::util::{app, status};
use claimmark::app::{Action, Command, sample};
use claimmark::io::Theme;
use egui::{Key, Modifiers};

#[test]
fn zoom_steps_in_and_out_and_back_to_actual_size() {
    let mut h = app().open(sample(), TestPlatform::default());
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    h.run();
    assert_eq!(status(&h), "Article zoom 110%");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    h.run();
    assert_eq!(status(&h), "Article zoom 125%");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run();
    assert_eq!(status(&h), "Article zoom 100%");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    h.run();
    assert_eq!(status(&h), "Article zoom 90%");
}

#[test]
fn the_remembered_zoom_and_theme_are_used_at_start() {
    let platform = TestPlatform {
        preferences: claimmark::io::Preferences {
            zoom_percent: 150,
            theme: Theme::Dark,
            ..Default::default()
        },
        ..TestPlatform::default()
    };
    let mut h = app().open(sample(), platform);
    h.run();
    assert_eq!(h.state().theme(), Theme::Dark);
    assert!(
        (h.ctx.theme() == egui::Theme::Dark),
        "dark from the first frame"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    h.run();
    assert_eq!(status(&h), "Article zoom 175%", "the next step after 150%");
}

#[test]
fn theme_changes_at_once() {
    let mut h = app().open(sample(), TestPlatform::default());
    h.run();
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(&ctx, Action::Run(Command::Theme(Theme::Dark)));
    h.run();
    assert_eq!(h.state().theme(), Theme::Dark);
    assert!((h.ctx.theme() == egui::Theme::Dark));
    h.state_mut()
        .apply(&ctx, Action::Run(Command::Theme(Theme::Light)));
    h.run();
    assert!(!(h.ctx.theme() == egui::Theme::Dark));
}

#[test]
fn saved_files_become_recent_and_can_be_forgotten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kept.ron");
    let mut h = app().open(
        sample(),
        TestPlatform {
            save_to: Some(path.clone()),
            ..TestPlatform::default()
        },
    );
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
    h.run();
    let recent = h.state().recent_files().to_vec();
    assert_eq!(recent.len(), 1, "{recent:?}");
    assert!(recent[0].ends_with("kept.ron"), "{recent:?}");
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Action::Run(Command::ClearRecent));
    h.run();
    assert!(h.state().recent_files().is_empty());
}
