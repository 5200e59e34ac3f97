//! The check-worthiness head: a logistic regression over a sentence's features (the matching
//! model's vector of it, one feature per [`Reason`], then its TF-IDF over the head's
//! [`Vocabulary`]), standardized; trained here
//! ([`train`]) on public check-worthiness data and shipped as `assets/suggest-head.json`
//! (`cargo run --release --example train_suggestions` makes it again).

use serde::{Deserialize, Serialize};

use super::reasons::Reason;
use super::tfidf::Vocabulary;

/// A trained head.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Head {
    /// What the vectors it reads are kept under (the matching model's vectors id): another
    /// model's vectors mean nothing to it.
    pub model: String,
    /// The languages it was trained on, each with its threshold.
    pub languages: Vec<Trained>,
    /// The words it weighs (none: it reads the vector and the reasons only).
    #[serde(default)]
    pub vocabulary: Vocabulary,
    /// Each feature's mean and spread in the training data.
    pub mean: Vec<f32>,
    /// Each feature's standard deviation in the training data (1 where it did not vary).
    pub spread: Vec<f32>,
    /// Each standardized feature's weight.
    pub weights: Vec<f32>,
    /// The intercept.
    pub bias: f32,
    /// What it was trained on, in words.
    pub trained_on: String,
}

/// A language a head was trained on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Trained {
    /// Its code (ISO 639-1).
    pub code: String,
    /// How many of its sentences the head was trained on.
    pub sentences: usize,
    /// The score from which its sentences are suggested (chosen for F1 on data the head was
    /// not trained on).
    pub threshold: f32,
}

/// A sentence's features without words: its vector, then 1 or 0 for each reason.
pub fn features(vector: &[f32], reasons: &[Reason]) -> Vec<f32> {
    let mut out = vector.to_vec();
    out.extend(
        Reason::ALL
            .iter()
            .map(|r| if reasons.contains(r) { 1.0 } else { 0.0 }),
    );
    out
}

/// A sentence's features as a head with `vocabulary` reads them: its vector, its reasons,
/// then its TF-IDF over the vocabulary's words (none when it has none).
pub fn with_words(
    text: &str,
    vector: &[f32],
    reasons: &[Reason],
    vocabulary: &Vocabulary,
) -> Vec<f32> {
    let mut x = features(vector, reasons);
    if !vocabulary.is_empty() {
        x.extend(vocabulary.features(text));
    }
    x
}

impl Head {
    /// The features of `text` (of vector `vector`, with `reasons`) as this head reads them.
    pub fn features_of(&self, text: &str, vector: &[f32], reasons: &[Reason]) -> Vec<f32> {
        with_words(text, vector, reasons, &self.vocabulary)
    }

    /// The probability that a sentence with these features is worth checking (0 when the
    /// features are not of its length).
    pub fn score(&self, features: &[f32]) -> f32 {
        if features.len() != self.weights.len() {
            return 0.0;
        }
        let z: f32 = features
            .iter()
            .zip(&self.mean)
            .zip(&self.spread)
            .zip(&self.weights)
            .map(|(((x, m), s), w)| (x - m) / s * w)
            .sum::<f32>()
            + self.bias;
        sigmoid(z)
    }

    /// True when its parts agree: as many means, spreads and weights, every spread positive
    /// and every number finite.
    pub fn is_whole(&self) -> bool {
        let n = self.weights.len();
        n > 0
            && self.mean.len() == n
            && self.spread.len() == n
            && self.spread.iter().all(|s| *s > 0.0 && s.is_finite())
            && self.mean.iter().chain(&self.weights).all(|x| x.is_finite())
            && self.bias.is_finite()
    }

    /// The threshold of `language` (ISO 639-1), when it was trained on sentences in it.
    pub fn threshold(&self, language: &str) -> Option<f32> {
        self.languages
            .iter()
            .find(|l| l.code == language)
            .map(|l| l.threshold)
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// How a head is trained.
#[derive(Clone, Copy, Debug)]
pub struct Training {
    /// Passes over the data.
    pub epochs: usize,
    /// Adam's step size.
    pub rate: f32,
    /// L2 penalty on the weights.
    pub l2: f32,
}

impl Default for Training {
    fn default() -> Self {
        Self {
            epochs: 300,
            rate: 0.05,
            l2: 1e-3,
        }
    }
}

/// A logistic regression trained on `examples` (features and whether the sentence is worth
/// checking), each weighed by `weight`: full-batch gradient descent with Adam from zero, so
/// the same data always gives the same head. `model`, `languages` and `trained_on` are filled
/// in by the caller.
pub fn train(examples: &[(Vec<f32>, bool, f32)], training: Training) -> Head {
    let width = examples.first().map_or(0, |(x, _, _)| x.len());
    let examples: Vec<&(Vec<f32>, bool, f32)> = examples
        .iter()
        .filter(|(x, _, _)| x.len() == width)
        .collect();
    let total_weight: f32 = examples.iter().map(|(_, _, w)| w).sum::<f32>().max(1e-9);
    let mut mean = vec![0.0f32; width];
    for (x, _, w) in &examples {
        for (m, v) in mean.iter_mut().zip(x) {
            *m += v * w / total_weight;
        }
    }
    let mut spread = vec![0.0f32; width];
    for (x, _, w) in &examples {
        for ((s, v), m) in spread.iter_mut().zip(x).zip(&mean) {
            *s += (v - m) * (v - m) * w / total_weight;
        }
    }
    for s in &mut spread {
        *s = if *s > 1e-12 { s.sqrt() } else { 1.0 };
    }
    let standardized = standardize(examples.iter().map(|(x, _, _)| x), &mean, &spread);
    let labelled: Vec<(bool, f32)> = examples.iter().map(|(_, l, w)| (*l, *w)).collect();
    let zero = vec![0.0f32; width];
    let (weights, bias) = descend(&standardized, &labelled, (&zero, 0.0), training);
    Head {
        model: String::new(),
        languages: Vec::new(),
        vocabulary: Vocabulary::default(),
        mean,
        spread,
        weights,
        bias,
        trained_on: String::new(),
    }
}

/// Each feature vector less the mean, over the spread.
fn standardize<'a>(
    features: impl Iterator<Item = &'a Vec<f32>>,
    mean: &[f32],
    spread: &[f32],
) -> Vec<Vec<f32>> {
    features
        .map(|x| {
            x.iter()
                .zip(mean)
                .zip(spread)
                .map(|((v, m), s)| (v - m) / s)
                .collect()
        })
        .collect()
}

/// Full-batch Adam on standardized features from `start` (weights, bias), with an L2 pull
/// back towards `start`: from zero it is plain L2; from a trained head, its knowledge is kept
/// where the new examples do not say otherwise.
fn descend(
    standardized: &[Vec<f32>],
    labelled: &[(bool, f32)],
    start: (&[f32], f32),
    training: Training,
) -> (Vec<f32>, f32) {
    let width = start.0.len();
    let total_weight: f32 = labelled.iter().map(|(_, w)| w).sum::<f32>().max(1e-9);
    let mut weights = start.0.to_vec();
    let mut bias = start.1;
    let (mut m_w, mut v_w) = (vec![0.0f32; width], vec![0.0f32; width]);
    let (mut m_b, mut v_b) = (0.0f32, 0.0f32);
    let (beta1, beta2, eps) = (0.9f32, 0.999f32, 1e-8f32);
    for step in 1..=training.epochs {
        let mut grad = vec![0.0f32; width];
        let mut grad_b = 0.0f32;
        for (x, (label, w)) in standardized.iter().zip(labelled) {
            let z = crate::semantic::similarity(x, &weights) + bias;
            let error = (sigmoid(z) - if *label { 1.0 } else { 0.0 }) * w / total_weight;
            for (g, v) in grad.iter_mut().zip(x) {
                *g += error * v;
            }
            grad_b += error;
        }
        for ((g, w), w0) in grad.iter_mut().zip(&weights).zip(start.0) {
            *g += training.l2 * (w - w0);
        }
        let t = step as i32;
        let (c1, c2) = (1.0 - beta1.powi(t), 1.0 - beta2.powi(t));
        for (((w, g), m), v) in weights.iter_mut().zip(&grad).zip(&mut m_w).zip(&mut v_w) {
            *m = beta1 * *m + (1.0 - beta1) * g;
            *v = beta2 * *v + (1.0 - beta2) * g * g;
            *w -= training.rate * (*m / c1) / ((*v / c2).sqrt() + eps);
        }
        m_b = beta1 * m_b + (1.0 - beta1) * grad_b;
        v_b = beta2 * v_b + (1.0 - beta2) * grad_b * grad_b;
        bias -= training.rate * (m_b / c1) / ((v_b / c2).sqrt() + eps);
    }
    (weights, bias)
}

/// How a shipped head is adapted to a desk's own examples: few passes, small steps, and a pull
/// back towards the shipped weights, so a few dozen examples shift it without undoing it.
pub const ADAPTING: Training = Training {
    epochs: 60,
    rate: 0.01,
    l2: 0.05,
};

impl Head {
    /// This head adapted to a desk's examples (features as [`Head::features_of`] gives them,
    /// whether each is worth checking, its weight): the same features, standardization and
    /// languages; the weights moved from this head's by `training`, and the threshold the one
    /// with the best F1 on the desk's examples (when they hold both kinds).
    pub fn adapted(&self, examples: &[(Vec<f32>, bool, f32)], training: Training) -> Head {
        let width = self.weights.len();
        let kept: Vec<&(Vec<f32>, bool, f32)> = examples
            .iter()
            .filter(|(x, _, _)| x.len() == width)
            .collect();
        let standardized = standardize(kept.iter().map(|(x, _, _)| x), &self.mean, &self.spread);
        let labelled: Vec<(bool, f32)> = kept.iter().map(|(_, l, w)| (*l, *w)).collect();
        let (weights, bias) = descend(
            &standardized,
            &labelled,
            (&self.weights, self.bias),
            training,
        );
        // The desk's examples also say from which score its claims start.
        let scores: Vec<f32> = standardized
            .iter()
            .map(|x| sigmoid(crate::semantic::similarity(x, &weights) + bias))
            .collect();
        let labels: Vec<bool> = labelled.iter().map(|(l, _)| *l).collect();
        let (threshold, _) = best_threshold(&scores, &labels);
        let positives = labels.iter().filter(|l| **l).count();
        let both_kinds = positives > 0 && positives < labels.len();
        let languages = self
            .languages
            .iter()
            .map(|l| Trained {
                threshold: if both_kinds { threshold } else { l.threshold },
                ..l.clone()
            })
            .collect();
        Head {
            weights,
            bias,
            languages,
            trained_on: format!(
                "{}; adapted to {} of a desk's examples",
                self.trained_on,
                kept.len()
            ),
            ..self.clone()
        }
    }
}

/// The F1 of suggesting what scores at least `threshold`, against `labels`.
pub fn f1_at(scores: &[f32], labels: &[bool], threshold: f32) -> f32 {
    let (mut tp, mut fp, mut fn_) = (0.0f32, 0.0f32, 0.0f32);
    for (s, l) in scores.iter().zip(labels) {
        match (*s >= threshold, *l) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fn_ += 1.0,
            (false, false) => {}
        }
    }
    if tp == 0.0 {
        0.0
    } else {
        2.0 * tp / (2.0 * tp + fp + fn_)
    }
}

/// The threshold (among the scores themselves) with the best F1, and that F1.
pub fn best_threshold(scores: &[f32], labels: &[bool]) -> (f32, f32) {
    let mut candidates: Vec<f32> = scores.to_vec();
    candidates.sort_by(f32::total_cmp);
    candidates.dedup();
    candidates
        .into_iter()
        .map(|t| (t, f1_at(scores, labels, t)))
        .fold((0.5, 0.0), |best, c| if c.1 > best.1 { c } else { best })
}

/// Average precision of ranking by `scores` against `labels`.
pub fn average_precision(scores: &[f32], labels: &[bool]) -> f32 {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| {
        let score = |i: usize| scores.get(i).copied().unwrap_or(0.0);
        score(b).total_cmp(&score(a))
    });
    let positives = labels.iter().filter(|l| **l).count();
    if positives == 0 {
        return 0.0;
    }
    let mut hits = 0.0f32;
    let mut sum = 0.0f32;
    for (rank, i) in order.iter().enumerate() {
        if labels.get(*i).copied().unwrap_or(false) {
            hits += 1.0;
            sum += hits / (rank as f32 + 1.0);
        }
    }
    sum / positives as f32
}

/// A head for tests: two features, worth checking when the first is high, English at 0.5;
/// with the examples it was trained on.
#[cfg(test)]
pub(crate) fn toy_head() -> (Head, Vec<(Vec<f32>, bool, f32)>) {
    let examples: Vec<(Vec<f32>, bool, f32)> = (0..200)
        .map(|i| {
            let x = (i % 20) as f32 / 20.0;
            let y = ((i * 7) % 13) as f32 / 13.0;
            (vec![x, y], x > 0.5, 1.0)
        })
        .collect();
    let mut head = train(&examples, Training::default());
    head.languages = vec![Trained {
        code: "en".into(),
        sentences: 200,
        threshold: 0.5,
    }];
    (head, examples)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_head_learns_a_separable_rule_and_scores_its_own_width_only() {
        // Worth checking when the first feature is high; the second is noise.
        let examples: Vec<(Vec<f32>, bool, f32)> = (0..200)
            .map(|i| {
                let x = (i % 20) as f32 / 20.0;
                let noise = ((i * 7) % 13) as f32 / 13.0;
                (vec![x, noise], x > 0.5, 1.0)
            })
            .collect();
        let head = train(&examples, Training::default());
        let scores: Vec<f32> = examples.iter().map(|(x, _, _)| head.score(x)).collect();
        let labels: Vec<bool> = examples.iter().map(|(_, l, _)| *l).collect();
        assert!(f1_at(&scores, &labels, 0.5) > 0.95);
        assert!(average_precision(&scores, &labels) > 0.99);
        assert!(head.weights[0].abs() > 5.0 * head.weights[1].abs());
        assert_eq!(head.score(&[1.0]), 0.0);
        // The same data, the same head.
        assert_eq!(train(&examples, Training::default()), head);
    }

    #[test]
    fn adapting_moves_a_head_towards_a_desks_examples_and_keeps_its_shape() {
        let (shipped, shipped_examples) = toy_head();
        // The desk checks what is high in the second feature instead.
        let desk: Vec<(Vec<f32>, bool, f32)> = shipped_examples
            .iter()
            .map(|(x, _, w)| (x.clone(), x[1] > 0.5, *w))
            .chain([(vec![1.0], true, 1.0)])
            .collect();
        let adapted = shipped.adapted(&desk, ADAPTING);
        assert!(adapted.weights[1] > shipped.weights[1], "{adapted:?}");
        assert!(adapted.weights[0] < shipped.weights[0], "{adapted:?}");
        assert_eq!(
            (&adapted.mean, &adapted.spread, adapted.languages.len()),
            (&shipped.mean, &shipped.spread, 1)
        );
        assert!(adapted.trained_on.contains("adapted to 200"));
        let threshold = adapted.threshold("en").unwrap();
        assert!(threshold > 0.0 && threshold < 1.0);
        // Examples of one kind say nothing about where claims start: the threshold stays.
        let only_claims: Vec<(Vec<f32>, bool, f32)> =
            desk.iter().map(|(x, _, w)| (x.clone(), true, *w)).collect();
        assert_eq!(
            shipped.adapted(&only_claims, ADAPTING).threshold("en"),
            Some(0.5)
        );
    }

    #[test]
    fn thresholds_and_average_precision() {
        let scores = [0.9, 0.8, 0.3, 0.2];
        let labels = [true, false, true, false];
        assert!((average_precision(&scores, &labels) - (1.0 + 2.0 / 3.0) / 2.0).abs() < 1e-6);
        let (t, f1) = best_threshold(&scores, &labels);
        assert_eq!(t, 0.3);
        assert!((f1 - 0.8).abs() < 1e-6);
        assert_eq!(f1_at(&scores, &labels, 0.95), 0.0);
    }
}
