//! Deterministic large articles and annotation sets, for benchmarks and stress tests.
//!
//! The same seed always gives the same text and annotations, so figures can be compared
//! between runs and machines. [`desk`] makes a whole desk of news-like files.

pub mod desk;
pub mod pdf;

use crate::model::{Annotation, AnnotationId, AnnotationSet, Document, Span, Tag};

/// A small, fast, deterministic random number generator (SplitMix64).
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const WORDS: [&str; 48] = [
    "the",
    "council",
    "said",
    "report",
    "minister",
    "growth",
    "percent",
    "million",
    "according",
    "data",
    "official",
    "claimed",
    "statement",
    "analysts",
    "budget",
    "emissions",
    "hospital",
    "waiting",
    "record",
    "figures",
    "economy",
    "exports",
    "survey",
    "published",
    "government",
    "spokesperson",
    "increase",
    "decrease",
    "year",
    "since",
    "under",
    "investment",
    "policy",
    "election",
    "voters",
    "households",
    "benefit",
    "citizens",
    "café",
    "naïve",
    "Zürich",
    "São",
    "Paulo",
    "€250",
    "“quoted”",
    "—",
    "李小龙",
    "😀",
];

/// An article of about `target_bytes` bytes: paragraphs of 1–300 words, plus one paragraph of
/// `long_paragraph_bytes` bytes with no line break in the middle of the text.
pub fn article(seed: u64, target_bytes: usize, long_paragraph_bytes: usize) -> String {
    let mut rng = Rng(seed);
    let mut text = String::with_capacity(target_bytes + 1024);
    let mut long_done = long_paragraph_bytes == 0;
    while text.len() < target_bytes {
        let long = !long_done && text.len() >= target_bytes / 2;
        let words = if long { usize::MAX } else { 1 + rng.below(300) };
        let paragraph_start = text.len();
        let mut count = 0;
        let mut sentence_start = true;
        while count < words {
            if long && text.len() - paragraph_start >= long_paragraph_bytes {
                break;
            }
            let word = WORDS.get(rng.below(WORDS.len())).copied().unwrap_or("the");
            if count > 0 {
                text.push(' ');
            }
            if sentence_start {
                let mut chars = word.chars();
                if let Some(first) = chars.next() {
                    text.extend(first.to_uppercase());
                    text.push_str(chars.as_str());
                }
            } else {
                text.push_str(word);
            }
            count += 1;
            sentence_start = rng.below(12) == 0;
            if sentence_start {
                text.push('.');
            }
        }
        if long {
            long_done = true;
        }
        if !sentence_start {
            text.push('.');
        }
        text.push('\n');
        if rng.below(3) == 0 {
            text.push('\n');
        }
    }
    text
}

/// `count` annotations on `document`: all three tags, about a third nested inside another and
/// many overlapping, spread over the whole text.
pub fn annotations(seed: u64, document: &Document, count: usize) -> AnnotationSet {
    let mut rng = Rng(seed ^ 0xA5A5_5A5A);
    let len = document.char_len();
    let mut list: Vec<Annotation> = Vec::with_capacity(count);
    let now = "2026-11-27T00:00:00Z";
    while list.len() < count && len > 2 {
        let id = AnnotationId(list.len() as u64 + 1);
        let tag = Tag::ALL.get(rng.below(3)).copied().unwrap_or(Tag::Claim);
        let span = match list.last() {
            // Nest inside the previous one.
            Some(outer) if rng.below(3) == 0 && outer.span.len() > 4 => {
                let start = outer.span.start + 1 + rng.below(outer.span.len() / 2);
                let end = (start + 1 + rng.below(outer.span.end - start - 1)).min(outer.span.end);
                Span::new(start, end)
            }
            _ => {
                let start = rng.below(len - 1);
                let end = (start + 1 + rng.below(400)).min(len);
                Span::new(start, end)
            }
        };
        if let Some(mut annotation) = Annotation::new(id, tag, span, document, now) {
            if rng.below(4) == 0 {
                annotation.note = "Checked against the published figures.".to_owned();
            }
            list.push(annotation);
        }
    }
    AnnotationSet::from_annotations(list).unwrap_or_default()
}

/// The benchmark document: about 5 MB with a 200 kB paragraph, and 50,000 annotations.
pub fn large(seed: u64) -> (Document, AnnotationSet) {
    let text = article(seed, 5_000_000, 200_000);
    let document = Document::new(text, Some("synthetic-5mb.txt".to_owned()), "utf-8");
    let set = annotations(seed, &document, 50_000);
    (document, set)
}

/// Annotations in [`dense`]; chains of this many spans, each inside the one before.
pub const DENSE_COUNT: usize = 30_000;
/// How deep [`dense`]'s chains of nested spans go.
pub const DENSE_DEPTH: usize = 40;

/// The densest-screen benchmark document: about 5 MB of text with [`DENSE_COUNT`] annotations
/// packed into its middle tenth, as chains of [`DENSE_DEPTH`] spans each nested in the one
/// before (120–720 characters at the outside), the chains overlapping one another.
pub fn dense(seed: u64) -> (Document, AnnotationSet) {
    let text = article(seed, 5_000_000, 0);
    let document = Document::new(text, Some("synthetic-dense.txt".to_owned()), "utf-8");
    let len = document.char_len();
    let region = Span::new(len * 9 / 20, len * 11 / 20);
    let mut rng = Rng(seed ^ 0xDE45_E000);
    let mut list: Vec<Annotation> = Vec::with_capacity(DENSE_COUNT);
    let now = "2026-11-27T00:00:00Z";
    while list.len() < DENSE_COUNT && region.len() > 1_000 {
        let outer = 120 + rng.below(600);
        let start = region.start + rng.below(region.len() - outer);
        let mut span = Span::new(start, start + outer);
        for depth in 0..DENSE_DEPTH {
            if list.len() >= DENSE_COUNT || span.len() < 3 {
                break;
            }
            let id = AnnotationId(list.len() as u64 + 1);
            let tag = Tag::ALL.get(rng.below(3)).copied().unwrap_or(Tag::Claim);
            if let Some(annotation) = Annotation::new(id, tag, span, &document, now) {
                list.push(annotation);
            }
            // Room for the levels still to come: at least one character off each side.
            let remaining = DENSE_DEPTH - depth;
            let room = (span.len().saturating_sub(2 * remaining) / (2 * remaining)).max(1);
            let left = 1 + rng.below(room);
            let right = 1 + rng.below(room);
            span = Span::new(
                span.start + left,
                span.end.saturating_sub(right).max(span.start + left),
            );
        }
    }
    (
        document,
        AnnotationSet::from_annotations(list).unwrap_or_default(),
    )
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn deterministic_and_valid() {
        let text = article(7, 50_000, 5_000);
        assert_eq!(text, article(7, 50_000, 5_000));
        assert!(text.len() >= 50_000);
        let longest = text.split('\n').map(str::len).max().unwrap_or(0);
        assert!(longest >= 5_000, "has the long paragraph");
        let doc = Document::new(text, None, "utf-8");
        let set = annotations(7, &doc, 500);
        assert_eq!(set.len(), 500);
        assert_eq!(set.flagged_count(), 0);
        let all: Vec<&Annotation> = set.in_order().collect();
        let nested = all
            .windows(2)
            .filter(|w| w[0].span.contains_span(&w[1].span) && w[0].span != w[1].span)
            .count();
        assert!(nested > 50, "{nested} nested");
    }

    #[test]
    fn dense_packs_deep_chains_into_a_tenth() {
        let (document, set) = dense(3);
        assert_eq!(set.len(), DENSE_COUNT);
        let len = document.char_len();
        assert!(
            set.in_order()
                .all(|a| a.span.start >= len * 9 / 20 && a.span.end <= len * 11 / 20)
        );
        // Each chain: 40 spans, each strictly inside the one before (ids are consecutive).
        let by_id = |n: u64| set.get(AnnotationId(n)).map(|a| a.span);
        let chain: Vec<Span> = (1..=DENSE_DEPTH as u64).filter_map(by_id).collect();
        assert_eq!(chain.len(), DENSE_DEPTH);
        assert!(
            chain
                .windows(2)
                .all(|w| w[0].contains_span(&w[1]) && w[0] != w[1])
        );
    }
}
