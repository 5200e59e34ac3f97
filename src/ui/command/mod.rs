//! Every user command in one place: what it is called, what it does and its keyboard
//! shortcuts (`keys.rs`), and how it draws itself as a menu entry or button (`draw.rs`). Menus,
//! buttons, the form and keys all read from here, so they cannot disagree. Widgets emit
//! [`Command`]s; the app runs them after the frame.

mod draw;
mod keys;

use fluent_bundle::FluentValue;
use strum::IntoEnumIterator as _;

use crate::i18n::words;
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
    /// Download the matching model (finds earlier checks by meaning).
    GetModel,
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
    /// Show the Suggestions tab.
    SuggestionsPanel,
    /// Go to the next suggested sentence.
    NextSuggestion,
    /// Go to the previous suggested sentence.
    PreviousSuggestion,
    /// Make the current suggestion a claim.
    AcceptSuggestion,
    /// Mark the current suggestion not worth checking.
    RejectSuggestion,
}

/// What a command is called and what it does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandText {
    /// The name shown in menus and on buttons.
    pub label: String,
    /// What it does, in a sentence (tooltips add the shortcut).
    pub description: String,
}

/// A command's message `id` (its label) and `id.tooltip` (its description), with `args`.
fn text_of(id: &str, args: &[(&str, FluentValue<'_>)]) -> CommandText {
    CommandText {
        label: crate::i18n::message(id, args),
        description: crate::i18n::message(&format!("{id}.tooltip"), args),
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
            CommandKind::GetModel => vec![Command::GetModel],
            CommandKind::CompareWith => vec![Command::CompareWith],
            CommandKind::ZoomIn => vec![Command::ZoomIn],
            CommandKind::ZoomOut => vec![Command::ZoomOut],
            CommandKind::ZoomReset => vec![Command::ZoomReset],
            CommandKind::Theme => Theme::iter().map(Command::Theme).collect(),
            CommandKind::OpenRecent => (0..RECENT_FILES).map(Command::OpenRecent).collect(),
            CommandKind::ClearRecent => vec![Command::ClearRecent],
            CommandKind::SuggestionsPanel => vec![Command::SuggestionsPanel],
            CommandKind::NextSuggestion => vec![Command::NextSuggestion],
            CommandKind::PreviousSuggestion => vec![Command::PreviousSuggestion],
            CommandKind::AcceptSuggestion => vec![Command::AcceptSuggestion],
            CommandKind::RejectSuggestion => vec![Command::RejectSuggestion],
        }
    }

    /// Every command (parameterized ones once per value).
    pub fn all() -> Vec<Command> {
        CommandKind::iter().flat_map(Command::of_kind).collect()
    }

    /// Its name and what it does, in the interface's language, from one `match` (each
    /// command's catalog message gives the label, its `.tooltip` attribute the description).
    pub fn text(self) -> CommandText {
        let theme = |theme: Theme| match theme {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        };
        let link = |kind: LinkKind| match kind {
            LinkKind::SupportedBy => "supported-by",
            LinkKind::ContradictedBy => "contradicted-by",
            LinkKind::AttributedTo => "attributed-to",
        };
        let format = |format: Format| vec![("label", words::format_label(format.name()).into())];
        match self {
            Command::NewFromClipboard => text_of("cmd-new-from-clipboard", &[]),
            Command::Open => text_of("cmd-open", &[]),
            Command::OpenWebPage => text_of("cmd-open-web-page", &[]),
            Command::CheckPage => text_of("cmd-check-page", &[]),
            Command::ArchiveSources => text_of("cmd-archive-sources", &[]),
            Command::Save => text_of("cmd-save", &[]),
            Command::SaveAs => text_of("cmd-save-as", &[]),
            Command::Quit => text_of("cmd-quit", &[]),
            Command::Undo => text_of("cmd-undo", &[]),
            Command::Redo => text_of("cmd-redo", &[]),
            Command::Delete => text_of("cmd-delete", &[]),
            Command::Tag(tag) => text_of("cmd-tag", &[("tag", tag.key_name().into())]),
            Command::Retag(tag) => text_of("cmd-retag", &[("tag", tag.key_name().into())]),
            Command::Find => text_of("cmd-find", &[]),
            Command::FindNext => text_of("cmd-find-next", &[]),
            Command::FindPrevious => text_of("cmd-find-previous", &[]),
            Command::Escape => text_of("cmd-escape", &[]),
            Command::NextClaim => text_of("cmd-next-claim", &[]),
            Command::PreviousClaim => text_of("cmd-previous-claim", &[]),
            Command::DoneAndNext => text_of("cmd-done-and-next", &[]),
            Command::Verdict(n) => text_of("cmd-verdict", &[("number", (n + 1).into())]),
            Command::ClearVerdict => text_of("cmd-clear-verdict", &[]),
            Command::AddEvidence => text_of("cmd-add-evidence", &[]),
            Command::ShowSelected => text_of("cmd-show-selected", &[]),
            Command::StartLink(kind) => text_of("cmd-start-link", &[("kind", link(kind).into())]),
            Command::ConfirmPosition => text_of("cmd-confirm-position", &[]),
            Command::ReattachToSelection => text_of("cmd-reattach", &[]),
            Command::ReviewPanel => text_of("cmd-review-panel", &[]),
            Command::Export(f) => text_of("cmd-export", &format(f)),
            Command::Import(f) => text_of("cmd-import", &format(f)),
            Command::Preferences => text_of("cmd-preferences", &[]),
            Command::UpdateArticleText => text_of("cmd-update-article-text", &[]),
            Command::OpenDesk => text_of("cmd-open-desk", &[]),
            Command::DeskPanel => text_of("cmd-desk-panel", &[]),
            Command::SearchDesk => text_of("cmd-search-desk", &[]),
            Command::GetModel => text_of("cmd-get-model", &[]),
            Command::CompareWith => text_of("cmd-compare-with", &[]),
            Command::ZoomIn => text_of("cmd-zoom-in", &[]),
            Command::ZoomOut => text_of("cmd-zoom-out", &[]),
            Command::ZoomReset => text_of("cmd-zoom-reset", &[]),
            Command::Theme(t) => text_of("cmd-theme", &[("theme", theme(t).into())]),
            Command::OpenRecent(n) => text_of("cmd-open-recent", &[("number", (n + 1).into())]),
            Command::ClearRecent => text_of("cmd-clear-recent", &[]),
            Command::SuggestionsPanel => text_of("cmd-suggestions-panel", &[]),
            Command::NextSuggestion => text_of("cmd-next-suggestion", &[]),
            Command::PreviousSuggestion => text_of("cmd-previous-suggestion", &[]),
            Command::AcceptSuggestion => text_of("cmd-accept-suggestion", &[]),
            Command::RejectSuggestion => text_of("cmd-reject-suggestion", &[]),
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
