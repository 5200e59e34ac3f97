//! Opening a file off the UI thread: reading and extracting it (a 300-page PDF, a 2 MB saved
//! page, a three-hour transcript) runs on its own thread while a window shows the pages read
//! and Cancel, so frames never wait; a protected PDF asks for its password and is read again.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::sync::{Arc, Mutex};

use super::{ClaimmarkApp, Dialog, StatusKind};
use crate::article::DecodeError;
use crate::article::pdf::PdfError;
use crate::io::{self, IoError, Opened};
use crate::tr;
use crate::ui::errors;

/// A file being opened.
pub struct OpenJob {
    /// The file.
    pub path: PathBuf,
    /// Pages read, of how many (0 of 0 until a PDF's pages are known).
    progress: Arc<Mutex<(u32, u32)>>,
    cancel: Arc<AtomicBool>,
    result: Receiver<Result<Opened, IoError>>,
}

impl OpenJob {
    /// In words: "Reading “report.pdf”: page 12 of 300".
    pub fn describe(&self) -> String {
        let file = io::file_name(&self.path);
        match self.progress.lock().map(|p| *p).unwrap_or_default() {
            (done, total) if total > 0 => {
                tr!("reading-pdf", file = file, done = done, total = total)
            }
            _ => tr!("reading-file", file = file),
        }
    }

    /// The share read, when it is known.
    pub fn fraction(&self) -> Option<f32> {
        let (done, total) = self.progress.lock().map(|p| *p).unwrap_or_default();
        (total > 0).then(|| done as f32 / total as f32)
    }
}

/// Opening's state in the app.
#[derive(Default)]
pub(super) struct OpeningState {
    /// The file being opened.
    pub(super) job: Option<OpenJob>,
}

fn spawn(ctx: &egui::Context, path: &Path, password: Option<String>) -> OpenJob {
    let progress = Arc::new(Mutex::new((0, 0)));
    let cancel = Arc::new(AtomicBool::new(false));
    let (send, result) = std::sync::mpsc::channel();
    let job = OpenJob {
        path: path.to_owned(),
        progress: Arc::clone(&progress),
        cancel: Arc::clone(&cancel),
        result,
    };
    let ctx = ctx.clone();
    let path = path.to_owned();
    std::thread::spawn(move || {
        let mut report = |done: u32, total: u32| {
            if let Ok(mut shown) = progress.lock() {
                *shown = (done, total);
            }
            ctx.request_repaint();
            !cancel.load(Ordering::Relaxed)
        };
        let opened = io::open_with(&path, password.as_deref(), &mut report);
        let _ = send.send(opened);
        ctx.request_repaint();
    });
    job
}

impl ClaimmarkApp {
    /// Opens the file at `path` (the command line's `claimmark FILE`), asking first when
    /// there are unsaved changes.
    pub fn open_file(&mut self, ctx: &egui::Context, path: &Path) {
        self.request(ctx, super::Pending::Open(Some(path.to_owned())));
    }

    /// Starts opening `path` (after any "Save changes?" was answered), with `password` for a
    /// protected PDF.
    pub(super) fn open_path_with(
        &mut self,
        ctx: &egui::Context,
        path: &Path,
        password: Option<String>,
    ) {
        if let Some(job) = self.opening.job.take() {
            job.cancel.store(true, Ordering::Relaxed);
        }
        self.opening.job = Some(spawn(ctx, path, password));
        self.dialog = Some(Dialog::Opening);
    }

    /// Cancel in the progress window: reading stops after the page under way; nothing changes.
    pub(super) fn cancel_open(&mut self) {
        if let Some(job) = self.opening.job.take() {
            job.cancel.store(true, Ordering::Relaxed);
            if matches!(self.dialog, Some(Dialog::Opening)) {
                self.dialog = None;
            }
            self.desk.select_after_open = None;
            self.set_status(StatusKind::Info, tr!("status-cancelled"));
        }
    }

    /// Takes a finished opening's result (called every frame).
    pub(super) fn poll_open(&mut self) {
        let Some(job) = &self.opening.job else { return };
        let result = match job.result.try_recv() {
            Ok(result) => result,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => Err(IoError::Decode {
                path: job.path.clone(),
                source: DecodeError::Pdf(PdfError::Cancelled),
            }),
        };
        let path = job.path.clone();
        self.opening.job = None;
        if matches!(self.dialog, Some(Dialog::Opening)) {
            self.dialog = None;
        }
        match result {
            Ok(opened) => self.show_opened(&path, opened),
            Err(IoError::Decode {
                source:
                    DecodeError::Pdf(needs @ (PdfError::NeedsPassword | PdfError::WrongPassword)),
                ..
            }) => {
                self.dialog = Some(Dialog::PdfPassword {
                    path,
                    text: String::new(),
                    wrong: needs == PdfError::WrongPassword,
                });
            }
            Err(IoError::Decode {
                source: DecodeError::Pdf(PdfError::Cancelled),
                ..
            }) => {
                self.desk.select_after_open = None;
                self.set_status(StatusKind::Info, tr!("status-cancelled"));
            }
            Err(error) => {
                self.desk.select_after_open = None;
                self.set_status(StatusKind::Error, errors::io(&error));
            }
        }
    }

    /// The password dialog's answer: read the PDF again with it, or leave it.
    pub(super) fn answer_pdf_password(&mut self, ctx: &egui::Context, answer: Option<String>) {
        let Some(Dialog::PdfPassword { path, .. }) = self.dialog.take() else {
            return;
        };
        match answer {
            Some(password) => self.open_path_with(ctx, &path, Some(password)),
            None => {
                self.desk.select_after_open = None;
                self.set_status(StatusKind::Info, tr!("status-cancelled"));
            }
        }
    }

    /// The file just opened becomes the document shown.
    fn show_opened(&mut self, path: &Path, opened: Opened) {
        let count = opened.annotations.len();
        let notices = errors::notices(&opened.notices);
        let article = opened.annotation_path.is_none();
        let mut session = opened.into_session();
        if article {
            // A new document: its verdicts in the interface's language.
            session.scale = crate::i18n::words::default_scale();
        }
        self.replace_session(session);
        let name = io::file_name(path);
        if notices.is_empty() {
            self.set_status(
                StatusKind::Info,
                tr!("status-opened", name = name, count = count),
            );
        } else {
            self.set_status(
                StatusKind::Warning,
                tr!("status-opened-with-notes", name = name, notes = notices),
            );
        }
        self.after_open_from_desk(path);
        self.remember_recent(path);
    }
}
