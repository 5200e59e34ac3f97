//! The desk's side of matching by meaning: which texts get a vector (each claim with its
//! normalized claim, each outside check's claim), which still lack one, and the
//! texts nearest a query's vector. The model itself runs elsewhere (the desk's worker, the
//! CLI); the desk only keeps and compares vectors.

use std::collections::HashSet;

use super::vectors::{KeySet, TextKey, VectorCache, key_of};
use super::{Desk, HitKind};
use crate::semantic::{Embedder, ModelError};

/// A claim or outside check as the model reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct Matchable {
    /// Claim or outside check.
    pub kind: HitKind,
    /// Its file, relative to the desk.
    pub file: String,
    /// Its id (an outside check's number in its file).
    pub id: u64,
    /// The text embedded.
    pub text: String,
}

/// How far the vectors are: (texts with a vector, texts).
pub type VectorProgress = (usize, usize);

/// A claim or check with the key of its text, as kept between refreshes.
pub(super) type Keyed = (Matchable, TextKey);

impl Desk {
    /// Every claim and outside check with the text the model reads and its key; made when a
    /// model is first used and again only when a refresh changed the desk.
    pub(super) fn list_matchable(&self) -> Vec<Keyed> {
        let claims = self.claims().into_iter().map(|listing| Matchable {
            kind: HitKind::Claim,
            file: listing.file.to_owned(),
            id: listing.claim.id,
            text: meaning_text(
                HitKind::Claim,
                &listing.claim.text,
                &listing.claim.normalized,
            ),
        });
        let mut numbers: std::collections::BTreeMap<&str, u64> = Default::default();
        let checks = self.outside_checks().into_iter().map(|(file, check)| {
            let n = numbers.entry(file).or_default();
            *n += 1;
            Matchable {
                kind: HitKind::Outside,
                file: file.to_owned(),
                id: *n,
                text: meaning_text(HitKind::Outside, &check.claim, &check.headline),
            }
        });
        claims
            .chain(checks)
            .map(|m| {
                let key = key_of(&m.text);
                (m, key)
            })
            .collect()
    }

    /// The list of claims and checks with their keys: the one kept in the desk's cache when it
    /// was made from the manifest as it now is, otherwise made again (and kept).
    pub(super) fn listing(&mut self) -> Vec<Keyed> {
        let stamp = super::listing::stamp(&self.manifest);
        if let Some(kept) = super::listing::load(&self.index_folder, &stamp) {
            self.matchable_texts = false;
            return kept;
        }
        let made = self.list_matchable();
        // Only time is lost when it cannot be kept: it is made again next time.
        let _ = super::listing::save(&self.index_folder, &stamp, &made);
        self.prune_vectors = true;
        self.matchable_texts = true;
        made
    }

    /// Lists the claims and checks again with their texts when some lack a vector (the
    /// listing kept in the cache has only their keys).
    pub(super) fn texts_for_missing_vectors(&mut self) {
        let Some(cache) = &self.vectors else { return };
        if self.matchable_texts || self.matchable.iter().all(|(_, key)| cache.has(key)) {
            return;
        }
        self.matchable = self.list_matchable();
        self.matchable_texts = true;
    }

    /// Reads the vectors kept under `model` (in the dimensions their file says) and the list of
    /// claims and checks, before the model itself is loaded: [`Desk::use_model`] then keeps them
    /// when the model is the one they were made by.
    pub fn read_vectors_ahead(&mut self, model: &str) {
        self.read_vectors(model, None);
    }

    /// Uses the vectors of the model whose vectors are kept under `model` (its weights'
    /// SHA-256; loaded from the desk's cache; vectors of texts no longer in the desk are dropped
    /// when saved), its similarities weighed against words as `weighing` says.
    pub fn use_model(&mut self, model: &str, dimensions: usize, weighing: super::Weighing) {
        self.weighing = weighing;
        self.read_vectors(model, Some(dimensions));
    }

    /// Reads the vectors of `model` (unless those are in use) on a second core while the desk's
    /// texts are listed.
    fn read_vectors(&mut self, model: &str, dimensions: Option<usize>) {
        let same = self.vectors.as_ref().is_some_and(|v| match dimensions {
            Some(dimensions) => v.is_for(model, dimensions),
            None => v.is_for(model, v.dimensions()),
        });
        let index_folder = self.index_folder.clone();
        let listed = self.matchable_current;
        let (vectors, matchable) = std::thread::scope(|scope| {
            let read = || VectorCache::load(&index_folder, model, dimensions);
            let vectors = (!same).then(|| scope.spawn(read));
            let matchable = (!listed).then(|| self.listing());
            let vectors = vectors.map(|reading| reading.join().unwrap_or_else(|_| read()));
            (vectors, matchable)
        });
        if let Some(vectors) = vectors {
            self.vectors = Some(vectors);
        }
        if let Some(matchable) = matchable {
            self.matchable = matchable;
            self.matchable_current = true;
        }
        self.texts_for_missing_vectors();
    }

    /// True when a model's vectors are in use.
    pub fn has_model(&self) -> bool {
        self.vectors.is_some()
    }

    /// The texts that still need a vector (each once), at most `limit`, shortest first: texts
    /// of about one length are embedded together, with little padding (on CheckThat!'s
    /// 10,389 claims in passes of 256, a quarter fewer tokens than in the desk's order).
    pub fn texts_without_vectors(&self, limit: usize) -> Vec<String> {
        let Some(cache) = &self.vectors else {
            return Vec::new();
        };
        let mut seen = HashSet::new();
        let mut missing: Vec<&str> = self
            .matchable
            .iter()
            .filter(|(_, key)| !cache.has(key) && seen.insert(*key))
            .map(|(m, _)| m.text.as_str())
            .collect();
        missing.sort_by_key(|text| text.len());
        missing.into_iter().take(limit).map(str::to_owned).collect()
    }

    /// Gives at most `limit` claims and checks that lack one their vector from `model`;
    /// returns how many it embedded (0: none was missing).
    pub fn embed_missing(&mut self, model: &Embedder, limit: usize) -> Result<usize, ModelError> {
        let texts = self.texts_without_vectors(limit);
        if texts.is_empty() {
            return Ok(0);
        }
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let vectors = model.embed(crate::semantic::Role::Passage, &refs)?;
        if let Some(cache) = &mut self.vectors {
            for (text, vector) in texts.iter().zip(vectors) {
                cache.insert(key_of(text), vector);
            }
        }
        Ok(texts.len())
    }

    /// How many claims and checks have a vector, of how many.
    pub fn vector_progress(&self) -> VectorProgress {
        let done = self.vectors.as_ref().map_or(0, |cache| {
            self.matchable
                .iter()
                .filter(|(_, key)| cache.has(key))
                .count()
        });
        (done, self.matchable.len())
    }

    /// Writes the vectors to the desk's cache, without those of texts gone from the desk.
    pub fn save_vectors(&mut self) -> Result<(), crate::io::IoError> {
        let Some(cache) = &mut self.vectors else {
            return Ok(());
        };
        if self.prune_vectors {
            let keep: KeySet = self.matchable.iter().map(|(_, key)| *key).collect();
            cache.retain(&keep);
            self.prune_vectors = false;
        }
        cache.save()
    }

    /// The `limit` claims and checks nearest `query` (a vector of length one), with their
    /// similarity, nearest first.
    pub fn nearest(&self, query: &[f32], limit: usize) -> Vec<(Matchable, f32)> {
        let Some(cache) = &self.vectors else {
            return Vec::new();
        };
        let similarities = cache.similarities(query);
        let mut scored: Vec<(&Matchable, f32)> = self
            .matchable
            .iter()
            .filter_map(|(m, key)| Some((m, *similarities.get(cache.slot(key)?)?)))
            .collect();
        let nearest_first = |a: &(&Matchable, f32), b: &(&Matchable, f32)| b.1.total_cmp(&a.1);
        if scored.len() > limit {
            scored.select_nth_unstable_by(limit, nearest_first);
            scored.truncate(limit);
        }
        scored.sort_by(nearest_first);
        scored.into_iter().map(|(m, s)| (m.clone(), s)).collect()
    }

    /// The similarity of the text of a claim or check to `query`, when it has a vector.
    pub fn similarity_to(&self, text: &str, query: &[f32]) -> Option<f32> {
        let cache = self.vectors.as_ref()?;
        cache.similarity(&key_of(text), query)
    }
}

/// The text the model reads for a claim (its text with its normalized claim) or an outside
/// check (its claim alone: on CheckThat! 2020's train split, a check's claim ranked better than
/// its claim and headline joined, or its headline alone; `cargo bench --bench matching`).
pub fn meaning_text(kind: HitKind, text: &str, second: &str) -> String {
    match kind {
        HitKind::Outside => text.trim().to_owned(),
        _ => joined(text, second),
    }
}

/// A claim with its normalized claim (or a check with its headline), as one text.
pub fn joined(text: &str, second: &str) -> String {
    if second.trim().is_empty() || second.trim() == text.trim() {
        text.trim().to_owned()
    } else {
        format!("{}\n{}", text.trim(), second.trim())
    }
}
