//! How the app looks for this user: the article's zoom, the colour theme (light, dark or the
//! system's), and the recent files; all kept in the preferences.

use std::path::PathBuf;

use super::{ClaimmarkApp, Pending, StatusKind};
use crate::i18n::Language;
use crate::io::Theme;

/// Zoom steps, in percent, as browsers offer them.
const ZOOM_STEPS: [u32; 13] = [50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300];

/// The view settings in use.
pub(super) struct ViewSettings {
    pub(super) zoom_percent: u32,
    pub(super) theme: Theme,
    pub(super) recent: Vec<PathBuf>,
    /// The language chosen in the preferences (`None`: the system's).
    pub(super) language_choice: Option<Language>,
    /// The context has been told (theme, keyboard zoom off).
    applied: bool,
}

impl ViewSettings {
    /// The settings from the preferences.
    pub(super) fn from_preferences(preferences: &crate::io::Preferences) -> Self {
        Self {
            zoom_percent: preferences.zoom_percent.clamp(50, 300),
            theme: preferences.theme,
            recent: preferences.recent.clone(),
            language_choice: preferences
                .language
                .as_deref()
                .and_then(Language::from_locale),
            applied: false,
        }
    }
}

/// The interface's language: the one chosen, else the system's when claimmark speaks it, else
/// English.
pub fn interface_language(choice: Option<Language>, system_locale: Option<&str>) -> Language {
    choice
        .or_else(|| system_locale.and_then(Language::from_locale))
        .unwrap_or(Language::English)
}

/// Speaks the user's language on this thread (the one chosen in Preferences, else the
/// system's), before any words are made; returns it.
pub fn speak_users_language(platform: &mut dyn super::Platform) -> Language {
    let choice = ViewSettings::from_preferences(&platform.preferences()).language_choice;
    let language = interface_language(choice, platform.system_locale().as_deref());
    crate::i18n::set_language(language);
    language
}

fn theme_preference(theme: Theme) -> egui::ThemePreference {
    match theme {
        Theme::System => egui::ThemePreference::System,
        Theme::Light => egui::ThemePreference::Light,
        Theme::Dark => egui::ThemePreference::Dark,
    }
}

impl ClaimmarkApp {
    /// Tells egui the theme and that Ctrl+plus/minus/0 are the article's (first frame).
    pub(super) fn apply_view(&mut self, ctx: &egui::Context) {
        if self.look.applied {
            return;
        }
        self.look.applied = true;
        let theme = theme_preference(self.look.theme);
        ctx.options_mut(|o| {
            o.zoom_with_keyboard = false;
            o.theme_preference = theme;
            // When the desktop does not say, light.
            o.fallback_theme = egui::Theme::Light;
        });
        self.view.set_zoom(self.look.zoom_percent as f32 / 100.0);
    }

    /// Zooms the article one step in (`1`), out (`-1`), or back to 100% (`0`).
    pub(super) fn zoom(&mut self, step: i32) {
        let now = self.look.zoom_percent;
        let next = match step {
            0 => 100,
            s if s > 0 => ZOOM_STEPS.iter().copied().find(|z| *z > now).unwrap_or(now),
            _ => ZOOM_STEPS
                .iter()
                .rev()
                .copied()
                .find(|z| *z < now)
                .unwrap_or(now),
        };
        self.look.zoom_percent = next;
        self.view.set_zoom(next as f32 / 100.0);
        self.set_status(StatusKind::Info, crate::tr!("status-zoom", percent = next));
        self.save_view();
    }

    /// Sets the colour theme.
    pub(super) fn set_theme(&mut self, ctx: &egui::Context, theme: Theme) {
        self.look.theme = theme;
        ctx.options_mut(|o| o.theme_preference = theme_preference(theme));
        self.save_view();
    }

    /// Puts a file just opened or saved first in the recent files.
    pub(super) fn remember_recent(&mut self, path: &std::path::Path) {
        let mut preferences = self.platform.preferences();
        preferences.add_recent(path);
        self.look.recent = preferences.recent.clone();
        self.save_view();
    }

    /// Puts the file opened from the command line first in the recent files.
    pub fn note_recent_file(&mut self, path: &std::path::Path) {
        self.remember_recent(path);
    }

    /// Opens recent file number `index` (asking about unsaved changes first).
    pub(super) fn open_recent(&mut self, ctx: &egui::Context, index: usize) {
        if let Some(path) = self.look.recent.get(index).cloned() {
            self.request(ctx, Pending::Open(Some(path)));
        }
    }

    /// Forgets the recent files.
    pub(super) fn clear_recent(&mut self) {
        self.look.recent.clear();
        self.save_view();
    }

    /// Preferences → language: speaks `choice` (or the system's language) from now on, and
    /// remembers it.
    pub(super) fn set_language_choice(&mut self, choice: Option<Language>) {
        self.look.language_choice = choice;
        self.language = interface_language(choice, self.platform.system_locale().as_deref());
        crate::i18n::set_language(self.language);
        self.save_view();
    }

    /// Remembers whether suggestions are on, and their threshold.
    pub(super) fn save_suggestion_preferences(&mut self) {
        self.save_view();
    }

    /// The interface's language.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The colour theme chosen.
    pub fn theme(&self) -> Theme {
        self.look.theme
    }

    /// The recent files, newest first.
    pub fn recent_files(&self) -> &[PathBuf] {
        &self.look.recent
    }

    fn save_view(&mut self) {
        let mut preferences = self.platform.preferences();
        preferences.zoom_percent = self.look.zoom_percent;
        preferences.theme = self.look.theme;
        preferences.recent = self.look.recent.clone();
        preferences.language = self.look.language_choice.map(|l| l.code().to_owned());
        preferences.suggestions = self.suggest.on;
        preferences.suggest_threshold_percent = self.suggest.threshold;
        if let Err(e) = self.platform.save_preferences(&preferences) {
            self.set_status(
                StatusKind::Warning,
                crate::tr!("status-view-not-remembered", why = e),
            );
        }
    }
}
