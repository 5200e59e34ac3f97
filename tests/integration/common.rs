//! What the GUI tests and the benchmark share: a [`Platform`] whose dialogs, clipboard,
//! preferences and recovery folder are chosen by the test, so no test opens a window of its
//! own or writes into the user's folders.
#![allow(dead_code)]

use std::path::PathBuf;

use claimmark::app::{Picked, Platform};
use claimmark::io::recovery::RecoveryStore;

/// Dialog answers chosen by the test.
pub struct TestPlatform {
    /// What Save As and Export answer (`None`: the user cancels).
    pub save_to: Option<PathBuf>,
    /// What Open answers (`None`: the user cancels).
    pub open: Option<PathBuf>,
    /// What the file pickers of Import answer, in turn (empty: the user cancels).
    pub files: Vec<PathBuf>,
    /// The clipboard's text.
    pub clipboard: Option<String>,
    /// Act as a desktop without native dialogs (the app then asks in its window).
    pub no_native_dialogs: bool,
    /// The reviewer name in the preferences.
    pub reviewer: String,
    /// Where recovery files go (`None`: not kept, so tests leave nothing behind).
    pub recovery: Option<PathBuf>,
    /// What the folder picker answers (the desk to open).
    pub folder: Option<PathBuf>,
    /// Where desk indexes go.
    pub desk_cache: Option<PathBuf>,
    /// The desk folder remembered in the preferences.
    pub desk: Option<PathBuf>,
    /// The preferences (kept in memory).
    pub preferences: claimmark::io::Preferences,
    /// The system's locale (`None`: it does not say).
    pub locale: Option<String>,
    /// Where the matching model is (`None`: nowhere, matching by meaning is off).
    pub model: Option<PathBuf>,
}

impl Default for TestPlatform {
    fn default() -> Self {
        Self {
            save_to: None,
            open: None,
            files: Vec::new(),
            clipboard: None,
            no_native_dialogs: false,
            reviewer: "Test Reviewer".to_owned(),
            recovery: None,
            folder: None,
            desk_cache: None,
            desk: None,
            preferences: claimmark::io::Preferences::default(),
            locale: None,
            model: None,
        }
    }
}

fn answer(path: &Option<PathBuf>, no_native_dialogs: bool) -> Picked {
    if no_native_dialogs {
        return Picked::Unavailable;
    }
    path.clone().map_or(Picked::Cancelled, Picked::Path)
}

impl Platform for TestPlatform {
    fn pick_open(&mut self) -> Picked {
        answer(&self.open, self.no_native_dialogs)
    }
    fn pick_file(&mut self, _title: &str, _what: &str, _extensions: &[&str]) -> Picked {
        if self.no_native_dialogs {
            return Picked::Unavailable;
        }
        if self.files.is_empty() {
            Picked::Cancelled
        } else {
            Picked::Path(self.files.remove(0))
        }
    }
    fn pick_save(&mut self, _suggested: &str) -> Picked {
        answer(&self.save_to, self.no_native_dialogs)
    }
    fn pick_export(&mut self, _suggested: &str, _extension: &str) -> Picked {
        answer(&self.save_to, self.no_native_dialogs)
    }
    fn read_clipboard(&mut self) -> Option<String> {
        self.clipboard.clone()
    }
    fn load_reviewer(&mut self) -> String {
        self.reviewer.clone()
    }
    fn save_reviewer(&mut self, name: &str) -> Result<(), String> {
        self.reviewer = name.to_owned();
        Ok(())
    }
    fn recovery_store(&self) -> Option<RecoveryStore> {
        self.recovery.clone().map(RecoveryStore::in_folder)
    }
    fn pick_folder(&mut self, _title: &str) -> Picked {
        answer(&self.folder, self.no_native_dialogs)
    }
    fn desk_cache(&self) -> Option<PathBuf> {
        self.desk_cache.clone()
    }
    fn remembered_desk(&mut self) -> Option<PathBuf> {
        self.desk.clone()
    }
    fn remember_desk(&mut self, folder: &std::path::Path) -> Result<(), String> {
        self.desk = Some(folder.to_owned());
        Ok(())
    }
    fn preferences(&mut self) -> claimmark::io::Preferences {
        self.preferences.clone()
    }
    fn save_preferences(&mut self, preferences: &claimmark::io::Preferences) -> Result<(), String> {
        self.preferences = preferences.clone();
        Ok(())
    }
    fn system_locale(&self) -> Option<String> {
        self.locale.clone()
    }
    fn model_folder(&self) -> Option<PathBuf> {
        self.model.clone()
    }
}
