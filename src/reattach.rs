//! Re-attaching annotations to a changed article text, using each annotation's exact text and
//! the context stored around it. Pure.
//!
//! When the previous text is known (Update article text), a diff of the two texts maps every
//! unchanged stretch exactly; annotations inside one move silently. The others are searched:
//!
//! The rule is never to put a highlight on the wrong words without saying so:
//! - the same text, found once, with its context around it, when the old place was removed
//!   whole (a moved paragraph): moved silently (exact);
//! - the same text with weaker context, or the text slightly reworded between its old
//!   context: moved and marked "moved — check";
//! - anything else (gone, rewritten, or ambiguous between repeats): orphaned — kept, listed,
//!   not highlighted, until the user re-attaches it by selecting the right text.

use std::time::Instant;

use crate::model::{Annotation, AnnotationSet, CONTEXT_CHARS, Document, Flag, Span};

/// How long the app and the command line let the diff of a huge rewrite run (they pass
/// the deadline in; the core never reads the clock).
pub const DIFF_TIME: std::time::Duration = std::time::Duration::from_secs(3);

/// Characters of context that must agree for a silent move.
const STRONG_CONTEXT: usize = 12;
/// Characters of context that must agree for a flagged move.
const SOME_CONTEXT: usize = 6;
/// Smallest similarity (0–1) of reworded text for a flagged move.
const MIN_SIMILARITY: f64 = 0.75;

/// Where an annotation goes in the new text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Placement {
    /// Found unchanged with its context: moved silently.
    Exact(Span),
    /// Found with confidence but not exactly: moved and marked for checking.
    Moved {
        /// The new place.
        span: Span,
        /// Why it needs checking.
        reason: String,
    },
    /// Not found with confidence.
    Orphaned,
}

/// How many annotations went where.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Moved silently (or unchanged).
    pub exact: usize,
    /// Moved and marked "moved — check".
    pub moved: usize,
    /// Kept but not placed.
    pub orphaned: usize,
}

impl Summary {
    /// "12 exact, 3 moved (check them), 1 orphaned".
    pub fn describe(&self) -> String {
        format!(
            "{} placed exactly, {} moved (marked “moved — check”), {} orphaned (listed with [!]; select the right text to re-attach)",
            self.exact, self.moved, self.orphaned
        )
    }
}

/// The new text as chars, for context comparisons by char offset.
pub struct Target<'a> {
    document: &'a Document,
    chars: Vec<char>,
}

impl<'a> Target<'a> {
    /// Prepares `document` for re-attaching.
    pub fn new(document: &'a Document) -> Self {
        Self {
            document,
            chars: document.text().chars().collect(),
        }
    }

    /// Char offsets of every occurrence of `needle`.
    fn occurrences(&self, needle: &str) -> Vec<usize> {
        if needle.is_empty() {
            return Vec::new();
        }
        let text = self.document.text();
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(at) = text.get(from..).and_then(|rest| rest.find(needle)) {
            let byte = from + at;
            found.push(self.document.char_of_byte(byte));
            from = byte + needle.chars().next().map_or(1, char::len_utf8);
        }
        found
    }

    /// How many chars before `offset` agree with the end of `prefix`.
    fn prefix_agreement(&self, offset: usize, prefix: &str) -> usize {
        let before = self.chars.get(..offset).unwrap_or_default().iter().rev();
        before
            .zip(prefix.chars().rev())
            .take_while(|(a, b)| *a == b)
            .count()
    }

    /// How many chars from `offset` on agree with the start of `suffix`.
    fn suffix_agreement(&self, offset: usize, suffix: &str) -> usize {
        let after = self.chars.get(offset..).unwrap_or_default().iter();
        after
            .zip(suffix.chars())
            .take_while(|(a, b)| *a == b)
            .count()
    }

    fn slice(&self, span: Span) -> String {
        self.chars
            .get(span.start..span.end)
            .unwrap_or_default()
            .iter()
            .collect()
    }
}

/// How much context an annotation's stored prefix/suffix can offer at most: less at the very
/// start or end of the old text.
fn available(context: &str) -> usize {
    context.chars().count().min(STRONG_CONTEXT)
}

/// Finds where `annotation` belongs in the new text.
pub fn place(annotation: &Annotation, target: &Target<'_>) -> Placement {
    let length = annotation.text.chars().count();
    let scored: Vec<(usize, usize, usize)> = target
        .occurrences(&annotation.text)
        .into_iter()
        .map(|start| {
            let before = target.prefix_agreement(start, &annotation.prefix);
            let after = target.suffix_agreement(start + length, &annotation.suffix);
            (start, before, after)
        })
        .collect();
    let want_before = available(&annotation.prefix);
    let want_after = available(&annotation.suffix);
    let strong =
        |&(_, before, after): &(usize, usize, usize)| before >= want_before && after >= want_after;
    let some = |&(_, before, after): &(usize, usize, usize)| {
        before >= SOME_CONTEXT.min(want_before) || after >= SOME_CONTEXT.min(want_after)
    };
    let strong_matches: Vec<&(usize, usize, usize)> = scored.iter().filter(|c| strong(c)).collect();
    if let [only] = strong_matches.as_slice() {
        return Placement::Exact(Span::new(only.0, only.0 + length));
    }
    if strong_matches.len() > 1 {
        return Placement::Orphaned;
    }
    let some_matches: Vec<&(usize, usize, usize)> = scored.iter().filter(|c| some(c)).collect();
    if let [only] = some_matches.as_slice() {
        return Placement::Moved {
            span: Span::new(only.0, only.0 + length),
            reason: "moved — check: the same words were found, but their surroundings changed"
                .to_owned(),
        };
    }
    if !scored.is_empty() {
        return Placement::Orphaned;
    }
    reworded(annotation, target)
}

/// The text was reworded: look for its old surroundings with something similar between them.
fn reworded(annotation: &Annotation, target: &Target<'_>) -> Placement {
    let prefix: String = tail(&annotation.prefix, STRONG_CONTEXT);
    let suffix: String = head(&annotation.suffix, STRONG_CONTEXT);
    if prefix.chars().count() < STRONG_CONTEXT || suffix.chars().count() < STRONG_CONTEXT {
        return Placement::Orphaned;
    }
    let length = annotation.text.chars().count();
    let starts: Vec<usize> = target
        .occurrences(&prefix)
        .into_iter()
        .map(|p| p + prefix.chars().count())
        .collect();
    let ends = target.occurrences(&suffix);
    let mut candidates = Vec::new();
    for &start in &starts {
        let end = ends.iter().copied().find(|&e| e >= start);
        if let Some(end) = end {
            let found = end - start;
            if found * 2 >= length && found <= length * 2 + 10 {
                let span = Span::new(start, end);
                let similarity =
                    strsim::normalized_levenshtein(&annotation.text, &target.slice(span));
                if similarity >= MIN_SIMILARITY {
                    candidates.push((span, similarity));
                }
            }
        }
    }
    match candidates.as_slice() {
        [(span, similarity)] => Placement::Moved {
            span: *span,
            reason: format!(
                "moved — check: the text was reworded ({:.0}% similar); it was “{}”",
                similarity * 100.0,
                annotation.text.chars().take(80).collect::<String>()
            ),
        },
        _ => Placement::Orphaned,
    }
}

fn tail(text: &str, n: usize) -> String {
    let count = text.chars().count();
    text.chars().skip(count.saturating_sub(n)).collect()
}

fn head(text: &str, n: usize) -> String {
    text.chars().take(n).collect()
}

/// How the old text's chars map onto the new text, from a diff of the two.
pub struct OffsetMap {
    /// (old start, new start, length) of every unchanged stretch, in order.
    equal: Vec<(usize, usize, usize)>,
}

/// How an old span fared in the diff.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fate {
    /// Every char kept, together: this is its new place.
    Kept(Span),
    /// None of its chars kept (removed whole, e.g. a moved paragraph).
    Removed,
    /// Partly kept, partly changed, or split apart.
    Changed,
}

impl OffsetMap {
    /// Diffs `old` against `new` by chars. With a `deadline`, a huge rewrite stops being
    /// refined at that instant (what was found by then stays correct); the caller reads the
    /// clock, so without one the result depends on the texts alone.
    pub fn new(old: &Document, new: &Document, deadline: Option<Instant>) -> Self {
        let old_chars: Vec<char> = old.text().chars().collect();
        let new_chars: Vec<char> = new.text().chars().collect();
        let ops = similar::capture_diff_slices_deadline(
            similar::Algorithm::Myers,
            &old_chars,
            &new_chars,
            deadline,
        );
        let equal = ops
            .iter()
            .filter_map(|op| match *op {
                similar::DiffOp::Equal {
                    old_index,
                    new_index,
                    len,
                } => Some((old_index, new_index, len)),
                _ => None,
            })
            .collect();
        Self { equal }
    }

    fn fate(&self, span: Span) -> Fate {
        if span.is_empty() {
            return Fate::Changed;
        }
        let first = self
            .equal
            .partition_point(|&(old, _, len)| old + len <= span.start);
        let mut kept = 0;
        let mut whole = None;
        for &(old, new, len) in self.equal.get(first..).unwrap_or_default() {
            if old >= span.end {
                break;
            }
            let a = span.start.max(old);
            let b = span.end.min(old + len);
            if a < b {
                kept += b - a;
                if a == span.start && b == span.end {
                    whole = Some(Span::new(new + (a - old), new + (b - old)));
                }
            }
        }
        match (whole, kept) {
            (Some(span), _) => Fate::Kept(span),
            (None, 0) => Fate::Removed,
            _ => Fate::Changed,
        }
    }
}

/// Moves every annotation onto `document`, returning the new set and what happened.
/// `previous` is the text the annotations were made on, when known.
///
/// Exact and moved annotations get their new span, text and context (a moved one also its
/// `check` reason); orphaned ones keep everything and are flagged [`Flag::Orphaned`].
/// `deadline` bounds the time spent diffing a huge rewrite (see [`OffsetMap::new`]).
pub fn reattach_all(
    annotations: &AnnotationSet,
    previous: Option<&Document>,
    document: &Document,
    deadline: Option<Instant>,
) -> (AnnotationSet, Summary) {
    let target = Target::new(document);
    let map = previous.map(|old| OffsetMap::new(old, document, deadline));
    let mut summary = Summary::default();
    let mut placed = Vec::with_capacity(annotations.len());
    for annotation in annotations.in_order() {
        let mut moved = annotation.clone();
        let fate = map.as_ref().map(|m| m.fate(annotation.span));
        let placement = match fate {
            Some(Fate::Kept(span)) => {
                // Kept by the diff; silent only if its surroundings are intact too.
                let before = target.prefix_agreement(span.start, &annotation.prefix);
                let after = target.suffix_agreement(span.end, &annotation.suffix);
                if before >= available(&annotation.prefix) && after >= available(&annotation.suffix)
                {
                    Placement::Exact(span)
                } else {
                    Placement::Moved {
                        span,
                        reason: "moved — check: the text next to it was edited".to_owned(),
                    }
                }
            }
            // The old place was edited: whatever the search finds needs a look.
            Some(Fate::Changed) => match place(annotation, &target) {
                Placement::Exact(span) => Placement::Moved {
                    span,
                    reason: "moved — check: the text around its old place was edited".to_owned(),
                },
                other => other,
            },
            Some(Fate::Removed) | None => place(annotation, &target),
        };
        match placement {
            Placement::Exact(span) => {
                summary.exact += 1;
                anchor(&mut moved, span, document);
            }
            Placement::Moved { span, reason } => {
                summary.moved += 1;
                anchor(&mut moved, span, document);
                moved.check = Some(reason);
            }
            Placement::Orphaned => {
                summary.orphaned += 1;
                moved.flag = Some(Flag::Orphaned);
            }
        }
        placed.push(moved);
    }
    let set = AnnotationSet::from_annotations(placed)
        .map(|set| set.with_rejected(annotations.rejected_suggestions()))
        .unwrap_or_else(|_| annotations.clone());
    (set, summary)
}

/// Puts an annotation on `span` of `document`, refreshing its text and context.
pub fn anchor(annotation: &mut Annotation, span: Span, document: &Document) {
    annotation.span = span;
    annotation.text = document.slice(span).unwrap_or_default().to_owned();
    annotation.prefix = document.text_before(span.start, CONTEXT_CHARS).to_owned();
    annotation.suffix = document.text_after(span.end, CONTEXT_CHARS).to_owned();
    annotation.flag = None;
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::model::{AnnotationId, Tag};

    fn annotate(text: &str, phrase: &str, nth: usize) -> (Document, Annotation) {
        let doc = Document::new(text.to_owned(), None, "utf-8");
        let byte = text.match_indices(phrase).nth(nth).unwrap().0;
        let start = text[..byte].chars().count();
        let span = Span::new(start, start + phrase.chars().count());
        let a = Annotation::new(AnnotationId(1), Tag::Claim, span, &doc, "t").unwrap();
        (doc, a)
    }

    #[test]
    fn the_diff_keeps_unchanged_spans_and_catches_edits_inside() {
        let old = Document::new(
            "Keep this claim. Change that claim here.".to_owned(),
            None,
            "utf-8",
        );
        let new = Document::new(
            "New start. Keep this claim. Change the claim here.".to_owned(),
            None,
            "utf-8",
        );
        let map = OffsetMap::new(&old, &new, None);
        assert_eq!(map.fate(Span::new(0, 15)), Fate::Kept(Span::new(11, 26)));
        assert_eq!(map.fate(Span::new(17, 40)), Fate::Changed);
    }

    fn placed(new_text: &str, a: &Annotation) -> (Placement, Document) {
        let doc = Document::new(new_text.to_owned(), None, "utf-8");
        let p = place(a, &Target::new(&doc));
        (p, doc)
    }

    #[test]
    fn insertion_before_moves_silently() {
        let (_, a) = annotate(
            "Intro. The mayor said taxes fell by 5% last year. End.",
            "taxes fell by 5%",
            0,
        );
        let (p, doc) = placed(
            "Intro. New sentence 😀 here. The mayor said taxes fell by 5% last year. End.",
            &a,
        );
        let Placement::Exact(span) = p else {
            panic!("{p:?}")
        };
        assert_eq!(doc.slice(span), Some("taxes fell by 5%"));
    }

    #[test]
    fn a_repeat_elsewhere_is_not_taken_for_the_deleted_original() {
        let text = "First part says [1] here. Later the report says [1] again.";
        let (_, a) = annotate(text, "[1]", 0);
        // The first sentence is removed; the other [1] has different surroundings.
        let (p, _) = placed("Later the report says [1] again.", &a);
        assert!(!matches!(p, Placement::Exact(_)), "{p:?}");
    }

    #[test]
    fn reworded_inside_is_moved_and_flagged() {
        let (_, a) = annotate(
            "Opening words here. The council approved €250 million in green bonds on Tuesday. More text follows.",
            "approved €250 million in green bonds",
            0,
        );
        let (p, doc) = placed(
            "Opening words here. The council approved €260 million in green bonds on Tuesday. More text follows.",
            &a,
        );
        let Placement::Moved { span, .. } = p else {
            panic!("{p:?}")
        };
        assert_eq!(
            doc.slice(span),
            Some("approved €260 million in green bonds")
        );
    }

    #[test]
    fn rewritten_beyond_recognition_is_orphaned() {
        let (_, a) = annotate(
            "Alpha beta gamma. The claim is here. Delta epsilon.",
            "The claim is here",
            0,
        );
        let (p, _) = placed(
            "Alpha beta gamma. Something entirely different. Delta epsilon.",
            &a,
        );
        assert_eq!(p, Placement::Orphaned);
    }
}
