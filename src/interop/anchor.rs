//! Placing a span that another tool describes by position and quoted text (W3C
//! `TextPositionSelector` and `TextQuoteSelector`, Hypothesis): the position is trusted only
//! when the text there is the quote; otherwise the quote is found in the article (its prefix
//! and suffix, then the recorded position, decide between several occurrences). A span is
//! never placed on words other than the quoted ones.

use super::source_text::{OffsetUnit, SourceText, same_text};
use crate::model::{Document, Span};

/// A quote with the text around it, as a `TextQuoteSelector` records it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Quote {
    /// The marked text.
    pub exact: String,
    /// Text just before it.
    pub prefix: String,
    /// Text just after it.
    pub suffix: String,
}

/// Where a span was placed, and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Anchored {
    /// At its recorded position, whose text is the quote (or there is no quote to check).
    AtPosition(Span),
    /// Found by its quoted text; the reason says how.
    Found(Span, String),
}

/// Places a span from its `position` (counted in `unit` on the raw source text) and `quote`.
pub fn anchor(
    source: &SourceText,
    position: Option<(usize, usize)>,
    unit: OffsetUnit,
    quote: Option<&Quote>,
) -> Result<Anchored, String> {
    let document = source.document();
    if let Some((start, end)) = position {
        if end < start {
            return Err(format!("the end {end} comes before the start {start}"));
        }
        if let Some((span, text)) = source.span_in(start, end, unit) {
            match quote {
                None => return Ok(Anchored::AtPosition(span)),
                Some(q) if same_text(&text, &q.exact) => return Ok(Anchored::AtPosition(span)),
                Some(_) => {}
            }
        }
        // Positions counted on the normalized text (claimmark's own exports).
        let span = Span { start, end };
        if let (Some(q), Some(text)) = (quote, document.slice(span))
            && same_text(text, &q.exact)
        {
            return Ok(Anchored::AtPosition(span));
        }
        if quote.is_none() {
            return Err(format!("positions {start}–{end} are outside the article"));
        }
    }
    let Some(quote) = quote.filter(|q| !q.exact.trim().is_empty()) else {
        return Err("no position and no quoted text".to_owned());
    };
    let hint = position.and_then(|(start, _)| {
        source
            .raw_offset(start, unit)
            .and_then(|raw| source.to_document(raw, raw))
            .map(|s| s.start)
    });
    find_quote(document, quote, hint)
}

/// Finds `quote` in the document: exactly, else with different spacing.
fn find_quote(document: &Document, quote: &Quote, hint: Option<usize>) -> Result<Anchored, String> {
    let exact = crate::article::normalize_text(&quote.exact);
    let chars: Vec<char> = document.text().chars().collect();
    let needle: Vec<char> = exact.chars().collect();
    let found = occurrences(&chars, &needle);
    if !found.is_empty() {
        let start = choose(&chars, &found, needle.len(), quote, hint)?;
        let span = Span::new(start, start + needle.len());
        let how = if found.len() == 1 {
            "found by its quoted text (its position did not match)".to_owned()
        } else {
            format!(
                "found by its quoted text, the one of {} occurrences its surroundings match",
                found.len()
            )
        };
        return Ok(Anchored::Found(span, how));
    }
    // The same words with other spacing (a page's line breaks against our paragraphs).
    let (collapsed, positions) = collapse_spaces(&chars);
    let (needle, _) = collapse_spaces(&needle);
    let needle: Vec<char> = trim(&needle);
    let found = occurrences(&collapsed, &needle);
    if found.is_empty() || needle.is_empty() {
        return Err(format!(
            "its quoted text “{}” is not in the article",
            quote.exact.chars().take(60).collect::<String>()
        ));
    }
    let start = choose(
        &collapsed,
        &found,
        needle.len(),
        quote,
        hint.map(|h| positions.partition_point(|&p| p < h)),
    )?;
    let (Some(&a), Some(&b)) = (
        positions.get(start),
        positions.get(start + needle.len() - 1),
    ) else {
        return Err("internal: spacing map out of range".to_owned());
    };
    Ok(Anchored::Found(
        Span::new(a, b + 1),
        "found by its quoted text with different spacing (line breaks or spaces differ)".to_owned(),
    ))
}

fn occurrences(haystack: &[char], needle: &[char]) -> Vec<usize> {
    let Some(&first) = needle.first() else {
        return Vec::new();
    };
    (0..=haystack.len().saturating_sub(needle.len()))
        .filter(|&i| {
            haystack.get(i) == Some(&first) && haystack.get(i..i + needle.len()) == Some(needle)
        })
        .collect()
}

/// The occurrence whose surroundings agree most with the quote's prefix and suffix; ties are
/// broken by the recorded position, else the quote is ambiguous.
fn choose(
    chars: &[char],
    found: &[usize],
    length: usize,
    quote: &Quote,
    hint: Option<usize>,
) -> Result<usize, String> {
    if let [only] = found {
        return Ok(*only);
    }
    let score = |start: usize| {
        let before = chars.get(..start).unwrap_or_default().iter().rev();
        let after = chars.get(start + length..).unwrap_or_default().iter();
        let p = before
            .zip(quote.prefix.chars().rev())
            .take_while(|(a, b)| **a == *b)
            .count();
        let s = after
            .zip(quote.suffix.chars())
            .take_while(|(a, b)| **a == *b)
            .count();
        p + s
    };
    let mut ranked: Vec<(usize, usize)> = found.iter().map(|&f| (score(f), f)).collect();
    ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
    match ranked.as_slice() {
        [(best, at), (second, _), ..] if best > second => Ok(*at),
        _ => match hint {
            Some(h) => found
                .iter()
                .copied()
                .min_by_key(|f| f.abs_diff(h))
                .ok_or_else(|| "no occurrence".to_owned()),
            None => Err(format!(
                "its quoted text occurs {} times and nothing tells which is meant",
                found.len()
            )),
        },
    }
}

/// The chars with every run of white space made one space, and for each kept char its
/// offset in `chars`.
fn collapse_spaces(chars: &[char]) -> (Vec<char>, Vec<usize>) {
    let mut out = Vec::with_capacity(chars.len());
    let mut positions = Vec::with_capacity(chars.len());
    let mut in_space = false;
    for (i, &c) in chars.iter().enumerate() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
                positions.push(i);
            }
            in_space = true;
        } else {
            out.push(c);
            positions.push(i);
            in_space = false;
        }
    }
    (out, positions)
}

fn trim(chars: &[char]) -> Vec<char> {
    let start = chars.iter().position(|c| *c != ' ').unwrap_or(chars.len());
    let end = chars
        .iter()
        .rposition(|c| *c != ' ')
        .map_or(start, |e| e + 1);
    chars.get(start..end).unwrap_or_default().to_vec()
}

#[cfg(test)]
mod test {
    use super::*;

    fn quote(exact: &str, prefix: &str, suffix: &str) -> Quote {
        Quote {
            exact: exact.to_owned(),
            prefix: prefix.to_owned(),
            suffix: suffix.to_owned(),
        }
    }

    #[test]
    fn position_checked_then_quote_then_spacing() {
        let source = SourceText::new("A claim here. Another claim there.\r\nEnd.", None, "utf-8");
        let doc = source.document().clone();
        // Right position.
        let q = quote("claim", "A ", " here");
        assert_eq!(
            anchor(&source, Some((2, 7)), OffsetUnit::CodePoints, Some(&q)),
            Ok(Anchored::AtPosition(Span::new(2, 7)))
        );
        // Wrong position: the surroundings choose the second "claim".
        let q = quote("claim", "Another ", " there");
        let Ok(Anchored::Found(span, _)) =
            anchor(&source, Some((3, 8)), OffsetUnit::CodePoints, Some(&q))
        else {
            panic!()
        };
        assert_eq!(doc.slice(span), Some("claim"));
        assert_eq!(span.start, 22);
        // Other spacing: a line break where the quote has a space.
        let q = quote("there. End.", "", "");
        let Ok(Anchored::Found(span, how)) =
            anchor(&source, None, OffsetUnit::CodePoints, Some(&q))
        else {
            panic!()
        };
        assert_eq!(doc.slice(span), Some("there.\nEnd."));
        assert!(how.contains("spacing"));
        // Not there at all, and ambiguous without help.
        assert!(
            anchor(
                &source,
                None,
                OffsetUnit::CodePoints,
                Some(&quote("absent", "", ""))
            )
            .is_err()
        );
        assert!(
            anchor(
                &source,
                None,
                OffsetUnit::CodePoints,
                Some(&quote("claim", "", ""))
            )
            .is_err()
        );
        assert!(anchor(&source, Some((7, 2)), OffsetUnit::CodePoints, None).is_err());
    }
}
