//! The exact text another tool annotated, and the way from its offsets to ours.
//!
//! Tools count offsets on the text as they held it: with its byte-order mark and `\r\n` line
//! endings, in UTF-16 units (JavaScript: doccano, older Label Studio), code points (brat,
//! Label Studio today) or grapheme clusters (doccano's grapheme mode). Offsets are converted
//! on that exact text first, then mapped onto claimmark's normalized text (no BOM, `\n` line
//! endings), so a span never shifts by one per line break or emoji.

use unicode_segmentation::UnicodeSegmentation;

use crate::article::normalize_text;
use crate::model::{Document, Span};

/// What another tool's offsets count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OffsetUnit {
    /// Unicode code points (Python, Rust `char`s).
    CodePoints,
    /// UTF-16 code units (JavaScript string indexes).
    Utf16,
    /// Extended grapheme clusters (user-perceived characters).
    Graphemes,
}

impl OffsetUnit {
    /// Every unit, in the order they are tried.
    pub const ALL: [OffsetUnit; 3] = [
        OffsetUnit::CodePoints,
        OffsetUnit::Utf16,
        OffsetUnit::Graphemes,
    ];

    /// In words, for import reports.
    pub fn describe(self) -> &'static str {
        match self {
            OffsetUnit::CodePoints => "code points",
            OffsetUnit::Utf16 => "UTF-16 units",
            OffsetUnit::Graphemes => "grapheme clusters",
        }
    }
}

/// The text as the other tool held it, with the maps from its offsets to the normalized
/// document's char offsets.
pub struct SourceText {
    raw: Vec<char>,
    /// For each raw char boundary (0..=len), the normalized char offset.
    normalized: Vec<usize>,
    /// For each raw char boundary, the UTF-16 offset.
    utf16: Vec<usize>,
    /// Raw char offsets of grapheme cluster boundaries, from 0 to len.
    graphemes: Vec<usize>,
    document: Document,
}

impl SourceText {
    /// The raw text and the document made from it (normalized), with `source` as its origin.
    pub fn new(raw: &str, source: Option<String>, encoding: &str) -> Self {
        let document = Document::new(normalize_text(raw), source, encoding);
        Self::with_document(raw, document)
    }

    /// The raw text and a document already made from it (its text is `normalize_text(raw)`).
    pub fn with_document(raw: &str, document: Document) -> Self {
        let raw_chars: Vec<char> = raw.chars().collect();
        let mut normalized = Vec::with_capacity(raw_chars.len() + 1);
        let mut utf16 = Vec::with_capacity(raw_chars.len() + 1);
        let (mut out, mut units) = (0usize, 0usize);
        for (i, &c) in raw_chars.iter().enumerate() {
            normalized.push(out);
            utf16.push(units);
            units += c.len_utf16();
            let dropped_bom = i == 0 && c == '\u{FEFF}';
            let lf_after_cr = c == '\n' && i > 0 && raw_chars.get(i - 1) == Some(&'\r');
            if !dropped_bom && !lf_after_cr {
                out += 1;
            }
        }
        normalized.push(out);
        utf16.push(units);
        let mut graphemes: Vec<usize> = Vec::new();
        let mut at = 0;
        for cluster in raw.graphemes(true) {
            graphemes.push(at);
            at += cluster.chars().count();
        }
        graphemes.push(at);
        Self {
            raw: raw_chars,
            normalized,
            utf16,
            graphemes,
            document,
        }
    }

    /// The normalized document.
    pub fn document(&self) -> &Document {
        &self.document
    }

    /// Takes the document out.
    pub fn into_document(self) -> Document {
        self.document
    }

    /// Length of the raw text in `unit`.
    pub fn len_in(&self, unit: OffsetUnit) -> usize {
        match unit {
            OffsetUnit::CodePoints => self.raw.len(),
            OffsetUnit::Utf16 => self.utf16.last().copied().unwrap_or(0),
            OffsetUnit::Graphemes => self.graphemes.len().saturating_sub(1),
        }
    }

    /// True when every unit gives the same offsets (no astral characters, no multi-char
    /// clusters): the unit a file uses does not matter.
    pub fn units_agree(&self) -> bool {
        self.len_in(OffsetUnit::Utf16) == self.raw.len()
            && self.len_in(OffsetUnit::Graphemes) == self.raw.len()
    }

    /// The raw char offset of `offset` counted in `unit`, or `None` when it falls inside a
    /// character (half a surrogate pair) or past the end.
    pub fn raw_offset(&self, offset: usize, unit: OffsetUnit) -> Option<usize> {
        match unit {
            OffsetUnit::CodePoints => (offset <= self.raw.len()).then_some(offset),
            OffsetUnit::Utf16 => self.utf16.binary_search(&offset).ok(),
            OffsetUnit::Graphemes => self.graphemes.get(offset).copied(),
        }
    }

    /// The raw char offset in `unit` (the inverse of [`Self::raw_offset`]).
    pub fn offset_in(&self, raw: usize, unit: OffsetUnit) -> Option<usize> {
        match unit {
            OffsetUnit::CodePoints => (raw <= self.raw.len()).then_some(raw),
            OffsetUnit::Utf16 => self.utf16.get(raw).copied(),
            OffsetUnit::Graphemes => self.graphemes.binary_search(&raw).ok(),
        }
    }

    /// The raw text between two raw char offsets.
    pub fn raw_slice(&self, start: usize, end: usize) -> Option<String> {
        self.raw.get(start..end).map(|c| c.iter().collect())
    }

    /// The document span of raw chars `[start, end)`.
    pub fn to_document(&self, start: usize, end: usize) -> Option<Span> {
        let a = *self.normalized.get(start)?;
        let b = *self.normalized.get(end)?;
        Some(Span { start: a, end: b })
    }

    /// The document span of `[start, end)` counted in `unit`, with the raw text there; `None`
    /// when an offset falls inside a character or past the end.
    pub fn span_in(&self, start: usize, end: usize, unit: OffsetUnit) -> Option<(Span, String)> {
        let (a, b) = (self.raw_offset(start, unit)?, self.raw_offset(end, unit)?);
        Some((self.to_document(a, b)?, self.raw_slice(a, b)?))
    }

    /// Raw char offsets of every occurrence of `text`, nearest to `near` first.
    pub fn find_near(&self, text: &str, near: usize) -> Vec<usize> {
        let needle: Vec<char> = text.chars().collect();
        let Some(&first) = needle.first() else {
            return Vec::new();
        };
        let mut found: Vec<usize> = (0..=self.raw.len().saturating_sub(needle.len()))
            .filter(|&i| {
                self.raw.get(i) == Some(&first)
                    && self.raw.get(i..i + needle.len()) == Some(needle.as_slice())
            })
            .collect();
        found.sort_by_key(|&i| i.abs_diff(near));
        found
    }
}

/// True when `a` and `b` are the same text once line endings and a BOM are normalized (what
/// a tool reports as the marked text may carry `\r\n` where our text has `\n`).
pub fn same_text(a: &str, b: &str) -> bool {
    a == b || normalize_text(a) == normalize_text(b)
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn code_points_utf16_and_graphemes_on_the_label_studio_example() {
        // Label Studio's own test text: "test" is at 21–25 in code points, 22–26 in UTF-16.
        let source = SourceText::new("🐱 Warning: This is a test text", None, "utf-8");
        let (span, text) = source.span_in(21, 25, OffsetUnit::CodePoints).unwrap();
        assert_eq!(text, "test");
        assert_eq!(source.document().slice(span), Some("test"));
        let (_, text) = source.span_in(22, 26, OffsetUnit::Utf16).unwrap();
        assert_eq!(text, "test");
        let (_, wrong) = source.span_in(21, 25, OffsetUnit::Utf16).unwrap();
        assert_eq!(wrong, " tes", "the bug the issue describes");
        assert_eq!(source.raw_offset(1, OffsetUnit::Utf16), None, "inside 🐱");
        assert!(!source.units_agree());
    }

    #[test]
    fn crlf_and_bom_map_onto_the_normalized_text() {
        let raw = "\u{FEFF}First line.\r\nSecond 👨‍👩‍👧 line: the claim.\r\n";
        let source = SourceText::new(raw, None, "utf-8");
        assert_eq!(
            source.document().text(),
            "First line.\nSecond 👨‍👩‍👧 line: the claim.\n"
        );
        // "the claim" counted on the raw text, in each unit.
        let raw_chars: Vec<char> = raw.chars().collect();
        let start = raw
            .find("the claim")
            .map(|b| raw[..b].chars().count())
            .unwrap();
        let end = start + 9;
        assert_eq!(
            raw_chars[start..end].iter().collect::<String>(),
            "the claim"
        );
        for unit in OffsetUnit::ALL {
            let (a, b) = (
                source.offset_in(start, unit).unwrap(),
                source.offset_in(end, unit).unwrap(),
            );
            let (span, text) = source.span_in(a, b, unit).unwrap();
            assert_eq!(text, "the claim", "{unit:?}");
            assert_eq!(source.document().slice(span), Some("the claim"), "{unit:?}");
        }
    }

    #[test]
    fn finds_the_nearest_occurrence() {
        let source = SourceText::new("ab test cd test ef test", None, "utf-8");
        assert_eq!(source.find_near("test", 12), vec![11, 19, 3]);
        assert!(same_text("a\r\nb", "a\nb"));
    }
}
