//! Work the app does off the UI thread: filling the save cache after opening a large file, and
//! writing the recovery file a few seconds after each change (and from the panic hook).

use std::time::{Duration, Instant};

use super::ClaimmarkApp;
use crate::io::recovery::RecoveryStore;
use crate::session::Session;

/// The unsaved work of this session, as last written to its recovery file; the panic hook
/// writes it again (with a crash note) if the app stops on an internal error.
pub static RECOVERY_SNAPSHOT: std::sync::Mutex<Option<RecoverySnapshot>> =
    std::sync::Mutex::new(None);

/// What the panic hook needs to write a recovery file.
#[derive(Clone, Debug)]
pub struct RecoverySnapshot {
    /// Where recovery files go.
    pub store: RecoveryStore,
    /// The session's recovery key.
    pub key: String,
    /// The annotation file the work belongs to.
    pub original: Option<std::path::PathBuf>,
    /// The article's title.
    pub title: String,
    /// The serialized annotation file.
    pub content: String,
}

/// Writes the last recovery snapshot and a crash note; called from the panic hook.
pub fn write_recovery_after_panic(message: &str) -> Option<std::path::PathBuf> {
    let snapshot = RECOVERY_SNAPSHOT.lock().ok()?.clone();
    let s = snapshot?;
    let _ = s
        .store
        .write(&s.key, s.original.as_deref(), &s.title, &s.content);
    s.store.write_crash_note(message)
}

/// Seconds of quiet after a change before the recovery file is written.
const RECOVERY_DELAY: Duration = Duration::from_secs(2);

/// Documents at least this large get their save cache filled in the background.
const LARGE_ANNOTATIONS: usize = 2_000;
const LARGE_TEXT_BYTES: usize = 1_000_000;

fn new_recovery_key() -> String {
    let nanos = crate::io::clock::unix_nanos();
    format!("session-{}-{nanos}", std::process::id())
}

/// The state of the background work for the open session.
pub(super) struct Background {
    /// Serializes a large document after opening, so the first save is fast.
    save_warmup: Option<std::thread::JoinHandle<crate::format::SaveCache>>,
    /// Where recovery files go (none: not kept).
    store: Option<RecoveryStore>,
    /// This session's recovery file name.
    pub(super) recovery_key: String,
    /// The revision last seen, and when it changed.
    last_change: (u64, Instant),
    /// The revision last written to the recovery file.
    recovered_revision: Option<u64>,
    /// What the file looked like on disk when it was opened or last saved.
    pub(super) disk_stamp: Option<crate::io::FileStamp>,
}

impl Background {
    /// Fresh background state for a session just opened.
    pub(super) fn new(session: &Session, store: Option<RecoveryStore>) -> Self {
        Self {
            save_warmup: None,
            store,
            recovery_key: new_recovery_key(),
            last_change: (session.revision(), crate::io::clock::instant()),
            recovered_revision: None,
            disk_stamp: session.path.as_deref().and_then(crate::io::stamp),
        }
    }
}

impl ClaimmarkApp {
    /// For large documents, fills the save cache on a background thread.
    pub(super) fn start_save_warmup(&mut self) {
        let session = &self.session;
        if session.annotations().len() < LARGE_ANNOTATIONS
            && session.document().text().len() < LARGE_TEXT_BYTES
        {
            return;
        }
        let document = session.document().clone();
        let annotations = session.annotations().clone();
        let scale = session.scale.clone();
        self.background.save_warmup = std::thread::Builder::new()
            .name("claimmark save warm-up".to_owned())
            .spawn(move || crate::format::SaveCache::warmed(&document, &annotations, &scale))
            .ok();
    }

    /// Waits for the background save warm-up started on opening (for benchmarks and tests
    /// that measure the steady state).
    pub fn finish_save_warmup(&mut self) {
        self.adopt_save_warmup(true);
    }

    /// Takes the warmed save cache once the background thread is done (or, with `wait`,
    /// after waiting for it).
    pub(super) fn adopt_save_warmup(&mut self, wait: bool) {
        let warmup = &mut self.background.save_warmup;
        let done = warmup.as_ref().is_some_and(|h| h.is_finished());
        if (wait || done)
            && let Some(Ok(cache)) = warmup.take().map(|h| h.join())
        {
            self.session.adopt_save_cache(cache);
        }
    }

    /// Writes the recovery file a few seconds after the last change, on a background thread.
    pub(super) fn keep_recovery_file(&mut self, ctx: &egui::Context) {
        let revision = self.session.revision();
        let background = &mut self.background;
        if revision != background.last_change.0 {
            background.last_change = (revision, crate::io::clock::instant());
        }
        if !self.session.is_dirty() || background.recovered_revision == Some(revision) {
            return;
        }
        let Some(store) = background.store.clone() else {
            return;
        };
        let quiet = crate::io::clock::since(background.last_change.1);
        if quiet < RECOVERY_DELAY {
            ctx.request_repaint_after(RECOVERY_DELAY - quiet);
            return;
        }
        background.recovered_revision = Some(revision);
        let document = self.session.document().clone();
        let annotations = self.session.annotations().clone();
        let scale = self.session.scale.clone();
        let key = background.recovery_key.clone();
        let original = self.session.path.clone();
        let _ = std::thread::Builder::new()
            .name("claimmark recovery".to_owned())
            .spawn(move || {
                let Ok(content) = crate::format::to_ron(&document, &annotations, &scale) else {
                    return;
                };
                let title = document.title().to_owned();
                let _ = store.write(&key, original.as_deref(), &title, &content);
                if let Ok(mut snapshot) = RECOVERY_SNAPSHOT.lock() {
                    *snapshot = Some(RecoverySnapshot {
                        store,
                        key,
                        original,
                        title,
                        content,
                    });
                }
            });
    }

    /// Forgets this session's recovery file (saved, or discarded on purpose).
    pub(super) fn drop_recovery_file(&mut self) {
        if let Some(store) = &self.background.store {
            store.remove(&self.background.recovery_key);
        }
        if let Ok(mut snapshot) = RECOVERY_SNAPSHOT.lock() {
            *snapshot = None;
        }
        self.background.recovered_revision = None;
    }

    /// Where recovery files are kept, if anywhere.
    pub(super) fn recovery_store(&self) -> Option<&RecoveryStore> {
        self.background.store.as_ref()
    }

    /// Starts the background state over for a session that replaced the open one.
    pub(super) fn restart_background(&mut self) {
        let store = self.background.store.take();
        self.background = Background::new(&self.session, store);
        self.start_save_warmup();
    }
}
