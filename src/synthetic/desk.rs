//! A generated desk: news-like articles whose words follow Zipf's law over a large made-up
//! vocabulary (so search terms are as rare or common as in real news), with numbers, claims
//! (about four per article, most reviewed), quotes and citations. For the desk benchmark.

use super::Rng;
use crate::model::{Annotation, AnnotationId, AnnotationSet, ClaimStatus, Document, Span, Tag};

/// Syllables the made-up words are built from.
const SYLLABLES: [&str; 40] = [
    "ka", "lo", "mi", "ner", "ta", "vo", "ris", "den", "pa", "sul", "ge", "bran", "to", "wel",
    "cor", "fi", "mar", "ste", "lu", "han", "dro", "pe", "sen", "qui", "bal", "tor", "ne", "vis",
    "gra", "mon", "el", "ast", "ur", "bo", "fen", "lis", "cha", "dor", "pri", "zan",
];

/// Words every article uses, most often of all.
const COMMON: [&str; 24] = [
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "is",
    "that",
    "for",
    "on",
    "said",
    "was",
    "with",
    "by",
    "as",
    "at",
    "from",
    "has",
    "were",
    "per",
    "cent",
    "million",
    "year",
    "government",
];

const CLAIMANTS: [&str; 12] = [
    "Finance Minister",
    "Mayor",
    "Opposition leader",
    "Health Secretary",
    "Union spokesperson",
    "Viral post",
    "Party leaflet",
    "Think tank",
    "Governor",
    "Senator",
    "Campaign group",
    "Chief executive",
];

const VERDICTS: [&str; 7] = [
    "True",
    "Mostly true",
    "Half true",
    "Mostly false",
    "False",
    "Misleading",
    "Unverifiable",
];

/// The vocabulary and the cumulative Zipf weights to draw from it.
pub struct Vocabulary {
    words: Vec<String>,
    cumulative: Vec<f64>,
}

impl Vocabulary {
    /// `size` made-up words (plus the common ones first), the same for the same seed.
    pub fn new(seed: u64, size: usize) -> Self {
        let mut rng = Rng(seed);
        let mut words: Vec<String> = COMMON.iter().map(|w| (*w).to_owned()).collect();
        let mut seen: std::collections::HashSet<String> = words.iter().cloned().collect();
        while words.len() < size + COMMON.len() {
            let syllables = 2 + rng.below(3);
            let word: String = (0..syllables)
                .map(|_| {
                    SYLLABLES
                        .get(rng.below(SYLLABLES.len()))
                        .copied()
                        .unwrap_or("ka")
                })
                .collect();
            if seen.insert(word.clone()) {
                words.push(word);
            }
        }
        let mut total = 0.0;
        let cumulative = (0..words.len())
            .map(|rank| {
                total += 1.0 / (rank as f64 + 1.0);
                total
            })
            .collect();
        Self { words, cumulative }
    }

    fn draw(&self, rng: &mut Rng) -> &str {
        let total = self.cumulative.last().copied().unwrap_or(1.0);
        let x = (rng.next() as f64 / u64::MAX as f64) * total;
        let rank = self.cumulative.partition_point(|c| *c < x);
        self.words.get(rank).map_or("the", String::as_str)
    }

    /// The word of this popularity rank (0 = most common).
    pub fn word(&self, rank: usize) -> &str {
        self.words.get(rank).map_or("the", String::as_str)
    }
}

fn sentence(vocabulary: &Vocabulary, rng: &mut Rng) -> String {
    let length = 10 + rng.below(14);
    let mut words: Vec<String> = (0..length)
        .map(|i| {
            if i > 2 && rng.below(9) == 0 {
                format!("{}", 1 + rng.below(5000))
            } else {
                vocabulary.draw(rng).to_owned()
            }
        })
        .collect();
    if let Some(first) = words.first_mut() {
        *first = crate::model::capitalized(first);
    }
    format!("{}.", words.join(" "))
}

/// File number `index` of the desk: about 2,500 characters in paragraphs, 1–7 claims (most
/// with a verdict), a quote and a citation.
pub fn article(vocabulary: &Vocabulary, seed: u64, index: usize) -> (Document, AnnotationSet) {
    let mut rng = Rng(seed ^ (index as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
    let title = sentence(vocabulary, &mut rng);
    let title = title
        .trim_end_matches('.')
        .chars()
        .take(70)
        .collect::<String>();
    let mut sentences: Vec<String> = (0..20).map(|_| sentence(vocabulary, &mut rng)).collect();
    let mut text = format!("{title}\n\n");
    let mut spans = Vec::new();
    for (n, s) in sentences.iter_mut().enumerate() {
        let start = text.chars().count();
        text.push_str(s);
        spans.push(Span::new(
            start,
            start + s.chars().count().saturating_sub(1),
        ));
        text.push_str(if n % 4 == 3 { "\n\n" } else { " " });
    }
    let document = Document::new(text, Some(format!("article-{index:05}.txt")), "utf-8");
    let date = format!(
        "2026-{:02}-{:02}T{:02}:00:00Z",
        1 + index % 11,
        1 + index % 28,
        index % 24
    );
    let claims = 1 + rng.below(7);
    let mut list = Vec::new();
    let mut order: Vec<usize> = (0..spans.len()).collect();
    for i in (1..order.len()).rev() {
        order.swap(i, rng.below(i + 1));
    }
    for (n, &which) in order.iter().take(claims + 2).enumerate() {
        let Some(&span) = spans.get(which) else {
            continue;
        };
        let tag = match n {
            n if n < claims => Tag::Claim,
            n if n == claims => Tag::Quote,
            _ => Tag::Citation,
        };
        let Some(mut a) = Annotation::new(AnnotationId(n as u64 + 1), tag, span, &document, &date)
        else {
            continue;
        };
        match tag {
            Tag::Claim => {
                a.review.claimant = CLAIMANTS
                    .get(rng.below(CLAIMANTS.len()))
                    .copied()
                    .unwrap_or_default()
                    .to_owned();
                if rng.below(10) < 6 {
                    a.review.status = ClaimStatus::Done;
                    a.review.verdict = VERDICTS
                        .get(rng.below(VERDICTS.len()))
                        .map(|v| (*v).to_owned());
                    a.review.normalized = a.text.chars().take(70).collect();
                    a.review.rationale = sentence(vocabulary, &mut rng);
                }
            }
            Tag::Quote => a.review.speaker = "Spokesperson".to_owned(),
            Tag::Citation => a.review.target = format!("https://example.org/report/{index}"),
        }
        list.push(a);
    }
    (
        document,
        AnnotationSet::from_annotations(list).unwrap_or_default(),
    )
}
