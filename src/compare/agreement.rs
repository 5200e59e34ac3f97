//! How far two people's annotations of one article agree: span F1 (exact, and overlapping with
//! each span matched at most once), Cohen's kappa over the article's characters for each tag,
//! and, for claims both marked, how often their verdicts agree.

use serde::Serialize;

use crate::model::{Annotation, AnnotationSet, Span, Tag};

/// Agreement on one tag.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TagAgreement {
    /// The tag.
    pub tag: Tag,
    /// Spans of this tag in the first file.
    pub first: usize,
    /// Spans of this tag in the second file.
    pub second: usize,
    /// Spans with the same start and end in both.
    pub exact_matches: usize,
    /// Pairs of overlapping spans (each span in at most one pair).
    pub overlap_matches: usize,
    /// F1 of exact matches.
    pub span_f1_exact: f64,
    /// F1 of overlapping matches.
    pub span_f1_overlap: f64,
    /// Cohen's kappa over characters: inside a span of this tag or not.
    pub char_kappa: f64,
}

/// Agreement on the verdicts of claims both files marked (paired by overlap).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VerdictAgreement {
    /// Claims paired between the files.
    pub pairs: usize,
    /// Pairs where both gave a verdict.
    pub both_judged: usize,
    /// Of those, pairs with the same verdict.
    pub equal: usize,
    /// `equal / both_judged` (none when no pair has two verdicts).
    pub share_equal: Option<f64>,
    /// Cohen's kappa over those pairs' verdicts.
    pub kappa: Option<f64>,
}

/// The agreement between two files of one article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Agreement {
    /// F1 of spans with the same start, end and tag.
    pub span_f1_exact: f64,
    /// F1 of spans with the same tag that overlap, each matched at most once.
    pub span_f1_overlap: f64,
    /// Character kappa averaged over the tags present in either file (1 when neither has any).
    pub char_kappa: f64,
    /// The same, tag by tag (tags present in either file).
    pub per_tag: Vec<TagAgreement>,
    /// Verdicts of paired claims.
    pub verdicts: VerdictAgreement,
}

fn f1(matches: usize, first: usize, second: usize) -> f64 {
    if first + second == 0 {
        1.0
    } else {
        2.0 * matches as f64 / (first + second) as f64
    }
}

/// Cohen's kappa from observed agreement and agreement expected by chance; when chance
/// agreement is certain, 1 if they agree and 0 if not.
fn kappa(observed: f64, expected: f64) -> f64 {
    if (1.0 - expected).abs() < 1e-12 {
        if (1.0 - observed).abs() < 1e-12 {
            1.0
        } else {
            0.0
        }
    } else {
        (observed - expected) / (1.0 - expected)
    }
}

/// Which characters of an article of `len` chars lie inside one of `spans`.
fn inside(len: usize, spans: &[Span]) -> Vec<bool> {
    let mut delta = vec![0i64; len + 1];
    for span in spans {
        let (start, end) = (span.start.min(len), span.end.min(len));
        if let Some(d) = delta.get_mut(start) {
            *d += 1;
        }
        if let Some(d) = delta.get_mut(end) {
            *d -= 1;
        }
    }
    let mut depth = 0;
    delta
        .iter()
        .take(len)
        .map(|d| {
            depth += d;
            depth > 0
        })
        .collect()
}

fn char_kappa(len: usize, first: &[Span], second: &[Span]) -> f64 {
    if len == 0 {
        return 1.0;
    }
    let (a, b) = (inside(len, first), inside(len, second));
    let mut counts = [[0usize; 2]; 2];
    for (x, y) in a.iter().zip(&b) {
        if let Some(cell) = counts
            .get_mut(usize::from(*x))
            .and_then(|row| row.get_mut(usize::from(*y)))
        {
            *cell += 1;
        }
    }
    let n = len as f64;
    let [[n00, n01], [n10, n11]] = counts;
    let observed = (n11 + n00) as f64 / n;
    let p_first = (n11 + n10) as f64 / n;
    let p_second = (n11 + n01) as f64 / n;
    let expected = p_first * p_second + (1.0 - p_first) * (1.0 - p_second);
    kappa(observed, expected)
}

/// The largest set of pairs (first index, second index) of overlapping spans, each span in at
/// most one pair (augmenting paths). Among equally large sets it prefers pairing the same span,
/// then pairs `alike` says are alike (same verdict), then the larger overlap, so a file
/// compared with itself pairs every annotation with itself.
pub(super) fn overlap_pairs(
    first: &[Span],
    second: &[Span],
    alike: &dyn Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..second.len()).collect();
    order.sort_by_key(|&j| second.get(j).map(|s| (s.start, s.end)));
    let candidates: Vec<Vec<usize>> = first
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mut found: Vec<usize> = order
                .iter()
                .copied()
                .take_while(|&j| second.get(j).is_some_and(|b| b.start < a.end))
                .filter(|&j| second.get(j).is_some_and(|b| b.end > a.start))
                .collect();
            found.sort_by_key(|&j| {
                let b = second.get(j).copied().unwrap_or(*a);
                let overlap = a.end.min(b.end).saturating_sub(a.start.max(b.start));
                (b != *a, !alike(i, j), std::cmp::Reverse(overlap), j)
            });
            found
        })
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; second.len()];
    fn augment(
        i: usize,
        candidates: &[Vec<usize>],
        owner: &mut [Option<usize>],
        seen: &mut [bool],
    ) -> bool {
        for &j in candidates.get(i).map(Vec::as_slice).unwrap_or_default() {
            if seen.get(j).copied().unwrap_or(true) {
                continue;
            }
            if let Some(s) = seen.get_mut(j) {
                *s = true;
            }
            let current = owner.get(j).copied().flatten();
            let free = match current {
                None => true,
                Some(k) => augment(k, candidates, owner, seen),
            };
            if free {
                if let Some(o) = owner.get_mut(j) {
                    *o = Some(i);
                }
                return true;
            }
        }
        false
    }
    for i in 0..first.len() {
        let mut seen = vec![false; second.len()];
        augment(i, &candidates, &mut owner, &mut seen);
    }
    let mut pairs: Vec<(usize, usize)> = owner
        .iter()
        .enumerate()
        .filter_map(|(j, i)| i.map(|i| (i, j)))
        .collect();
    pairs.sort_unstable();
    pairs
}

fn exact_matches(first: &[Span], second: &[Span]) -> usize {
    let mut a: Vec<(usize, usize)> = first.iter().map(|s| (s.start, s.end)).collect();
    let mut b: Vec<(usize, usize)> = second.iter().map(|s| (s.start, s.end)).collect();
    a.sort_unstable();
    b.sort_unstable();
    let (mut i, mut j, mut matches) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Equal => {
                matches += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    matches
}

fn of_tag(set: &AnnotationSet, tag: Tag) -> Vec<&Annotation> {
    set.in_order().filter(|a| a.tag == tag).collect()
}

fn verdict_agreement(pairs: &[(Option<String>, Option<String>)]) -> VerdictAgreement {
    let judged: Vec<(&str, &str)> = pairs
        .iter()
        .filter_map(|(a, b)| Some((a.as_deref()?, b.as_deref()?)))
        .collect();
    let n = judged.len();
    let equal = judged.iter().filter(|(a, b)| a == b).count();
    let (share_equal, kappa_value) = if n == 0 {
        (None, None)
    } else {
        let observed = equal as f64 / n as f64;
        let labels: std::collections::BTreeSet<&str> =
            judged.iter().flat_map(|(a, b)| [*a, *b]).collect();
        let expected: f64 = labels
            .iter()
            .map(|label| {
                let first = judged.iter().filter(|(a, _)| a == label).count() as f64;
                let second = judged.iter().filter(|(_, b)| b == label).count() as f64;
                (first / n as f64) * (second / n as f64)
            })
            .sum();
        (Some(observed), Some(kappa(observed, expected)))
    };
    VerdictAgreement {
        pairs: pairs.len(),
        both_judged: n,
        equal,
        share_equal,
        kappa: kappa_value,
    }
}

/// The agreement between `first` and `second`, both on an article of `len` characters.
pub fn agreement(len: usize, first: &AnnotationSet, second: &AnnotationSet) -> Agreement {
    let mut per_tag = Vec::new();
    let mut verdict_pairs = Vec::new();
    for tag in Tag::ALL {
        let (a, b) = (of_tag(first, tag), of_tag(second, tag));
        if a.is_empty() && b.is_empty() {
            continue;
        }
        let spans_a: Vec<Span> = a.iter().map(|x| x.span).collect();
        let spans_b: Vec<Span> = b.iter().map(|x| x.span).collect();
        let exact = exact_matches(&spans_a, &spans_b);
        let alike = |i: usize, j: usize| {
            a.get(i).map(|x| &x.review.verdict) == b.get(j).map(|y| &y.review.verdict)
        };
        let pairs = overlap_pairs(&spans_a, &spans_b, &alike);
        if tag == Tag::Claim {
            for (i, j) in &pairs {
                if let (Some(x), Some(y)) = (a.get(*i), b.get(*j)) {
                    verdict_pairs.push((x.review.verdict.clone(), y.review.verdict.clone()));
                }
            }
        }
        per_tag.push(TagAgreement {
            tag,
            first: a.len(),
            second: b.len(),
            exact_matches: exact,
            overlap_matches: pairs.len(),
            span_f1_exact: f1(exact, a.len(), b.len()),
            span_f1_overlap: f1(pairs.len(), a.len(), b.len()),
            char_kappa: char_kappa(len, &spans_a, &spans_b),
        });
    }
    let (first_total, second_total) = (first.len(), second.len());
    let exact: usize = per_tag.iter().map(|t| t.exact_matches).sum();
    let overlap: usize = per_tag.iter().map(|t| t.overlap_matches).sum();
    let char_kappa = if per_tag.is_empty() {
        1.0
    } else {
        per_tag.iter().map(|t| t.char_kappa).sum::<f64>() / per_tag.len() as f64
    };
    Agreement {
        span_f1_exact: f1(exact, first_total, second_total),
        span_f1_overlap: f1(overlap, first_total, second_total),
        char_kappa,
        per_tag,
        verdicts: verdict_agreement(&verdict_pairs),
    }
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::model::{AnnotationId, Document};

    fn set(doc: &Document, spans: &[(Tag, usize, usize, Option<&str>)]) -> AnnotationSet {
        let list = spans
            .iter()
            .enumerate()
            .map(|(n, (tag, start, end, verdict))| {
                let mut a = Annotation::new(
                    AnnotationId(n as u64 + 1),
                    *tag,
                    Span::new(*start, *end),
                    doc,
                    "2026-11-27T00:00:00Z",
                )
                .unwrap();
                a.review.verdict = verdict.map(str::to_owned);
                a
            })
            .collect();
        AnnotationSet::from_annotations(list).unwrap()
    }

    /// A 20-character article; figures worked out by hand below.
    #[test]
    fn figures_computed_by_hand() {
        let doc = Document::new("abcdefghijklmnopqrst".to_owned(), None, "utf-8");
        // First: claims [0,5) False and [10,15) True, a quote [16,20).
        let first = set(
            &doc,
            &[
                (Tag::Claim, 0, 5, Some("False")),
                (Tag::Claim, 10, 15, Some("True")),
                (Tag::Quote, 16, 20, None),
            ],
        );
        // Second: claims [0,5) False and [12,18) False; no quote.
        let second = set(
            &doc,
            &[
                (Tag::Claim, 0, 5, Some("False")),
                (Tag::Claim, 12, 18, Some("False")),
            ],
        );
        let agreement = agreement(20, &first, &second);
        // Exact: 1 match of 3 + 2 spans: F1 = 2·1/5 = 0.4. Overlap: 2 pairs: 2·2/5 = 0.8.
        assert!((agreement.span_f1_exact - 0.4).abs() < 1e-9);
        assert!((agreement.span_f1_overlap - 0.8).abs() < 1e-9);
        let claim = &agreement.per_tag[0];
        assert_eq!((claim.first, claim.second), (2, 2));
        assert!((claim.span_f1_exact - 0.5).abs() < 1e-9);
        assert!((claim.span_f1_overlap - 1.0).abs() < 1e-9);
        // Claim characters. First: 0–4, 10–14 (10 chars). Second: 0–4, 12–17 (11 chars).
        // Both: 0–4, 12–14 (8). Neither: 5–9, 18, 19 (7). Observed = 15/20 = 0.75.
        // Expected = 0.5·0.55 + 0.5·0.45 = 0.5. Kappa = (0.75 − 0.5)/(1 − 0.5) = 0.5.
        assert!(
            (claim.char_kappa - 0.5).abs() < 1e-9,
            "{}",
            claim.char_kappa
        );
        // Quote: first marks 16–19 (4 chars), second none. Observed 16/20 = 0.8; expected
        // 0.2·0 + 0.8·1 = 0.8; kappa = 0.
        let quote = &agreement.per_tag[1];
        assert!(quote.char_kappa.abs() < 1e-9);
        assert!((agreement.char_kappa - 0.25).abs() < 1e-9);
        // Verdicts of the 2 paired claims: (False, False), (True, False): 1 of 2 equal.
        // First: False ½, True ½; second: False 1. Expected = ½·1 + ½·0 = ½; observed ½;
        // kappa = 0.
        let v = &agreement.verdicts;
        assert_eq!((v.pairs, v.both_judged, v.equal), (2, 2, 1));
        assert_eq!(v.share_equal, Some(0.5));
        assert!(v.kappa.unwrap().abs() < 1e-9);
    }

    proptest::proptest! {
        #[test]
        fn a_file_agrees_perfectly_with_itself(
            spans in proptest::collection::vec((0usize..3, 0usize..60, 1usize..20, 0usize..3), 0..20)
        ) {
            let doc = Document::new("x".repeat(80), None, "utf-8");
            let verdicts = [None, Some("True"), Some("False")];
            let list: Vec<(Tag, usize, usize, Option<&str>)> = spans
                .iter()
                .map(|(t, s, l, v)| (Tag::ALL[*t], *s, s + l, verdicts[*v]))
                .collect();
            let annotations = set(&doc, &list);
            let a = agreement(80, &annotations, &annotations);
            proptest::prop_assert_eq!(a.span_f1_exact, 1.0);
            proptest::prop_assert_eq!(a.span_f1_overlap, 1.0);
            proptest::prop_assert!((a.char_kappa - 1.0).abs() < 1e-12);
            proptest::prop_assert!(a.verdicts.kappa.is_none_or(|k| (k - 1.0).abs() < 1e-12));
        }
    }

    #[test]
    fn overlap_matching_is_one_to_one_and_maximal() {
        // One long span overlapping two short ones, and a short one overlapping only the
        // first: greedy would pair the long span with the first short one and leave one out.
        let first = [Span::new(0, 10), Span::new(0, 2)];
        let second = [Span::new(1, 3), Span::new(5, 8)];
        let pairs = overlap_pairs(&first, &second, &|_, _| true);
        assert_eq!(pairs.len(), 2, "{pairs:?}");
        assert!(pairs.contains(&(1, 0)) && pairs.contains(&(0, 1)));
    }

    #[test]
    fn kappa_of_two_raters_on_four_categories() {
        // 10 pairs: 7 agree. First: A×4, B×3, C×3; second: A×5, B×2, C×3 (by hand below).
        let pairs: Vec<(Option<String>, Option<String>)> = [
            ("A", "A"),
            ("A", "A"),
            ("A", "A"),
            ("A", "B"),
            ("B", "B"),
            ("B", "A"),
            ("B", "A"),
            ("C", "C"),
            ("C", "C"),
            ("C", "C"),
        ]
        .iter()
        .map(|(a, b)| (Some((*a).to_owned()), Some((*b).to_owned())))
        .collect();
        let v = verdict_agreement(&pairs);
        // Observed 7/10 = 0.7. Expected = 0.4·0.5 + 0.3·0.2 + 0.3·0.3 = 0.2+0.06+0.09 = 0.35.
        // Kappa = (0.7 − 0.35)/(0.65) = 0.538461…
        assert!((v.kappa.unwrap() - 0.35 / 0.65).abs() < 1e-9);
    }
}
