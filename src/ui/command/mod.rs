//! Every user command in one place: what it is called, what it does and its keyboard
//! shortcuts (`keys.rs`), and how it draws itself as a menu entry or button (`draw.rs`). Menus,
//! buttons, the form and keys all read from here, so they cannot disagree. Widgets emit
//! [`Command`]s; the app runs them after the frame.

mod draw;
mod keys;

use strum::IntoEnumIterator as _;

use crate::interop::Format;
use crate::io::preferences::{RECENT_FILES, Theme};
use crate::model::{LinkKind, Tag};

pub use keys::VERDICT_KEYS;

/// Something the user asks the app to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumDiscriminants)]
#[strum_discriminants(
    name(CommandKind),
    derive(strum::EnumIter),
    doc = "A command without its value (which tag, which verdict): one per variant of [`Command`]."
)]
pub enum Command {
    /// Start a new document from the text on the clipboard.
    NewFromClipboard,
    /// Open an article or annotation file (asks for the file).
    Open,
    /// Open a web page by its address (asks for it), keeping the page as it was.
    OpenWebPage,
    /// Fetch the article's page again and take its changes.
    CheckPage,
    /// Keep every web source of the evidence and citations in the archive.
    ArchiveSources,
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
    Theme(Theme),
    /// Open recent file number N.
    OpenRecent(usize),
    /// Forget the recent files.
    ClearRecent,
}

/// What a command is called and what it does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandText {
    /// The name shown in menus and on buttons.
    pub label: String,
    /// What it does, in a sentence (tooltips add the shortcut).
    pub description: String,
}

fn text(label: impl Into<String>, description: impl Into<String>) -> CommandText {
    CommandText {
        label: label.into(),
        description: description.into(),
    }
}

impl Command {
    /// Every command of one kind (one per value for the parameterized ones). The `match` is
    /// exhaustive and [`CommandKind`] is derived from [`Command`], so a new command cannot be
    /// left out of [`Command::all`].
    fn of_kind(kind: CommandKind) -> Vec<Command> {
        match kind {
            CommandKind::NewFromClipboard => vec![Command::NewFromClipboard],
            CommandKind::Open => vec![Command::Open],
            CommandKind::OpenWebPage => vec![Command::OpenWebPage],
            CommandKind::CheckPage => vec![Command::CheckPage],
            CommandKind::ArchiveSources => vec![Command::ArchiveSources],
            CommandKind::Save => vec![Command::Save],
            CommandKind::SaveAs => vec![Command::SaveAs],
            CommandKind::Quit => vec![Command::Quit],
            CommandKind::Undo => vec![Command::Undo],
            CommandKind::Redo => vec![Command::Redo],
            CommandKind::Delete => vec![Command::Delete],
            CommandKind::Tag => Tag::ALL.map(Command::Tag).to_vec(),
            CommandKind::Retag => Tag::ALL.map(Command::Retag).to_vec(),
            CommandKind::Find => vec![Command::Find],
            CommandKind::FindNext => vec![Command::FindNext],
            CommandKind::FindPrevious => vec![Command::FindPrevious],
            CommandKind::Escape => vec![Command::Escape],
            CommandKind::NextClaim => vec![Command::NextClaim],
            CommandKind::PreviousClaim => vec![Command::PreviousClaim],
            CommandKind::DoneAndNext => vec![Command::DoneAndNext],
            CommandKind::Verdict => (0..VERDICT_KEYS.len()).map(Command::Verdict).collect(),
            CommandKind::ClearVerdict => vec![Command::ClearVerdict],
            CommandKind::AddEvidence => vec![Command::AddEvidence],
            CommandKind::ShowSelected => vec![Command::ShowSelected],
            CommandKind::StartLink => LinkKind::ALL.map(Command::StartLink).to_vec(),
            CommandKind::ConfirmPosition => vec![Command::ConfirmPosition],
            CommandKind::ReattachToSelection => vec![Command::ReattachToSelection],
            CommandKind::ReviewPanel => vec![Command::ReviewPanel],
            CommandKind::Export => Format::exports().map(Command::Export).collect(),
            CommandKind::Import => Format::imports().map(Command::Import).collect(),
            CommandKind::Preferences => vec![Command::Preferences],
            CommandKind::UpdateArticleText => vec![Command::UpdateArticleText],
            CommandKind::OpenDesk => vec![Command::OpenDesk],
            CommandKind::DeskPanel => vec![Command::DeskPanel],
            CommandKind::SearchDesk => vec![Command::SearchDesk],
            CommandKind::CompareWith => vec![Command::CompareWith],
            CommandKind::ZoomIn => vec![Command::ZoomIn],
            CommandKind::ZoomOut => vec![Command::ZoomOut],
            CommandKind::ZoomReset => vec![Command::ZoomReset],
            CommandKind::Theme => Theme::iter().map(Command::Theme).collect(),
            CommandKind::OpenRecent => (0..RECENT_FILES).map(Command::OpenRecent).collect(),
            CommandKind::ClearRecent => vec![Command::ClearRecent],
        }
    }

    /// Every command (parameterized ones once per value).
    pub fn all() -> Vec<Command> {
        CommandKind::iter().flat_map(Command::of_kind).collect()
    }

    /// Its name and what it does, from one `match`.
    pub fn text(self) -> CommandText {
        match self {
            Command::NewFromClipboard => text(
                "New article from clipboard",
                "Start a new article from the text on the clipboard",
            ),
            Command::Open => text("Open…", "Open an article or an annotation file"),
            Command::OpenWebPage => text(
                "Open web page…",
                "Open an article from its web address; the page is kept as it was, in an archive beside the annotations",
            ),
            Command::CheckPage => text(
                "Check the page for changes",
                "Fetch the article's page again: unchanged, or the new text with every annotation moved onto it (one undoable step)",
            ),
            Command::ArchiveSources => text(
                "Archive every web source",
                "Keep each evidence page and citation target with a web address in the archive, with when and its SHA-256",
            ),
            Command::Save => text("Save", "Save the annotations"),
            Command::SaveAs => text("Save As…", "Save the annotations to a new file"),
            Command::Quit => text("Quit", "Close claimmark"),
            Command::Undo => text("Undo", "Undo the last change"),
            Command::Redo => text("Redo", "Redo the last undone change"),
            Command::Delete => text(
                "Delete annotation",
                "Delete this annotation. Undo brings it back",
            ),
            Command::Tag(tag) => text(
                format!("Tag as {}", tag.key_name()),
                format!(
                    "Tag the selected text as {} (or, with no text selected, change the selected annotation to {0})",
                    tag.key_name()
                ),
            ),
            Command::Retag(tag) => text(
                tag.label(),
                format!("Change this annotation to a {}", tag.key_name()),
            ),
            Command::Find => text("Find in article…", "Find a phrase in the article"),
            Command::FindNext => text("Find next", "Next match"),
            Command::FindPrevious => text("Find previous", "Previous match"),
            Command::Escape => text(
                "Clear selection",
                "Clear the selection, close the find bar or stop picking a link",
            ),
            Command::NextClaim => text(
                "Next claim to check",
                "Select the next claim that is not done",
            ),
            Command::PreviousClaim => text(
                "Previous claim to check",
                "Select the previous claim that is not done",
            ),
            Command::DoneAndNext => text(
                "Mark done, go to next",
                "Mark this claim done and go to the next one",
            ),
            Command::Verdict(n) => text(
                format!("Verdict {}", n + 1),
                format!("Give the selected claim verdict {}", n + 1),
            ),
            Command::ClearVerdict => text("Clear verdict", "Remove the selected claim's verdict"),
            Command::AddEvidence => {
                text("Add evidence", "Add an evidence item to the selected claim")
            }
            Command::ShowSelected => {
                text("Show in article", "Scroll the article to this annotation")
            }
            Command::StartLink(kind) => text(
                format!("This is {}…", kind.label()),
                format!(
                    "Link this annotation: click the one it is {} next",
                    kind.label()
                ),
            ),
            Command::ConfirmPosition => {
                text("The position is right", "Clear the “moved — check” mark")
            }
            Command::ReattachToSelection => text(
                "Re-attach to the selected text",
                "Select the right words in the article first, then put this annotation on them",
            ),
            Command::ReviewPanel => text(
                "Review table",
                "The review table: status, verdict, evidence",
            ),
            Command::Export(format) => text(format.label(), format!("Write a {}", format.label())),
            Command::Import(format) => text(
                format.label(),
                format!(
                    "Open another tool's {} file as a new document",
                    format.label()
                ),
            ),
            Command::Preferences => text("Preferences…", "Your name, recorded with every change"),
            Command::UpdateArticleText => text(
                "Update article text…",
                "Load a new version of the article and move every annotation onto it",
            ),
            Command::OpenDesk => text(
                "Open desk…",
                "Open a folder of annotation files as a desk: every article and claim in it searched at once",
            ),
            Command::DeskPanel => text(
                "Desk panel",
                "Show or hide the desk: its articles, claims and search",
            ),
            Command::SearchDesk => text(
                "Search the desk…",
                "Search every article and claim of the desk",
            ),
            Command::CompareWith => text(
                "Compare with…",
                "Open another person's annotations of this article: see the differences and how far you agree, and take theirs where they are right",
            ),
            Command::ZoomIn => text("Zoom in", "Make the article's text larger (remembered)"),
            Command::ZoomOut => text("Zoom out", "Make the article's text smaller (remembered)"),
            Command::ZoomReset => text("Actual size", "Show the article's text at 100%"),
            Command::Theme(theme) => text(
                match theme {
                    Theme::System => "Theme as the system",
                    Theme::Light => "Light theme",
                    Theme::Dark => "Dark theme",
                },
                "Light, dark, or as the desktop is (remembered)",
            ),
            Command::OpenRecent(n) => {
                text(format!("Recent file {}", n + 1), "Open this file again")
            }
            Command::ClearRecent => text("Clear recent files", "Forget the list of recent files"),
        }
    }

    /// The name shown in menus and on buttons.
    pub fn label(self) -> String {
        self.text().label
    }

    /// What the command does, in a sentence (tooltips add the shortcut).
    pub fn description(self) -> String {
        self.text().description
    }
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn every_kind_of_command_is_listed() {
        let all = Command::all();
        for kind in CommandKind::iter() {
            assert!(
                all.iter().any(|c| CommandKind::from(c) == kind),
                "{kind:?} is missing from Command::all()"
            );
        }
        assert_eq!(
            all.iter()
                .filter(|c| matches!(c, Command::Theme(_)))
                .count(),
            3
        );
        assert_eq!(
            all.iter()
                .filter(|c| matches!(c, Command::OpenRecent(_)))
                .count(),
            RECENT_FILES
        );
    }

    #[test]
    fn every_command_has_words() {
        for command in Command::all() {
            let words = command.text();
            assert!(!words.label.is_empty(), "{command:?}");
            assert!(!words.description.is_empty(), "{command:?}");
        }
    }

    #[test]
    fn labels_are_unique_within_a_kind_of_value() {
        let all = Command::all();
        for (i, a) in all.iter().enumerate() {
            for b in all.iter().skip(i + 1) {
                if CommandKind::from(a) == CommandKind::from(b) {
                    assert_ne!(a.label(), b.label(), "{a:?} and {b:?}");
                }
            }
        }
    }
}
