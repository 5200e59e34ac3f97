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

/// The unsaved work of this session, as last written to its recovery file; the panic hook
/// writes it again (with a crash note) if the app stops on an internal error.
pub static RECOVERY_SNAPSHOT: std::sync::Mutex<Option<RecoverySnapshot>> =
    std::sync::Mutex::new(None);

/// What the panic hook needs to write a recovery file.
#[derive(Clone, Debug)]
pub struct RecoverySnapshot {
    /// The session's recovery key.
    pub key: String,
    /// The annotation file the work belongs to.
    pub original: Option<PathBuf>,
    /// The article's title.
    pub title: String,
    /// The serialized annotation file.
    pub content: String,
}

/// Writes the last recovery snapshot and a crash note; called from the panic hook.
pub fn write_recovery_after_panic(message: &str) -> Option<PathBuf> {
    let snapshot = RECOVERY_SNAPSHOT.lock().ok()?.clone();
    if let Some(s) = snapshot {
        let _ = crate::io::recovery::write(&s.key, s.original.as_deref(), &s.title, &s.content);
    }
    crate::io::recovery::write_crash_note(message)
}

/// Seconds of quiet after a change before the recovery file is written.
const RECOVERY_DELAY: std::time::Duration = std::time::Duration::from_secs(2);

fn new_recovery_key() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("session-{}-{nanos}", std::process::id())
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
    /// Load the new version of the article from the path.
    UpdateText,
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
    /// Restore (true) or discard (false) the recovery file at this index; `None` = later.
    Recover(Option<(usize, bool)>),
    /// The file changed on disk: overwrite it (true) or not (false).
    Overwrite(bool),
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
    /// This session's recovery file name.
    recovery_key: String,
    /// The revision last seen, and when it changed.
    last_change: (u64, std::time::Instant),
    /// The revision last written to the recovery file.
    recovered_revision: Option<u64>,
    /// Recovery files found at start, waiting for the user's answer.
    recoveries: Vec<crate::io::recovery::RecoveryInfo>,
    /// The file changed on disk since it was opened: ask before overwriting it.
    overwrite_prompt: Option<PathBuf>,
    /// What the file looked like on disk when it was opened or last saved.
    disk_stamp: Option<crate::io::FileStamp>,
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
    pub fn new(mut opened: Opened, notices: Vec<Status>, platform: Box<dyn Platform>) -> Self {
        let load_notices = std::mem::take(&mut opened.notices);
        let mut app = Self {
            session: Session::from_opened(opened),
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
            recovery_key: new_recovery_key(),
            last_change: (0, std::time::Instant::now()),
            recovered_revision: None,
            recoveries: Vec::new(),
            overwrite_prompt: None,
            disk_stamp: None,
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
        app.last_change = (app.session.revision(), std::time::Instant::now());
        app.disk_stamp = app.session.path.as_deref().and_then(crate::io::stamp);
        app.status = notices.into_iter().last();
        if !load_notices.is_empty() {
            // What loading noticed (an assumed encoding, flagged annotations) must be seen.
            let opened = app
                .status
                .take()
                .map(|s| format!("{}: ", s.text))
                .unwrap_or_default();
            app.set_status(
                StatusKind::Warning,
                format!("{opened}{}", load_notices.join("; ")),
            );
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

    /// Offers the recovery files found at start (call once, after creating the app).
    pub fn offer_recoveries(&mut self, found: Vec<crate::io::recovery::RecoveryInfo>) {
        self.recoveries = found;
    }

    /// Recovery files waiting for an answer.
    pub fn pending_recoveries(&self) -> &[crate::io::recovery::RecoveryInfo] {
        &self.recoveries
    }

    /// Writes the recovery file a few seconds after the last change, on a background thread.
    fn keep_recovery_file(&mut self, ctx: &egui::Context) {
        let revision = self.session.revision();
        if revision != self.last_change.0 {
            self.last_change = (revision, std::time::Instant::now());
        }
        if !self.session.is_dirty() || self.recovered_revision == Some(revision) {
            return;
        }
        let quiet = self.last_change.1.elapsed();
        if quiet < RECOVERY_DELAY {
            ctx.request_repaint_after(RECOVERY_DELAY - quiet);
            return;
        }
        self.recovered_revision = Some(revision);
        let document = self.session.document.clone();
        let annotations = self.session.annotations().clone();
        let scale = self.session.scale.clone();
        let key = self.recovery_key.clone();
        let original = self.session.path.clone();
        let _ = std::thread::Builder::new()
            .name("claimmark recovery".to_owned())
            .spawn(move || {
                let Ok(content) = crate::format::to_ron(&document, &annotations, &scale) else {
                    return;
                };
                let title = document.title().to_owned();
                let _ = crate::io::recovery::write(&key, original.as_deref(), &title, &content);
                if let Ok(mut snapshot) = RECOVERY_SNAPSHOT.lock() {
                    *snapshot = Some(RecoverySnapshot {
                        key,
                        original,
                        title,
                        content,
                    });
                }
            });
    }

    /// Forgets this session's recovery file (saved, or discarded on purpose).
    fn drop_recovery_file(&mut self) {
        crate::io::recovery::remove(&self.recovery_key);
        if let Ok(mut snapshot) = RECOVERY_SNAPSHOT.lock() {
            *snapshot = None;
        }
        self.recovered_revision = None;
    }

    /// Waits for the background save warm-up started on opening (for benchmarks and tests
    /// that measure the steady state).
    pub fn finish_save_warmup(&mut self) {
        self.adopt_save_warmup(true);
    }

    /// Takes the warmed save cache once the background thread is done (or, with `wait`,
    /// after waiting for it).
    fn adopt_save_warmup(&mut self, wait: bool) {
        let done = self.save_warmup.as_ref().is_some_and(|h| h.is_finished());
        if (wait || done)
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
        self.adopt_save_warmup(false);
        self.keep_recovery_file(&ctx);
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
