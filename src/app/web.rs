//! The web in the app: File → Open web page… (`Ctrl+L`, a dropped link, `claimmark URL`),
//! File → Check the page for changes, and archiving evidence and citation pages. Each fetch
//! runs on its own thread while a window shows its progress with a Cancel button, so frames
//! never wait for the network; what was received waits in `pending` until it can join the
//! archive beside the saved annotation file (at once when the file has a name).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::sync::{Arc, Mutex};

use super::{ClaimmarkApp, Dialog, StatusKind};
use crate::capture::warc::Earlier;
use crate::capture::{Capture, link_file};
use crate::session::{PageUpdate, Session};
use crate::tr;
use crate::web::{FetchError, FetchOptions, OpenedPage, Progress, ToArchive, WebError};

/// What a fetch is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WebTask {
    /// Open the page at this address as a new document.
    Open(String),
    /// Fetch the article's page (at this address) again.
    CheckPage(String),
    /// Keep these addresses' pages in the archive.
    Archive(Vec<String>),
}

/// What a finished fetch gives.
enum WebResult {
    Opened(Result<OpenedPage, WebError>),
    Checked(Result<OpenedPage, WebError>),
    Archived {
        kept: Vec<(String, Capture)>,
        failed: Vec<FetchError>,
    },
}

/// A fetch under way.
pub struct WebJob {
    /// What it is for.
    pub task: WebTask,
    /// Bytes received of the page being fetched, and of how many.
    pub progress: Arc<Mutex<(usize, Progress)>>,
    cancel: Arc<AtomicBool>,
    result: Receiver<WebResult>,
}

impl WebJob {
    /// Asks the fetch to stop.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// In words: "Fetching https://… 120 KB of 2 MB".
    pub fn describe(&self) -> String {
        let (item, progress) = self.progress.lock().map(|p| *p).unwrap_or_default();
        let what = match &self.task {
            WebTask::Open(address) => tr!("fetching", address = address),
            WebTask::CheckPage(address) => tr!("fetching-again", address = address),
            WebTask::Archive(addresses) => tr!(
                "fetching-archive",
                number = (item + 1).min(addresses.len()),
                count = addresses.len(),
                address = addresses.get(item).map(String::as_str).unwrap_or_default()
            ),
        };
        let kb = |bytes: u64| bytes.div_ceil(1000);
        match progress.total {
            Some(total) => tr!(
                "fetching-of",
                what = what,
                received = kb(progress.received),
                total = kb(total)
            ),
            None if progress.received > 0 => {
                tr!(
                    "fetching-so-far",
                    what = what,
                    received = kb(progress.received)
                )
            }
            None => tr!("fetching-starting", what = what),
        }
    }

    /// The share done, when the size is known.
    pub fn fraction(&self) -> Option<f32> {
        let (_, progress) = self.progress.lock().map(|p| *p).unwrap_or_default();
        progress
            .total
            .filter(|t| *t > 0)
            .map(|t| progress.received as f32 / t as f32)
    }
}

/// The web's state in the app.
#[derive(Default)]
pub(super) struct WebState {
    /// The fetch under way.
    pub(super) job: Option<WebJob>,
    /// Captures waiting to join the archive (the document has no file yet).
    pub(super) pending: Vec<ToArchive>,
    /// Limits of every fetch (tests shorten them).
    pub(super) options: FetchOptions,
}

fn spawn(ctx: &egui::Context, task: WebTask, options: FetchOptions) -> WebJob {
    let progress = Arc::new(Mutex::new((0, Progress::default())));
    let cancel = Arc::new(AtomicBool::new(false));
    let (send, result) = std::sync::mpsc::channel();
    let job = WebJob {
        task: task.clone(),
        progress: Arc::clone(&progress),
        cancel: Arc::clone(&cancel),
        result,
    };
    let ctx = ctx.clone();
    std::thread::spawn(move || {
        let report = |item: usize| {
            let progress = Arc::clone(&progress);
            let ctx = ctx.clone();
            move |p: Progress| {
                if let Ok(mut shown) = progress.lock() {
                    *shown = (item, p);
                }
                ctx.request_repaint();
            }
        };
        let result = match task {
            WebTask::Open(address) => WebResult::Opened(crate::web::open_page(
                &address,
                &options,
                &mut report(0),
                &cancel,
            )),
            WebTask::CheckPage(address) => WebResult::Checked(crate::web::open_page(
                &address,
                &options,
                &mut report(0),
                &cancel,
            )),
            WebTask::Archive(addresses) => {
                let mut kept = Vec::new();
                let mut failed = Vec::new();
                for (item, address) in addresses.iter().enumerate() {
                    match crate::web::fetch(address, &options, &mut report(item), &cancel) {
                        Ok(capture) => kept.push((address.clone(), capture)),
                        Err(FetchError::Cancelled) => break,
                        Err(error) => failed.push(error),
                    }
                }
                WebResult::Archived { kept, failed }
            }
        };
        let _ = send.send(result);
        ctx.request_repaint();
    });
    job
}

impl ClaimmarkApp {
    /// File → Open web page…: asks for the address (the clipboard's, when it holds one).
    pub(super) fn ask_web_address(&mut self) {
        let text = self
            .platform
            .read_clipboard()
            .and_then(|c| link_file::address_in(&c))
            .unwrap_or_default();
        self.dialog = Some(Dialog::WebAddress { text });
    }

    /// Opens the web page at `address` (the command line's `claimmark URL`).
    pub fn open_address(&mut self, ctx: &egui::Context, address: &str) {
        self.request(ctx, super::Pending::OpenAddress(address.to_owned()));
    }

    /// Starts fetching `address` to open it (after any "Save changes?" was answered).
    pub(super) fn open_web_page(&mut self, ctx: &egui::Context, address: &str) {
        match link_file::web_address(address) {
            Some(address) => self.start_web(ctx, WebTask::Open(address)),
            None => self.set_status(StatusKind::Error, crate::ui::errors::refusal(address)),
        }
    }

    /// File → Check the page for changes.
    pub(super) fn check_page(&mut self, ctx: &egui::Context) {
        let Some(web) = self.session.document().web() else {
            self.set_status(
                StatusKind::Warning,
                tr!(
                    "status-not-from-web",
                    command = crate::ui::command::Command::UpdateArticleText.label()
                ),
            );
            return;
        };
        let address = web.url.clone();
        self.start_web(ctx, WebTask::CheckPage(address));
    }

    /// Keeps the pages at `addresses` in the archive (every web source when `None`).
    pub(super) fn archive_sources(&mut self, ctx: &egui::Context, addresses: Option<Vec<String>>) {
        let addresses = addresses.unwrap_or_else(|| self.session.addresses_to_archive(false));
        if addresses.is_empty() {
            self.set_status(StatusKind::Info, tr!("status-nothing-to-archive"));
            return;
        }
        self.start_web(ctx, WebTask::Archive(addresses));
    }

    fn start_web(&mut self, ctx: &egui::Context, task: WebTask) {
        if self.web.job.is_some() {
            self.set_status(StatusKind::Warning, tr!("status-fetch-busy"));
            return;
        }
        self.web.job = Some(spawn(ctx, task, self.web.options.clone()));
        self.dialog = Some(Dialog::Fetching);
    }

    /// Cancel in the progress window: the fetch is told to stop and forgotten at once (a
    /// thread still waiting for a server ends on its own; what it gets is dropped).
    pub(super) fn cancel_web(&mut self) {
        if let Some(job) = self.web.job.take() {
            job.cancel();
            if matches!(self.dialog, Some(Dialog::Fetching)) {
                self.dialog = None;
            }
            self.set_status(StatusKind::Info, tr!("status-cancelled"));
        }
    }

    /// Takes a finished fetch's result (called every frame).
    pub(super) fn poll_web(&mut self) {
        let Some(job) = &self.web.job else { return };
        let result = match job.result.try_recv() {
            Ok(result) => result,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => {
                WebResult::Opened(Err(WebError::Fetch(FetchError::Cancelled)))
            }
        };
        self.web.job = None;
        if matches!(self.dialog, Some(Dialog::Fetching)) {
            self.dialog = None;
        }
        match result {
            WebResult::Checked(page) => self.page_checked(page),
            WebResult::Opened(page) => self.page_opened(page),
            WebResult::Archived { kept, failed } => self.sources_archived(kept, failed),
        }
    }

    fn web_error(&mut self, error: &WebError) {
        match error {
            WebError::Fetch(FetchError::Cancelled) => {
                self.set_status(StatusKind::Info, tr!("status-cancelled"));
            }
            other => self.set_status(StatusKind::Error, crate::ui::errors::web(other)),
        }
    }

    fn page_opened(&mut self, page: Result<OpenedPage, WebError>) {
        let page = match page {
            Ok(page) => page,
            Err(error) => return self.web_error(&error),
        };
        let notices: Vec<String> = page
            .article
            .notices
            .iter()
            .map(crate::ui::errors::article_notice)
            .collect();
        let address = page.capture.final_url().to_owned();
        let chars = page.article.document.char_len();
        let mut session = Session::new(page.article.document, Default::default(), None)
            .with_links(page.article.links);
        session.scale = crate::i18n::words::default_scale();
        session.mark_unsaved();
        self.replace_session(session);
        self.web.pending = vec![ToArchive::new(page.capture)];
        let mut text = tr!("status-opened-page", address = address, count = chars);
        if !notices.is_empty() {
            text.push_str(" · ");
            text.push_str(&notices.join("; "));
        }
        self.set_status(StatusKind::Info, text);
    }

    fn page_checked(&mut self, page: Result<OpenedPage, WebError>) {
        let page = match page {
            Ok(page) => page,
            Err(error) => return self.web_error(&error),
        };
        let earlier = self.session.document().web().map(|web| Earlier {
            url: web.final_url.clone(),
            date: web.retrieved.clone(),
            sha256: web.sha256.clone(),
        });
        let address = page.capture.final_url().to_owned();
        let deadline = Some(crate::io::clock::deadline_in(crate::reattach::DIFF_TIME));
        let update =
            self.session
                .update_from_page(page.article.document, page.article.links, deadline);
        self.keep_archive(ToArchive {
            capture: page.capture,
            earlier,
        });
        let undo = crate::ui::command::Command::Undo.keys();
        match update {
            Ok(PageUpdate::Unchanged) => self.set_status(
                StatusKind::Info,
                tr!("status-page-unchanged", address = address),
            ),
            Ok(PageUpdate::SameText) => self.set_status(
                StatusKind::Info,
                tr!("status-page-same-text", address = address, undo = undo),
            ),
            Ok(PageUpdate::Changed(summary)) => {
                self.after_article_replaced(&summary, &tr!("status-page-changed"));
            }
            Err(error) => self.set_status(StatusKind::Error, crate::ui::errors::session(&error)),
        }
    }

    fn sources_archived(&mut self, kept: Vec<(String, Capture)>, failed: Vec<FetchError>) {
        let now = crate::io::clock::now_rfc3339();
        let records: Vec<(String, crate::model::Archived)> = kept
            .iter()
            .map(|(address, capture)| (address.clone(), capture.archived()))
            .collect();
        let recorded = self.session.record_archives(&records, &now);
        for (_, capture) in kept {
            self.keep_archive(ToArchive::new(capture));
        }
        let mut text = match recorded {
            Ok(count) => tr!("status-archived", pages = records.len(), sources = count),
            Err(error) => crate::ui::errors::session(&error),
        };
        if !failed.is_empty() {
            let failed: Vec<String> = failed.iter().map(crate::ui::errors::fetch).collect();
            text.push_str(&tr!("status-not-archived", failed = failed.join("; ")));
        }
        let kind = if failed.is_empty() {
            StatusKind::Info
        } else {
            StatusKind::Warning
        };
        self.set_status(kind, text);
    }

    /// Adds a capture to the archive: at once when the document has a file, else at its
    /// first save.
    fn keep_archive(&mut self, item: ToArchive) {
        self.web.pending.push(item);
        if let Some(path) = self.session.path.clone() {
            self.flush_archive(&path);
        }
    }

    /// Writes the waiting captures to the archive beside `path` (after a save).
    pub(super) fn flush_archive(&mut self, path: &std::path::Path) {
        if self.web.pending.is_empty() {
            return;
        }
        match crate::web::append_to_archive(path, &self.web.pending) {
            Ok(_) => self.web.pending.clear(),
            Err(error) => self.set_status(
                StatusKind::Error,
                tr!("status-archive-failed", why = crate::ui::errors::io(&error)),
            ),
        }
    }
}
