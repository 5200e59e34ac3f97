//! A desk's taste: the shipped head adapted to the claims a desk tagged and the suggestions it
//! rejected, but only where the desk's own examples show that the adapted head does better.
//! Each example is scored by a head adapted without it (five folds), so the comparison and
//! the threshold are not judged on what was learnt from.

use super::Head;
use super::head::{ADAPTING, best_threshold, f1_at};

/// At least this many claims and this many rejections before a desk's taste is learnt.
pub const FEWEST_OF_EACH: usize = 20;

/// Folds of the desk's examples.
const FOLDS: usize = 5;

/// What was done with a desk's examples.
#[derive(Clone, Debug, PartialEq)]
pub enum Taste {
    /// Too few examples of one kind (claims, rejections).
    TooFew {
        /// Claims among the examples.
        claims: usize,
        /// Rejections among them.
        rejected: usize,
    },
    /// The adapted head did not do better on the desk's examples: the shipped one is kept.
    NoGain {
        /// Claims among the examples.
        claims: usize,
        /// Rejections among them.
        rejected: usize,
    },
    /// The head was adapted.
    Adapted {
        /// Claims among the examples.
        claims: usize,
        /// Rejections among them.
        rejected: usize,
        /// F1 on the desk's examples before (the shipped head at its threshold).
        before: f32,
        /// F1 after (each example scored by a head adapted without it).
        after: f32,
    },
}

/// The head for a desk whose examples are `examples` (features as the head reads them,
/// whether the sentence was tagged as a claim): `head` adapted when that does better on the
/// examples, else `head` itself; and what was done. `language` is the desk's examples' main
/// language (its threshold is the one compared with and replaced).
pub fn for_desk(head: &Head, examples: &[(Vec<f32>, bool)], language: &str) -> (Head, Taste) {
    let claims = examples.iter().filter(|(_, l)| *l).count();
    let rejected = examples.len() - claims;
    if claims < FEWEST_OF_EACH || rejected < FEWEST_OF_EACH {
        return (head.clone(), Taste::TooFew { claims, rejected });
    }
    let labels: Vec<bool> = examples.iter().map(|(_, l)| *l).collect();
    let shipped: Vec<f32> = examples.iter().map(|(x, _)| head.score(x)).collect();
    let own = head.threshold(language).unwrap_or(0.5);
    let before = f1_at(&shipped, &labels, own);
    // Out-of-fold scores: example i is scored by a head adapted on the other folds.
    let mut held_out = vec![0.0f32; examples.len()];
    for fold in 0..FOLDS {
        let training: Vec<(Vec<f32>, bool, f32)> = examples
            .iter()
            .enumerate()
            .filter(|(i, _)| i % FOLDS != fold)
            .map(|(_, (x, l))| (x.clone(), *l, 1.0))
            .collect();
        let adapted = head.adapted(&training, ADAPTING);
        for (i, (x, _)) in examples
            .iter()
            .enumerate()
            .filter(|(i, _)| i % FOLDS == fold)
        {
            if let Some(score) = held_out.get_mut(i) {
                *score = adapted.score(x);
            }
        }
    }
    let (threshold, after) = best_threshold(&held_out, &labels);
    if after <= before {
        return (head.clone(), Taste::NoGain { claims, rejected });
    }
    let all: Vec<(Vec<f32>, bool, f32)> =
        examples.iter().map(|(x, l)| (x.clone(), *l, 1.0)).collect();
    let mut adapted = head.adapted(&all, ADAPTING);
    for trained in &mut adapted.languages {
        if trained.code == language {
            trained.threshold = threshold;
        }
    }
    let taste = Taste::Adapted {
        claims,
        rejected,
        before,
        after,
    };
    (adapted, taste)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_desk_is_adapted_to_only_when_its_own_examples_show_a_gain() {
        let (head, _) = crate::suggest::head::toy_head();
        let desk = |rule: &dyn Fn(f32, f32) -> bool, n: usize| -> Vec<(Vec<f32>, bool)> {
            (0..n)
                .map(|i| {
                    let x = ((i * 3) % 17) as f32 / 17.0;
                    let y = ((i * 5) % 11) as f32 / 11.0;
                    (vec![x, y], rule(x, y))
                })
                .collect()
        };
        // Too few rejections.
        let few = desk(&|x, _| x > 0.1, 30);
        assert!(matches!(
            for_desk(&head, &few, "en").1,
            Taste::TooFew { .. }
        ));
        // A desk that checks what the shipped head already suggests: nothing to gain.
        let same = desk(&|x, _| x > 0.5, 200);
        let (kept, taste) = for_desk(&head, &same, "en");
        assert!(matches!(taste, Taste::NoGain { .. }), "{taste:?}");
        assert_eq!(kept, head);
        // A desk with a taste of its own (the second feature): adapted, and better on it.
        let other = desk(&|_, y| y > 0.5, 200);
        let (adapted, taste) = for_desk(&head, &other, "en");
        let Taste::Adapted { before, after, .. } = taste else {
            panic!("{taste:?}")
        };
        assert!(after > before, "{before} → {after}");
        assert_ne!(adapted.weights, head.weights);
    }
}
