//! All annotations of a document, kept in document order with an id lookup, counts, links
//! between annotations and a span index, all updated by each change for what it touches; and
//! the suggested sentences the checker rejected.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering as AtomicOrdering};

use super::span_index::{IndexEntry, SpanIndex};
use super::{Annotation, AnnotationId, Link, Tag};

/// Revisions are drawn from one counter, so two different states of any sets never share one
/// (a view caching by revision cannot mistake a replaced set for the one it cached).
static NEXT_REVISION: AtomicU64 = AtomicU64::new(1);

fn fresh_revision() -> u64 {
    NEXT_REVISION.fetch_add(1, AtomicOrdering::Relaxed)
}

/// Sort key for document order: by start, longer (outer) spans first, then by id.
type OrderKey = (usize, Reverse<usize>, AnnotationId);

fn order_key(annotation: &Annotation) -> OrderKey {
    (
        annotation.span.start,
        Reverse(annotation.span.end),
        annotation.id,
    )
}

/// The span index entry of an annotation, if it is drawn (anchored and not empty).
fn index_entry(annotation: &Annotation) -> Option<IndexEntry> {
    (annotation.is_anchored() && !annotation.span.is_empty()).then_some(IndexEntry {
        span: annotation.span,
        id: annotation.id,
        tag: annotation.tag,
    })
}

/// The annotations of one document.
///
/// Invariants: ids are unique; `items` is sorted by `OrderKey` (document order);
/// `keys[id]` is the order key of that id's annotation (found in `items` by binary search);
/// `index`, `counts`, `flagged` and `backlinks` describe exactly `items`. Annotations are
/// shared (`Arc`), so copying a set for a background save costs little, and inserting into a
/// long document moves pointers, not annotations.
#[derive(Clone, Debug, Default)]
pub struct AnnotationSet {
    items: Vec<Arc<Annotation>>,
    keys: BTreeMap<AnnotationId, OrderKey>,
    index: SpanIndex,
    /// Annotations per tag, in [`Tag::ALL`] order, and flagged ones.
    counts: [usize; 3],
    flagged: usize,
    /// Changes with every change of the set, so views can cache what they derive from it.
    revision: u64,
    /// For each linked-to annotation, the links pointing at it: (source, link), in document
    /// order of the sources.
    backlinks: HashMap<AnnotationId, Vec<(AnnotationId, Link)>>,
    /// Sentences the checker said are not worth checking (suggestions rejected), by text:
    /// never suggested again for that text.
    rejected: Arc<BTreeSet<String>>,
}

/// Two sets are equal when they hold the same annotations (however they got there).
impl PartialEq for AnnotationSet {
    fn eq(&self, other: &Self) -> bool {
        self.items == other.items && self.rejected == other.rejected
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
        let mut keys = BTreeMap::new();
        for annotation in &annotations {
            if keys.insert(annotation.id, order_key(annotation)).is_some() {
                return Err(SetError::DuplicateId(annotation.id));
            }
        }
        annotations.sort_unstable_by_key(order_key);
        let mut set = Self {
            items: annotations.into_iter().map(Arc::new).collect(),
            keys,
            revision: fresh_revision(),
            ..Self::default()
        };
        let items = std::mem::take(&mut set.items);
        for annotation in &items {
            set.count(annotation, true);
        }
        set.index = SpanIndex::build(items.iter().filter_map(|a| index_entry(a)).collect());
        set.items = items;
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
        self.position(id)
            .and_then(|i| self.items.get(i))
            .map(|a| &**a)
    }

    /// Where the annotation with this id is in document order.
    pub fn position(&self, id: AnnotationId) -> Option<usize> {
        let key = self.keys.get(&id)?;
        self.items.binary_search_by(|a| order_key(a).cmp(key)).ok()
    }

    /// An id no annotation uses yet (one more than the highest).
    pub fn next_id(&self) -> AnnotationId {
        AnnotationId(
            self.keys
                .last_key_value()
                .map_or(1, |(id, _)| id.0.saturating_add(1)),
        )
    }

    /// All annotations in document order (by start; outer spans before the ones they contain).
    pub fn in_order(
        &self,
    ) -> impl DoubleEndedIterator<Item = &Annotation> + ExactSizeIterator + Clone + '_ {
        self.items.iter().map(|a| &**a)
    }

    /// All annotations in document order, shared.
    pub fn shared_in_order(&self) -> std::slice::Iter<'_, Arc<Annotation>> {
        self.items.iter()
    }

    /// The annotation at this position in document order.
    pub fn at_position(&self, position: usize) -> Option<&Annotation> {
        self.items.get(position).map(|a| &**a)
    }

    /// Number of annotations with each tag, in [`Tag::ALL`] order.
    pub fn counts(&self) -> [usize; 3] {
        self.counts
    }

    /// Number of flagged annotations.
    pub fn flagged_count(&self) -> usize {
        self.flagged
    }

    /// A number that changes whenever the set changes, never shared by two different states.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The span index of the anchored annotations.
    pub fn index(&self) -> &SpanIndex {
        &self.index
    }

    /// The links pointing at annotation `id`: (source, link), sources in document order.
    pub fn links_to(&self, id: AnnotationId) -> &[(AnnotationId, Link)] {
        self.backlinks.get(&id).map_or(&[], Vec::as_slice)
    }

    /// The texts of the suggestions the checker rejected, sorted.
    pub fn rejected_suggestions(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.rejected.iter().map(String::as_str)
    }

    /// The checker rejected a suggestion with this text (compared without surrounding space).
    pub fn is_rejected(&self, text: &str) -> bool {
        self.rejected.contains(text.trim())
    }

    /// The same set with these rejected suggestions (reading a file, merging, moving the
    /// annotations onto a new text).
    pub fn with_rejected<'a>(mut self, texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut rejected = (*self.rejected).clone();
        rejected.extend(
            texts
                .into_iter()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned),
        );
        self.rejected = Arc::new(rejected);
        self.revision = fresh_revision();
        self
    }

    /// Marks the suggestion with this text rejected or not (the app's edits go through
    /// `edit::Edit`); returns whether it was rejected before.
    pub(crate) fn set_rejected(&mut self, text: &str, rejected: bool) -> bool {
        let text = text.trim();
        let was = self.rejected.contains(text);
        if was != rejected {
            let set = Arc::make_mut(&mut self.rejected);
            if rejected {
                set.insert(text.to_owned());
            } else {
                set.remove(text);
            }
            self.revision = fresh_revision();
        }
        was
    }

    /// Adds an annotation (the app's edits go through `edit::Edit`).
    pub(crate) fn insert(&mut self, annotation: Annotation) -> Result<(), SetError> {
        if self.keys.contains_key(&annotation.id) {
            return Err(SetError::DuplicateId(annotation.id));
        }
        let key = order_key(&annotation);
        let at = self.items.partition_point(|a| order_key(a) < key);
        self.keys.insert(annotation.id, key);
        self.count(&annotation, true);
        if let Some(entry) = index_entry(&annotation) {
            self.index.insert(entry);
        }
        self.items.insert(at, Arc::new(annotation));
        self.revision = fresh_revision();
        Ok(())
    }

    /// Removes an annotation and returns it.
    pub(crate) fn remove(&mut self, id: AnnotationId) -> Result<Annotation, SetError> {
        let position = self.position(id).ok_or(SetError::Missing(id))?;
        let annotation = self.items.remove(position);
        self.keys.remove(&id);
        self.count(&annotation, false);
        if index_entry(&annotation).is_some() {
            self.index.remove(annotation.id, annotation.span);
        }
        self.revision = fresh_revision();
        Ok(Arc::unwrap_or_clone(annotation))
    }

    /// Replaces the annotation with the same id and returns the old one.
    pub(crate) fn replace(&mut self, annotation: Annotation) -> Result<Annotation, SetError> {
        let position = self
            .position(annotation.id)
            .ok_or(SetError::Missing(annotation.id))?;
        let Some(slot) = self.items.get(position) else {
            return Err(SetError::Missing(annotation.id));
        };
        if order_key(slot) != order_key(&annotation) {
            let old = self.remove(annotation.id)?;
            self.insert(annotation)?;
            return Ok(old);
        }
        let old_entry = index_entry(slot);
        let new_entry = index_entry(&annotation);
        let new = Arc::new(annotation);
        let old = match self.items.get_mut(position) {
            Some(slot) => std::mem::replace(slot, Arc::clone(&new)),
            None => return Err(SetError::Missing(new.id)),
        };
        self.count(&old, false);
        self.count(&new, true);
        if old_entry != new_entry {
            if old_entry.is_some() {
                self.index.remove(old.id, old.span);
            }
            if let Some(entry) = new_entry {
                self.index.insert(entry);
            }
        }
        self.revision = fresh_revision();
        Ok(Arc::unwrap_or_clone(old))
    }

    /// Counts `annotation` in (or, with `added` false, out of) the tag counts, the flagged
    /// count and the links.
    fn count(&mut self, annotation: &Annotation, added: bool) {
        let change = |count: &mut usize| {
            *count = if added {
                count.saturating_add(1)
            } else {
                count.saturating_sub(1)
            }
        };
        if let Some(count) = Tag::ALL
            .iter()
            .position(|t| *t == annotation.tag)
            .and_then(|i| self.counts.get_mut(i))
        {
            change(count);
        }
        if annotation.flag.is_some() {
            change(&mut self.flagged);
        }
        for link in &annotation.review.links {
            if added {
                let keys = &self.keys;
                let list = self.backlinks.entry(link.target).or_default();
                let source_key = keys.get(&annotation.id);
                let at = list.partition_point(|(source, _)| keys.get(source) < source_key);
                list.insert(at, (annotation.id, *link));
            } else if let Some(list) = self.backlinks.get_mut(&link.target) {
                if let Some(at) = list
                    .iter()
                    .position(|(source, l)| *source == annotation.id && l == link)
                {
                    list.remove(at);
                }
                if list.is_empty() {
                    self.backlinks.remove(&link.target);
                }
            }
        }
    }
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::model::{Document, Span};

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

    #[test]
    fn links_to_follows_every_change() {
        use crate::model::LinkKind;
        let (_, mut set) = sample();
        let link = |target| Link {
            kind: LinkKind::SupportedBy,
            target: AnnotationId(target),
        };
        for source in [4, 1] {
            let mut a = set.get(AnnotationId(source)).unwrap().clone();
            a.review.links = vec![link(3)];
            set.replace(a).unwrap();
        }
        assert_eq!(
            set.links_to(AnnotationId(3)),
            &[(AnnotationId(1), link(3)), (AnnotationId(4), link(3))]
        );
        assert!(set.links_to(AnnotationId(1)).is_empty());
        set.remove(AnnotationId(1)).unwrap();
        let mut a = set.get(AnnotationId(4)).unwrap().clone();
        a.review.links.clear();
        set.replace(a).unwrap();
        assert!(set.links_to(AnnotationId(3)).is_empty());
    }

    proptest::proptest! {
        /// However a set got its annotations, what it derives from them is what a fresh
        /// build derives.
        #[test]
        fn changes_keep_derived_data_exact(
            steps in proptest::collection::vec((0u8..3, 0usize..40, 1usize..12, 0u64..12, 0u8..3), 1..50),
        ) {
            use crate::model::LinkKind;
            let doc = Document::new("x".repeat(60), None, "utf-8");
            let mut set = AnnotationSet::new();
            for (op, start, len, id, tag) in steps {
                let id = AnnotationId(id + 1);
                let mut a = annotation(&doc, id.0, start, start + len);
                a.tag = Tag::ALL[usize::from(tag)];
                if tag == 1 {
                    a.review.links = vec![Link { kind: LinkKind::SupportedBy, target: AnnotationId(start as u64 % 12 + 1) }];
                }
                match op {
                    0 => { let _ = set.insert(a); }
                    1 => { let _ = set.remove(id); }
                    _ => { let _ = set.replace(a); }
                }
                let fresh = AnnotationSet::from_annotations(set.in_order().cloned().collect()).unwrap();
                proptest::prop_assert_eq!(set.index(), fresh.index());
                proptest::prop_assert_eq!(set.counts(), fresh.counts());
                proptest::prop_assert_eq!(set.flagged_count(), fresh.flagged_count());
                proptest::prop_assert_eq!(set.next_id(), fresh.next_id());
                for target in 1..=12 {
                    proptest::prop_assert_eq!(set.links_to(AnnotationId(target)), fresh.links_to(AnnotationId(target)));
                }
                for (position, a) in set.in_order().enumerate() {
                    proptest::prop_assert_eq!(set.position(a.id), Some(position));
                }
            }
        }
    }
}
