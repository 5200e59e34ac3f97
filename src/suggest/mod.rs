//! Suggested claims: which sentences of an article are worth checking, and why. The text is
//! cut into sentences ([`mod@sentences`]); the matching model reads each one and a small trained
//! head ([`head`]) scores it from its vector and what in it can be checked ([`reasons`]).
//! The app and `claimmark suggest` share this scorer and this splitter.

pub mod head;
pub mod reasons;
pub mod sentences;
pub mod shown;
pub mod taste;
pub mod tfidf;
pub mod training;
pub mod tuned;

use serde::Serialize;

use crate::semantic::{Embedder, ModelError, Role};
pub use head::Head;
pub use reasons::Reason;
pub use sentences::{Sentence, sentences};

/// The head claimmark ships, trained on CheckThat! check-worthiness data.
const SHIPPED_HEAD: &str = include_str!("../../assets/suggest-head.json");

/// The head claimmark ships (`None` only if the file in the build is damaged).
pub fn shipped_head() -> Option<Head> {
    serde_json::from_str(SHIPPED_HEAD).ok()
}

/// One sentence, scored.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scored {
    /// First character of the sentence in the article's text.
    pub start: usize,
    /// One past its last character.
    pub end: usize,
    /// Its text.
    pub text: String,
    /// How worth checking it looks, from 0 to 1.
    pub score: f32,
    /// It reaches the threshold and its language is one the head was trained on.
    pub suggested: bool,
    /// What in it can be checked.
    pub reasons: Vec<Reason>,
    /// Its language (ISO 639-1 where there is one), when it could be told.
    pub language: Option<String>,
    /// The head was trained on sentences in its language (otherwise it is scored all the
    /// same but never suggested: a guess in a language it never saw is not offered).
    pub trained_language: bool,
}

/// Why the window has no suggestions for an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SuggestProblem {
    /// No matching model is installed.
    NoModel,
    /// The installed model is not the one the head was trained with.
    OtherModel,
    /// Something failed (in words).
    Failed(String),
}

/// Why a text cannot be scored.
#[derive(Debug, thiserror::Error)]
pub enum SuggestError {
    /// The installed matching model is not the one the head was trained with.
    #[error(
        "suggestions need the multilingual matching model (`claimmark model install` installs it); the installed model's vectors mean nothing to the suggestion scorer"
    )]
    OtherModel,
    /// The head's parts do not agree.
    #[error("the suggestion head is damaged (its weights, means and spreads do not agree)")]
    DamagedHead,
    /// The model failed.
    #[error(transparent)]
    Model(#[from] ModelError),
}

/// Every sentence of `text` scored by `head` on vectors from `embedder` (whose vectors are
/// kept under `vectors_id`), suggested from `threshold` (the head's own for the sentence's
/// language when `None`).
pub fn score_text(
    text: &str,
    embedder: &Embedder,
    vectors_id: &str,
    head: &Head,
    threshold: Option<f32>,
) -> Result<Vec<Scored>, SuggestError> {
    let scored = score_with_vectors(text, embedder, vectors_id, head, threshold)?;
    Ok(scored.into_iter().map(|(scored, _)| scored).collect())
}

/// As [`score_text`], each sentence with the model's vector of it (as a query: the app
/// compares it with the desk's checked claims).
pub fn score_with_vectors(
    text: &str,
    embedder: &Embedder,
    vectors_id: &str,
    head: &Head,
    threshold: Option<f32>,
) -> Result<Vec<(Scored, Vec<f32>)>, SuggestError> {
    if !head.is_whole() {
        return Err(SuggestError::DamagedHead);
    }
    if vectors_id != head.model {
        return Err(SuggestError::OtherModel);
    }
    let found = sentences(text);
    let read: Vec<String> = found.iter().map(|s| as_read(&s.text)).collect();
    let refs: Vec<&str> = read.iter().map(String::as_str).collect();
    let vectors = embedder.embed(Role::Query, &refs)?;
    let article_language = language_of(text);
    Ok(found
        .into_iter()
        .zip(vectors)
        .map(|(sentence, vector)| {
            let reasons = reasons::reasons(&sentence.text);
            let score = head.score(&head.features_of(&sentence.text, &vector, &reasons));
            let language = language_of(&sentence.text)
                .or_else(|| article_language.clone())
                .or_else(|| likely_language_of(&sentence.text));
            let own = language.as_deref().and_then(|l| head.threshold(l));
            let trained_language = own.is_some();
            let suggested = own.is_some_and(|own| score >= threshold.unwrap_or(own));
            let scored = Scored {
                start: sentence.start,
                end: sentence.end,
                text: sentence.text,
                score,
                suggested,
                reasons,
                language,
                trained_language,
            };
            (scored, vector)
        })
        .collect())
}

/// A sentence as the model reads it: its words, one space between each.
pub fn as_read(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The language of `text` (ISO 639-1 where it has one, else 639-3), when whatlang is sure.
pub fn language_of(text: &str) -> Option<String> {
    let info = whatlang::detect(text).filter(whatlang::Info::is_reliable)?;
    Some(short_code(info.lang()))
}

/// whatlang's best guess at the language of `text` when it is at least even odds (a short
/// sentence of an article whose own language could not be told).
fn likely_language_of(text: &str) -> Option<String> {
    let info = whatlang::detect(text).filter(|info| info.confidence() >= 0.5)?;
    Some(short_code(info.lang()))
}

/// A language's ISO 639-1 code where it has one, else its 639-3 code.
fn short_code(lang: whatlang::Lang) -> String {
    let code = lang.code();
    let short = match code {
        "eng" => "en",
        "spa" => "es",
        "ara" => "ar",
        "fra" => "fr",
        "por" => "pt",
        "deu" => "de",
        "ita" => "it",
        "hin" => "hi",
        "ind" => "id",
        "tur" => "tr",
        "rus" => "ru",
        "cmn" => "zh",
        "jpn" => "ja",
        "nld" => "nl",
        other => other,
    };
    short.to_owned()
}
