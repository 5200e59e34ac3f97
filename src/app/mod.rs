//! The eframe application: state, the frame loop, and the wiring between UI and session.
//!
//! Each frame the UI functions read the state and return [`Action`]s; the app applies them
//! after drawing, through the [`Session`], so the model only changes in one place.

mod actions;
mod command;
mod panels;
mod platform;
mod startup;

use std::path::PathBuf;

pub use command::Command;
pub use platform::{DesktopPlatform, Picked, Platform};
pub use startup::{sample, startup_document};

use crate::export::ExportFormat;
use crate::find::FoldedText;
use crate::io::Opened;
use crate::model::{AnnotationId, LinkKind, Span, Tag};
use crate::session::Session;
use crate::ui::annotation_editor::EditorAction;
use crate::ui::annotation_list::TagFilter;
use crate::ui::article_view::{ArticleEvent, ArticleView, TextSelection};
use crate::ui::review_table::ReviewTable;

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

/// Why the app asks for a path in its own window (when no native dialog can open).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PromptPurpose {
    /// Open the file at the path.
    Open,
    /// Save to the path, then carry on with `then`.
    Save {
        /// What was waiting for the save.
        then: Option<Pending>,
    },
    /// Write an export to the path.
    Export(ExportFormat),
}

/// What the side panel shows below the selected annotation's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SideTab {
    /// The list of all annotations.
    #[default]
    Annotations,
    /// The review table of claims.
    Review,
}

/// The in-window path question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathPrompt {
    /// What the path is for.
    pub purpose: PromptPurpose,
    /// The path typed so far.
    pub text: String,
}

/// Everything the UI can ask for in one frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A command from a menu, button or shortcut.
    Run(Command),
    /// Select an annotation (or none) and bring it into view.
    SelectAnnotation(Option<AnnotationId>),
    /// Something from the article view.
    Article(ArticleEvent),
    /// Something from the selected annotation's form.
    Editor(AnnotationId, EditorAction),
    /// Open this file (dropped on the window).
    OpenPath(PathBuf),
    /// The answer to the unsaved-changes question.
    Confirm(Choice),
    /// The find query changed.
    FindQuery(String),
    /// The in-window path question was answered: `Some(path)` or cancelled.
    PathAnswer(Option<String>),
    /// Switch the side panel's tab.
    SideTab(SideTab),
    /// The preferences dialog was answered: `Some(name)` or cancelled.
    PreferencesAnswer(Option<String>),
}

/// The find bar's state.
#[derive(Default)]
pub struct FindState {
    /// Whether the bar is shown.
    pub open: bool,
    /// What to look for.
    pub query: String,
    /// Matches of `query`, in document order.
    pub matches: Vec<Span>,
    /// Index of the current match.
    pub current: Option<usize>,
    /// Give the query field focus next frame.
    pub focus_request: bool,
    folded: FoldedText,
}

/// The claimmark application.
pub struct ClaimmarkApp {
    session: Session,
    view: ArticleView,
    selection: Option<TextSelection>,
    selected: Option<AnnotationId>,
    scroll_list_to_selected: bool,
    filter: TagFilter,
    side_tab: SideTab,
    review_table: ReviewTable,
    picking_link: Option<LinkKind>,
    focus_form: bool,
    focus_new_evidence: bool,
    preferences_draft: Option<String>,
    /// Serializes a large document in the background after opening, so the first save is fast.
    save_warmup: Option<std::thread::JoinHandle<crate::format::SaveCache>>,
    find: FindState,
    status: Option<Status>,
    pending: Option<Pending>,
    path_prompt: Option<PathPrompt>,
    close_confirmed: bool,
    text_focus: bool,
    window_title: String,
    platform: Box<dyn Platform>,
}

impl ClaimmarkApp {
    /// An app showing `opened`, with `notices` shown in the status bar, using `platform` for
    /// dialogs and the clipboard.
    pub fn new(opened: Opened, notices: Vec<Status>, platform: Box<dyn Platform>) -> Self {
        let mut app = Self {
            session: Session::from_opened(opened.clone()),
            view: ArticleView::default(),
            selection: None,
            selected: None,
            scroll_list_to_selected: false,
            filter: TagFilter::default(),
            side_tab: SideTab::default(),
            review_table: ReviewTable::default(),
            picking_link: None,
            focus_form: false,
            focus_new_evidence: false,
            preferences_draft: None,
            save_warmup: None,
            find: FindState::default(),
            status: None,
            pending: None,
            path_prompt: None,
            close_confirmed: false,
            text_focus: false,
            window_title: String::new(),
            platform,
        };
        app.session.reviewer = app.platform.load_reviewer();
        app.start_save_warmup();
        for notice in &opened.notices {
            app.set_status(StatusKind::Warning, notice.clone());
        }
        for notice in notices {
            app.status = Some(notice);
        }
        app
    }

    /// The open session (for tests and tools).
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The selected annotation.
    pub fn selected(&self) -> Option<AnnotationId> {
        self.selected
    }

    /// The current text selection.
    pub fn selection(&self) -> Option<TextSelection> {
        self.selection
    }

    /// Screen rectangles that covered `span` of the article in the last frame.
    pub fn article_rects(&self, span: Span) -> Vec<egui::Rect> {
        self.view.span_rects(&self.session.document, span)
    }

    /// The first character of the article in view (for tools and benchmarks).
    pub fn visible_char(&self) -> Option<usize> {
        self.view.visible_char()
    }

    /// The side panel's tab.
    pub fn side_tab(&self) -> SideTab {
        self.side_tab
    }

    /// The link kind being picked, if the user is choosing a link target.
    pub fn picking_link(&self) -> Option<LinkKind> {
        self.picking_link
    }

    /// The status-bar message.
    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// The question waiting for an answer, if any.
    pub fn pending(&self) -> Option<&Pending> {
        self.pending.as_ref()
    }

    /// The in-window path question, if one is open.
    pub fn path_prompt(&self) -> Option<&PathPrompt> {
        self.path_prompt.as_ref()
    }

    /// Applies an action as if the user had done it (used by tests and tools).
    pub fn apply(&mut self, ctx: &egui::Context, action: Action) {
        self.apply_action(ctx, action);
    }

    /// For large documents, fills the save cache on a background thread.
    fn start_save_warmup(&mut self) {
        const LARGE_ANNOTATIONS: usize = 2_000;
        const LARGE_TEXT: usize = 1_000_000;
        let session = &self.session;
        if session.annotations().len() < LARGE_ANNOTATIONS
            && session.document.text().len() < LARGE_TEXT
        {
            return;
        }
        let document = session.document.clone();
        let annotations = session.annotations().clone();
        let scale = session.scale.clone();
        self.save_warmup = std::thread::Builder::new()
            .name("claimmark save warm-up".to_owned())
            .spawn(move || crate::format::SaveCache::warmed(&document, &annotations, &scale))
            .ok();
    }

    fn collect_save_warmup(&mut self) {
        if self.save_warmup.as_ref().is_some_and(|h| h.is_finished())
            && let Some(Ok(cache)) = self.save_warmup.take().map(|h| h.join())
        {
            self.session.adopt_save_cache(cache);
        }
    }

    fn set_status(&mut self, kind: StatusKind, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            kind,
        });
    }

    /// The window title: file name, unsaved marker, app name.
    pub fn window_title(&self) -> String {
        let name = self
            .session
            .path
            .as_deref()
            .map(crate::io::file_name)
            .unwrap_or_else(|| format!("{} (not saved yet)", self.session.document.title()));
        let marker = if self.session.is_dirty() { "● " } else { "" };
        format!("{marker}{name} — claimmark")
    }

    fn read_shortcuts(&self, ctx: &egui::Context) -> Vec<Action> {
        let typing = self.text_focus
            || (self.find.open && ctx.egui_wants_keyboard_input() && !self.view.has_focus());
        let mut actions = Vec::new();
        ctx.input_mut(|input| {
            for command in Command::with_shortcuts() {
                if typing && command.is_plain_key() && command != Command::Escape {
                    continue;
                }
                if command
                    .shortcuts()
                    .iter()
                    .any(|s| input.consume_shortcut(s))
                {
                    actions.push(Action::Run(command));
                }
            }
        });
        actions
    }
}

impl eframe::App for ClaimmarkApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.collect_save_warmup();
        let mut actions = self.read_shortcuts(&ctx);
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        actions.extend(dropped.into_iter().take(1).map(Action::OpenPath));
        if ctx.input(|i| i.viewport().close_requested())
            && !self.close_confirmed
            && self.session.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.pending = Some(Pending::Quit);
        }

        self.text_focus = false;
        actions.extend(self.panels_ui(ui));

        for action in actions {
            self.apply_action(&ctx, action);
        }
        let title = self.window_title();
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }
}

/// Tags in the order of the toolbar buttons, with the key that applies each.
pub fn tag_keys() -> [(Tag, &'static str); 3] {
    [(Tag::Claim, "C"), (Tag::Quote, "Q"), (Tag::Citation, "R")]
}
