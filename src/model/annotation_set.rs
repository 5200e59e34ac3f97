//! All annotations of a document, kept in document order with an id lookup and a span index.

use std::cmp::Reverse;
use std::collections::HashMap;

use super::{Annotation, AnnotationId, Span, Tag};

/// Sort key for document order: by start, longer (outer) spans first, then by id.
type OrderKey = (usize, Reverse<usize>, AnnotationId);

fn order_key(annotation: &Annotation) -> OrderKey {
    (
        annotation.span.start,
        Reverse(annotation.span.end),
        annotation.id,
    )
}

/// The annotations of one document.
///
/// Invariants: ids are unique; `items` is sorted by [`OrderKey`] (document order);
/// `keys[id]` is the order key of that id's annotation (found in `items` by binary search);
/// `index`, `counts` and `flagged` describe exactly `items`.
#[derive(Clone, Debug, Default)]
pub struct AnnotationSet {
    items: Vec<Annotation>,
    keys: HashMap<AnnotationId, OrderKey>,
    index: SpanIndex,
    /// Annotations per tag, in [`Tag::ALL`] order, and flagged ones.
    counts: [usize; 3],
    flagged: usize,
    /// Changes with every change of the set, so views can cache what they derive from it.
    revision: u64,
}

/// Two sets are equal when they hold the same annotations (however they got there).
impl PartialEq for AnnotationSet {
    fn eq(&self, other: &Self) -> bool {
        self.items == other.items
    }
}

/// Why a change to the set could not be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SetError {
    /// An annotation with this id already exists.
    #[error("annotation {0} already exists")]
    DuplicateId(AnnotationId),
    /// No annotation has this id.
    #[error("annotation {0} does not exist")]
    Missing(AnnotationId),
}

impl AnnotationSet {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds a set from annotations; fails on the first duplicate id.
    pub fn from_annotations(mut annotations: Vec<Annotation>) -> Result<Self, SetError> {
        let mut seen = std::collections::HashSet::with_capacity(annotations.len());
        for annotation in &annotations {
            if !seen.insert(annotation.id) {
                return Err(SetError::DuplicateId(annotation.id));
            }
        }
        annotations.sort_unstable_by_key(order_key);
        let keys = annotations.iter().map(|a| (a.id, order_key(a))).collect();
        let mut set = Self {
            items: annotations,
            keys,
            ..Self::default()
        };
        set.rebuild_derived();
        Ok(set)
    }

    /// Number of annotations.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when there are no annotations.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The annotation with this id.
    pub fn get(&self, id: AnnotationId) -> Option<&Annotation> {
        self.position(id).and_then(|i| self.items.get(i))
    }

    /// Where the annotation with this id is in document order.
    pub fn position(&self, id: AnnotationId) -> Option<usize> {
        let key = self.keys.get(&id)?;
        self.items.binary_search_by(|a| order_key(a).cmp(key)).ok()
    }

    /// An id no annotation uses yet.
    pub fn next_id(&self) -> AnnotationId {
        AnnotationId(
            self.items
                .iter()
                .map(|a| a.id.0)
                .max()
                .map_or(1, |id| id.saturating_add(1)),
        )
    }

    /// All annotations in document order (by start; outer spans before the ones they contain).
    pub fn in_order(&self) -> std::slice::Iter<'_, Annotation> {
        self.items.iter()
    }

    /// The annotation at this position in document order.
    pub fn at_position(&self, position: usize) -> Option<&Annotation> {
        self.items.get(position)
    }

    /// Number of annotations with each tag, in [`Tag::ALL`] order.
    pub fn counts(&self) -> [usize; 3] {
        self.counts
    }

    /// Number of flagged annotations.
    pub fn flagged_count(&self) -> usize {
        self.flagged
    }

    /// A number that changes whenever the set changes.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The span index of the anchored annotations.
    pub fn index(&self) -> &SpanIndex {
        &self.index
    }

    /// Adds an annotation.
    pub fn insert(&mut self, annotation: Annotation) -> Result<(), SetError> {
        if self.keys.contains_key(&annotation.id) {
            return Err(SetError::DuplicateId(annotation.id));
        }
        let key = order_key(&annotation);
        let at = self.items.partition_point(|a| order_key(a) < key);
        self.keys.insert(annotation.id, key);
        self.items.insert(at, annotation);
        self.rebuild_derived();
        Ok(())
    }

    /// Removes an annotation and returns it.
    pub fn remove(&mut self, id: AnnotationId) -> Result<Annotation, SetError> {
        let position = self.position(id).ok_or(SetError::Missing(id))?;
        let annotation = self.items.remove(position);
        self.keys.remove(&id);
        self.rebuild_derived();
        Ok(annotation)
    }

    /// Replaces the annotation with the same id and returns the old one.
    pub fn replace(&mut self, annotation: Annotation) -> Result<Annotation, SetError> {
        let position = self
            .position(annotation.id)
            .ok_or(SetError::Missing(annotation.id))?;
        let Some(slot) = self.items.get_mut(position) else {
            return Err(SetError::Missing(annotation.id));
        };
        if order_key(slot) == order_key(&annotation) {
            let old = std::mem::replace(slot, annotation);
            self.rebuild_derived();
            return Ok(old);
        }
        let old = self.remove(annotation.id)?;
        self.insert(annotation)?;
        Ok(old)
    }

    /// Recomputes positions, counts and the span index after a change.
    fn rebuild_derived(&mut self) {
        self.revision = self.revision.wrapping_add(1);
        self.counts = [0; 3];
        self.flagged = 0;
        for annotation in &self.items {
            if let Some(count) = Tag::ALL
                .iter()
                .position(|t| *t == annotation.tag)
                .and_then(|i| self.counts.get_mut(i))
            {
                *count += 1;
            }
            if annotation.flag.is_some() {
                self.flagged += 1;
            }
        }
        let entries = self
            .items
            .iter()
            .filter(|a| a.is_anchored() && !a.span.is_empty())
            .map(|a| IndexEntry {
                span: a.span,
                id: a.id,
                tag: a.tag,
            })
            .collect();
        self.index = SpanIndex::build(entries);
    }
}

/// One anchored annotation in the [`SpanIndex`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IndexEntry {
    /// Where the annotation is.
    pub span: Span,
    /// Which annotation.
    pub id: AnnotationId,
    /// Its tag.
    pub tag: Tag,
}

/// Answers "which annotations touch this range" in O(log n + k).
///
/// Entries are sorted by start (outer first); `max_end[i]` is the largest end among entries
/// `0..=i`, so the first entry that can reach a position is found by binary search. Each entry
/// also has a `lane`: overlapping entries never share a lane, outer spans get lower lanes, so
/// nested highlights can be drawn distinctly.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SpanIndex {
    entries: Vec<IndexEntry>,
    max_end: Vec<usize>,
    lanes: Vec<usize>,
    lane_count: usize,
}

impl SpanIndex {
    fn build(entries: Vec<IndexEntry>) -> Self {
        let mut max_end = Vec::with_capacity(entries.len());
        let mut running = 0;
        for entry in &entries {
            running = running.max(entry.span.end);
            max_end.push(running);
        }
        let mut lane_ends: Vec<usize> = Vec::new();
        let mut lanes = Vec::with_capacity(entries.len());
        for entry in &entries {
            let lane = match lane_ends.iter().position(|&end| end <= entry.span.start) {
                Some(free) => free,
                None => {
                    lane_ends.push(0);
                    lane_ends.len() - 1
                }
            };
            if let Some(end) = lane_ends.get_mut(lane) {
                *end = entry.span.end;
            }
            lanes.push(lane);
        }
        Self {
            entries,
            max_end,
            lanes,
            lane_count: lane_ends.len(),
        }
    }

    /// Number of indexed annotations.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Number of lanes in use (the deepest stack of overlapping annotations).
    pub fn lane_count(&self) -> usize {
        self.lane_count
    }

    /// Entries that share at least one char with `range`, in document order, with their lane.
    pub fn overlapping(&self, range: Span) -> impl Iterator<Item = (IndexEntry, usize)> + '_ {
        let first = self.max_end.partition_point(|&end| end <= range.start);
        self.entries
            .get(first..)
            .unwrap_or_default()
            .iter()
            .zip(self.lanes.get(first..).unwrap_or_default())
            .take_while(move |(e, _)| e.span.start < range.end)
            .filter(move |(e, _)| e.span.end > range.start)
            .map(|(e, lane)| (*e, *lane))
    }

    /// Entries containing char `offset`, innermost (shortest) first.
    pub fn at(&self, offset: usize) -> Vec<IndexEntry> {
        let mut hits: Vec<IndexEntry> = self
            .overlapping(Span::new(offset, offset + 1))
            .map(|(e, _)| e)
            .collect();
        hits.sort_by_key(|e| (e.span.len(), Reverse(e.span.start), e.id));
        hits
    }
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::model::Document;

    fn annotation(doc: &Document, id: u64, start: usize, end: usize) -> Annotation {
        Annotation::new(
            AnnotationId(id),
            Tag::Claim,
            Span::new(start, end),
            doc,
            "t",
        )
        .unwrap()
    }

    fn sample() -> (Document, AnnotationSet) {
        let doc = Document::new("0123456789abcdefghij".to_owned(), None, "utf-8");
        let set = AnnotationSet::from_annotations(vec![
            annotation(&doc, 1, 0, 10),
            annotation(&doc, 2, 2, 5),
            annotation(&doc, 3, 3, 4),
            annotation(&doc, 4, 12, 15),
        ])
        .unwrap();
        (doc, set)
    }

    #[test]
    fn document_order_puts_outer_first() {
        let (_, set) = sample();
        let ids: Vec<u64> = set.in_order().map(|a| a.id.0).collect();
        assert_eq!(ids, vec![1, 2, 3, 4]);
        assert_eq!(set.next_id(), AnnotationId(5));
    }

    #[test]
    fn innermost_first_at_a_point() {
        let (_, set) = sample();
        let ids: Vec<u64> = set.index().at(3).iter().map(|e| e.id.0).collect();
        assert_eq!(ids, vec![3, 2, 1]);
        assert!(set.index().at(11).is_empty());
        assert!(set.index().at(10).is_empty(), "end is exclusive");
    }

    #[test]
    fn lanes_separate_nested_spans() {
        let (_, set) = sample();
        let lanes: Vec<(u64, usize)> = set
            .index()
            .overlapping(Span::new(0, 20))
            .map(|(e, lane)| (e.id.0, lane))
            .collect();
        assert_eq!(lanes, vec![(1, 0), (2, 1), (3, 2), (4, 0)]);
        assert_eq!(set.index().lane_count(), 3);
    }

    #[test]
    fn overlapping_matches_brute_force() {
        let doc = Document::new("x".repeat(200), None, "utf-8");
        let mut annotations = Vec::new();
        let mut seed = 7u64;
        for id in 1..=150 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let start = (seed >> 33) as usize % 190;
            let len = 1 + (seed >> 20) as usize % 30;
            annotations.push(annotation(&doc, id, start, (start + len).min(200)));
        }
        let set = AnnotationSet::from_annotations(annotations.clone()).unwrap();
        for a in 0..200 {
            for b in [a + 1, a + 5, a + 40] {
                let range = Span::new(a, b);
                let mut fast: Vec<u64> = set
                    .index()
                    .overlapping(range)
                    .map(|(e, _)| e.id.0)
                    .collect();
                let mut slow: Vec<u64> = annotations
                    .iter()
                    .filter(|x| x.span.overlaps(&range))
                    .map(|x| x.id.0)
                    .collect();
                fast.sort_unstable();
                slow.sort_unstable();
                assert_eq!(fast, slow, "range {range:?}");
            }
        }
    }

    #[test]
    fn insert_remove_replace() {
        let (doc, mut set) = sample();
        assert_eq!(
            set.insert(annotation(&doc, 1, 0, 1)),
            Err(SetError::DuplicateId(AnnotationId(1)))
        );
        let removed = set.remove(AnnotationId(2)).unwrap();
        assert_eq!(removed.span, Span::new(2, 5));
        assert_eq!(
            set.remove(AnnotationId(2)),
            Err(SetError::Missing(AnnotationId(2)))
        );
        let mut changed = set.get(AnnotationId(4)).unwrap().clone();
        changed.tag = Tag::Quote;
        set.replace(changed).unwrap();
        assert_eq!(set.get(AnnotationId(4)).unwrap().tag, Tag::Quote);
        assert_eq!(set.counts(), [2, 1, 0]);
        assert_eq!(set.in_order().count(), 3);
    }
}
