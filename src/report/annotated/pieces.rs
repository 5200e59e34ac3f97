//! A paragraph cut where highlights begin and end: each piece of text with the annotations
//! that cover it, outermost first, so overlapping and nested spans become properly nested
//! elements (every element is closed at the end of its piece and opened again in the next).

use crate::model::Span;

/// One run of a paragraph's text under the same annotations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// The characters, as offsets into the article text.
    pub span: Span,
    /// Indexes into the `spans` given to [`cut`] of the annotations covering the whole piece,
    /// outermost (earliest start, then longest) first.
    pub covered_by: Vec<usize>,
    /// Indexes of the annotations that start at this piece.
    pub starts: Vec<usize>,
    /// Indexes of the annotations that end with this piece.
    pub ends: Vec<usize>,
}

/// Cuts `paragraph` at every boundary of `spans` inside it. Spans that do not overlap the
/// paragraph are ignored; a span running over several paragraphs is cut at their edges (it
/// starts only in its first and ends only in its last).
pub fn cut(paragraph: Span, spans: &[Span]) -> Vec<Piece> {
    let mut bounds = vec![paragraph.start, paragraph.end];
    for span in spans {
        for at in [span.start, span.end] {
            if paragraph.start < at && at < paragraph.end {
                bounds.push(at);
            }
        }
    }
    bounds.sort_unstable();
    bounds.dedup();
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| {
        let span = spans.get(i).copied().unwrap_or(paragraph);
        (span.start, std::cmp::Reverse(span.end), i)
    });
    bounds
        .windows(2)
        .filter_map(|pair| match pair {
            [start, end] if start < end => Some(Span::new(*start, *end)),
            _ => None,
        })
        .map(|piece| {
            let covering = |i: &&usize| {
                spans
                    .get(**i)
                    .is_some_and(|s| s.start <= piece.start && piece.end <= s.end)
            };
            let covered_by: Vec<usize> = order.iter().filter(covering).copied().collect();
            let starts = covered_by
                .iter()
                .filter(|&&i| spans.get(i).is_some_and(|s| s.start == piece.start))
                .copied()
                .collect();
            let ends = covered_by
                .iter()
                .filter(|&&i| spans.get(i).is_some_and(|s| s.end == piece.end))
                .copied()
                .collect();
            Piece {
                span: piece,
                covered_by,
                starts,
                ends,
            }
        })
        .collect()
}

#[cfg(test)]
mod test {
    use super::*;

    fn shape(pieces: &[Piece]) -> Vec<(usize, usize, Vec<usize>)> {
        pieces
            .iter()
            .map(|p| (p.span.start, p.span.end, p.covered_by.clone()))
            .collect()
    }

    #[test]
    fn a_paragraph_without_highlights_is_one_piece() {
        let pieces = cut(Span::new(5, 20), &[Span::new(30, 40)]);
        assert_eq!(shape(&pieces), vec![(5, 20, vec![])]);
    }

    #[test]
    fn nested_spans_come_outermost_first() {
        let spans = [Span::new(4, 8), Span::new(0, 10)];
        let pieces = cut(Span::new(0, 12), &spans);
        assert_eq!(
            shape(&pieces),
            vec![
                (0, 4, vec![1]),
                (4, 8, vec![1, 0]),
                (8, 10, vec![1]),
                (10, 12, vec![])
            ]
        );
        assert_eq!(pieces[1].starts, vec![0]);
        assert_eq!(pieces[1].ends, vec![0]);
        assert_eq!(pieces[2].ends, vec![1]);
    }

    #[test]
    fn overlapping_spans_are_cut_where_they_cross() {
        let spans = [Span::new(0, 6), Span::new(3, 9)];
        let pieces = cut(Span::new(0, 9), &spans);
        assert_eq!(
            shape(&pieces),
            vec![(0, 3, vec![0]), (3, 6, vec![0, 1]), (6, 9, vec![1])]
        );
        assert_eq!(pieces[1].ends, vec![0]);
        assert_eq!(pieces[2].ends, vec![1]);
    }

    #[test]
    fn a_span_over_two_paragraphs_starts_in_the_first_and_ends_in_the_second() {
        let spans = [Span::new(3, 15)];
        let first = cut(Span::new(0, 10), &spans);
        let second = cut(Span::new(11, 20), &spans);
        assert_eq!(first.last().map(|p| p.ends.len()), Some(0));
        assert_eq!(first.last().map(|p| p.starts.clone()), Some(vec![0]));
        assert_eq!(second.first().map(|p| p.starts.len()), Some(0));
        assert_eq!(second.first().map(|p| p.ends.clone()), Some(vec![0]));
    }

    #[test]
    fn pieces_cover_the_paragraph_exactly_whatever_the_spans() {
        use proptest::prelude::*;
        proptest!(|(spans in proptest::collection::vec((0usize..40, 0usize..40), 0..8),
                    start in 0usize..20, len in 0usize..25)| {
            let spans: Vec<Span> = spans.into_iter().map(|(a, b)| Span::new(a, b)).collect();
            let paragraph = Span::new(start, start + len);
            let pieces = cut(paragraph, &spans);
            let mut at = paragraph.start;
            for piece in &pieces {
                prop_assert_eq!(piece.span.start, at);
                prop_assert!(piece.span.end > piece.span.start);
                for &i in &piece.covered_by {
                    prop_assert!(spans[i].contains_span(&piece.span));
                }
                at = piece.span.end;
            }
            prop_assert_eq!(at, paragraph.end.max(paragraph.start));
        });
    }
}
