//! The suggestions' background thread: it loads the matching model once and scores every
//! sentence of the article it is sent, so the window never waits for the model. A newer
//! article (or a new version of its text) makes older requests stale: only the newest waiting
//! request is scored.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, TryRecvError};

use crate::io::model::LoadedModel;
pub use crate::suggest::SuggestProblem;
use crate::suggest::{Head, Scored, SuggestError};

/// An article to score.
pub(super) struct ScoreRequest {
    /// Which request this is; the answer carries it back.
    pub(super) generation: u64,
    /// The article's text.
    pub(super) text: String,
    /// Where the matching model is (none: no folder for it on this system).
    pub(super) model: Option<PathBuf>,
    /// The head that scores.
    pub(super) head: Arc<Head>,
}

/// What the thread answers.
pub(super) struct Scores {
    /// The request answered.
    pub(super) generation: u64,
    /// Each sentence scored, with its vector; or why not.
    pub(super) outcome: Result<(Vec<Scored>, Vec<Vec<f32>>), SuggestProblem>,
}

/// The UI's handle on the thread.
pub(super) struct SuggestWorker {
    requests: Sender<ScoreRequest>,
    answers: Receiver<Scores>,
}

impl SuggestWorker {
    /// Starts the thread; `wake` is called after each answer (to repaint the UI).
    pub(super) fn start(wake: impl Fn() + Send + 'static) -> Option<Self> {
        let (requests, inbox) = std::sync::mpsc::channel::<ScoreRequest>();
        let (outbox, answers) = std::sync::mpsc::channel::<Scores>();
        std::thread::Builder::new()
            .name("claimmark suggestions".to_owned())
            .spawn(move || serve(&inbox, &outbox, &wake))
            .ok()?;
        Some(Self { requests, answers })
    }

    /// Sends an article to score (ignored when the thread is gone).
    pub(super) fn send(&self, request: ScoreRequest) {
        let _ = self.requests.send(request);
    }

    /// The newest answer that arrived since the last call.
    pub(super) fn newest(&self) -> Option<Scores> {
        let mut newest = None;
        loop {
            match self.answers.try_recv() {
                Ok(answer) => newest = Some(answer),
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => return newest,
            }
        }
    }
}

/// The model loaded from one folder.
struct Loaded {
    folder: PathBuf,
    model: LoadedModel,
}

fn serve(inbox: &Receiver<ScoreRequest>, outbox: &Sender<Scores>, wake: &dyn Fn()) {
    let mut loaded: Option<Loaded> = None;
    while let Ok(first) = inbox.recv() {
        // Only the newest waiting article is worth scoring.
        let request = inbox.try_iter().last().unwrap_or(first);
        let outcome = score(&request, &mut loaded);
        let _ = outbox.send(Scores {
            generation: request.generation,
            outcome,
        });
        wake();
    }
}

fn score(
    request: &ScoreRequest,
    loaded: &mut Option<Loaded>,
) -> Result<(Vec<Scored>, Vec<Vec<f32>>), SuggestProblem> {
    let folder = (request.model.as_deref())
        .filter(|f| crate::io::model::has_model(f))
        .ok_or(SuggestProblem::NoModel)?;
    if loaded.as_ref().is_none_or(|l| l.folder != folder) {
        *loaded = None;
        let model = crate::io::model::load_model(folder)
            .map_err(|e| SuggestProblem::Failed(e.to_string()))?;
        *loaded = Some(Loaded {
            folder: folder.to_owned(),
            model,
        });
    }
    let Some(Loaded { model, .. }) = loaded.as_ref() else {
        return Err(SuggestProblem::NoModel);
    };
    let scored = crate::suggest::score_with_vectors(
        &request.text,
        &model.embedder,
        &model.vectors_id(),
        &request.head,
        None,
    )
    .map_err(|error| match error {
        SuggestError::OtherModel => SuggestProblem::OtherModel,
        other => SuggestProblem::Failed(other.to_string()),
    })?;
    Ok(scored.into_iter().unzip())
}
