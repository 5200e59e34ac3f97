//! Commands' keyboard shortcuts: which keys run which command, how they read in words, and
//! which command a key press runs (one rule: the shortcut with more modifiers wins, so
//! Ctrl+Shift+S is Save As, not Save).

use egui::{Key, KeyboardShortcut, Modifiers};

use super::Command;
use crate::model::Tag;

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
pub const VERDICT_KEYS: [Key; 9] = [
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
    /// The keyboard shortcuts, the first one being the one shown in menus.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        match self {
            Command::NewFromClipboard => vec![shortcut(CMD_SHIFT, Key::N)],
            Command::Open => vec![shortcut(CMD, Key::O)],
            Command::OpenWebPage => vec![shortcut(CMD, Key::L)],
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
            Command::SuggestionsPanel => vec![shortcut(SHIFT, Key::F7)],
            Command::NextSuggestion => vec![shortcut(NONE, Key::F9)],
            Command::PreviousSuggestion => vec![shortcut(SHIFT, Key::F9)],
            Command::AcceptSuggestion => vec![shortcut(NONE, Key::A)],
            Command::RejectSuggestion => vec![shortcut(NONE, Key::X)],
            Command::Retag(_)
            | Command::CheckPage
            | Command::ArchiveSources
            | Command::ShowSelected
            | Command::StartLink(_)
            | Command::ConfirmPosition
            | Command::ReattachToSelection
            | Command::Export(_)
            | Command::Import(_)
            | Command::Preferences
            | Command::UpdateArticleText
            | Command::OpenDesk
            | Command::GetModel
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
                | Command::AcceptSuggestion
                | Command::RejectSuggestion
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
            [first @ .., last] if !first.is_empty() => {
                crate::tr!("keys-or", first = first.join(", "), last = last.as_str())
            }
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

    /// The key a user presses off macOS: Ctrl, Cmd and the "command" modifier are one key.
    fn as_pressed_off_mac(shortcut: &KeyboardShortcut) -> (Key, bool, bool, bool) {
        let m = shortcut.modifiers;
        (
            shortcut.logical_key,
            m.ctrl || m.command || m.mac_cmd,
            m.shift,
            m.alt,
        )
    }

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let table = Command::shortcut_table();
        for (i, (a, x)) in table.iter().enumerate() {
            for (b, y) in table.iter().skip(i + 1) {
                assert_ne!(
                    as_pressed_off_mac(a),
                    as_pressed_off_mac(b),
                    "{x:?} and {y:?} share {a:?} / {b:?}"
                );
            }
        }
    }

    #[test]
    fn ctrl_and_cmd_count_as_one_key_in_the_clash_check() {
        let ctrl = shortcut(Modifiers::CTRL, Key::S);
        let command = shortcut(CMD, Key::S);
        assert_ne!(ctrl, command, "egui tells them apart");
        assert_eq!(as_pressed_off_mac(&ctrl), as_pressed_off_mac(&command));
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
            assert_eq!(Command::ClearVerdict.keys(), "Ctrl+Backspace");
        }
        assert_eq!(Command::NextClaim.keys(), "F8");
    }
}
