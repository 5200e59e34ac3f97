//! Character spans: half-open ranges of Unicode scalar values into the article text.

use serde::{Deserialize, Serialize};

/// A half-open range `[start, end)` of `char` offsets into a document's text.
///
/// Offsets count Unicode scalar values (Rust `char`s), never bytes. A span made with
/// [`Span::new`] always has `start <= end`; spans read from a file are checked against the
/// document before they are trusted (see [`Span::is_within`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First character in the span.
    pub start: usize,
    /// One past the last character in the span.
    pub end: usize,
}

impl Span {
    /// The span between two offsets, in whichever order they are given.
    pub fn new(a: usize, b: usize) -> Self {
        Self {
            start: a.min(b),
            end: a.max(b),
        }
    }

    /// Number of characters covered.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no character.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when `start <= end <= char_len`.
    pub fn is_within(&self, char_len: usize) -> bool {
        self.start <= self.end && self.end <= char_len
    }

    /// True when the character at `offset` is inside the span.
    pub fn contains(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// True when the two spans share at least one character.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains_span(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The characters shared by both spans, if any.
    pub fn intersection(&self, other: &Span) -> Option<Span> {
        let start = self.start.max(other.start);
        let end = self.end.min(other.end);
        (start < end).then_some(Span { start, end })
    }
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn new_orders_its_ends() {
        assert_eq!(Span::new(7, 3), Span { start: 3, end: 7 });
        assert_eq!(Span::new(3, 7).len(), 4);
    }

    #[test]
    fn half_open_semantics() {
        let s = Span::new(2, 5);
        assert!(s.contains(2) && s.contains(4) && !s.contains(5));
        assert!(s.overlaps(&Span::new(4, 9)));
        assert!(!s.overlaps(&Span::new(5, 9)));
        assert!(s.contains_span(&Span::new(2, 5)));
        assert_eq!(s.intersection(&Span::new(4, 9)), Some(Span::new(4, 5)));
        assert_eq!(s.intersection(&Span::new(5, 9)), None);
    }

    #[test]
    fn validity_against_length() {
        assert!(Span::new(0, 3).is_within(3));
        assert!(!Span::new(0, 4).is_within(3));
        assert!(!Span { start: 4, end: 2 }.is_within(9));
    }
}
