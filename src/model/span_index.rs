//! The span index: which anchored annotations touch a range of the text, and the lane each
//! one is drawn in. Kept up to date entry by entry, so an edit costs what it touches.

use std::cmp::Reverse;

use super::{AnnotationId, Span, Tag};

/// Entries per chunk of [`SpanIndex::chunk_end`].
const CHUNK: usize = 64;

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

impl IndexEntry {
    /// Document order: by start, outer (longer) spans first, then by id.
    fn order(&self) -> (usize, Reverse<usize>, AnnotationId) {
        (self.span.start, Reverse(self.span.end), self.id)
    }
}

/// Answers "which annotations touch this range" by binary search plus the entries found.
///
/// Entries are sorted in document order; `max_end[i]` is the largest end among entries
/// `0..=i`, so the first entry that can reach a position is found by binary search. Each entry
/// also has a `lane`: overlapping entries never share a lane, outer spans get lower lanes, so
/// nested highlights can be drawn distinctly. Lanes are given greedily within each run of
/// overlapping entries; a change recomputes only the run it falls in.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SpanIndex {
    entries: Vec<IndexEntry>,
    max_end: Vec<usize>,
    /// Largest end within each chunk of [`CHUNK`] entries: a search skips whole chunks that end
    /// before the range, so one span covering much of the text does not make every search
    /// walk all the entries it covers.
    chunk_end: Vec<usize>,
    lanes: Vec<u32>,
    /// How many entries are in each lane.
    lane_use: Vec<usize>,
}

impl SpanIndex {
    /// An index of `entries`, which must be in document order.
    pub(super) fn build(entries: Vec<IndexEntry>) -> Self {
        let mut index = Self {
            max_end: Vec::with_capacity(entries.len()),
            lanes: vec![0; entries.len()],
            chunk_end: Vec::new(),
            lane_use: if entries.is_empty() {
                Vec::new()
            } else {
                vec![entries.len()]
            },
            entries,
        };
        let mut running = 0;
        for entry in &index.entries {
            running = running.max(entry.span.end);
            index.max_end.push(running);
        }
        index.assign_lanes(0, index.entries.len());
        index.update_chunks(0);
        index
    }

    /// Recomputes the chunk ends from the chunk holding entry `from` on.
    fn update_chunks(&mut self, from: usize) {
        let first = from / CHUNK;
        self.chunk_end.truncate(first);
        for chunk in self
            .entries
            .get(first * CHUNK..)
            .unwrap_or_default()
            .chunks(CHUNK)
        {
            self.chunk_end
                .push(chunk.iter().map(|e| e.span.end).max().unwrap_or(0));
        }
    }

    /// Adds an entry at its place in document order.
    pub(super) fn insert(&mut self, entry: IndexEntry) {
        let at = self.entries.partition_point(|e| e.order() < entry.order());
        self.entries.insert(at, entry);
        self.lanes.insert(at, 0);
        match self.lane_use.first_mut() {
            Some(count) => *count += 1,
            None => self.lane_use.push(1),
        }
        let before = at
            .checked_sub(1)
            .and_then(|i| self.max_end.get(i))
            .copied()
            .unwrap_or(0);
        self.max_end.insert(at, before.max(entry.span.end));
        // Later prefix maxima grow to this end until one already reaches it.
        let mut changed_to = at + 1;
        for max in self.max_end.iter_mut().skip(at + 1) {
            if *max >= entry.span.end {
                break;
            }
            *max = entry.span.end;
            changed_to += 1;
        }
        self.relane_around(at, changed_to);
        self.update_chunks(at);
    }

    /// Removes the entry of annotation `id` at `span` (if indexed).
    pub(super) fn remove(&mut self, id: AnnotationId, span: Span) {
        let probe = IndexEntry {
            span,
            id,
            tag: Tag::Claim,
        };
        let at = self.entries.partition_point(|e| e.order() < probe.order());
        if self.entries.get(at).is_none_or(|e| e.id != id) {
            return;
        }
        self.entries.remove(at);
        self.max_end.remove(at);
        let removed_lane = self.lanes.remove(at);
        if let Some(count) = self.lane_use.get_mut(removed_lane as usize) {
            *count = count.saturating_sub(1);
        }
        // Later prefix maxima may shrink, until one is unchanged.
        let mut running = at
            .checked_sub(1)
            .and_then(|i| self.max_end.get(i))
            .copied()
            .unwrap_or(0);
        let mut changed_to = at;
        for (entry, max) in self.entries.iter().zip(self.max_end.iter_mut()).skip(at) {
            running = running.max(entry.span.end);
            if *max == running {
                break;
            }
            *max = running;
            changed_to += 1;
        }
        self.trim_lanes();
        if !self.entries.is_empty() {
            self.relane_around(at.min(self.entries.len() - 1), changed_to);
        }
        self.update_chunks(at);
    }

    /// True if no earlier entry is still open where entry `i` starts: lanes are given afresh
    /// from there.
    fn run_starts_at(&self, i: usize) -> bool {
        let Some(previous) = i.checked_sub(1) else {
            return true;
        };
        match (self.max_end.get(previous), self.entries.get(i)) {
            (Some(&end), Some(entry)) => end <= entry.span.start,
            _ => true,
        }
    }

    /// Recomputes the lanes of the run holding entry `at`, through at least entry
    /// `changed_to - 1` (where prefix maxima changed) to the next start of a run.
    fn relane_around(&mut self, at: usize, changed_to: usize) {
        let mut first = at;
        while !self.run_starts_at(first) {
            first -= 1;
        }
        // From `changed_to + 1` on, prefix maxima are as before the change, so a run that
        // starts there started there before too, and its lanes are still right.
        let mut end = (changed_to + 1).max(at + 1).min(self.entries.len());
        while end < self.entries.len() && !self.run_starts_at(end) {
            end += 1;
        }
        self.assign_lanes(first, end);
    }

    /// Greedy lanes for entries `first..end`, which start a run (no earlier entry open).
    fn assign_lanes(&mut self, first: usize, end: usize) {
        let mut lane_ends: Vec<usize> = Vec::new();
        for i in first..end {
            let (Some(entry), Some(old)) = (self.entries.get(i), self.lanes.get(i).copied()) else {
                break;
            };
            let lane = match lane_ends.iter().position(|&e| e <= entry.span.start) {
                Some(free) => free,
                None => {
                    lane_ends.push(0);
                    lane_ends.len() - 1
                }
            };
            if let Some(slot) = lane_ends.get_mut(lane) {
                *slot = entry.span.end;
            }
            let lane = lane as u32;
            if let Some(count) = self.lane_use.get_mut(old as usize) {
                *count = count.saturating_sub(1);
            }
            if self.lane_use.len() <= lane as usize {
                self.lane_use.resize(lane as usize + 1, 0);
            }
            if let Some(count) = self.lane_use.get_mut(lane as usize) {
                *count += 1;
            }
            if let Some(slot) = self.lanes.get_mut(i) {
                *slot = lane;
            }
        }
        self.trim_lanes();
    }

    fn trim_lanes(&mut self) {
        while self.lane_use.last() == Some(&0) {
            self.lane_use.pop();
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
        self.lane_use.len()
    }

    /// Entries that share at least one char with `range`, in document order, with their lane.
    pub fn overlapping(&self, range: Span) -> impl Iterator<Item = (IndexEntry, usize)> + '_ {
        let mut at = self.max_end.partition_point(|&end| end <= range.start);
        std::iter::from_fn(move || {
            loop {
                // At the start of a chunk that ends before the range, skip it whole.
                if at % CHUNK == 0
                    && self
                        .chunk_end
                        .get(at / CHUNK)
                        .is_some_and(|&end| end <= range.start)
                {
                    at += CHUNK;
                    continue;
                }
                let entry = self.entries.get(at)?;
                if entry.span.start >= range.end {
                    return None;
                }
                let lane = self.lanes.get(at).copied().unwrap_or(0);
                at += 1;
                if entry.span.end > range.start {
                    return Some((*entry, lane as usize));
                }
            }
        })
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
    use proptest::prelude::*;

    fn entry(id: u64, start: usize, end: usize) -> IndexEntry {
        IndexEntry {
            span: Span::new(start, end),
            id: AnnotationId(id),
            tag: Tag::ALL[id as usize % 3],
        }
    }

    fn built(entries: &[IndexEntry]) -> SpanIndex {
        let mut sorted = entries.to_vec();
        sorted.sort_by_key(IndexEntry::order);
        SpanIndex::build(sorted)
    }

    proptest! {
        /// Any sequence of inserts and removes leaves the index exactly as building it afresh.
        #[test]
        fn incremental_changes_equal_a_fresh_build(
            spans in proptest::collection::vec((0usize..120, prop_oneof![1usize..40, 40usize..160]), 1..200),
            removals in proptest::collection::vec(any::<prop::sample::Index>(), 0..40),
        ) {
            let mut index = SpanIndex::default();
            let mut live: Vec<IndexEntry> = Vec::new();
            for (i, (start, len)) in spans.into_iter().enumerate() {
                let e = entry(i as u64 + 1, start, start + len);
                index.insert(e);
                live.push(e);
                prop_assert_eq!(&index, &built(&live));
            }
            for a in (0..170).step_by(7) {
                for len in [1, 9, 50] {
                    let range = Span::new(a, a + len);
                    let found: Vec<AnnotationId> = index.overlapping(range).map(|(e, _)| e.id).collect();
                    let mut expected: Vec<IndexEntry> = live.iter().copied().filter(|e| e.span.overlaps(&range)).collect();
                    expected.sort_by_key(IndexEntry::order);
                    prop_assert_eq!(found, expected.iter().map(|e| e.id).collect::<Vec<_>>());
                }
            }
            for pick in removals {
                if live.is_empty() {
                    break;
                }
                let e = live.remove(pick.index(live.len()));
                index.remove(e.id, e.span);
                prop_assert_eq!(&index, &built(&live));
            }
        }
    }
}
