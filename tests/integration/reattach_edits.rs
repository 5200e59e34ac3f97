//! Re-attachment measured on generated article edits: insertions, deletions, rewording inside
//! and near spans, paragraph moves and repeated phrases. Each annotation's true new place is
//! tracked through the edit; the number that must be zero is annotations placed wrongly
//! without a flag. Run with `--nocapture` to see the table.

use claimmark::model::{Annotation, Document, Flag, Span};
use claimmark::reattach::reattach_all;

struct Rng(u64);
impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

/// An edit as a map from old char positions to new ones (None: the char was removed or
/// rewritten), plus the new text.
struct Edited {
    text: String,
    map: Vec<Option<usize>>,
    /// Where the edit happened, in old char positions.
    regions: Vec<(usize, usize)>,
}

fn splice(chars: &[char], at: usize, delete: usize, insert: &str) -> Edited {
    let inserted = insert.chars().count();
    let mut text: String = chars[..at].iter().collect();
    text.push_str(insert);
    text.extend(&chars[at + delete..]);
    let map = (0..chars.len())
        .map(|i| {
            if i < at {
                Some(i)
            } else if i < at + delete {
                None
            } else {
                Some(i - delete + inserted)
            }
        })
        .collect();
    Edited {
        text,
        map,
        regions: vec![(at, at + delete)],
    }
}

/// Where a span should be after the edit: every char kept, in order, contiguous.
fn expected(span: Span, edited: &Edited, inserted_inside: bool) -> Option<Span> {
    if inserted_inside {
        return None;
    }
    let first = edited.map.get(span.start).copied().flatten()?;
    for (k, i) in (span.start..span.end).enumerate() {
        if edited.map.get(i).copied().flatten()? != first + k {
            return None;
        }
    }
    Some(Span::new(first, first + span.len()))
}

fn sentence_bounds(chars: &[char], around: usize) -> (usize, usize) {
    let mut start = around;
    while start > 0 && chars[start - 1] != '.' && chars[start - 1] != '\n' {
        start -= 1;
    }
    let mut end = around;
    while end < chars.len() && chars[end] != '.' && chars[end] != '\n' {
        end += 1;
    }
    (start, (end + 1).min(chars.len()))
}

fn word_at(chars: &[char], at: usize) -> (usize, usize) {
    let mut s = at;
    while s > 0 && chars[s - 1].is_alphanumeric() {
        s -= 1;
    }
    let mut e = at;
    while e < chars.len() && chars[e].is_alphanumeric() {
        e += 1;
    }
    (s, e)
}

#[derive(Default, Clone, Copy)]
struct Counts {
    exact_right: usize,
    flagged: usize,
    orphaned: usize,
    wrong_unflagged: usize,
    total: usize,
}

#[test]
fn reattachment_never_misplaces_without_a_flag() {
    let text = claimmark::synthetic::article(11, 60_000, 0);
    let document = Document::new(text, None, "utf-8");
    let annotations = claimmark::synthetic::annotations(11, &document, 600);
    let chars: Vec<char> = document.text().chars().collect();
    let list: Vec<Annotation> = annotations.in_order().cloned().collect();
    let kinds = [
        "insertion",
        "deletion",
        "reword inside",
        "reword near",
        "paragraph move",
        "repeated phrase",
    ];
    let mut rng = Rng(99);
    let mut near_counts = vec![Counts::default(); kinds.len()];
    let mut all = Counts::default();
    for trial in 0..180 {
        let kind = trial % kinds.len();
        let target = &list[rng.below(list.len())];
        let mut inserted_inside: Option<Span> = None;
        let edited = match kind {
            0 => {
                let at = rng.below(chars.len());
                let (s, _) = sentence_bounds(&chars, at);
                splice(&chars, s, 0, "An inserted sentence with 😀 and “quotes”. ")
            }
            1 => {
                let (s, e) = sentence_bounds(&chars, rng.below(chars.len()));
                splice(&chars, s, e - s, "")
            }
            2 => {
                let at = target.span.start + rng.below(target.span.len());
                let (s, e) = word_at(&chars, at);
                inserted_inside = Some(target.span);
                splice(&chars, s, e - s, "rewritten")
            }
            3 => {
                let at = target.span.start.saturating_sub(1 + rng.below(20));
                let (s, e) = word_at(&chars, at);
                splice(&chars, s, e - s, "altered")
            }
            4 => {
                // Move a paragraph to another place.
                let paragraphs = document.paragraphs();
                let from = paragraphs[rng.below(paragraphs.len())];
                let to = paragraphs[rng.below(paragraphs.len())].start;
                let moved: String = chars[from.start..from.end].iter().collect::<String>() + "\n";
                let cut_end = (from.end + 1).min(chars.len());
                let cut = splice(&chars, from.start, cut_end - from.start, "");
                let cut_chars: Vec<char> = cut.text.chars().collect();
                let insert_at = cut.map.get(to).copied().flatten().unwrap_or(0);
                let pasted = splice(&cut_chars, insert_at, 0, &moved);
                let map = (0..chars.len())
                    .map(|i| {
                        if i >= from.start && i < cut_end {
                            Some(insert_at + (i - from.start))
                        } else {
                            cut.map[i].and_then(|j| pasted.map.get(j).copied().flatten())
                        }
                    })
                    .collect();
                Edited {
                    text: pasted.text,
                    map,
                    regions: vec![(from.start, cut_end), (to, to)],
                }
            }
            _ => {
                // Repeat a paragraph that holds annotations somewhere else.
                let paragraphs = document.paragraphs();
                let p = paragraphs[document.paragraph_of(target.span.start)];
                let copy: String = chars[p.start..p.end].iter().collect::<String>() + "\n";
                let to = paragraphs[rng.below(paragraphs.len())].start;
                splice(&chars, to, 0, &copy)
            }
        };
        let new_doc = Document::new(edited.text.clone(), None, "utf-8");
        let (placed, _summary) = reattach_all(&annotations, Some(&document), &new_doc, None);
        for original in &list {
            let truth = expected(
                original.span,
                &edited,
                inserted_inside == Some(original.span),
            );
            let Some(result) = placed.get(original.id) else {
                panic!("annotation {} was dropped", original.id);
            };
            let outcome = if result.flag == Some(Flag::Orphaned) {
                2
            } else if result.check.is_some() {
                1
            } else if Some(result.span) == truth {
                0
            } else {
                3
            };
            let near = edited
                .regions
                .iter()
                .any(|&(a, b)| a <= original.span.end + 64 && b + 64 >= original.span.start);
            for counts in [Some(&mut all), near.then_some(&mut near_counts[kind])]
                .into_iter()
                .flatten()
            {
                counts.total += 1;
                match outcome {
                    0 => counts.exact_right += 1,
                    1 => counts.flagged += 1,
                    2 => counts.orphaned += 1,
                    _ => counts.wrong_unflagged += 1,
                }
            }
            assert!(
                outcome != 3,
                "trial {trial} ({}): annotation {} placed wrongly without a flag: {:?} instead of {:?} — “{}”",
                kinds[kind],
                original.id,
                result.span,
                truth,
                original.text
            );
        }
    }
    println!(
        "| edit kind (annotations near the edit) | total | exact | flagged | orphaned | wrong, no flag |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    let pct = |n: usize, t: usize| {
        if t == 0 {
            0.0
        } else {
            100.0 * n as f64 / t as f64
        }
    };
    for (name, c) in kinds.iter().zip(&near_counts) {
        println!(
            "| {name} | {} | {:.1}% | {:.1}% | {:.1}% | {} |",
            c.total,
            pct(c.exact_right, c.total),
            pct(c.flagged, c.total),
            pct(c.orphaned, c.total),
            c.wrong_unflagged
        );
    }
    println!(
        "| all annotations, all trials | {} | {:.2}% | {:.2}% | {:.2}% | {} |",
        all.total,
        pct(all.exact_right, all.total),
        pct(all.flagged, all.total),
        pct(all.orphaned, all.total),
        all.wrong_unflagged
    );
    assert_eq!(all.wrong_unflagged, 0);
}
