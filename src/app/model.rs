//! Desk → Get the matching model…: a window shows what will be downloaded (the model, its
//! languages, size and licence, and where it will be kept); the download runs on its own
//! thread with progress and Cancel; once installed, the desk's thread loads it and starts
//! reading the desk's claims.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::sync::{Arc, Mutex};

use super::desk_worker::DeskRequest;
use super::{ClaimmarkApp, Dialog, StatusKind};
use crate::io::model::{ModelInfo, ModelInstallError};
use crate::semantic::default_model;
use crate::tr;
use crate::web::model::ModelSource;

/// A download under way: (file, bytes received, bytes in all).
pub struct ModelJob {
    /// The file being downloaded and how far.
    pub progress: Arc<Mutex<(String, u64, Option<u64>)>>,
    cancel: Arc<AtomicBool>,
    result: Receiver<Result<ModelInfo, ModelInstallError>>,
}

impl ModelJob {
    /// In words: "model.safetensors: 40 of 91 MB".
    pub fn describe(&self) -> String {
        let (file, received, total) = self.progress.lock().map(|p| p.clone()).unwrap_or_default();
        let mb = |bytes: u64| bytes / 1_000_000;
        match total {
            Some(total) => tr!(
                "model-progress",
                file = file,
                received = mb(received),
                total = mb(total)
            ),
            None => tr!(
                "model-progress-so-far",
                file = file,
                received = mb(received)
            ),
        }
    }

    /// The share of the current file done.
    pub fn fraction(&self) -> Option<f32> {
        let (_, received, total) = self.progress.lock().map(|p| p.clone()).unwrap_or_default();
        total.filter(|t| *t > 0).map(|t| received as f32 / t as f32)
    }
}

/// The model download's state in the app.
#[derive(Default)]
pub(super) struct ModelState {
    /// The download under way.
    pub(super) job: Option<ModelJob>,
    /// Where the model's files are fetched from instead of its home (tests, mirrors).
    pub(super) mirror: Option<String>,
}

impl ClaimmarkApp {
    /// Desk → Get the matching model…: shows what would be downloaded, and where it goes.
    pub(super) fn ask_get_model(&mut self) {
        if self.model.job.is_some() {
            self.dialog = Some(Dialog::GettingModel);
            return;
        }
        self.dialog = Some(Dialog::GetModel);
    }

    /// Downloads the model (the window's Download button).
    pub(super) fn download_model(&mut self, ctx: &egui::Context) {
        let Some(target) = self.platform.model_folder() else {
            self.dialog = None;
            self.set_status(StatusKind::Error, tr!("status-model-no-folder"));
            return;
        };
        let mirror = (self.model.mirror.clone()).or_else(crate::io::model::model_mirror);
        let source = ModelSource::known(default_model(), mirror.as_deref());
        let progress = Arc::new(Mutex::new((String::new(), 0, None)));
        let cancel = Arc::new(AtomicBool::new(false));
        let (send, result) = std::sync::mpsc::channel();
        let (shown, stop, ctx) = (Arc::clone(&progress), Arc::clone(&cancel), ctx.clone());
        std::thread::spawn(move || {
            let outcome = crate::web::model::download_model(
                &source,
                &target,
                &mut |file, received, total| {
                    if let Ok(mut p) = shown.lock() {
                        *p = (file.to_owned(), received, total);
                    }
                    ctx.request_repaint();
                },
                &stop,
            );
            let _ = send.send(outcome);
            ctx.request_repaint();
        });
        self.model.job = Some(ModelJob {
            progress,
            cancel,
            result,
        });
        self.dialog = Some(Dialog::GettingModel);
    }

    /// Stops the download (its window's Cancel).
    pub(super) fn cancel_model(&mut self) {
        if let Some(job) = &self.model.job {
            job.cancel.store(true, Ordering::Relaxed);
        }
    }

    /// Takes the finished download's result.
    pub(super) fn poll_model(&mut self) {
        let Some(job) = &self.model.job else { return };
        let outcome = match job.result.try_recv() {
            Ok(outcome) => outcome,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => Err(ModelInstallError::Download {
                file: String::new(),
                why: tr!("model-stopped"),
            }),
        };
        let cancelled = job.cancel.load(Ordering::Relaxed);
        self.model.job = None;
        if matches!(self.dialog, Some(Dialog::GettingModel)) {
            self.dialog = None;
        }
        match outcome {
            Ok(info) => {
                self.desk.model_missing = false;
                self.score_again();
                self.set_status(
                    StatusKind::Info,
                    tr!("status-model-installed", name = info.name),
                );
                self.send_desk(DeskRequest::LoadModel {
                    model: self.platform.model_folder(),
                });
            }
            Err(_) if cancelled => self.set_status(StatusKind::Info, tr!("status-model-cancelled")),
            Err(error) => self.set_status(
                StatusKind::Error,
                tr!("status-model-failed", why = error.to_string()),
            ),
        }
    }

    /// Fetches the model's files from this address instead of its home (a mirror; tests).
    pub fn set_model_mirror(&mut self, base: &str) {
        self.model.mirror = Some(base.to_owned());
    }
}
