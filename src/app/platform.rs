//! The seam between the app and the desktop: file dialogs and the clipboard.
//!
//! The app only talks to [`Platform`]; the real one uses `rfd` and `arboard`, and tests inject
//! their own, so no test ever opens a dialog.

use std::path::PathBuf;

/// What a file dialog answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked {
    /// The user chose this file.
    Path(PathBuf),
    /// The user closed the dialog.
    Cancelled,
    /// No native dialog can be shown here (e.g. no desktop portal); the app asks in-window.
    Unavailable,
}

/// Native dialogs and the clipboard.
pub trait Platform {
    /// Asks the user for an article or annotation file to open.
    fn pick_open(&mut self) -> Picked;
    /// Asks the user for a file of a kind (`what`, with these extensions), with this title.
    fn pick_file(&mut self, title: &str, what: &str, extensions: &[&str]) -> Picked;
    /// Asks the user where to save annotations; `suggested` is a file name.
    fn pick_save(&mut self, suggested: &str) -> Picked;
    /// Asks where to write an export; `suggested` is a file name, `extension` its type.
    fn pick_export(&mut self, suggested: &str, extension: &str) -> Picked;
    /// The text on the clipboard, if any.
    fn read_clipboard(&mut self) -> Option<String>;
    /// The reviewer's name from the preferences (empty when not set).
    fn load_reviewer(&mut self) -> String;
    /// Stores the reviewer's name in the preferences; returns an error message on failure.
    fn save_reviewer(&mut self, name: &str) -> Result<(), String>;
    /// Where unsaved work is kept for recovery (none: it is not kept).
    fn recovery_store(&self) -> Option<crate::io::recovery::RecoveryStore>;
    /// Asks the user for a folder.
    fn pick_folder(&mut self, title: &str) -> Picked;
    /// Where desk indexes are kept (none: the desk cannot be opened).
    fn desk_cache(&self) -> Option<PathBuf>;
    /// The desk folder opened last, from the preferences.
    fn remembered_desk(&mut self) -> Option<PathBuf>;
    /// Stores the desk folder in the preferences.
    fn remember_desk(&mut self, folder: &std::path::Path) -> Result<(), String>;
    /// The preferences (zoom, theme, recent files, …).
    fn preferences(&mut self) -> crate::io::Preferences;
    /// Stores the preferences.
    fn save_preferences(&mut self, preferences: &crate::io::Preferences) -> Result<(), String>;
    /// The system's locale (`es-ES`, `ar_EG.UTF-8`), when it says.
    fn system_locale(&self) -> Option<String>;
    /// Where the matching model is kept (none: matching by meaning is off).
    fn model_folder(&self) -> Option<PathBuf>;
}

/// The real desktop: `rfd` dialogs, `arboard` clipboard.
#[derive(Default)]
pub struct DesktopPlatform;

/// On Linux and the BSDs the dialogs go through the desktop portal on the session bus; without
/// a session bus (a bare X server, a remote shell) they cannot open.
fn native_dialogs_available() -> bool {
    if cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd",
        target_os = "netbsd"
    )) {
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() || user_session_bus_exists()
    } else {
        true
    }
}

/// True when the user's D-Bus session socket exists (`$XDG_RUNTIME_DIR/bus`), which native file
/// dialogs on Linux need.
fn user_session_bus_exists() -> bool {
    std::env::var_os("XDG_RUNTIME_DIR")
        .map(|dir| std::path::Path::new(&dir).join("bus"))
        .is_some_and(|bus| crate::io::exists(&bus))
}

fn picked(path: Option<PathBuf>) -> Picked {
    path.map_or(Picked::Cancelled, Picked::Path)
}

impl Platform for DesktopPlatform {
    fn pick_open(&mut self) -> Picked {
        if !native_dialogs_available() {
            return Picked::Unavailable;
        }
        picked(
            rfd::FileDialog::new()
                .set_title(crate::tr!("pick-open"))
                .add_filter(
                    crate::tr!("pick-articles-and-annotations"),
                    &[
                        "txt", "md", "html", "htm", "pdf", "srt", "vtt", "tsv", "ron",
                    ],
                )
                .add_filter(crate::tr!("pick-annotation-files"), &["ron"])
                .add_filter(
                    crate::tr!("pick-article-files"),
                    &["txt", "md", "html", "htm", "pdf", "srt", "vtt", "tsv"],
                )
                .add_filter(crate::tr!("pick-all-files"), &["*"])
                .pick_file(),
        )
    }

    fn pick_file(&mut self, title: &str, what: &str, extensions: &[&str]) -> Picked {
        if !native_dialogs_available() {
            return Picked::Unavailable;
        }
        picked(
            rfd::FileDialog::new()
                .set_title(title)
                .add_filter(what, extensions)
                .add_filter(crate::tr!("pick-all-files"), &["*"])
                .pick_file(),
        )
    }

    fn pick_save(&mut self, suggested: &str) -> Picked {
        if !native_dialogs_available() {
            return Picked::Unavailable;
        }
        picked(
            rfd::FileDialog::new()
                .set_title(crate::tr!("pick-save"))
                .add_filter(crate::tr!("pick-annotation-files"), &["ron"])
                .set_file_name(suggested)
                .save_file()
                .map(|path| {
                    if path.extension().is_none() {
                        path.with_extension("ron")
                    } else {
                        path
                    }
                }),
        )
    }

    fn pick_export(&mut self, suggested: &str, extension: &str) -> Picked {
        if !native_dialogs_available() {
            return Picked::Unavailable;
        }
        picked(
            rfd::FileDialog::new()
                .set_title(crate::tr!("pick-export"))
                .add_filter(extension.to_uppercase(), &[extension])
                .set_file_name(suggested)
                .save_file(),
        )
    }

    fn read_clipboard(&mut self) -> Option<String> {
        arboard::Clipboard::new().ok()?.get_text().ok()
    }

    fn load_reviewer(&mut self) -> String {
        crate::io::load_preferences().reviewer
    }

    fn recovery_store(&self) -> Option<crate::io::recovery::RecoveryStore> {
        crate::io::recovery::RecoveryStore::user()
    }

    fn pick_folder(&mut self, title: &str) -> Picked {
        if !native_dialogs_available() {
            return Picked::Unavailable;
        }
        picked(rfd::FileDialog::new().set_title(title).pick_folder())
    }

    fn model_folder(&self) -> Option<PathBuf> {
        crate::io::model::model_folder()
    }

    fn desk_cache(&self) -> Option<PathBuf> {
        crate::desk::Desk::user_cache_root()
    }

    fn remembered_desk(&mut self) -> Option<PathBuf> {
        crate::io::load_preferences().desk
    }

    fn preferences(&mut self) -> crate::io::Preferences {
        crate::io::load_preferences()
    }

    fn save_preferences(&mut self, preferences: &crate::io::Preferences) -> Result<(), String> {
        crate::io::save_preferences(preferences).map_err(|e| e.to_string())
    }

    fn system_locale(&self) -> Option<String> {
        sys_locale::get_locale()
    }

    fn remember_desk(&mut self, folder: &std::path::Path) -> Result<(), String> {
        let mut preferences = crate::io::load_preferences();
        preferences.desk = Some(folder.to_owned());
        crate::io::save_preferences(&preferences).map_err(|e| e.to_string())
    }

    fn save_reviewer(&mut self, name: &str) -> Result<(), String> {
        let mut preferences = crate::io::load_preferences();
        preferences.reviewer = name.to_owned();
        crate::io::save_preferences(&preferences).map_err(|e| e.to_string())
    }
}
