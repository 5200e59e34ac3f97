//! The desk's background thread: it owns the open [`Desk`] (its index and folder) and answers
//! requests — open, refresh, search, "Seen before" — so the UI never waits for the disk or the
//! index. Requests that a newer one of the same kind makes stale are skipped.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, TryRecvError};

use crate::desk::{ArticleRow, Desk, Hit};
use crate::io::model::LoadedModel;

/// What the UI asks the desk thread.
#[derive(Clone, Debug)]
pub enum DeskRequest {
    /// Open the desk in this folder (index in this cache) and bring it up to date.
    Open {
        /// The desk folder.
        folder: PathBuf,
        /// Where indexes live.
        cache: PathBuf,
        /// Where the matching model is (none: matching by meaning is off).
        model: Option<PathBuf>,
    },
    /// Bring the open desk up to date with its folder.
    Refresh,
    /// Load the matching model (just installed) from this folder.
    LoadModel {
        /// Where the model is.
        model: Option<PathBuf>,
    },
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
    /// How many claims say much the same as each suggested sentence (number `generation`).
    Alike {
        /// Which request this is; only the newest is answered.
        generation: u64,
        /// (the sentence's place among the article's sentences, its vector as a query).
        queries: Vec<(usize, Vec<f32>)>,
        /// The article's own file (relative to the desk): its claims are left out.
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
    /// Claims alike for suggested sentences: (place, how many, the nearest one's text).
    Alike {
        /// The request they answer.
        generation: u64,
        /// Sentences with at least one claim alike.
        found: Vec<(usize, usize, String)>,
    },
    /// What the desk has shown of its taste: (claim or rejected suggestion's text, whether it
    /// was worth checking), the most recent files first.
    Taste(Vec<(String, bool)>),
    /// Another process is updating the desk's index; this one waits for it.
    Waiting,
    /// No matching model is installed: matching by meaning is off (said once).
    ModelMissing,
    /// Claims and checks with a vector from the matching model, of how many.
    Vectors {
        /// With a vector.
        done: usize,
        /// In the desk.
        total: usize,
    },
    /// The index was missing or damaged and is built again from the files (why).
    Rebuilt(String),
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
    let newest_alike = all
        .iter()
        .rposition(|r| matches!(r, DeskRequest::Alike { .. }));
    all.into_iter()
        .enumerate()
        .filter(|(i, r)| match r {
            DeskRequest::Search { .. } => Some(*i) == newest_search,
            DeskRequest::SeenBefore { .. } => Some(*i) == newest_seen,
            DeskRequest::Alike { .. } => Some(*i) == newest_alike,
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

/// What the desk thread holds.
struct Served<'a> {
    desk: Option<Desk>,
    model: Option<LoadedModel>,
    /// The model's folder was looked at (the model is loaded once per thread).
    model_tried: bool,
    send: &'a dyn Fn(DeskEvent),
}

impl Served<'_> {
    /// Loads the matching model from `folder` the first time; says once when there is none.
    fn load_model(&mut self, folder: Option<&std::path::Path>) {
        if self.model_tried {
            return;
        }
        self.model_tried = true;
        let Some(folder) = folder.filter(|f| crate::io::model::has_model(f)) else {
            (self.send)(DeskEvent::ModelMissing);
            return;
        };
        match crate::io::model::load_model(folder) {
            Ok(model) => self.model = Some(model),
            Err(error) => (self.send)(DeskEvent::Failed(error.to_string())),
        }
    }

    fn use_model(&mut self) {
        if let (Some(desk), Some(model)) = (&mut self.desk, &self.model) {
            desk.use_model(
                &model.vectors_id(),
                model.embedder.dimensions(),
                model.weighing(),
            );
            let (done, total) = desk.vector_progress();
            (self.send)(DeskEvent::Vectors { done, total });
            // Vectors read in an older form, or of texts gone from the desk, are written again
            // now rather than at the next claim read.
            if done == total
                && let Err(error) = desk.save_vectors()
            {
                (self.send)(DeskEvent::Failed(error.to_string()));
            }
        }
    }

    /// The query's vector, when the model is loaded.
    fn vector_of(&self, text: &str) -> Option<Vec<f32>> {
        let model = self.model.as_ref()?;
        let query = crate::desk::query::for_meaning(text);
        model
            .embedder
            .embed(crate::semantic::Role::Query, &[query.as_str()])
            .ok()?
            .into_iter()
            .next()
    }

    /// Makes the vectors of a few claims; false when none were missing.
    fn embed_some(&mut self) -> bool {
        let (Some(desk), Some(model)) = (&mut self.desk, &self.model) else {
            return false;
        };
        if !desk.has_model() {
            return false;
        }
        // One pass (a batch per core) between two looks at the inbox, so searches are
        // answered while the desk's vectors are made.
        let pass = model.embedder.texts_per_pass();
        match desk.embed_missing(&model.embedder, pass) {
            Ok(0) => return false,
            Ok(_) => {}
            Err(error) => {
                (self.send)(DeskEvent::Failed(error.to_string()));
                self.model = None;
                return false;
            }
        }
        let (done, total) = desk.vector_progress();
        (self.send)(DeskEvent::Vectors { done, total });
        if done == total
            && let Err(error) = desk.save_vectors()
        {
            (self.send)(DeskEvent::Failed(error.to_string()));
        }
        true
    }

    fn answer(&mut self, request: DeskRequest) {
        let send = self.send;
        match request {
            DeskRequest::Open {
                folder,
                cache,
                model,
            } => match Desk::open_waiting(&folder, &cache, &mut || send(DeskEvent::Waiting)) {
                Ok(opened) => {
                    if let Some(why) = opened.rebuilt() {
                        send(DeskEvent::Rebuilt(why.to_owned()));
                    }
                    self.desk = Some(opened);
                    refresh(self.desk.as_mut(), &send, true);
                    self.load_model(model.as_deref());
                    self.use_model();
                }
                Err(error) => send(DeskEvent::Failed(error.to_string())),
            },
            DeskRequest::Refresh => {
                refresh(self.desk.as_mut(), &send, false);
                self.use_model();
            }
            DeskRequest::LoadModel { model } => {
                self.model_tried = false;
                self.model = None;
                self.load_model(model.as_deref());
                self.use_model();
            }
            DeskRequest::Search { generation, query } => {
                let vector = self.vector_of(&query);
                let Some(desk) = &self.desk else { return };
                match desk.search(&query, 50, vector.as_deref()) {
                    Ok(hits) => send(DeskEvent::Found { generation, hits }),
                    Err(error) => send(DeskEvent::Failed(error.to_string())),
                }
            }
            DeskRequest::Alike {
                generation,
                queries,
                own_file,
            } => {
                let (Some(desk), Some(_)) = (&self.desk, &self.model) else {
                    return;
                };
                let mut found = Vec::new();
                for (place, vector) in &queries {
                    match desk.alike(vector, own_file.as_deref(), ALIKE_NEAREST) {
                        Ok(hits) => {
                            if let Some(nearest) = hits.first() {
                                found.push((*place, hits.len(), nearest.text.clone()));
                            }
                        }
                        Err(error) => {
                            send(DeskEvent::Failed(error.to_string()));
                            return;
                        }
                    }
                }
                send(DeskEvent::Alike { generation, found });
            }
            DeskRequest::SeenBefore {
                generation,
                text,
                own_file,
            } => {
                let vector = self.vector_of(&text);
                let Some(desk) = &self.desk else { return };
                match desk.seen_before(&text, own_file.as_deref(), 5, vector.as_deref()) {
                    Ok(hits) => send(DeskEvent::Seen { generation, hits }),
                    Err(error) => send(DeskEvent::Failed(error.to_string())),
                }
            }
        }
    }
}

fn serve(inbox: &Receiver<DeskRequest>, outbox: &Sender<DeskEvent>, wake: &dyn Fn()) {
    let send = |event: DeskEvent| {
        let _ = outbox.send(event);
        wake();
    };
    let mut served = Served {
        desk: None,
        model: None,
        model_tried: false,
        send: &send,
    };
    loop {
        // Requests first; the desk's vectors are made a few at a time when none wait.
        let first = match inbox.try_recv() {
            Ok(request) => request,
            Err(TryRecvError::Disconnected) => return,
            Err(TryRecvError::Empty) => {
                if served.embed_some() {
                    continue;
                }
                match inbox.recv() {
                    Ok(request) => request,
                    Err(_) => return,
                }
            }
        };
        for request in drain(first, inbox) {
            served.answer(request);
        }
    }
}

/// At most this many of the desk's claims and rejections teach the suggestions its taste.
const TASTE_EXAMPLES: usize = 2_000;

/// At most this many claims alike are counted for one suggested sentence.
const ALIKE_NEAREST: usize = 10;

fn refresh(desk: Option<&mut Desk>, send: &dyn Fn(DeskEvent), always: bool) {
    let Some(desk) = desk else { return };
    let mut last = crate::io::clock::instant();
    let result = desk.refresh_waiting(
        &mut |done, total| {
            if crate::io::clock::since(last) > std::time::Duration::from_millis(100)
                || done == total
            {
                last = crate::io::clock::instant();
                send(DeskEvent::Progress { done, total });
            }
        },
        &mut || send(DeskEvent::Waiting),
    );
    match result {
        Ok(summary) if always || summary.changed_anything() => {
            send(snapshot(desk, summary));
            send(DeskEvent::Taste(desk.taste_examples(TASTE_EXAMPLES)));
        }
        Ok(_) => {}
        Err(error) => send(DeskEvent::Failed(error.to_string())),
    }
}
