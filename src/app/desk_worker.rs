//! The desk's background thread: it owns the open [`Desk`] (its index and folder) and answers
//! requests — open, refresh, search, "Seen before" — so the UI never waits for the disk or the
//! index. Requests that a newer one of the same kind makes stale are skipped.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, TryRecvError};

use crate::desk::{ArticleRow, Desk, Hit};

/// What the UI asks the desk thread.
#[derive(Clone, Debug)]
pub enum DeskRequest {
    /// Open the desk in this folder (index in this cache) and bring it up to date.
    Open {
        /// The desk folder.
        folder: PathBuf,
        /// Where indexes live.
        cache: PathBuf,
    },
    /// Bring the open desk up to date with its folder.
    Refresh,
    /// Search the desk (number `generation`).
    Search {
        /// Which search this is; only the newest is answered.
        generation: u64,
        /// What to look for.
        query: String,
    },
    /// Find claims like this one (number `generation`).
    SeenBefore {
        /// Which request this is; only the newest is answered.
        generation: u64,
        /// The claim's words and normalized claim.
        text: String,
        /// The claim's own file (relative to the desk): its claims are left out.
        own_file: Option<String>,
    },
}

/// What the desk thread tells the UI.
#[derive(Clone, Debug)]
pub enum DeskEvent {
    /// Files read so far while bringing the index up to date.
    Progress {
        /// Read.
        done: usize,
        /// To read.
        total: usize,
    },
    /// The desk as it now is (after opening or a refresh that changed something).
    Snapshot {
        /// The desk folder.
        folder: PathBuf,
        /// Every file, readable or not.
        articles: Vec<ArticleRow>,
        /// Number of outside checks.
        outside: usize,
        /// What the refresh did.
        summary: crate::desk::RefreshSummary,
    },
    /// Search results.
    Found {
        /// The search they answer.
        generation: u64,
        /// Best first.
        hits: Vec<Hit>,
    },
    /// "Seen before" results.
    Seen {
        /// The request they answer.
        generation: u64,
        /// Best first.
        hits: Vec<Hit>,
    },
    /// Something failed (in words for the status bar).
    Failed(String),
}

/// The UI's handle on the desk thread.
pub struct DeskWorker {
    requests: Sender<DeskRequest>,
    events: Receiver<DeskEvent>,
}

impl DeskWorker {
    /// Starts the thread; `wake` is called after each event (to repaint the UI).
    pub fn start(wake: impl Fn() + Send + 'static) -> Option<Self> {
        let (requests, inbox) = std::sync::mpsc::channel::<DeskRequest>();
        let (outbox, events) = std::sync::mpsc::channel::<DeskEvent>();
        std::thread::Builder::new()
            .name("claimmark desk".to_owned())
            .spawn(move || serve(&inbox, &outbox, &wake))
            .ok()?;
        Some(Self { requests, events })
    }

    /// Sends a request (ignored when the thread is gone).
    pub fn send(&self, request: DeskRequest) {
        let _ = self.requests.send(request);
    }

    /// The events that arrived since the last call.
    pub fn events(&self) -> Vec<DeskEvent> {
        let mut out = Vec::new();
        loop {
            match self.events.try_recv() {
                Ok(event) => out.push(event),
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => return out,
            }
        }
    }
}

/// Takes every waiting request, keeping only the newest search and "Seen before".
fn drain(first: DeskRequest, inbox: &Receiver<DeskRequest>) -> Vec<DeskRequest> {
    let mut all = vec![first];
    all.extend(inbox.try_iter());
    let newest_search = all
        .iter()
        .rposition(|r| matches!(r, DeskRequest::Search { .. }));
    let newest_seen = all
        .iter()
        .rposition(|r| matches!(r, DeskRequest::SeenBefore { .. }));
    all.into_iter()
        .enumerate()
        .filter(|(i, r)| match r {
            DeskRequest::Search { .. } => Some(*i) == newest_search,
            DeskRequest::SeenBefore { .. } => Some(*i) == newest_seen,
            _ => true,
        })
        .map(|(_, r)| r)
        .collect()
}

fn snapshot(desk: &Desk, summary: crate::desk::RefreshSummary) -> DeskEvent {
    DeskEvent::Snapshot {
        folder: desk.folder().to_owned(),
        articles: desk.files().into_iter().map(ArticleRow::from).collect(),
        outside: desk.outside_checks().len(),
        summary,
    }
}

fn serve(inbox: &Receiver<DeskRequest>, outbox: &Sender<DeskEvent>, wake: &dyn Fn()) {
    let mut desk: Option<Desk> = None;
    let send = |event: DeskEvent| {
        let _ = outbox.send(event);
        wake();
    };
    while let Ok(first) = inbox.recv() {
        for request in drain(first, inbox) {
            match request {
                DeskRequest::Open { folder, cache } => match Desk::open(&folder, &cache) {
                    Ok(opened) => {
                        desk = Some(opened);
                        refresh(desk.as_mut(), &send, true);
                    }
                    Err(error) => send(DeskEvent::Failed(error.to_string())),
                },
                DeskRequest::Refresh => refresh(desk.as_mut(), &send, false),
                DeskRequest::Search { generation, query } => {
                    let Some(desk) = &desk else { continue };
                    match desk.search(&query, 50) {
                        Ok(hits) => send(DeskEvent::Found { generation, hits }),
                        Err(error) => send(DeskEvent::Failed(error.to_string())),
                    }
                }
                DeskRequest::SeenBefore {
                    generation,
                    text,
                    own_file,
                } => {
                    let Some(desk) = &desk else { continue };
                    match desk.seen_before(&text, own_file.as_deref(), 5) {
                        Ok(hits) => send(DeskEvent::Seen { generation, hits }),
                        Err(error) => send(DeskEvent::Failed(error.to_string())),
                    }
                }
            }
        }
    }
}

fn refresh(desk: Option<&mut Desk>, send: &dyn Fn(DeskEvent), always: bool) {
    let Some(desk) = desk else { return };
    let mut last = crate::io::clock::instant();
    let result = desk.refresh(&mut |done, total| {
        if crate::io::clock::since(last) > std::time::Duration::from_millis(100) || done == total {
            last = crate::io::clock::instant();
            send(DeskEvent::Progress { done, total });
        }
    });
    match result {
        Ok(summary) if always || summary.changed_anything() => send(snapshot(desk, summary)),
        Ok(_) => {}
        Err(error) => send(DeskEvent::Failed(error.to_string())),
    }
}
