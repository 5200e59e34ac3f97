//! Searching the desk: ranked hits with the words around the match, and "Seen before": the
//! claims of the desk and other sites' checks most like a given claim. Words are matched by
//! the index (BM25); with the matching model, claims and checks are also compared by meaning
//! and the two rankings joined ([`crate::semantic::fuse`]). Each hit says why it was proposed:
//! the words it shares with the query, and how close its meaning is.

use std::collections::{BTreeSet, HashMap};

use super::index::language_of;
use super::meaning::{joined, meaning_text};
use super::query::cleaned;
use super::{Desk, DeskError, Hit, HitKind};
use crate::semantic::fuse::{Scores, Weighing, fuse};

/// Characters of context shown on each side of a match in an article.
const CONTEXT: usize = 90;

/// Candidates taken from each ranking before they are joined.
const CANDIDATES: usize = 50;

/// From this calibrated similarity a claim says the same as a suggested sentence: the
/// multilingual model gives the same claim about 0.88 (0.6 calibrated), unrelated texts 0.7
/// (0), so 0.5 is a cosine of 0.85; Seen before's 0.3 also proposes claims on the same topic.
const ALIKE_FROM: f32 = 0.5;

/// The words of `text` around the first of `terms` (lower-cased words) it contains.
fn context(text: &str, terms: &[String]) -> String {
    let lower = text.to_lowercase();
    let found = terms
        .iter()
        .filter(|t| t.chars().count() > 2)
        .filter_map(|t| lower.find(t.as_str()))
        .min();
    let chars: Vec<char> = text.chars().collect();
    let at = found.map_or(0, |byte| lower.get(..byte).map_or(0, |b| b.chars().count()));
    let start = at.saturating_sub(CONTEXT);
    let end = (at + CONTEXT).min(chars.len());
    let piece: String = chars.get(start..end).unwrap_or_default().iter().collect();
    let piece = piece.split_whitespace().collect::<Vec<_>>().join(" ");
    format!(
        "{}{piece}{}",
        if start > 0 { "…" } else { "" },
        if end < chars.len() { "…" } else { "" }
    )
}

type Key = (HitKind, String, u64);

fn key(hit: &Hit) -> Key {
    (hit.kind, hit.file.clone(), hit.id)
}

impl Desk {
    /// The best `limit` hits for `query` among articles, claims, quotes and outside checks;
    /// with `meaning` (the query's vector from the matching model), claims and checks close in
    /// meaning are found too.
    pub fn search(
        &self,
        query: &str,
        limit: usize,
        meaning: Option<&[f32]>,
    ) -> Result<Vec<Hit>, DeskError> {
        let query = cleaned(query);
        let mut hits = self.matched(&query, &[], limit, meaning, self.weighing, &|_| true)?;
        let (words, _) = self.index.terms(&query, language_of(&query));
        for hit in &mut hits {
            hit.context = match hit.kind {
                HitKind::Article => context(&hit.text, &words),
                _ => hit.text.split_whitespace().collect::<Vec<_>>().join(" "),
            };
        }
        Ok(hits)
    }

    /// The claims of the desk and other sites' checks most like `claim` (its text and
    /// normalized claim), best first; the claims of `own_file` (the claim's own file, relative
    /// to the desk) are left out. Without the model's vector (`meaning`), only hits sharing at
    /// least two terms beyond stop words (stems, numbers, CJK characters) are kept; with it,
    /// also those close enough in meaning.
    pub fn seen_before(
        &self,
        claim: &str,
        own_file: Option<&str>,
        limit: usize,
        meaning: Option<&[f32]>,
    ) -> Result<Vec<Hit>, DeskError> {
        self.seen_before_weighed(claim, own_file, limit, meaning, self.weighing)
    }

    /// The claims and other sites' checks that say the same as a sentence whose vector is
    /// `meaning` (read as a query), nearest first, at most `limit`: those at least
    /// 0.5 (`ALIKE_FROM`) on the model's calibrated scale; the claims of `own_file` left out.
    pub fn alike(
        &self,
        meaning: &[f32],
        own_file: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Hit>, DeskError> {
        let mut hits = Vec::new();
        for (near, similarity) in self.nearest(meaning, limit + 5) {
            let similarity = self.weighing.calibrated(similarity);
            if similarity < ALIKE_FROM || hits.len() >= limit {
                break;
            }
            if near.kind == HitKind::Claim && own_file == Some(near.file.as_str()) {
                continue;
            }
            if let Some(mut hit) = self.index.find(near.kind, &near.file, near.id)? {
                hit.meaning = Some(similarity);
                hits.push(hit);
            }
        }
        Ok(hits)
    }

    /// [`Desk::seen_before`] with a chosen weighing (for tuning).
    pub fn seen_before_weighed(
        &self,
        claim: &str,
        own_file: Option<&str>,
        limit: usize,
        meaning: Option<&[f32]>,
        weighing: Weighing,
    ) -> Result<Vec<Hit>, DeskError> {
        let claim = cleaned(claim);
        // Not the claim itself (nor another in its own file), and like it in at least two
        // words or close enough in meaning.
        let keep = |hit: &Hit| {
            (hit.kind == HitKind::Outside || own_file != Some(hit.file.as_str()))
                && (hit.shared.len() >= 2 || hit.meaning.is_some_and(|m| m >= weighing.alone))
        };
        let mut hits = self.matched(
            &claim,
            &[HitKind::Claim, HitKind::Outside],
            limit,
            meaning,
            weighing,
            &keep,
        )?;
        for hit in &mut hits {
            hit.context = hit.text.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        Ok(hits)
    }

    /// The best `limit` hits that `keep` keeps, by words and, with a vector, by meaning,
    /// joined and explained. Hits are read from the index and explained in rank order only
    /// until `limit` are kept (reading all the candidates took most of Seen before's time).
    fn matched(
        &self,
        query: &str,
        kinds: &[HitKind],
        limit: usize,
        meaning: Option<&[f32]>,
        weighing: Weighing,
        keep: &dyn Fn(&Hit) -> bool,
    ) -> Result<Vec<Hit>, DeskError> {
        let by_words = match self.index.query(query, kinds) {
            Some(q) => self.index.top(q.as_ref(), limit.max(CANDIDATES))?,
            None => Vec::new(),
        };
        let mut found: HashMap<Key, Hit> = HashMap::new();
        let mut similarities: HashMap<Key, f32> = HashMap::new();
        let mut scores: HashMap<Key, Scores> = HashMap::new();
        for hit in by_words {
            if let (Some(v), HitKind::Claim | HitKind::Outside) = (meaning, hit.kind)
                && let Some(similarity) = self
                    .similarity_to(&meaning_text(hit.kind, &hit.text, &hit.normalized), v)
                    .map(|s| weighing.calibrated(s))
            {
                similarities.insert(key(&hit), similarity);
            }
            scores.insert(
                key(&hit),
                Scores {
                    words: hit.score,
                    // With the model on, what has no vector (an article, a quote, a claim not
                    // read yet) is ranked by its words' part alone.
                    meaning: meaning.map(|_| similarities.get(&key(&hit)).copied().unwrap_or(0.0)),
                },
            );
            found.insert(key(&hit), hit);
        }
        if let Some(vector) = meaning {
            for (near, similarity) in self.nearest(vector, CANDIDATES) {
                let similarity = weighing.calibrated(similarity);
                if !kinds.is_empty() && !kinds.contains(&near.kind) {
                    continue;
                }
                let near_key = (near.kind, near.file, near.id);
                similarities.insert(near_key.clone(), similarity);
                scores
                    .entry(near_key)
                    .or_insert(Scores {
                        words: 0.0,
                        meaning: Some(similarity),
                    })
                    .meaning = Some(similarity);
            }
        }
        let ranked = fuse(&scores, weighing.meaning, weighing.alone);
        let language = language_of(query);
        let (written, stems) = self.index.terms(query, language);
        let mut hits = Vec::new();
        for ((kind, file, id), score) in ranked {
            if hits.len() >= limit {
                break;
            }
            let hit = match found.remove(&(kind, file.clone(), id)) {
                Some(hit) => Some(hit),
                None => self.index.find(kind, &file, id)?,
            };
            let Some(mut hit) = hit else { continue };
            hit.meaning = similarities.get(&(kind, file, id)).copied();
            hit.score = score;
            hit.shared = self.shared_words(&written, &stems, &hit, language);
            if keep(&hit) {
                hits.push(hit);
            }
        }
        Ok(hits)
    }

    /// The query's words (as written) whose stems the hit's claim or check also has.
    fn shared_words(
        &self,
        written: &[String],
        stems: &[String],
        hit: &Hit,
        language: tantivy::tokenizer::Language,
    ) -> Vec<String> {
        let text = match hit.kind {
            HitKind::Article => format!("{}\n{}", hit.title, hit.text),
            _ => joined(&hit.text, &hit.normalized),
        };
        let (_, theirs) = self.index.terms(&text, language);
        let theirs: BTreeSet<&String> = theirs.iter().collect();
        let mut shared = Vec::new();
        for stem in stems {
            if !theirs.contains(stem) {
                continue;
            }
            // The word the stem came from: stems and words come in the same order when
            // nothing was dropped; otherwise the stem itself is shown.
            let word = written
                .iter()
                .find(|w| w.starts_with(stem.as_str()) || stem.starts_with(w.as_str()))
                .unwrap_or(stem);
            if !shared.contains(word) {
                shared.push(word.clone());
            }
        }
        shared
    }
}
