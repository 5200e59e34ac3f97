//! Which scored sentences are offered to the checker, and in what order: those that reach the
//! threshold in a language the head was trained on, that the checker has not rejected, and
//! that no claim covers yet (an accepted suggestion is a claim, so it is no longer offered).

use super::{Head, Scored};
use crate::model::{AnnotationSet, Span, Tag};

/// The order of the Suggestions list (and of stepping through it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    /// Highest score first.
    #[default]
    Best,
    /// As they come in the text.
    InText,
}

/// From which score a sentence is suggested: the head's own threshold for its language, or
/// one the checker chose for every language.
pub fn reaches(one: &Scored, head: &Head, threshold: Option<f32>) -> bool {
    let own = one.language.as_deref().and_then(|l| head.threshold(l));
    one.trained_language && own.is_some_and(|own| one.score >= threshold.unwrap_or(own))
}

/// Whether `one` is offered: it reaches the threshold, was not rejected, and no claim
/// overlaps it.
pub fn is_offered(
    one: &Scored,
    head: &Head,
    threshold: Option<f32>,
    annotations: &AnnotationSet,
) -> bool {
    reaches(one, head, threshold)
        && !annotations.is_rejected(&one.text)
        && !annotations
            .index()
            .overlapping(Span::new(one.start, one.end))
            .any(|(entry, _)| entry.tag == Tag::Claim)
}

/// The places in `scored` of the sentences offered, in `order`.
pub fn offered(
    scored: &[Scored],
    head: &Head,
    threshold: Option<f32>,
    annotations: &AnnotationSet,
    order: Order,
) -> Vec<usize> {
    let mut places: Vec<usize> = (0..scored.len())
        .filter(|&i| {
            scored
                .get(i)
                .is_some_and(|one| is_offered(one, head, threshold, annotations))
        })
        .collect();
    if order == Order::Best {
        places.sort_by_key(|place| sort_key(scored, *place, order));
    }
    places
}

/// Where the sentence at `place` comes in `order`: best first (the higher score, then the
/// earlier), or in the text's order. Also where a sentence no longer offered would be, so
/// stepping goes on from it.
pub fn sort_key(scored: &[Scored], place: usize, order: Order) -> (i64, usize) {
    match order {
        Order::InText => (0, place),
        Order::Best => {
            let score = scored.get(place).map_or(0.0, |s| s.score);
            (-((score * 1e6).round() as i64), place)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, AnnotationId, Document};
    use crate::suggest::head::Trained;

    fn head() -> Head {
        Head {
            languages: vec![
                Trained {
                    code: "en".into(),
                    sentences: 10,
                    threshold: 0.5,
                },
                Trained {
                    code: "ar".into(),
                    sentences: 10,
                    threshold: 0.3,
                },
            ],
            model: "m".into(),
            vocabulary: Default::default(),
            mean: Vec::new(),
            spread: Vec::new(),
            weights: Vec::new(),
            bias: 0.0,
            trained_on: String::new(),
        }
    }

    fn scored(text: &str, start: usize, score: f32, language: &str, trained: bool) -> Scored {
        Scored {
            start,
            end: start + text.chars().count(),
            text: text.to_owned(),
            score,
            suggested: false,
            reasons: Vec::new(),
            language: Some(language.to_owned()),
            trained_language: trained,
        }
    }

    #[test]
    fn offered_leaves_out_rejected_claimed_low_and_untrained_sentences() {
        let text = "Unemployment fell 12 %. 😀 البطالة انخفضت. Il pleut. Taxes rose. Fine day.";
        let document = Document::new(text.to_owned(), None, "utf-8");
        let list = vec![
            scored("Unemployment fell 12 %.", 0, 0.9, "en", true),
            scored("البطالة انخفضت.", 26, 0.4, "ar", true),
            scored("Il pleut.", 42, 0.99, "fr", false),
            scored("Taxes rose.", 52, 0.6, "en", true),
            scored("Fine day.", 64, 0.2, "en", true),
        ];
        let head = head();
        let none = AnnotationSet::new();
        assert_eq!(offered(&list, &head, None, &none, Order::Best), [0, 3, 1]);
        assert_eq!(offered(&list, &head, None, &none, Order::InText), [0, 1, 3]);
        // One threshold for every language: the Arabic sentence is no longer offered.
        assert_eq!(
            offered(&list, &head, Some(0.55), &none, Order::Best),
            [0, 3]
        );
        // Rejected (by text, whatever the space around it) and claimed sentences go.
        let claim = Annotation::new(
            AnnotationId(1),
            Tag::Claim,
            Span::new(56, 60),
            &document,
            "2026-12-07T00:00:00Z",
        )
        .unwrap();
        let set = AnnotationSet::from_annotations(vec![claim])
            .unwrap()
            .with_rejected(["  Unemployment fell 12 %.\n"]);
        assert_eq!(offered(&list, &head, None, &set, Order::Best), [1]);
        // A quote over a sentence leaves it offered.
        let mut quote = set.get(AnnotationId(1)).unwrap().clone();
        quote.tag = Tag::Quote;
        let set = AnnotationSet::from_annotations(vec![quote]).unwrap();
        assert_eq!(offered(&list, &head, None, &set, Order::Best), [0, 3, 1]);
    }
}
