//! The words a head weighs besides the model's vector: the most common words of its training
//! sentences, each with its inverse document frequency, and a sentence's TF-IDF over them.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// A head's words.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Vocabulary {
    /// The words, lower case.
    pub words: Vec<String>,
    /// Each word's inverse document frequency.
    pub idf: Vec<f32>,
    /// Each word's place, made when first needed.
    #[serde(skip)]
    index: OnceLock<HashMap<String, usize>>,
}

impl PartialEq for Vocabulary {
    fn eq(&self, other: &Self) -> bool {
        self.words == other.words && self.idf == other.idf
    }
}

impl Vocabulary {
    /// The `size` words found in the most of `texts` (in at least three of them).
    pub fn of<'a>(texts: impl Iterator<Item = &'a str>, size: usize) -> Self {
        let mut df: HashMap<String, usize> = HashMap::new();
        let mut n = 0usize;
        for text in texts {
            n += 1;
            let mut words = words(text);
            words.sort();
            words.dedup();
            for w in words {
                *df.entry(w).or_default() += 1;
            }
        }
        let mut common: Vec<(String, usize)> = df.into_iter().filter(|(_, d)| *d >= 3).collect();
        common.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        common.truncate(size);
        Self {
            idf: common
                .iter()
                .map(|(_, d)| ((n as f32 + 1.0) / (*d as f32 + 1.0)).ln() + 1.0)
                .collect(),
            words: common.into_iter().map(|(w, _)| w).collect(),
            index: OnceLock::new(),
        }
    }

    /// How many words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when it has none.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// `text`'s TF-IDF over these words, of length one (all zeros without any of them).
    pub fn features(&self, text: &str) -> Vec<f32> {
        let index = self.index.get_or_init(|| {
            self.words
                .iter()
                .enumerate()
                .map(|(i, w)| (w.clone(), i))
                .collect()
        });
        let mut x = vec![0.0f32; self.words.len()];
        for w in words(text) {
            if let Some(v) = index.get(&w).and_then(|&i| x.get_mut(i)) {
                *v += 1.0;
            }
        }
        for (v, idf) in x.iter_mut().zip(&self.idf) {
            if *v > 0.0 {
                *v = (1.0 + v.ln()) * idf;
            }
        }
        let norm = x.iter().map(|v| v * v).sum::<f32>().sqrt();
        if norm > 0.0 {
            x.iter_mut().for_each(|v| *v /= norm);
        }
        x
    }
}

/// The words of `text`, lower case.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_in_three_scripts_weigh_a_sentence() {
        let texts = [
            "the budget rose",
            "the budget fell",
            "the tax rose",
            "el paro subió",
            "el paro bajó",
            "el paro sigue",
            "ارتفعت البطالة",
            "البطالة مرتفعة",
            "البطالة هنا",
        ];
        let vocabulary = Vocabulary::of(texts.iter().copied(), 10);
        assert!(vocabulary.words.contains(&"البطالة".to_owned()));
        assert!(vocabulary.words.contains(&"paro".to_owned()));
        assert!(
            !vocabulary.words.contains(&"budget".to_owned()),
            "in two texts only"
        );
        let x = vocabulary.features("The THE paro");
        assert!((x.iter().map(|v| v * v).sum::<f32>() - 1.0).abs() < 1e-5);
        assert!(
            vocabulary
                .features("nothing known")
                .iter()
                .all(|v| *v == 0.0)
        );
        let json = serde_json::to_string(&vocabulary).unwrap();
        let again: Vocabulary = serde_json::from_str(&json).unwrap();
        assert_eq!(again, vocabulary);
        assert_eq!(again.features("el paro"), vocabulary.features("el paro"));
    }
}
