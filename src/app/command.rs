//! Every user command in one place: its label and keyboard shortcuts. Menus, buttons and keys
//! all read from here, so they cannot disagree.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::model::Tag;

/// Something the user asks the app to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Start a new document from the text on the clipboard.
    NewFromClipboard,
    /// Open an article or annotation file (asks for the file).
    Open,
    /// Save to the current file (or ask for one).
    Save,
    /// Save to a new file.
    SaveAs,
    /// Close the app.
    Quit,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Delete the selected annotation.
    Delete,
    /// Tag the selected text (or retag the selected annotation).
    Tag(Tag),
    /// Show the find bar.
    Find,
    /// Go to the next find match.
    FindNext,
    /// Go to the previous find match.
    FindPrevious,
    /// Clear the selection / close the find bar.
    Escape,
}

const fn shortcut(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const CMD_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

impl Command {
    /// Commands that are checked against the keyboard every frame, in priority order
    /// (shortcuts with more modifiers first, so Ctrl+Shift+S is not read as Ctrl+S).
    pub const WITH_SHORTCUTS: [Command; 15] = [
        Command::SaveAs,
        Command::Redo,
        Command::FindPrevious,
        Command::Save,
        Command::Open,
        Command::Quit,
        Command::Undo,
        Command::Find,
        Command::FindNext,
        Command::Delete,
        Command::Tag(Tag::Claim),
        Command::Tag(Tag::Quote),
        Command::Tag(Tag::Citation),
        Command::Escape,
        Command::NewFromClipboard,
    ];

    /// The name shown in menus and tooltips.
    pub fn label(self) -> &'static str {
        match self {
            Command::NewFromClipboard => "New article from clipboard",
            Command::Open => "Open…",
            Command::Save => "Save",
            Command::SaveAs => "Save As…",
            Command::Quit => "Quit",
            Command::Undo => "Undo",
            Command::Redo => "Redo",
            Command::Delete => "Delete annotation",
            Command::Tag(Tag::Claim) => "Tag as claim",
            Command::Tag(Tag::Quote) => "Tag as quote",
            Command::Tag(Tag::Citation) => "Tag as citation",
            Command::Find => "Find in article…",
            Command::FindNext => "Find next",
            Command::FindPrevious => "Find previous",
            Command::Escape => "Clear selection",
        }
    }

    /// The keyboard shortcuts, the first one being the one shown in menus.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        const NONE: Modifiers = Modifiers::NONE;
        const CMD: Modifiers = Modifiers::COMMAND;
        const SHIFT: Modifiers = Modifiers::SHIFT;
        match self {
            Command::NewFromClipboard => vec![shortcut(CMD_SHIFT, Key::N)],
            Command::Open => vec![shortcut(CMD, Key::O)],
            Command::Save => vec![shortcut(CMD, Key::S)],
            Command::SaveAs => vec![shortcut(CMD_SHIFT, Key::S)],
            Command::Quit => vec![shortcut(CMD, Key::Q)],
            Command::Undo => vec![shortcut(CMD, Key::Z)],
            Command::Redo => vec![shortcut(CMD, Key::Y), shortcut(CMD_SHIFT, Key::Z)],
            Command::Delete => vec![shortcut(NONE, Key::Delete), shortcut(NONE, Key::Backspace)],
            Command::Tag(Tag::Claim) => vec![shortcut(NONE, Key::C), shortcut(NONE, Key::Num1)],
            Command::Tag(Tag::Quote) => vec![shortcut(NONE, Key::Q), shortcut(NONE, Key::Num2)],
            Command::Tag(Tag::Citation) => vec![shortcut(NONE, Key::R), shortcut(NONE, Key::Num3)],
            Command::Find => vec![shortcut(CMD, Key::F)],
            Command::FindNext => vec![shortcut(NONE, Key::F3)],
            Command::FindPrevious => vec![shortcut(SHIFT, Key::F3)],
            Command::Escape => vec![shortcut(NONE, Key::Escape)],
        }
    }

    /// True for shortcuts without a modifier (or editing keys), which must not fire while the
    /// user is typing in a text field.
    pub fn is_plain_key(self) -> bool {
        matches!(
            self,
            Command::Delete | Command::Tag(_) | Command::Undo | Command::Redo | Command::Escape
        )
    }

    /// The shortcut shown in menus and tooltips, e.g. "Ctrl+S".
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        let shortcuts = self.shortcuts();
        match shortcuts.as_slice() {
            [first, ..] if first.modifiers.is_none() => {
                let keys: Vec<&str> = shortcuts
                    .iter()
                    .filter(|s| s.modifiers.is_none())
                    .map(|s| s.logical_key.symbol_or_name())
                    .collect();
                keys.join(" / ")
            }
            [first, ..] => ctx.format_shortcut(first),
            [] => String::new(),
        }
    }
}
