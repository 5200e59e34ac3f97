//! Suggested claims in the window: the open article is scored on the suggestions' thread
//! whenever its text is new; the sentences offered are marked in the text and listed in the
//! Suggestions tab; F9 steps through them, A makes the current one a claim (one undoable edit,
//! the claim's form opens), X rejects it (kept in the file, never offered again). The desk,
//! when open, says how many claims it already checked that say much the same.

use std::collections::HashMap;
use std::sync::Arc;

use super::desk_worker::DeskRequest;
use super::suggest_worker::{ScoreRequest, SuggestProblem, SuggestWorker};
use super::{ClaimmarkApp, SideTab, StatusKind};
use crate::model::{Span, Tag};
use crate::suggest::shown::{Order, offered};
use crate::suggest::{Head, Scored};
use crate::tr;
use crate::ui::command::Command;
use crate::ui::suggestion_list::SuggestionAction;

/// How many suggestions at most are compared with the desk's claims.
const ALIKE_LIMIT: usize = 400;

/// An article's sentences, scored.
pub(super) struct ArticleScores {
    /// The SHA-256 of the text they were scored on.
    sha: String,
    pub(super) list: Vec<Scored>,
    vectors: Vec<Vec<f32>>,
}

/// What the marks in the text depend on: the text, the annotations (and rejections), the
/// threshold, the language they are described in.
type MarksKey = (String, u64, Option<u32>, crate::i18n::Language);

/// What the suggestions offered depend on: the scores received, the text, the annotations (and
/// rejections), the threshold, the order, suggestions on.
type OfferedKey = (u64, String, u64, Option<u32>, Order, bool);

/// Suggested sentences by start, each with what screen readers say of it.
type Marks = Arc<Vec<(Span, String)>>;

/// Suggestions' state in the app.
pub(super) struct SuggestState {
    worker: Option<SuggestWorker>,
    head: Option<Arc<Head>>,
    generation: u64,
    /// The text (SHA-256) last sent to be scored, and the request's generation.
    asked: Option<(String, u64)>,
    pub(super) scores: Option<ArticleScores>,
    pub(super) problem: Option<SuggestProblem>,
    /// The suggestion being looked at: its place in `scores.list`.
    pub(super) current: Option<usize>,
    pub(super) order: Order,
    /// For a place in `scores.list`: how many desk claims say much the same, and the nearest.
    pub(super) alike: HashMap<usize, (usize, String)>,
    alike_generation: u64,
    /// The suggestions offered, and what they were found from.
    offered: Option<(OfferedKey, Arc<Vec<usize>>)>,
    /// Counts the scores received, so what is derived from them is found again.
    scores_made: u64,
    /// The marks in the text, and what they were made from (text, annotations, threshold).
    marks: Option<(MarksKey, Marks)>,
    /// Scroll the list to the current suggestion next frame.
    pub(super) scroll_to_current: bool,
    /// The open desk's claims and rejected suggestions, which teach the scorer its taste.
    examples: Arc<Vec<(String, bool)>>,
    /// What was learnt of the desk's taste for the scores shown.
    pub(super) taste: Option<crate::suggest::taste::Taste>,
    /// Suggestions are on (Preferences).
    pub(super) on: bool,
    /// The score from which sentences are suggested, in percent (`None`: the scorer's own
    /// threshold for each language).
    pub(super) threshold: Option<u32>,
}

impl Default for SuggestState {
    fn default() -> Self {
        Self {
            worker: None,
            head: crate::suggest::shipped_head().map(Arc::new),
            generation: 0,
            asked: None,
            scores: None,
            problem: None,
            current: None,
            order: Order::Best,
            alike: HashMap::new(),
            alike_generation: 0,
            marks: None,
            offered: None,
            scores_made: 0,
            examples: Arc::default(),
            taste: None,
            scroll_to_current: false,
            on: true,
            threshold: None,
        }
    }
}

impl SuggestState {
    /// The threshold as the scorer reads it.
    pub(super) fn threshold(&self) -> Option<f32> {
        self.threshold.map(|p| p as f32 / 100.0)
    }
}

impl ClaimmarkApp {
    /// Sends the article to be scored when its text is new; takes the scores that arrived.
    pub(super) fn keep_suggestions(&mut self, ctx: &egui::Context) {
        if !self.suggest.on {
            return;
        }
        if let Some(answer) = self.suggest.worker.as_ref().and_then(SuggestWorker::newest) {
            let asked = self.suggest.asked.clone();
            if let Some((sha, _)) = asked.filter(|(_, g)| *g == answer.generation) {
                self.suggest.taste = answer.taste;
                match answer.outcome {
                    Ok((list, vectors)) => {
                        self.suggest.problem = None;
                        self.suggest.scores = Some(ArticleScores { sha, list, vectors });
                        self.suggest.alike.clear();
                        self.suggest.marks = None;
                        self.suggest.scores_made += 1;
                        self.ask_desk_for_alike();
                    }
                    Err(problem) => {
                        self.suggest.scores = None;
                        self.suggest.problem = Some(problem);
                    }
                }
            }
        }
        let sha = self.session.document().sha256();
        if self.suggest.asked.as_ref().is_some_and(|(s, _)| s == sha) {
            return;
        }
        let Some(head) = self.suggest.head.clone() else {
            self.suggest.problem = Some(SuggestProblem::Failed(tr!("suggest-no-head")));
            return;
        };
        // Without a model there is nothing to send (said at once, so the window never offers
        // what it cannot do); a model installed later scores the article again.
        let model = self.platform.model_folder();
        if !model.as_deref().is_some_and(crate::io::model::has_model) {
            self.suggest.problem = Some(SuggestProblem::NoModel);
            self.suggest.scores = None;
            self.suggest.asked = Some((sha.to_owned(), 0));
            return;
        }
        if self.suggest.worker.is_none() {
            let ctx = ctx.clone();
            self.suggest.worker = SuggestWorker::start(move || ctx.request_repaint());
        }
        let Some(worker) = &self.suggest.worker else {
            return;
        };
        self.suggest.generation += 1;
        let generation = self.suggest.generation;
        worker.send(ScoreRequest {
            generation,
            text: self.session.document().text().to_owned(),
            model,
            head,
            examples: Arc::clone(&self.suggest.examples),
        });
        self.suggest.asked = Some((sha.to_owned(), generation));
        if self.suggest.scores.as_ref().is_some_and(|s| s.sha != sha) {
            self.suggest.scores = None;
            self.suggest.current = None;
        }
    }

    /// Scores the article again (a model was installed, suggestions turned on).
    pub(super) fn score_again(&mut self) {
        self.suggest.asked = None;
        self.suggest.problem = None;
    }

    /// The desk's claims and rejections as they now are: the article is scored again with
    /// the desk's taste when they changed.
    pub(super) fn take_desk_taste(&mut self, examples: Vec<(String, bool)>) {
        if *self.suggest.examples != examples {
            self.suggest.examples = Arc::new(examples);
            self.score_again();
        }
    }

    /// Uses this head instead of the shipped one (tests, tools), and scores again.
    pub fn set_suggestion_head(&mut self, head: Head) {
        self.suggest.head = Some(Arc::new(head));
        self.score_again();
    }

    /// The scores of the open article's text, when they are ready.
    pub(super) fn current_scores(&self) -> Option<&[Scored]> {
        let scores = self.suggest.scores.as_ref()?;
        (scores.sha == self.session.document().sha256()).then_some(scores.list.as_slice())
    }

    /// The places (in the scores) of the suggestions offered now, in the list's order; found
    /// again only when the scores, annotations, threshold or order change (not every frame).
    pub(super) fn offered_places(&mut self) -> Arc<Vec<usize>> {
        let key = (
            self.suggest.scores_made,
            self.session.document().sha256().to_owned(),
            self.session.annotations().revision(),
            self.suggest.threshold,
            self.suggest.order,
            self.suggest.on,
        );
        if let Some((made_from, places)) = &self.suggest.offered
            && *made_from == key
        {
            return Arc::clone(places);
        }
        let places = Arc::new(self.offered_now());
        self.suggest.offered = Some((key, Arc::clone(&places)));
        places
    }

    /// The places of the suggestions offered now, found afresh.
    fn offered_now(&self) -> Vec<usize> {
        let (Some(list), Some(head)) = (self.current_scores(), self.suggest.head.as_deref()) else {
            return Vec::new();
        };
        if !self.suggest.on {
            return Vec::new();
        }
        offered(
            list,
            head,
            self.suggest.threshold(),
            self.session.annotations(),
            self.suggest.order,
        )
    }

    /// The suggested sentences to mark in the text, by start, each with what screen readers
    /// say of it; made again only when the text, annotations or threshold change.
    pub(super) fn suggestion_marks(&mut self) -> Marks {
        if self.current_scores().is_none() {
            return Arc::default();
        }
        let key = (
            self.session.document().sha256().to_owned(),
            self.session.annotations().revision(),
            self.suggest.threshold,
            self.language,
        );
        if let Some((made_from, marks)) = &self.suggest.marks
            && *made_from == key
        {
            return Arc::clone(marks);
        }
        let mut places = self.offered_places().to_vec();
        places.sort_unstable();
        let scores = self.current_scores().unwrap_or_default();
        let marks: Vec<(Span, String)> = places
            .into_iter()
            .filter_map(|place| scores.get(place))
            .map(|one| {
                let percent = (one.score * 100.0).round() as u32;
                let name = tr!(
                    "suggest-mark-name",
                    percent = percent,
                    text = one.text.trim()
                );
                (Span::new(one.start, one.end), name)
            })
            .collect();
        let marks = Arc::new(marks);
        self.suggest.marks = Some((key, Arc::clone(&marks)));
        marks
    }

    /// The suggestions offered now (for tests and tools): each sentence's span and text, in
    /// the list's order.
    pub fn suggestions(&self) -> Vec<(Span, String)> {
        let list = self.current_scores().unwrap_or_default();
        self.offered_now()
            .into_iter()
            .filter_map(|place| list.get(place))
            .map(|s| (Span::new(s.start, s.end), s.text.clone()))
            .collect()
    }

    /// The open article is being scored (for tests and benchmarks).
    pub fn scoring(&self) -> bool {
        self.suggest.on && self.current_scores().is_none() && self.suggest.problem.is_none()
    }

    /// The suggestion being looked at (for tests and tools).
    pub fn current_suggestion(&self) -> Option<(Span, String)> {
        let one = self.current_scores()?.get(self.suggest.current?)?;
        Some((Span::new(one.start, one.end), one.text.clone()))
    }

    /// Asks the desk how many of its claims say much the same as each suggestion.
    pub(super) fn ask_desk_for_alike(&mut self) {
        let (Some(scores), Some(head)) = (&self.suggest.scores, self.suggest.head.as_deref())
        else {
            return;
        };
        let threshold = self.suggest.threshold();
        let queries: Vec<(usize, Vec<f32>)> = scores
            .list
            .iter()
            .zip(&scores.vectors)
            .enumerate()
            .filter(|(_, (one, _))| crate::suggest::shown::reaches(one, head, threshold))
            .take(ALIKE_LIMIT)
            .map(|(place, (_, vector))| (place, vector.clone()))
            .collect();
        if queries.is_empty() || !self.desk_is_open() {
            return;
        }
        self.suggest.alike_generation += 1;
        let own_file = self.file_in_desk();
        self.send_desk(DeskRequest::Alike {
            generation: self.suggest.alike_generation,
            queries,
            own_file,
        });
    }

    /// The desk's answer: claims alike for each suggestion.
    pub(super) fn take_alike(&mut self, generation: u64, found: Vec<(usize, usize, String)>) {
        if generation != self.suggest.alike_generation {
            return;
        }
        self.suggest.alike = found
            .into_iter()
            .map(|(place, count, nearest)| (place, (count, nearest)))
            .collect();
    }

    /// What the Suggestions tab asked for.
    pub(super) fn suggestion_action(&mut self, ctx: &egui::Context, action: SuggestionAction) {
        match action {
            SuggestionAction::Show(place) => self.show_suggestion(place),
            SuggestionAction::Accept(place) => {
                self.suggest.current = Some(place);
                self.accept_suggestion();
            }
            SuggestionAction::Reject(place) => {
                self.suggest.current = Some(place);
                self.reject_suggestion();
            }
            SuggestionAction::Order(order) => self.suggest.order = order,
            SuggestionAction::TurnOn => self.set_suggestions(true, self.suggest.threshold),
            SuggestionAction::GetModel => {
                self.apply_action(ctx, super::Action::Run(Command::GetModel))
            }
        }
    }

    /// Makes the suggestion at `place` the current one and brings it into view.
    fn show_suggestion(&mut self, place: usize) {
        let Some(one) = self.current_scores().and_then(|l| l.get(place)) else {
            return;
        };
        let start = one.start;
        self.suggest.current = Some(place);
        self.suggest.scroll_to_current = true;
        self.side.tab = SideTab::Suggestions;
        self.selection = None;
        self.selected = None;
        self.view.scroll_to(start);
    }

    /// F9 / Shift+F9: the next or previous suggestion in the list's order.
    pub(super) fn step_suggestion(&mut self, forward: bool) {
        let places = self.offered_places();
        if places.is_empty() {
            let message = self.no_suggestions_message();
            self.side.tab = SideTab::Suggestions;
            self.set_status(StatusKind::Info, message);
            return;
        }
        let next = match self.suggest.current {
            // Where the current one is in the list; or, when it just left it (accepted,
            // rejected), where it would be.
            Some(current) => {
                let key = self.order_key(current);
                let after = places.partition_point(|p| self.order_key(*p) <= key);
                let before = places.partition_point(|p| self.order_key(*p) < key);
                if forward {
                    places.get(after).or(places.first())
                } else {
                    before
                        .checked_sub(1)
                        .and_then(|i| places.get(i))
                        .or(places.last())
                }
            }
            None if forward => places.first(),
            None => places.last(),
        }
        .copied();
        let Some(place) = next else { return };
        self.show_suggestion(place);
        let number = places.iter().position(|p| *p == place).unwrap_or(0) + 1;
        self.set_status(
            StatusKind::Info,
            tr!(
                "status-suggestion-step",
                number = number,
                count = places.len(),
                accept = Command::AcceptSuggestion.keys(),
                reject = Command::RejectSuggestion.keys(),
                next = Command::NextSuggestion.keys()
            ),
        );
    }

    /// Sorts places as the list does.
    fn order_key(&self, place: usize) -> (i64, usize) {
        let list = self.current_scores().unwrap_or_default();
        crate::suggest::shown::sort_key(list, place, self.suggest.order)
    }

    fn no_suggestions_message(&self) -> String {
        if !self.suggest.on {
            tr!("suggest-off")
        } else if self.current_scores().is_none() {
            tr!("suggest-scoring")
        } else {
            tr!("status-no-suggestions")
        }
    }

    fn say_no_current_suggestion(&mut self) {
        let message = tr!(
            "status-no-current-suggestion",
            next = Command::NextSuggestion.keys()
        );
        self.set_status(StatusKind::Info, message);
    }

    /// A: the current suggestion becomes a claim; its form opens.
    pub(super) fn accept_suggestion(&mut self) {
        let Some((span, _)) = self.current_suggestion() else {
            self.say_no_current_suggestion();
            return;
        };
        match self
            .session
            .tag(span, Tag::Claim, &crate::io::clock::now_rfc3339())
        {
            Ok(id) => {
                self.selection = None;
                self.select_annotation(Some(id), false);
                self.form.focus_first_field = true;
                self.set_status(
                    StatusKind::Info,
                    tr!(
                        "status-suggestion-accepted",
                        id = id.to_string(),
                        next = Command::NextSuggestion.keys()
                    ),
                );
            }
            Err(e) => self.set_status(StatusKind::Warning, crate::ui::errors::session(&e)),
        }
    }

    /// X: the current suggestion is not worth checking; the next one is shown.
    pub(super) fn reject_suggestion(&mut self) {
        let Some((_, text)) = self.current_suggestion() else {
            self.say_no_current_suggestion();
            return;
        };
        match self.session.reject_suggestion(&text) {
            Ok(_) => {
                let left = self.offered_places().len();
                if left > 0 {
                    self.step_suggestion(true);
                }
                let message = tr!(
                    "status-suggestion-rejected",
                    count = left,
                    undo = Command::Undo.keys()
                );
                self.set_status(StatusKind::Info, message);
            }
            Err(e) => self.set_status(StatusKind::Warning, crate::ui::errors::session(&e)),
        }
    }

    /// Turns suggestions on or off and sets their threshold (Preferences), remembered.
    pub(super) fn set_suggestions(&mut self, on: bool, threshold: Option<u32>) {
        let changed = self.suggest.on != on;
        self.suggest.on = on;
        self.suggest.threshold = threshold.map(|t| t.clamp(1, 99));
        self.suggest.marks = None;
        if changed {
            self.suggest.current = None;
            self.score_again();
        }
        self.ask_desk_for_alike();
        self.save_suggestion_preferences();
    }
}
