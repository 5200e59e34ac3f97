//! Runs of an article's text that carry something (when and by whom it was said, the page it
//! was printed on): which runs a span touches, and where runs may lie.

use super::Span;

/// The runs (in text order, not overlapping, each `[start, end)` by `bounds`) that `span`
/// overlaps; an empty span touches the run at its position.
pub fn touched<'a, R>(
    runs: &'a [R],
    span: Span,
    bounds: impl Fn(&R) -> (usize, usize) + Copy + 'a,
) -> impl Iterator<Item = &'a R> + 'a {
    let probe = if span.is_empty() {
        Span::new(span.start, span.start + 1)
    } else {
        span
    };
    let first = runs.partition_point(|r| bounds(r).1 <= probe.start);
    runs.iter()
        .skip(first)
        .take_while(move |r| bounds(r).0 < probe.end)
        .filter(move |r| {
            let (start, end) = bounds(r);
            Span::new(start, end).overlaps(&probe)
        })
}

/// What is wrong with `runs` (`(start, end)` in text order) against a text of `char_len`
/// characters: the first that lies outside the text or starts before the one before it ends,
/// named as "`noun` N".
pub fn placement_problem(
    runs: impl IntoIterator<Item = (usize, usize)>,
    char_len: usize,
    noun: &str,
) -> Option<String> {
    let mut previous_end = 0;
    for (i, (start, end)) in runs.into_iter().enumerate() {
        let which = i + 1;
        if start > end || end > char_len {
            return Some(format!(
                "{noun} {which} ({start}–{end}) is outside the text ({char_len} characters)"
            ));
        }
        if start < previous_end {
            return Some(format!(
                "{noun} {which} starts at {start} before the previous one ends ({previous_end})"
            ));
        }
        previous_end = end;
    }
    None
}
