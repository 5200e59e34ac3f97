//! The seam between the app and the desktop: file dialogs and the clipboard.
//!
//! The app only talks to [`Platform`]; the real one uses `rfd` and `arboard`, and tests inject
//! their own, so no test ever opens a dialog.

use std::path::PathBuf;

/// Native dialogs and the clipboard.
pub trait Platform {
    /// Asks the user for an article or annotation file to open.
    fn pick_open(&mut self) -> Option<PathBuf>;
    /// Asks the user where to save annotations; `suggested` is a file name.
    fn pick_save(&mut self, suggested: &str) -> Option<PathBuf>;
    /// The text on the clipboard, if any.
    fn read_clipboard(&mut self) -> Option<String>;
}

/// The real desktop: `rfd` dialogs, `arboard` clipboard.
#[derive(Default)]
pub struct DesktopPlatform;

impl Platform for DesktopPlatform {
    fn pick_open(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Open an article or annotation file")
            .add_filter("Articles and annotations", &["txt", "md", "ron"])
            .add_filter("Annotation files", &["ron"])
            .add_filter("Articles", &["txt", "md"])
            .add_filter("All files", &["*"])
            .pick_file()
    }

    fn pick_save(&mut self, suggested: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Save annotations")
            .add_filter("claimmark annotations", &["ron"])
            .set_file_name(suggested)
            .save_file()
            .map(|path| {
                if path.extension().is_none() {
                    path.with_extension("ron")
                } else {
                    path
                }
            })
    }

    fn read_clipboard(&mut self) -> Option<String> {
        arboard::Clipboard::new().ok()?.get_text().ok()
    }
}
