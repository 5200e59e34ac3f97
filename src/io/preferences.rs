//! The user's settings (reviewer name, desk, zoom, theme, recent files), kept as RON in the
//! user's config folder.

use std::fs;
use std::path::{Path, PathBuf};

use super::{IoError, create_parent_folder, write_text};

/// The user's settings, kept in `claimmark/preferences.ron` in the user's config folder.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// The name recorded with each change.
    pub reviewer: String,
    /// The desk folder opened last.
    pub desk: Option<PathBuf>,
    /// The article's zoom, in percent.
    pub zoom_percent: u32,
    /// Light, dark, or as the system says.
    pub theme: Theme,
    /// Files opened or saved lately, newest first.
    pub recent: Vec<PathBuf>,
    /// The interface's language (a BCP 47 code such as `es` or `pt-BR`); `None`: the system's.
    pub language: Option<String>,
    /// Sentences worth checking are suggested in the window.
    pub suggestions: bool,
    /// The score from which a sentence is suggested, in percent; `None`: the scorer's own
    /// threshold for each language.
    pub suggest_threshold_percent: Option<u32>,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            reviewer: String::new(),
            desk: None,
            zoom_percent: 100,
            theme: Theme::System,
            recent: Vec::new(),
            language: None,
            suggestions: true,
            suggest_threshold_percent: None,
        }
    }
}

/// The colour theme chosen.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    strum::EnumIter,
)]
pub enum Theme {
    /// As the system says (dark when the desktop is dark).
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// How many recent files are remembered.
pub const RECENT_FILES: usize = 10;

impl Preferences {
    /// Puts `path` first in the recent files (once), keeping at most [`RECENT_FILES`].
    pub fn add_recent(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(RECENT_FILES);
    }
}

fn preferences_path() -> Option<PathBuf> {
    dirs::config_dir().map(|dir| dir.join("claimmark").join("preferences.ron"))
}

/// The user's saved preferences, or defaults when there are none (or they cannot be read).
pub fn load_preferences() -> Preferences {
    preferences_path()
        .map(|path| load_preferences_from(&path))
        .unwrap_or_default()
}

/// The preferences kept at `path`, or defaults when it is missing or damaged.
pub fn load_preferences_from(path: &Path) -> Preferences {
    fs::read_to_string(path)
        .ok()
        .and_then(|text| ron::from_str(&text).ok())
        .unwrap_or_default()
}

/// Saves the user's preferences.
pub fn save_preferences(preferences: &Preferences) -> Result<(), IoError> {
    match preferences_path() {
        Some(path) => save_preferences_to(preferences, &path),
        None => Ok(()),
    }
}

/// Saves the preferences at `path` (creating its folder).
pub fn save_preferences_to(preferences: &Preferences, path: &Path) -> Result<(), IoError> {
    create_parent_folder(path)?;
    let text = ron::ser::to_string_pretty(preferences, ron::ser::PrettyConfig::new())
        .map_err(|e| IoError::write(path, std::io::Error::other(e.to_string())))?;
    write_text(path, &text)
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn zoom_theme_and_recent_files_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config").join("preferences.ron");
        assert_eq!(load_preferences_from(&path), Preferences::default());
        let mut preferences = Preferences {
            reviewer: "Ana Müller".to_owned(),
            zoom_percent: 130,
            theme: Theme::Dark,
            ..Preferences::default()
        };
        for n in 0..RECENT_FILES + 3 {
            preferences.add_recent(&dir.path().join(format!("article-{n}.ron")));
        }
        // Opened again: first, once.
        preferences.add_recent(&dir.path().join("article-5.ron"));
        save_preferences_to(&preferences, &path).unwrap();
        let loaded = load_preferences_from(&path);
        assert_eq!(loaded, preferences);
        assert_eq!(loaded.recent.len(), RECENT_FILES);
        assert_eq!(loaded.recent[0], dir.path().join("article-5.ron"));
        assert_eq!(
            loaded.recent[1],
            dir.path().join(format!("article-{}.ron", RECENT_FILES + 2))
        );
        assert_eq!(
            loaded
                .recent
                .iter()
                .filter(|p| p.ends_with("article-5.ron"))
                .count(),
            1
        );
    }

    #[test]
    fn damaged_or_older_preferences_give_defaults_for_what_is_missing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("preferences.ron");
        fs::write(&path, "(reviewer: \"Li\")").unwrap();
        let loaded = load_preferences_from(&path);
        assert_eq!(loaded.reviewer, "Li");
        assert_eq!(loaded.zoom_percent, 100);
        assert_eq!(loaded.theme, Theme::System);
        fs::write(&path, "not ron at all {").unwrap();
        assert_eq!(load_preferences_from(&path), Preferences::default());
    }
}
