//! The eframe application: its state, the frame loop, and the wiring between UI and session.
//!
//! Each frame the UI functions read the state and return [`Action`]s (most of them
//! [`Command`]s); the app applies them after drawing, through the [`Session`], so the model
//! changes in one place. The jobs are split by file: `dispatch` runs commands, `files` opens, saves and exports, `review` moves through claims and links, `find` searches
//! the article, `background` keeps recovery files and the save cache, `dialogs` holds the
//! questions the app asks, `menus` and `panels` draw the window.

mod action;
mod background;
mod choose;
mod compare;
mod desk;
mod desk_worker;
mod dialogs;
mod dispatch;
mod files;
mod find;
mod import;
mod menus;
mod model;
mod opening;
mod panels;
mod platform;
mod review;
mod startup;
mod suggest_worker;
mod suggestions;
mod view;
mod web;

use std::path::PathBuf;

pub use crate::ui::command::Command;
pub use action::{Action, Choice, Pending, SideTab, Status, StatusKind};
pub use background::{RECOVERY_SNAPSHOT, RecoverySnapshot, write_recovery_after_panic};
pub use dialogs::{Dialog, PathPrompt, PreferencesForm, PromptPurpose};
pub use opening::OpenJob;
pub use platform::{DesktopPlatform, Picked, Platform};
pub use startup::{sample, startup_document};
pub use suggest_worker::SuggestProblem;
pub use view::{interface_language, speak_users_language};
pub use web::{WebJob, WebTask};

use crate::io::Opened;
use crate::model::{AnnotationId, LinkKind, Span, TextSelection};
use crate::session::Session;
use crate::ui::annotation_list::TagFilter;
use crate::ui::article_view::ArticleView;
use crate::ui::review_table::ReviewTable;

/// The side panel's state.
#[derive(Default)]
struct SidePanel {
    tab: SideTab,
    filter: TagFilter,
    review_table: ReviewTable,
    /// Scroll the list to the selected annotation next frame.
    scroll_to_selected: bool,
}

/// What the annotation form should do next frame.
#[derive(Default)]
struct FormRequests {
    /// Put the keyboard in the first field (review mode moved here).
    focus_first_field: bool,
    /// Put the keyboard in the evidence item just added.
    focus_new_evidence: bool,
    /// The user is choosing the target of a new link of this kind.
    picking_link: Option<LinkKind>,
}

/// The claimmark application.
pub struct ClaimmarkApp {
    session: Session,
    view: ArticleView,
    selection: Option<TextSelection>,
    selected: Option<AnnotationId>,
    side: SidePanel,
    form: FormRequests,
    find: find::FindState,
    desk: desk::DeskState,
    /// Another person's file being compared with ours.
    compare: Option<compare::CompareState>,
    /// Zoom, theme, recent files, language.
    look: view::ViewSettings,
    /// The interface's language, set on the UI thread at every frame.
    language: crate::i18n::Language,
    /// The document whose characters were checked against the fonts, and what to tell the
    /// user about characters no font can show.
    font_notice: Option<(String, Option<String>)>,
    background: background::Background,
    /// Web pages being fetched, and captures waiting for the archive.
    web: web::WebState,
    model: model::ModelState,
    /// Suggested claims: the article's sentences scored, what is offered, the current one.
    suggest: suggestions::SuggestState,
    opening: opening::OpeningState,
    status: Option<Status>,
    dialog: Option<Dialog>,
    close_confirmed: bool,
    /// A text field had the keyboard in the last frame (plain-key shortcuts stay off).
    text_focus: bool,
    window_title: String,
    platform: Box<dyn Platform>,
}

impl ClaimmarkApp {
    /// An app showing `opened`, with `notices` shown in the status bar, using `platform` for
    /// dialogs and the clipboard.
    pub fn new(mut opened: Opened, notices: Vec<Status>, platform: Box<dyn Platform>) -> Self {
        let load_notices = std::mem::take(&mut opened.notices);
        let session = opened.into_session();
        let store = platform.recovery_store();
        let mut app = Self {
            background: background::Background::new(&session, store),
            session,
            view: ArticleView::default(),
            selection: None,
            selected: None,
            side: SidePanel::default(),
            form: FormRequests::default(),
            find: find::FindState::default(),
            desk: desk::DeskState::default(),
            compare: None,
            font_notice: None,
            web: web::WebState::default(),
            model: model::ModelState::default(),
            suggest: suggestions::SuggestState::default(),
            opening: opening::OpeningState::default(),
            look: view::ViewSettings::from_preferences(&crate::io::Preferences::default()),
            language: crate::i18n::Language::English,
            status: None,
            dialog: None,
            close_confirmed: false,
            text_focus: false,
            window_title: String::new(),
            platform,
        };
        app.session.reviewer = app.platform.load_reviewer();
        let preferences = app.platform.preferences();
        app.look = view::ViewSettings::from_preferences(&preferences);
        app.suggest.on = preferences.suggestions;
        app.suggest.threshold = preferences.suggest_threshold_percent;
        app.language = view::speak_users_language(app.platform.as_mut());
        app.start_save_warmup();
        app.status = notices.into_iter().last();
        // In the interface's language, now that it is known.
        let load_notices = crate::ui::errors::notices(&load_notices);
        if !load_notices.is_empty() {
            // What loading noticed (an assumed encoding, flagged annotations) must be seen.
            let opened = app
                .status
                .take()
                .map(|s| format!("{}: ", s.text))
                .unwrap_or_default();
            app.set_status(StatusKind::Warning, format!("{opened}{load_notices}"));
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
        self.view.span_rects(self.session.document(), span)
    }

    /// The first character of the article in view (for tools and benchmarks).
    pub fn visible_char(&self) -> Option<usize> {
        self.view.visible_char()
    }

    /// The side panel's tab.
    pub fn side_tab(&self) -> SideTab {
        self.side.tab
    }

    /// The link kind being picked, if the user is choosing a link target.
    pub fn picking_link(&self) -> Option<LinkKind> {
        self.form.picking_link
    }

    /// The status-bar message.
    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// The question the app is asking, if any.
    pub fn dialog(&self) -> Option<&Dialog> {
        self.dialog.as_ref()
    }

    /// What waits for the answer to "Save changes?", if that is being asked.
    pub fn pending(&self) -> Option<&Pending> {
        match &self.dialog {
            Some(Dialog::UnsavedChanges(pending)) => Some(pending),
            _ => None,
        }
    }

    /// The in-window path question, if one is open.
    pub fn path_prompt(&self) -> Option<&PathPrompt> {
        match &self.dialog {
            Some(Dialog::Path(prompt)) => Some(prompt),
            _ => None,
        }
    }

    /// The file being opened, if any.
    pub fn open_job(&self) -> Option<&OpenJob> {
        self.opening.job.as_ref()
    }

    /// The web page being fetched, if any (its progress is shown in a window).
    pub fn web_job(&self) -> Option<&WebJob> {
        self.web.job.as_ref()
    }

    /// Sets the limits of later fetches (timeouts, size), e.g. short ones for tests.
    pub fn set_fetch_options(&mut self, options: crate::web::FetchOptions) {
        self.web.options = options;
    }

    /// How many articles the open desk shows (0 without a desk).
    pub fn desk_article_count(&self) -> usize {
        self.desk.articles.len()
    }

    /// Captures waiting to join the archive at the document's first save.
    pub fn pending_archive(&self) -> usize {
        self.web.pending.len()
    }

    /// Applies an action as if the user had done it (used by tests and tools).
    pub fn apply(&mut self, ctx: &egui::Context, action: Action) {
        crate::i18n::set_language(self.language);
        self.apply_action(ctx, action);
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
            .unwrap_or_else(|| {
                crate::tr!("title-not-saved", title = self.session.document().title())
            });
        let marker = if self.session.is_dirty() { "● " } else { "" };
        format!("{marker}{name} — claimmark")
    }

    /// Checks once per document that every character has a font.
    fn check_fonts(&mut self, ctx: &egui::Context) {
        let sha = self.session.document().sha256();
        if self.font_notice.as_ref().is_some_and(|(s, _)| s == sha) {
            return;
        }
        let font = egui::FontId::proportional(crate::ui::article_view::FONT_SIZE);
        let notice =
            crate::ui::fonts::missing_glyphs_notice(ctx, self.session.document().text(), &font);
        self.font_notice = Some((sha.to_owned(), notice));
    }

    /// What to tell the user about characters no installed font can show, if anything.
    pub fn font_notice(&self) -> Option<&str> {
        self.font_notice.as_ref().and_then(|(_, n)| n.as_deref())
    }

    /// The commands whose shortcuts were pressed; none while a dialog asks something.
    fn read_shortcuts(&self, ctx: &egui::Context) -> Vec<Action> {
        if self.dialog.is_some() {
            return Vec::new();
        }
        let typing = self.text_focus
            || (self.find.open && ctx.egui_wants_keyboard_input() && !self.view.has_focus());
        ctx.input_mut(|input| Command::read_pressed(input, typing))
            .into_iter()
            .map(Action::Run)
            .collect()
    }
}

impl eframe::App for ClaimmarkApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        crate::i18n::set_language(self.language);
        self.apply_view(&ctx);
        self.adopt_save_warmup(false);
        self.keep_recovery_file(&ctx);
        self.poll_desk(&ctx);
        self.poll_web();
        self.poll_open();
        self.poll_model();
        self.keep_seen_before();
        self.keep_suggestions(&ctx);
        self.keep_compare_current();
        self.check_fonts(&ctx);
        let mut actions = self.read_shortcuts(&ctx);
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        actions.extend(dropped.into_iter().take(1).map(|path| {
            // A link dragged from a browser arrives as a link file (.url, .webloc, .desktop).
            let link = crate::capture::link_file::is_link_file(&path.to_string_lossy())
                .then(|| crate::io::read_text(&path).ok())
                .flatten()
                .and_then(|text| crate::capture::link_file::address_in(&text));
            match link {
                Some(address) => Action::OpenAddress(address),
                None => Action::OpenPath(path),
            }
        }));
        if ctx.input(|i| i.viewport().close_requested())
            && !self.close_confirmed
            && self.session.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::UnsavedChanges(Pending::Quit));
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
