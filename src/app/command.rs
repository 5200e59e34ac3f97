//! Every user command in one place: its label and keyboard shortcuts. Menus, buttons and keys
//! all read from here, so they cannot disagree.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::export::ExportFormat;
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
    /// Clear the selection / close the find bar / stop picking a link.
    Escape,
    /// Select the next claim that is not done (review mode).
    NextClaim,
    /// Select the previous claim that is not done.
    PreviousClaim,
    /// Mark the selected claim done and go to the next one.
    DoneAndNext,
    /// Give the selected claim the verdict at this index of the scale.
    Verdict(usize),
    /// Remove the selected claim's verdict.
    ClearVerdict,
    /// Add an evidence item to the selected claim.
    AddEvidence,
    /// Show the review table.
    ReviewPanel,
    /// Write a report or table.
    Export(ExportFormat),
    /// Set the reviewer's name.
    Preferences,
    /// Load a new version of the article and move the annotations onto it.
    UpdateArticleText,
}

const fn shortcut(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const DIGITS: [Key; 10] = [
    Key::Num0,
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

const CMD_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

impl Command {
    /// Commands that are checked against the keyboard every frame, in priority order
    /// (shortcuts with more modifiers first, so Ctrl+Shift+S is not read as Ctrl+S).
    pub fn with_shortcuts() -> Vec<Command> {
        let mut commands = vec![
            Command::SaveAs,
            Command::Redo,
            Command::FindPrevious,
            Command::PreviousClaim,
            Command::NewFromClipboard,
            Command::Save,
            Command::Open,
            Command::Quit,
            Command::Undo,
            Command::Find,
            Command::FindNext,
            Command::NextClaim,
            Command::DoneAndNext,
            Command::AddEvidence,
            Command::ReviewPanel,
            Command::ClearVerdict,
        ];
        commands.extend((0..9).map(Command::Verdict));
        commands.extend([
            Command::Delete,
            Command::Tag(Tag::Claim),
            Command::Tag(Tag::Quote),
            Command::Tag(Tag::Citation),
            Command::Escape,
        ]);
        commands
    }

    /// The name shown in menus and tooltips.
    pub fn label(self) -> String {
        match self {
            Command::Verdict(n) => format!("Verdict {}", n + 1),
            Command::Export(format) => format.label().to_owned(),
            _ => self.fixed_label().to_owned(),
        }
    }

    fn fixed_label(self) -> &'static str {
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
            Command::NextClaim => "Next claim to check",
            Command::PreviousClaim => "Previous claim to check",
            Command::DoneAndNext => "Mark done, go to next",
            Command::Verdict(_) => "Verdict",
            Command::ClearVerdict => "Clear verdict",
            Command::AddEvidence => "Add evidence",
            Command::ReviewPanel => "Review table",
            Command::Export(_) => "Export",
            Command::Preferences => "Preferences…",
            Command::UpdateArticleText => "Update article text…",
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
            Command::NextClaim => vec![
                shortcut(NONE, Key::F8),
                shortcut(Modifiers::ALT, Key::ArrowDown),
            ],
            Command::PreviousClaim => vec![
                shortcut(SHIFT, Key::F8),
                shortcut(Modifiers::ALT, Key::ArrowUp),
            ],
            Command::DoneAndNext => vec![shortcut(CMD, Key::Enter)],
            Command::Verdict(n) => match DIGITS.get(n + 1) {
                Some(key) => vec![shortcut(CMD, *key)],
                None => vec![],
            },
            Command::ClearVerdict => vec![shortcut(CMD, Key::Num0)],
            Command::AddEvidence => vec![shortcut(CMD, Key::E)],
            Command::ReviewPanel => vec![shortcut(NONE, Key::F7)],
            Command::Export(_) | Command::Preferences | Command::UpdateArticleText => vec![],
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
