//! Every user command in one place: its label, tooltip and keyboard shortcuts, and how it
//! draws itself as a menu entry or button. Menus, buttons, the form and keys all read from
//! here, so they cannot disagree. Which command a key press runs is decided by one rule: the
//! shortcut with more modifiers wins (Ctrl+Shift+S is Save As, not Save).

use egui::{Button, Key, KeyboardShortcut, Modifiers, Ui};

use crate::interop::Format;
use crate::model::{LinkKind, Tag};

/// Something the user asks the app to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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
    /// Tag the selected text (or, with no text selected, retag the selected annotation).
    Tag(Tag),
    /// Change the selected annotation's tag.
    Retag(Tag),
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
    /// Scroll the article to the selected annotation.
    ShowSelected,
    /// Start picking the annotation the selected one links to.
    StartLink(LinkKind),
    /// Clear the selected annotation's "moved — check" mark.
    ConfirmPosition,
    /// Put the selected annotation on the selected text.
    ReattachToSelection,
    /// Show or hide the review table.
    ReviewPanel,
    /// Write a report, table or another tool's format.
    Export(Format),
    /// Read another tool's file as a new document.
    Import(Format),
    /// Set the reviewer's name.
    Preferences,
    /// Load a new version of the article and move the annotations onto it.
    UpdateArticleText,
    /// Open a desk: a folder of annotation files searched as one.
    OpenDesk,
    /// Show or hide the desk panel.
    DeskPanel,
    /// Search every article and claim of the desk.
    SearchDesk,
    /// Open another person's file of the same article to compare with ours.
    CompareWith,
    /// Make the article's text larger.
    ZoomIn,
    /// Make the article's text smaller.
    ZoomOut,
    /// The article's text at 100%.
    ZoomReset,
    /// Use this colour theme.
    Theme(crate::io::Theme),
    /// Open recent file number N.
    OpenRecent(usize),
    /// Forget the recent files.
    ClearRecent,
}

const fn shortcut(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const NONE: Modifiers = Modifiers::NONE;
const CMD: Modifiers = Modifiers::COMMAND;
const SHIFT: Modifiers = Modifiers::SHIFT;
const ALT: Modifiers = Modifiers::ALT;
const CMD_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

/// Ctrl+1 … Ctrl+9 set verdicts 1 … 9.
const VERDICT_KEYS: [Key; 9] = [
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

/// Number of modifiers a shortcut needs; more modifiers take precedence.
fn modifier_count(modifiers: Modifiers) -> usize {
    [
        modifiers.alt,
        modifiers.shift,
        modifiers.ctrl || modifiers.command,
        modifiers.mac_cmd && !modifiers.command,
    ]
    .into_iter()
    .filter(|m| *m)
    .count()
}

impl Command {
    /// Every command (parameterized ones once per value).
    pub fn all() -> Vec<Command> {
        let mut all = vec![
            Command::NewFromClipboard,
            Command::Open,
            Command::Save,
            Command::SaveAs,
            Command::Quit,
            Command::Undo,
            Command::Redo,
            Command::Delete,
            Command::Find,
            Command::FindNext,
            Command::FindPrevious,
            Command::Escape,
            Command::NextClaim,
            Command::PreviousClaim,
            Command::DoneAndNext,
            Command::ClearVerdict,
            Command::AddEvidence,
            Command::ShowSelected,
            Command::ConfirmPosition,
            Command::ReattachToSelection,
            Command::ReviewPanel,
            Command::Preferences,
            Command::UpdateArticleText,
            Command::OpenDesk,
            Command::DeskPanel,
            Command::SearchDesk,
            Command::CompareWith,
            Command::ZoomIn,
            Command::ZoomOut,
            Command::ZoomReset,
            Command::ClearRecent,
        ];
        all.extend(
            [
                crate::io::Theme::System,
                crate::io::Theme::Light,
                crate::io::Theme::Dark,
            ]
            .map(Command::Theme),
        );
        all.extend((0..crate::io::RECENT_FILES).map(Command::OpenRecent));
        all.extend(Tag::ALL.map(Command::Tag));
        all.extend(Tag::ALL.map(Command::Retag));
        all.extend((0..VERDICT_KEYS.len()).map(Command::Verdict));
        all.extend(LinkKind::ALL.map(Command::StartLink));
        all.extend(Format::exports().map(Command::Export));
        all.extend(Format::imports().map(Command::Import));
        all
    }

    /// The name shown in menus and on buttons.
    pub fn label(self) -> String {
        match self {
            Command::NewFromClipboard => "New article from clipboard".to_owned(),
            Command::Open => "Open…".to_owned(),
            Command::Save => "Save".to_owned(),
            Command::SaveAs => "Save As…".to_owned(),
            Command::Quit => "Quit".to_owned(),
            Command::Undo => "Undo".to_owned(),
            Command::Redo => "Redo".to_owned(),
            Command::Delete => "Delete annotation".to_owned(),
            Command::Tag(tag) => format!("Tag as {}", tag.key_name()),
            Command::Retag(tag) => tag.label().to_owned(),
            Command::Find => "Find in article…".to_owned(),
            Command::FindNext => "Find next".to_owned(),
            Command::FindPrevious => "Find previous".to_owned(),
            Command::Escape => "Clear selection".to_owned(),
            Command::NextClaim => "Next claim to check".to_owned(),
            Command::PreviousClaim => "Previous claim to check".to_owned(),
            Command::DoneAndNext => "Mark done, go to next".to_owned(),
            Command::Verdict(n) => format!("Verdict {}", n + 1),
            Command::ClearVerdict => "Clear verdict".to_owned(),
            Command::AddEvidence => "Add evidence".to_owned(),
            Command::ShowSelected => "Show in article".to_owned(),
            Command::StartLink(kind) => format!("This is {}…", kind.label()),
            Command::ConfirmPosition => "The position is right".to_owned(),
            Command::ReattachToSelection => "Re-attach to the selected text".to_owned(),
            Command::ReviewPanel => "Review table".to_owned(),
            Command::Export(format) | Command::Import(format) => format.label().to_owned(),
            Command::Preferences => "Preferences…".to_owned(),
            Command::UpdateArticleText => "Update article text…".to_owned(),
            Command::OpenDesk => "Open desk…".to_owned(),
            Command::DeskPanel => "Desk panel".to_owned(),
            Command::SearchDesk => "Search the desk…".to_owned(),
            Command::CompareWith => "Compare with…".to_owned(),
            Command::ZoomIn => "Zoom in".to_owned(),
            Command::ZoomOut => "Zoom out".to_owned(),
            Command::ZoomReset => "Actual size".to_owned(),
            Command::Theme(theme) => match theme {
                crate::io::Theme::System => "Theme as the system".to_owned(),
                crate::io::Theme::Light => "Light theme".to_owned(),
                crate::io::Theme::Dark => "Dark theme".to_owned(),
            },
            Command::OpenRecent(n) => format!("Recent file {}", n + 1),
            Command::ClearRecent => "Clear recent files".to_owned(),
        }
    }

    /// What the command does, in a sentence (tooltips add the shortcut).
    pub fn description(self) -> String {
        match self {
            Command::NewFromClipboard => {
                "Start a new article from the text on the clipboard".to_owned()
            }
            Command::Open => "Open an article or an annotation file".to_owned(),
            Command::Save => "Save the annotations".to_owned(),
            Command::SaveAs => "Save the annotations to a new file".to_owned(),
            Command::Quit => "Close claimmark".to_owned(),
            Command::Undo => "Undo the last change".to_owned(),
            Command::Redo => "Redo the last undone change".to_owned(),
            Command::Delete => "Delete this annotation. Undo brings it back".to_owned(),
            Command::Tag(tag) => format!(
                "Tag the selected text as {} (or, with no text selected, change the selected annotation to {0})",
                tag.key_name()
            ),
            Command::Retag(tag) => format!("Change this annotation to a {}", tag.key_name()),
            Command::Find => "Find a phrase in the article".to_owned(),
            Command::FindNext => "Next match".to_owned(),
            Command::FindPrevious => "Previous match".to_owned(),
            Command::Escape => {
                "Clear the selection, close the find bar or stop picking a link".to_owned()
            }
            Command::NextClaim => "Select the next claim that is not done".to_owned(),
            Command::PreviousClaim => "Select the previous claim that is not done".to_owned(),
            Command::DoneAndNext => "Mark this claim done and go to the next one".to_owned(),
            Command::Verdict(n) => format!("Give the selected claim verdict {}", n + 1),
            Command::ClearVerdict => "Remove the selected claim's verdict".to_owned(),
            Command::AddEvidence => "Add an evidence item to the selected claim".to_owned(),
            Command::ShowSelected => "Scroll the article to this annotation".to_owned(),
            Command::StartLink(kind) => format!(
                "Link this annotation: click the one it is {} next",
                kind.label()
            ),
            Command::ConfirmPosition => "Clear the “moved — check” mark".to_owned(),
            Command::ReattachToSelection => {
                "Select the right words in the article first, then put this annotation on them"
                    .to_owned()
            }
            Command::ReviewPanel => "The review table: status, verdict, evidence".to_owned(),
            Command::Export(format) => format!("Write a {}", format.label()),
            Command::Import(format) => format!(
                "Open another tool's {} file as a new document",
                format.label()
            ),
            Command::Preferences => "Your name, recorded with every change".to_owned(),
            Command::UpdateArticleText => {
                "Load a new version of the article and move every annotation onto it".to_owned()
            }
            Command::OpenDesk => {
                "Open a folder of annotation files as a desk: every article and claim in it searched at once"
                    .to_owned()
            }
            Command::DeskPanel => "Show or hide the desk: its articles, claims and search".to_owned(),
            Command::SearchDesk => "Search every article and claim of the desk".to_owned(),
            Command::CompareWith => {
                "Open another person's annotations of this article: see the differences and how far you agree, and take theirs where they are right"
                    .to_owned()
            }
            Command::ZoomIn => "Make the article's text larger (remembered)".to_owned(),
            Command::ZoomOut => "Make the article's text smaller (remembered)".to_owned(),
            Command::ZoomReset => "Show the article's text at 100%".to_owned(),
            Command::Theme(_) => "Light, dark, or as the desktop is (remembered)".to_owned(),
            Command::OpenRecent(_) => "Open this file again".to_owned(),
            Command::ClearRecent => "Forget the list of recent files".to_owned(),
        }
    }

    /// The keyboard shortcuts, the first one being the one shown in menus.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
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
            Command::NextClaim => vec![shortcut(NONE, Key::F8), shortcut(ALT, Key::ArrowDown)],
            Command::PreviousClaim => vec![shortcut(SHIFT, Key::F8), shortcut(ALT, Key::ArrowUp)],
            Command::DoneAndNext => vec![shortcut(CMD, Key::Enter)],
            Command::Verdict(n) => VERDICT_KEYS
                .get(n)
                .map(|key| vec![shortcut(CMD, *key)])
                .unwrap_or_default(),
            Command::ClearVerdict => vec![shortcut(CMD, Key::Backspace)],
            Command::AddEvidence => vec![shortcut(CMD, Key::E)],
            Command::ReviewPanel => vec![shortcut(NONE, Key::F7)],
            Command::DeskPanel => vec![shortcut(NONE, Key::F6)],
            Command::ZoomIn => vec![shortcut(CMD, Key::Equals), shortcut(CMD, Key::Plus)],
            Command::ZoomOut => vec![shortcut(CMD, Key::Minus)],
            Command::ZoomReset => vec![shortcut(CMD, Key::Num0)],
            Command::SearchDesk => vec![shortcut(CMD_SHIFT, Key::F)],
            Command::Retag(_)
            | Command::ShowSelected
            | Command::StartLink(_)
            | Command::ConfirmPosition
            | Command::ReattachToSelection
            | Command::Export(_)
            | Command::Import(_)
            | Command::Preferences
            | Command::UpdateArticleText
            | Command::OpenDesk
            | Command::CompareWith
            | Command::Theme(_)
            | Command::OpenRecent(_)
            | Command::ClearRecent => vec![],
        }
    }

    /// True when the shortcut still works while the user types in a text field. Keys that
    /// type or edit text there (letters, digits, Delete, Ctrl+Z) must not; function keys,
    /// Escape and Ctrl+letter commands do.
    pub fn works_while_typing(self) -> bool {
        !matches!(
            self,
            Command::Delete
                | Command::Tag(_)
                | Command::Undo
                | Command::Redo
                | Command::ClearVerdict
                | Command::ZoomIn
                | Command::ZoomOut
                | Command::ZoomReset
        )
    }

    /// The first shortcut in words, for messages ("Ctrl+Z", "F8"); `Cmd` on macOS.
    pub fn keys(self) -> String {
        self.shortcuts()
            .first()
            .map(|s| s.format(&egui::ModifierNames::NAMES, cfg!(target_os = "macos")))
            .unwrap_or_default()
    }

    /// The keys that tag a selection, in words: "C, Q or R".
    pub fn tag_keys() -> String {
        let keys: Vec<String> = Tag::ALL.map(|tag| Command::Tag(tag).keys()).to_vec();
        match keys.as_slice() {
            [first @ .., last] if !first.is_empty() => format!("{} or {last}", first.join(", ")),
            _ => keys.join(""),
        }
    }

    /// The shortcut shown in menus and tooltips, e.g. "Ctrl+S", or "C / 1" for plain keys.
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
            // Keys as printed on the keyboard: "Ctrl+=", not "Ctrl+Equals".
            [first, ..] => ctx
                .format_shortcut(first)
                .replace("Equals", "=")
                .replace("Minus", "-")
                .replace("Plus", "+"),
            [] => String::new(),
        }
    }

    /// The tooltip: what it does, and its shortcut.
    pub fn tooltip(self, ctx: &egui::Context) -> String {
        let keys = self.shortcut_text(ctx);
        if keys.is_empty() {
            self.description()
        } else {
            format!("{} ({keys})", self.description())
        }
    }

    /// A menu entry with the command's label and shortcut; queues the command when clicked.
    pub fn menu_item(self, ui: &mut Ui, enabled: bool, commands: &mut Vec<Command>) {
        self.menu_item_labelled(ui, &self.label(), enabled, commands);
    }

    /// A menu entry with its own label (e.g. "Undo tag claim"), the command's shortcut and
    /// tooltip.
    pub fn menu_item_labelled(
        self,
        ui: &mut Ui,
        label: &str,
        enabled: bool,
        commands: &mut Vec<Command>,
    ) {
        let keys = self.shortcut_text(ui.ctx());
        let mut button = Button::new(label);
        if !keys.is_empty() {
            button = button.shortcut_text(keys);
        }
        if ui
            .add_enabled(enabled, button)
            .on_hover_text(self.description())
            .clicked()
        {
            commands.push(self);
        }
    }

    /// A button with the command's label and tooltip; queues the command when clicked.
    pub fn button(self, ui: &mut Ui, enabled: bool, commands: &mut Vec<Command>) {
        self.add_button(ui, Button::new(self.label()), enabled, commands);
    }

    /// A button drawn as given (colours, a short label), with the command's tooltip.
    pub fn add_button(
        self,
        ui: &mut Ui,
        button: Button<'_>,
        enabled: bool,
        commands: &mut Vec<Command>,
    ) {
        let tooltip = self.tooltip(ui.ctx());
        if ui
            .add_enabled(enabled, button)
            .on_hover_text(&tooltip)
            .on_disabled_hover_text(&tooltip)
            .clicked()
        {
            commands.push(self);
        }
    }

    /// Every (shortcut, command) pair, the shortcuts with more modifiers first: the order in
    /// which key presses are matched, so the most specific shortcut wins.
    pub fn shortcut_table() -> Vec<(KeyboardShortcut, Command)> {
        let mut table: Vec<(KeyboardShortcut, Command)> = Command::all()
            .into_iter()
            .flat_map(|command| command.shortcuts().into_iter().map(move |s| (s, command)))
            .collect();
        table.sort_by_key(|(s, _)| std::cmp::Reverse(modifier_count(s.modifiers)));
        table
    }

    /// Takes the commands whose shortcuts were pressed this frame out of `input`; while the
    /// user is `typing` in a text field, only the ones that [work while typing](Self::works_while_typing).
    pub fn read_pressed(input: &mut egui::InputState, typing: bool) -> Vec<Command> {
        let mut pressed = Vec::new();
        for (shortcut, command) in Self::shortcut_table() {
            if typing && !command.works_while_typing() {
                continue;
            }
            if input.consume_shortcut(&shortcut) {
                pressed.push(command);
            }
        }
        pressed
    }
}

/// Makes adding a command without listing it in [`Command::all`] a compile error here.
#[allow(dead_code)]
fn listed_in_all(command: Command) {
    match command {
        Command::NewFromClipboard
        | Command::Open
        | Command::Save
        | Command::SaveAs
        | Command::Quit
        | Command::Undo
        | Command::Redo
        | Command::Delete
        | Command::Tag(_)
        | Command::Retag(_)
        | Command::Find
        | Command::FindNext
        | Command::FindPrevious
        | Command::Escape
        | Command::NextClaim
        | Command::PreviousClaim
        | Command::DoneAndNext
        | Command::Verdict(_)
        | Command::ClearVerdict
        | Command::AddEvidence
        | Command::ShowSelected
        | Command::StartLink(_)
        | Command::ConfirmPosition
        | Command::ReattachToSelection
        | Command::ReviewPanel
        | Command::Export(_)
        | Command::Import(_)
        | Command::Preferences
        | Command::UpdateArticleText
        | Command::OpenDesk
        | Command::DeskPanel
        | Command::SearchDesk
        | Command::CompareWith
        | Command::ZoomIn
        | Command::ZoomOut
        | Command::ZoomReset
        | Command::Theme(_)
        | Command::OpenRecent(_)
        | Command::ClearRecent => {}
    }
}

#[cfg(test)]
mod test {
    use super::*;

    /// Presses `shortcut` in a real egui frame and returns the commands it ran.
    fn press(shortcut: KeyboardShortcut, typing: bool) -> Vec<Command> {
        let ctx = egui::Context::default();
        let mut raw = egui::RawInput::default();
        raw.events.push(egui::Event::Key {
            key: shortcut.logical_key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: shortcut.modifiers,
        });
        let mut commands = Vec::new();
        let mut output = ctx.run_ui(raw, |ui| {
            commands = ui.input_mut(|input| Command::read_pressed(input, typing));
        });
        output.textures_delta.clear();
        commands
    }

    #[test]
    fn every_shortcut_runs_its_own_command_and_nothing_else() {
        let table = Command::shortcut_table();
        assert!(table.len() > 30, "{}", table.len());
        for (shortcut, command) in table {
            assert_eq!(press(shortcut, false), vec![command], "{shortcut:?}");
        }
    }

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let table = Command::shortcut_table();
        for (i, (a, x)) in table.iter().enumerate() {
            for (b, y) in table.iter().skip(i + 1) {
                assert!(a != b, "{x:?} and {y:?} share {a:?}");
            }
        }
    }

    #[test]
    fn typing_keys_are_left_to_text_fields() {
        assert!(press(shortcut(NONE, Key::C), true).is_empty());
        assert!(press(shortcut(CMD, Key::Z), true).is_empty());
        assert_eq!(
            press(shortcut(NONE, Key::F8), true),
            vec![Command::NextClaim]
        );
        assert_eq!(press(shortcut(CMD, Key::S), true), vec![Command::Save]);
    }

    #[test]
    fn shortcuts_in_words() {
        assert_eq!(Command::tag_keys(), "C, Q or R");
        if !cfg!(target_os = "macos") {
            assert_eq!(Command::Undo.keys(), "Ctrl+Z");
            assert_eq!(Command::SaveAs.keys(), "Ctrl+Shift+S");
        }
        assert_eq!(Command::NextClaim.keys(), "F8");
    }

    #[test]
    fn every_command_has_words() {
        for command in Command::all() {
            assert!(!command.label().is_empty(), "{command:?}");
            assert!(!command.description().is_empty(), "{command:?}");
        }
    }
}
