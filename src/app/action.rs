//! What the UI asks the app for in one frame ([`Action`]), and the small state types the app
//! shows back (status-bar messages, the side panel's tab, the unsaved-changes question).

use std::path::PathBuf;

use super::Command;
use crate::model::AnnotationId;
use crate::ui::annotation_editor::EditorAction;
use crate::ui::article_view::ArticleEvent;

/// How serious a status-bar message is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusKind {
    /// A result ("Saved", "Tagged claim").
    Info,
    /// Something the user should look at, though nothing failed.
    Warning,
    /// Something failed; the user's work is untouched.
    Error,
}

/// The message in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    /// What to show.
    pub text: String,
    /// How to show it.
    pub kind: StatusKind,
}

/// What to do once the user has answered "Save changes?".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Close the app.
    Quit,
    /// Open this file, or ask for one.
    Open(Option<PathBuf>),
    /// Start a new document from the clipboard.
    NewFromClipboard,
    /// Import another tool's file in this format.
    Import(crate::interop::Format),
    /// Open the web page at this address.
    OpenAddress(String),
}

/// The user's answer to "Save changes?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Save, then go on.
    Save,
    /// Go on without saving.
    Discard,
    /// Do nothing.
    Cancel,
}

/// What the side panel shows below the selected annotation's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SideTab {
    /// The list of all annotations.
    #[default]
    Annotations,
    /// The review table of claims.
    Review,
    /// The differences with another person's file (while comparing).
    Compare,
    /// The sentences suggested for checking.
    Suggestions,
}

/// Everything the UI can ask for in one frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A command from a menu, button, the form or a shortcut.
    Run(Command),
    /// Select an annotation (or none) and bring it into view.
    SelectAnnotation(Option<AnnotationId>),
    /// Something from the article view.
    Article(ArticleEvent),
    /// A change in the selected annotation's form.
    Editor(AnnotationId, EditorAction),
    /// Open this file (dropped on the window).
    OpenPath(PathBuf),
    /// Open the web page at this address (a dropped link, the address window, the command
    /// line).
    OpenAddress(String),
    /// The web address window was answered: `Some(address)` or cancelled.
    WebAddressAnswer(Option<String>),
    /// Stop the fetch under way.
    CancelFetch,
    /// Cancel in the window that shows a file being read.
    CancelOpen,
    /// The protected PDF's password (`None`: Cancel).
    PdfPassword(Option<String>),
    /// Download the matching model (true) or not (false).
    ModelAnswer(bool),
    /// Stop the model's download.
    CancelModel,
    /// The answer to the unsaved-changes question.
    Confirm(Choice),
    /// The find query changed.
    FindQuery(String),
    /// Restore (true) or discard (false) the recovery file at this index; `None` = later.
    Recover(Option<(usize, bool)>),
    /// The file changed on disk: overwrite it (true) or not (false).
    Overwrite(bool),
    /// The in-window path question was answered: `Some(path)` or cancelled.
    PathAnswer(Option<String>),
    /// Switch the side panel's tab.
    SideTab(SideTab),
    /// The preferences dialog was answered, or cancelled (`None`).
    PreferencesAnswer(Option<super::dialogs::PreferencesForm>),
    /// Something from the desk panel.
    Desk(crate::ui::desk_panel::DeskAction),
    /// Something from the compare list.
    Compare(crate::ui::compare_panel::CompareAction),
    /// Something from the Suggestions tab.
    Suggestion(crate::ui::suggestion_list::SuggestionAction),
    /// Something done with the "Seen before" hit at this index.
    SeenBefore(usize, crate::ui::seen_before::SeenAction),
}
