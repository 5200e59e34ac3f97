//! The suggestions' background thread: it loads the matching model once and scores every
//! sentence of the article it is sent, so the window never waits for the model. A newer
//! article (or a new version of its text) makes older requests stale: only the newest waiting
//! request is scored.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, TryRecvError};

use crate::io::model::LoadedModel;
pub use crate::suggest::SuggestProblem;
use crate::suggest::taste::Taste;
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
    /// The desk's taste: (claim or rejected suggestion, worth checking); empty without a desk.
    pub(super) examples: Examples,
}

/// What the thread answers.
pub(super) struct Scores {
    /// The request answered.
    pub(super) generation: u64,
    /// Each sentence scored, with its vector; or why not.
    pub(super) outcome: Result<(Vec<Scored>, Vec<Vec<f32>>), SuggestProblem>,
    /// What was learnt of the desk's taste (`None` without a desk's examples).
    pub(super) taste: Option<Taste>,
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

/// A desk's examples: (claim or rejected suggestion, worth checking).
type Examples = Arc<Vec<(String, bool)>>;

/// What the thread keeps between articles: the model, the desk's examples' vectors, and the
/// head adapted to the examples last seen.
#[derive(Default)]
struct Kept {
    loaded: Option<Loaded>,
    vectors: HashMap<String, Vec<f32>>,
    tasted: Option<(Examples, Arc<Head>, Taste)>,
}

fn serve(inbox: &Receiver<ScoreRequest>, outbox: &Sender<Scores>, wake: &dyn Fn()) {
    let mut kept = Kept::default();
    while let Ok(first) = inbox.recv() {
        // Only the newest waiting article is worth scoring.
        let request = inbox.try_iter().last().unwrap_or(first);
        let (outcome, taste) = match score(&request, &mut kept) {
            Ok((scored, taste)) => (Ok(scored), taste),
            Err(problem) => (Err(problem), None),
        };
        let _ = outbox.send(Scores {
            generation: request.generation,
            outcome,
            taste,
        });
        wake();
    }
}

/// The head for the request's desk: the shipped one adapted to the desk's examples when they
/// show it does better (kept until the examples change).
fn desk_head(
    request: &ScoreRequest,
    model: &LoadedModel,
    kept: &mut Kept,
) -> Result<(Arc<Head>, Option<Taste>), SuggestProblem> {
    if request.examples.is_empty() {
        return Ok((Arc::clone(&request.head), None));
    }
    if let Some((examples, head, taste)) = &kept.tasted
        && Arc::ptr_eq(examples, &request.examples)
    {
        return Ok((Arc::clone(head), Some(taste.clone())));
    }
    let read = crate::suggest::as_read;
    let missing: Vec<String> = request
        .examples
        .iter()
        .map(|(text, _)| read(text))
        .filter(|text| !kept.vectors.contains_key(text))
        .collect();
    if !missing.is_empty() {
        let texts: Vec<&str> = missing.iter().map(String::as_str).collect();
        let vectors = model
            .embedder
            .embed(crate::semantic::Role::Query, &texts)
            .map_err(|e| SuggestProblem::Failed(e.to_string()))?;
        kept.vectors.extend(missing.into_iter().zip(vectors));
    }
    let features: Vec<(Vec<f32>, bool)> = request
        .examples
        .iter()
        .filter_map(|(text, worth)| {
            let vector = kept.vectors.get(&read(text))?;
            let reasons = crate::suggest::reasons::reasons(text);
            Some((request.head.features_of(text, vector, &reasons), *worth))
        })
        .collect();
    let language = main_language(&request.examples);
    let (head, taste) = crate::suggest::taste::for_desk(&request.head, &features, &language);
    let head = Arc::new(head);
    kept.tasted = Some((
        Arc::clone(&request.examples),
        Arc::clone(&head),
        taste.clone(),
    ));
    Ok((head, Some(taste)))
}

/// The language most of the desk's examples are in ("en" when none can be told).
fn main_language(examples: &[(String, bool)]) -> String {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (text, _) in examples.iter().take(500) {
        if let Some(language) = crate::suggest::language_of(text) {
            *counts.entry(language).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map_or_else(|| "en".to_owned(), |(language, _)| language)
}

/// The article's sentences scored, with their vectors, and what was learnt of the desk.
type Outcome = ((Vec<Scored>, Vec<Vec<f32>>), Option<Taste>);

fn score(request: &ScoreRequest, kept: &mut Kept) -> Result<Outcome, SuggestProblem> {
    let loaded = &mut kept.loaded;
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
    let Some(Loaded { model, .. }) = kept.loaded.take() else {
        return Err(SuggestProblem::NoModel);
    };
    let outcome = score_with(request, &model, kept);
    kept.loaded = Some(Loaded {
        folder: folder.to_owned(),
        model,
    });
    outcome
}

fn score_with(
    request: &ScoreRequest,
    model: &LoadedModel,
    kept: &mut Kept,
) -> Result<Outcome, SuggestProblem> {
    if model.vectors_id() != request.head.model {
        return Err(SuggestProblem::OtherModel);
    }
    let (head, taste) = desk_head(request, model, kept)?;
    let scored = crate::suggest::score_with_vectors(
        &request.text,
        &model.embedder,
        &model.vectors_id(),
        &head,
        None,
    )
    .map_err(|error| match error {
        SuggestError::OtherModel => SuggestProblem::OtherModel,
        other => SuggestProblem::Failed(other.to_string()),
    })?;
    Ok((scored.into_iter().unzip(), taste))
}
