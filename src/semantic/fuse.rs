//! Joining two rankings of the same candidates, by words (BM25) and by meaning (cosine
//! similarity of the model's vectors), into one: the similarity is first put on the model's
//! scale ([`Weighing::calibrated`]: e5 puts unrelated texts at 0.7, MiniLM at 0), the words'
//! score scaled to the best of its ranking, then the two weighted. Each known model's weighing
//! was tuned on the CheckThat! 2020 training tweets (`cargo bench --bench matching`).

use std::collections::HashMap;
use std::hash::Hash;

/// How words and meaning are weighed for one model.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weighing {
    /// How much meaning counts against words (0: words only, 1: meaning only).
    pub meaning: f32,
    /// The calibrated similarity from which a hit is proposed on meaning alone.
    pub alone: f32,
    /// The cosine similarity the model gives texts that have nothing to do with each other:
    /// the zero of its calibrated scale.
    pub floor: f32,
}

impl Weighing {
    /// all-MiniLM-L6-v2's, and any model claimmark does not know: on the CheckThat! 2020
    /// training tweets MAP@5 0.871 at weight 0.8, against 0.791 for words alone and 0.823 for
    /// meaning alone. From 0.55 a hit is proposed on meaning alone (0.3 scored 0.003 higher
    /// on the benchmark, where every tweet has a match; a desk's claim often has none, and then
    /// Seen before should stay empty).
    pub const ENGLISH_MINILM: Self = Self {
        meaning: 0.8,
        alone: 0.55,
        floor: 0.0,
    };

    /// multilingual-e5-small's (4-bit, with its prompts): it gives unrelated texts about 0.7
    /// and the same claim about 0.88, so its scale starts at 0.7. Tuned on the CheckThat! 2020
    /// training tweets (`cargo bench --bench matching`): weight 0.85; a hit on meaning alone
    /// from 0.3 (a cosine of 0.79), which scored as well there as 0.5 and keeps the same claim
    /// said in another language, which e5 puts at 0.82–0.85 from the English.
    pub const MULTILINGUAL_E5: Self = Self {
        meaning: 0.85,
        alone: 0.3,
        floor: 0.7,
    };

    /// A cosine similarity on the model's scale: 0 at its floor, 1 for the same meaning.
    pub fn calibrated(&self, cosine: f32) -> f32 {
        ((cosine - self.floor) / (1.0 - self.floor).max(f32::EPSILON)).clamp(0.0, 1.0)
    }
}

impl Default for Weighing {
    fn default() -> Self {
        Self::ENGLISH_MINILM
    }
}

/// A candidate's scores: BM25 (0 when its words did not match) and similarity (None when no
/// vector was compared).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Scores {
    /// Its BM25 score.
    pub words: f32,
    /// Its cosine similarity to the query.
    pub meaning: Option<f32>,
}

/// The candidates ranked best first by `weight × similarity + (1 − weight) × BM25 / best BM25`.
pub fn fuse<K: Clone + Ord + Hash>(
    candidates: &HashMap<K, Scores>,
    weight: f32,
    alone: f32,
) -> Vec<(K, f32)> {
    let best_words = candidates
        .values()
        .map(|s| s.words)
        .fold(0.0f32, f32::max)
        .max(f32::EPSILON);
    let mut ranked: Vec<(K, f32)> = candidates
        .iter()
        .filter(|(_, s)| s.words > 0.0 || s.meaning.is_some_and(|m| m >= alone))
        .map(|(key, s)| {
            let words = s.words / best_words;
            let score = match s.meaning {
                Some(meaning) => weight * meaning + (1.0 - weight) * words,
                None => words,
            };
            (key.clone(), score)
        })
        .collect();
    // Equal scores (the same claim checked twice) in a fixed order, not the map's.
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scores(words: f32, meaning: Option<f32>) -> Scores {
        Scores { words, meaning }
    }

    #[test]
    fn meaning_lifts_a_reworded_match_over_a_word_match() {
        let candidates = HashMap::from([
            ("same words, other claim", scores(10.0, Some(0.3))),
            ("reworded, same claim", scores(4.0, Some(0.9))),
            ("other language, same claim", scores(0.0, Some(0.8))),
            ("nothing shared", scores(0.0, Some(0.2))),
        ]);
        let ranked = fuse(&candidates, 0.6, 0.55);
        let order: Vec<&str> = ranked.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            order,
            [
                "reworded, same claim",       // 0.6 × 0.9 + 0.4 × 0.4
                "same words, other claim",    // 0.6 × 0.3 + 0.4 × 1
                "other language, same claim"  // 0.6 × 0.8
            ]
        );
    }

    #[test]
    fn without_vectors_it_is_the_word_ranking() {
        let candidates = HashMap::from([("a", scores(3.0, None)), ("b", scores(5.0, None))]);
        let ranked = fuse(&candidates, 0.6, 0.55);
        assert_eq!(ranked[0], ("b", 1.0));
        assert_eq!(ranked[1].0, "a");
    }
}
