//! Running headers, footers, page numbers and line numbers: lines near the top or bottom edge
//! of a page that come back on many pages (numbers aside), or that are only a page number, and
//! the numbered lines in the margin of a court transcript, are not part of the text a checker
//! reads.

use std::collections::HashMap;

use super::lines::Line;

/// The share of a page's height, at the top and at the bottom, where running heads are looked
/// for.
const MARGIN_SHARE: f64 = 0.1;
/// The same for a bare page number, which sits lower under a tall text block.
const PAGE_NUMBER_SHARE: f64 = 0.15;

/// A line as compared across pages: digits as `#`, white space collapsed, lower case.
fn shape(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// True when `text` says only which page this is: "12", "- 12 -", "Page 12", "12 of 40",
/// "12 / 40", "xii".
fn is_page_number(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    let lower = lower
        .trim_matches(|c: char| c == '-' || c == '–' || c == '—' || c.is_whitespace())
        .trim_start_matches("page")
        .trim_start_matches("pág.")
        .trim_start_matches("página")
        .trim_start_matches("p.")
        .trim();
    if lower.is_empty() {
        return false;
    }
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '/')
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| w.chars().all(|c| c.is_ascii_digit()) && w.len() <= 5;
    let roman = |w: &str| w.len() <= 6 && w.chars().all(|c| "ivxlc".contains(c));
    match words.as_slice() {
        [one] => number(one) || roman(one),
        [a, of, b] => number(a) && number(b) && ["of", "de", "sur", "من"].contains(of),
        [a, b] => number(a) && number(b),
        _ => false,
    }
}

/// True when `text` is a line number (1 to 99).
fn is_line_number(text: &str) -> bool {
    let text = text.trim();
    (1..=2).contains(&text.len()) && text.chars().all(|c| c.is_ascii_digit())
}

/// A page's lines without the line numbers in its left margin: at least five bare numbers,
/// each left of where the page's other lines begin.
fn without_line_numbers(lines: Vec<Line>) -> Vec<Line> {
    let text_starts = lines
        .iter()
        .filter(|l| !is_line_number(&l.text))
        .map(|l| l.x0)
        .fold(f64::INFINITY, f64::min);
    let in_margin = |l: &Line| is_line_number(&l.text) && l.x1 < text_starts - 0.5 * l.size;
    if lines.iter().filter(|l| in_margin(l)).count() < 5 {
        return lines;
    }
    lines.into_iter().filter(|l| !in_margin(l)).collect()
}

/// `pages` (each its height and lines) without their running heads, page numbers and margin
/// line numbers.
pub fn without_running_heads(pages: Vec<(f64, Vec<Line>)>) -> Vec<Vec<Line>> {
    let in_margin = |height: f64, line: &Line| {
        line.y < height * MARGIN_SHARE || line.y > height * (1.0 - MARGIN_SHARE)
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (height, lines) in &pages {
        let mut on_this_page: Vec<String> = lines
            .iter()
            .filter(|l| in_margin(*height, l))
            .map(|l| shape(&l.text))
            .collect();
        on_this_page.sort();
        on_this_page.dedup();
        for shape in on_this_page {
            *seen.entry(shape).or_default() += 1;
        }
    }
    let with_text = pages.iter().filter(|(_, l)| !l.is_empty()).count();
    let repeated = |shape: &str| {
        with_text >= 2
            && seen
                .get(shape)
                .is_some_and(|n| *n >= 2 && *n * 5 >= with_text * 2)
    };
    pages
        .into_iter()
        .map(|(height, lines)| {
            without_line_numbers(lines)
                .into_iter()
                .filter(|l| {
                    let page_number = is_page_number(&l.text)
                        && (l.y < height * PAGE_NUMBER_SHARE
                            || l.y > height * (1.0 - PAGE_NUMBER_SHARE));
                    !(page_number || (in_margin(height, l) && repeated(&shape(&l.text))))
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod test {
    use super::*;

    fn line(text: &str, y: f64) -> Line {
        Line {
            x0: 72.0,
            x1: 300.0,
            y,
            size: 10.0,
            text: text.to_owned(),
        }
    }

    #[test]
    fn page_numbers_are_recognized() {
        for number in [
            "12",
            "- 12 -",
            "Page 12",
            "12 of 40",
            "12 / 40",
            "xii",
            "Página 3",
        ] {
            assert!(is_page_number(number), "{number}");
        }
        for text in ["12 people died", "In 2019 it fell", "vivid"] {
            assert!(!is_page_number(text), "{text}");
        }
    }

    #[test]
    fn running_heads_and_page_numbers_go_body_text_stays() {
        let pages: Vec<(f64, Vec<Line>)> = (1..=4)
            .map(|n| {
                (
                    800.0,
                    vec![
                        line(&format!("Annual report 2025 — chapter {n}"), 30.0),
                        line("Spending rose by 4% in the year.", 400.0),
                        line(&n.to_string(), 780.0),
                    ],
                )
            })
            .collect();
        let kept = without_running_heads(pages);
        for page in kept {
            let texts: Vec<&str> = page.iter().map(|l| l.text.as_str()).collect();
            assert_eq!(texts, ["Spending rose by 4% in the year."]);
        }
    }

    #[test]
    fn a_transcript_loses_its_margin_line_numbers() {
        let mut lines = Vec::new();
        for n in 1..=8 {
            let y = 100.0 + 20.0 * f64::from(n);
            lines.push(Line {
                x0: 40.0,
                x1: 50.0,
                ..line(&n.to_string(), y)
            });
            lines.push(line(&format!("testimony line {n} with 12 in it"), y));
        }
        let kept = without_running_heads(vec![(800.0, lines)]);
        assert_eq!(kept[0].len(), 8);
        assert!(kept[0].iter().all(|l| l.text.starts_with("testimony")));
    }

    #[test]
    fn a_heading_at_the_top_of_one_page_stays() {
        let pages = vec![
            (
                800.0,
                vec![line("Introduction", 30.0), line("Body.", 300.0)],
            ),
            (800.0, vec![line("Methods", 30.0), line("Body.", 300.0)]),
            (800.0, vec![line("Results", 30.0), line("Body.", 300.0)]),
        ];
        let kept = without_running_heads(pages);
        assert_eq!(kept[0][0].text, "Introduction");
        assert_eq!(kept[2][0].text, "Results");
    }
}
