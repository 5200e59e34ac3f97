//! A page's lines in reading order: columns found by the gutters no line crosses, each column
//! read top to bottom before the next, lines that span the columns (a headline, a footnote)
//! read where they stand; and where each paragraph begins.

use super::lines::Line;

/// How a line follows the one read before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Follows {
    /// On the next line of the same paragraph.
    Line,
    /// At the top of a column, band or page: a new paragraph unless its words go on from the
    /// last ones (a sentence carried over).
    Jump,
    /// In a new paragraph: a wider gap above it, a change of size, a short line before it.
    Paragraph,
}

/// A line in reading order, and how it follows the one before.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// The line.
    pub line: Line,
    /// How it follows the line read before it.
    pub follows: Follows,
}

/// The narrowest gutter between columns, as a share of the lines' typical size.
const GUTTER_SIZES: f64 = 0.9;
/// Lines that may cross a gutter, as a share of all lines (headlines, footnotes).
const SPANNING_SHARE: f64 = 0.25;
/// A gap between lines wider than this many times the usual one starts a paragraph.
const PARAGRAPH_GAP: f64 = 1.35;
/// Columns are looked for this many levels deep (three columns, or two inside two).
const MAX_DEPTH: usize = 3;

/// The page's lines in reading order, with paragraph starts.
pub fn reading_order(lines: Vec<Line>) -> Vec<Placed> {
    let mut placed = Vec::with_capacity(lines.len());
    order(lines, 0, &mut placed);
    placed
}

fn median(mut values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied()
}

/// The widest stretch between `left` and `right` (exclusive of their outer fifths) that at
/// most a few lines cross, and which has enough lines wholly on either side.
fn gutter(lines: &[Line]) -> Option<(f64, f64)> {
    let left = lines.iter().map(|l| l.x0).fold(f64::INFINITY, f64::min);
    let right = lines.iter().map(|l| l.x1).fold(f64::NEG_INFINITY, f64::max);
    let width = right - left;
    let size = median(lines.iter().map(|l| l.size).collect())?;
    if !width.is_finite() || width < 8.0 * size || lines.len() < 4 {
        return None;
    }
    // Coverage in one-point steps.
    let steps = (width.ceil() as usize).min(20_000);
    let mut cover = vec![0usize; steps + 1];
    for line in lines {
        let from = ((line.x0 - left).max(0.0) as usize).min(steps);
        let to = ((line.x1 - left).max(0.0).ceil() as usize).min(steps);
        for c in cover.iter_mut().take(to).skip(from) {
            *c += 1;
        }
    }
    let allowed = (lines.len() as f64 * SPANNING_SHARE) as usize;
    let inner = (steps / 5)..(steps - steps / 5);
    let mut best: Option<(usize, usize)> = None;
    let mut run_start: Option<usize> = None;
    for i in inner.clone().chain(std::iter::once(inner.end)) {
        let open = i < inner.end && cover.get(i).is_some_and(|c| *c <= allowed);
        match (open, run_start) {
            (true, None) => run_start = Some(i),
            (false, Some(start)) => {
                if best.is_none_or(|(s, e)| i - start > e - s) {
                    best = Some((start, i));
                }
                run_start = None;
            }
            _ => {}
        }
    }
    let (start, end) = best?;
    let (from, to) = (left + start as f64, left + end as f64);
    if to - from < (GUTTER_SIZES * size).max(4.0) {
        return None;
    }
    let on_left = lines.iter().filter(|l| l.x1 <= to).count();
    let on_right = lines.iter().filter(|l| l.x0 >= from).count();
    let enough = (lines.len() / 8).max(2);
    (on_left >= enough && on_right >= enough).then_some((from, to))
}

fn order(lines: Vec<Line>, depth: usize, placed: &mut Vec<Placed>) {
    let split = if depth < MAX_DEPTH {
        gutter(&lines)
    } else {
        None
    };
    let Some((from, to)) = split else {
        column(lines, placed);
        return;
    };
    let (mut left, mut right, mut spanning) = (Vec::new(), Vec::new(), Vec::new());
    for line in lines {
        if line.x1 <= to {
            left.push(line);
        } else if line.x0 >= from {
            right.push(line);
        } else {
            spanning.push(line);
        }
    }
    spanning.sort_by(|a, b| a.y.total_cmp(&b.y));
    // Bands between spanning lines: each band's left side, then its right side.
    let mut top = f64::NEG_INFINITY;
    let mut spanning = spanning.into_iter().peekable();
    loop {
        let bottom = spanning.peek().map_or(f64::INFINITY, |l| l.y);
        let take = |side: &mut Vec<Line>| -> Vec<Line> {
            let (band, rest): (Vec<Line>, Vec<Line>) = std::mem::take(side)
                .into_iter()
                .partition(|l| l.y > top && l.y <= bottom);
            *side = rest;
            band
        };
        let band_left = take(&mut left);
        let band_right = take(&mut right);
        order(band_left, depth + 1, placed);
        order(band_right, depth + 1, placed);
        match spanning.next() {
            Some(line) => column(vec![line], placed),
            None => break,
        }
        top = bottom;
    }
}

/// One column's lines, top to bottom (pieces on one baseline left to right, joined), with
/// paragraph starts from the gaps between them.
fn column(mut lines: Vec<Line>, placed: &mut Vec<Placed>) {
    lines.sort_by(|a, b| a.y.total_cmp(&b.y));
    // Rows: lines on (nearly) one baseline.
    let mut groups: Vec<Vec<Line>> = Vec::new();
    for line in lines {
        let same_row = groups
            .last()
            .and_then(|row| row.first())
            .is_some_and(|first| (line.y - first.y).abs() < 0.3 * first.size.max(line.size));
        match groups.last_mut() {
            Some(row) if same_row => row.push(line),
            _ => groups.push(vec![line]),
        }
    }
    let rows: Vec<Line> = groups.into_iter().filter_map(join_row).collect();
    let pitch = median(
        rows.iter()
            .zip(rows.iter().skip(1))
            .map(|(above, below)| below.y - above.y)
            .filter(|d| *d > 0.0)
            .collect(),
    );
    let right_edge = median(rows.iter().map(|r| r.x1).collect());
    let left_edge = median(rows.iter().map(|r| r.x0).collect());
    let mut previous: Option<&Line> = None;
    for row in &rows {
        let follows = match previous {
            None => Follows::Jump,
            Some(above) => {
                let size = above.size;
                let gap = row.y - above.y;
                let usual = pitch.unwrap_or(1.2 * size).max(size);
                let resized = (row.size - size).abs() > 0.15 * size.max(row.size);
                let short_before = right_edge.is_some_and(|edge| above.x1 < edge - 4.0 * size);
                let indented = left_edge.is_some_and(|edge| row.x0 > edge + 0.8 * size);
                if gap > PARAGRAPH_GAP * usual
                    || resized
                    || ((short_before || indented) && ends_sentence(&above.text))
                {
                    Follows::Paragraph
                } else {
                    Follows::Line
                }
            }
        };
        previous = Some(row);
        placed.push(Placed {
            line: row.clone(),
            follows,
        });
    }
}

/// The pieces of one row as one line, left to right.
fn join_row(mut pieces: Vec<Line>) -> Option<Line> {
    pieces.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    let mut pieces = pieces.into_iter();
    let mut line = pieces.next()?;
    for piece in pieces {
        line.text.push(' ');
        line.text.push_str(&piece.text);
        line.x1 = line.x1.max(piece.x1);
        line.size = line.size.max(piece.size);
    }
    Some(line)
}

/// True when `text` ends a sentence (full stop, question or exclamation mark, colon, closing
/// quote after one of them), in the scripts claimmark's users write.
pub fn ends_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}', '\u{BB}', ')']);
    trimmed.ends_with(['.', '!', '?', ':', '…', '؟', '。', '！', '？'])
}

#[cfg(test)]
mod test {
    use super::*;

    fn line(text: &str, x0: f64, y: f64) -> Line {
        Line {
            x0,
            x1: x0 + 5.0 * text.chars().count() as f64,
            y,
            size: 10.0,
            text: text.to_owned(),
        }
    }

    fn texts(placed: &[Placed]) -> Vec<String> {
        placed
            .iter()
            .map(|p| match p.follows {
                Follows::Line => p.line.text.clone(),
                Follows::Jump => format!("~{}", p.line.text),
                Follows::Paragraph => format!("¶{}", p.line.text),
            })
            .collect()
    }

    #[test]
    fn two_columns_under_a_headline_are_read_one_after_the_other() {
        let mut lines = vec![line(
            "A headline that runs across both of the columns below it",
            72.0,
            60.0,
        )];
        // Drawn row by row across the page, as some producers do.
        for i in 0..6 {
            let y = 100.0 + 12.0 * f64::from(i);
            lines.push(line(&format!("left line {i} of the story"), 72.0, y));
            lines.push(line(&format!("right line {i} goes on"), 300.0, y));
        }
        lines.push(line(
            "A footnote that spans the page from one margin to the other",
            72.0,
            200.0,
        ));
        let placed = reading_order(lines);
        let read = texts(&placed);
        assert_eq!(
            read[0],
            "~A headline that runs across both of the columns below it"
        );
        assert_eq!(read[1], "~left line 0 of the story");
        assert_eq!(read[6], "left line 5 of the story");
        assert_eq!(read[7], "~right line 0 goes on");
        assert_eq!(read[12], "right line 5 goes on");
        assert!(read[13].starts_with("~A footnote"));
    }

    #[test]
    fn one_column_has_no_gutter_and_gaps_start_paragraphs() {
        let lines = vec![
            line("The first paragraph begins here and", 72.0, 100.0),
            line("goes on to its end.", 72.0, 112.0),
            line("The second one starts after a gap", 72.0, 130.0),
            line("and ends.", 72.0, 142.0),
        ];
        let read = texts(&reading_order(lines));
        assert_eq!(
            read,
            [
                "~The first paragraph begins here and",
                "goes on to its end.",
                "¶The second one starts after a gap",
                "and ends."
            ]
        );
    }

    #[test]
    fn sentence_ends_are_seen_in_every_script() {
        assert!(ends_sentence("It fell by 4%."));
        assert!(ends_sentence("«¿Quién lo dijo?»"));
        assert!(ends_sentence("هل هذا صحيح؟"));
        assert!(!ends_sentence("It fell by"));
    }
}
