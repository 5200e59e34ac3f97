//! The article being annotated: its normalized text, metadata, and char/byte offset maps.

use std::sync::Arc;

use sha2::{Digest, Sha256};

use super::Span;

/// Characters between two stored byte checkpoints in [`Document`]'s offset map.
const CHECKPOINT_STRIDE: usize = 64;

/// An article's text and what is known about it.
///
/// Invariants: `text` is normalized (LF line endings, no byte-order mark); `sha256` is the
/// hex SHA-256 of `text`'s UTF-8 bytes; `paragraphs` are the char ranges of the text's lines,
/// without their `\n`, in order, covering every line (including empty ones).
///
/// The text and its maps are shared (`Arc`), so a copy for a background save is cheap.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    text: Arc<str>,
    title: String,
    source: Option<String>,
    encoding: String,
    sha256: String,
    char_len: usize,
    /// Byte offset of every `CHECKPOINT_STRIDE`-th char; empty when the text is ASCII.
    byte_checkpoints: Arc<[usize]>,
    paragraphs: Arc<[Span]>,
    /// The web page the article was read from, when it was read from one.
    web: Option<super::WebSource>,
    /// When and by whom the text was said, when it is a transcript.
    timeline: Option<Arc<super::Timeline>>,
    /// The PDF's pages, when the article was read from a PDF.
    pdf: Option<Arc<super::PdfPages>>,
}

impl Document {
    /// Builds a document from already normalized text (see `article::normalize_text`).
    ///
    /// `source` says where the article came from (a file name or "clipboard"); `encoding`
    /// names how its bytes were read. The title is taken from the first non-empty line.
    pub fn new(text: String, source: Option<String>, encoding: &str) -> Self {
        let title = title_from_text(&text);
        Self::with_title(text, title, source, encoding)
    }

    /// Builds a document with an explicit title.
    pub fn with_title(text: String, title: String, source: Option<String>, encoding: &str) -> Self {
        let sha256 = sha256_hex(&text);
        let is_ascii = text.is_ascii();
        let mut byte_checkpoints = Vec::new();
        let mut paragraphs = Vec::new();
        let mut char_len = 0;
        let mut line_start = 0;
        for (byte, c) in text.char_indices() {
            if !is_ascii && char_len % CHECKPOINT_STRIDE == 0 {
                byte_checkpoints.push(byte);
            }
            if c == '\n' {
                paragraphs.push(Span::new(line_start, char_len));
                line_start = char_len + 1;
            }
            char_len += 1;
        }
        paragraphs.push(Span::new(line_start, char_len));
        Self {
            text: text.into(),
            title,
            source,
            encoding: encoding.to_owned(),
            sha256,
            char_len,
            byte_checkpoints: byte_checkpoints.into(),
            paragraphs: paragraphs.into(),
            web: None,
            timeline: None,
            pdf: None,
        }
    }

    /// The same document, read from the web page `web`.
    pub fn with_web(mut self, web: Option<super::WebSource>) -> Self {
        self.web = web;
        self
    }

    /// The same document, said as `timeline` tells (a transcript).
    pub fn with_timeline(mut self, timeline: Option<super::Timeline>) -> Self {
        self.timeline = timeline.map(Arc::new);
        self
    }

    /// The same document, printed on the pages `pdf` tells.
    pub fn with_pdf(mut self, pdf: Option<super::PdfPages>) -> Self {
        self.pdf = pdf.map(Arc::new);
        self
    }

    /// The PDF's pages, when the article was read from a PDF.
    pub fn pdf(&self) -> Option<&super::PdfPages> {
        self.pdf.as_deref()
    }

    /// When and by whom the text was said, when it is a transcript.
    pub fn timeline(&self) -> Option<&super::Timeline> {
        self.timeline.as_deref()
    }

    /// The web page the article was read from, if it was.
    pub fn web(&self) -> Option<&super::WebSource> {
        self.web.as_ref()
    }

    /// The whole normalized text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// A short human title (the first line, shortened).
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Where the article came from, if known.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// How the original bytes were decoded.
    pub fn encoding(&self) -> &str {
        &self.encoding
    }

    /// Hex SHA-256 of the normalized text.
    pub fn sha256(&self) -> &str {
        &self.sha256
    }

    /// Length of the text in chars.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// Char ranges of the text's lines (paragraphs), without line breaks.
    pub fn paragraphs(&self) -> &[Span] {
        &self.paragraphs
    }

    /// Index of the paragraph that holds char `offset` (the last one for the end of text).
    pub fn paragraph_of(&self, offset: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.end < offset)
            .min(self.paragraphs.len().saturating_sub(1))
    }

    /// Byte offset of char `offset`, clamped to the end of the text.
    pub fn byte_of_char(&self, offset: usize) -> usize {
        if offset >= self.char_len {
            return self.text.len();
        }
        if self.byte_checkpoints.is_empty() {
            return offset;
        }
        let checkpoint = offset / CHECKPOINT_STRIDE;
        let Some(&base) = self.byte_checkpoints.get(checkpoint) else {
            return self.text.len();
        };
        let rest = offset - checkpoint * CHECKPOINT_STRIDE;
        let tail = self.text.get(base..).unwrap_or_default();
        base + tail
            .char_indices()
            .nth(rest)
            .map_or(tail.len(), |(byte, _)| byte)
    }

    /// Char offset of the char boundary at or before byte `byte`.
    pub fn char_of_byte(&self, byte: usize) -> usize {
        if byte >= self.text.len() {
            return self.char_len;
        }
        if self.byte_checkpoints.is_empty() {
            return byte;
        }
        let checkpoint = self
            .byte_checkpoints
            .partition_point(|&b| b <= byte)
            .saturating_sub(1);
        let base = self.byte_checkpoints.get(checkpoint).copied().unwrap_or(0);
        let tail = self.text.get(base..).unwrap_or_default();
        checkpoint * CHECKPOINT_STRIDE
            + tail
                .char_indices()
                .take_while(|(b, _)| base + b <= byte)
                .count()
                .saturating_sub(1)
    }

    /// The text of a span, or `None` when the span is not within the text.
    pub fn slice(&self, span: Span) -> Option<&str> {
        if !span.is_within(self.char_len) {
            return None;
        }
        self.text
            .get(self.byte_of_char(span.start)..self.byte_of_char(span.end))
    }

    /// Up to `chars` characters of text before `offset`.
    pub fn text_before(&self, offset: usize, chars: usize) -> &str {
        let start = offset.saturating_sub(chars);
        self.slice(Span::new(start, offset.min(self.char_len)))
            .unwrap_or_default()
    }

    /// Up to `chars` characters of text after `offset`.
    pub fn text_after(&self, offset: usize, chars: usize) -> &str {
        let start = offset.min(self.char_len);
        let end = start.saturating_add(chars).min(self.char_len);
        self.slice(Span::new(start, end)).unwrap_or_default()
    }
}

/// Hex SHA-256 of a string's UTF-8 bytes.
pub fn sha256_hex(text: &str) -> String {
    sha256_bytes_hex(text.as_bytes())
}

/// Hex SHA-256 of bytes.
pub fn sha256_bytes_hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest {
        let _ = write!(out, "{b:02x}");
    }
    out
}

fn title_from_text(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("Untitled article");
    const MAX: usize = 80;
    if line.chars().count() <= MAX {
        line.to_owned()
    } else {
        let short: String = line.chars().take(MAX - 1).collect();
        format!("{}…", short.trim_end())
    }
}

#[cfg(test)]
mod test {
    use super::*;

    fn doc(text: &str) -> Document {
        Document::new(text.to_owned(), None, "utf-8")
    }

    #[test]
    fn char_and_byte_offsets_agree_with_std() {
        let text = "a😀b\nJose\u{301} 李小龙 «هذا» 👨‍👩‍👧‍👦 🇪🇺 €".repeat(20);
        let d = doc(&text);
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        assert_eq!(d.char_len(), chars.len());
        for (ci, (bi, _)) in chars.iter().enumerate() {
            assert_eq!(d.byte_of_char(ci), *bi, "char {ci}");
            assert_eq!(d.char_of_byte(*bi), ci, "byte {bi}");
        }
        assert_eq!(d.byte_of_char(chars.len()), text.len());
        assert_eq!(d.char_of_byte(text.len()), chars.len());
    }

    #[test]
    fn slices_by_chars() {
        let d = doc("a😀b李c");
        assert_eq!(d.slice(Span::new(1, 4)), Some("😀b李"));
        assert_eq!(d.slice(Span::new(4, 9)), None);
        assert_eq!(d.text_before(3, 10), "a😀b");
        assert_eq!(d.text_after(3, 10), "李c");
    }

    #[test]
    fn paragraphs_cover_every_line() {
        let d = doc("ab\n\ncd\n");
        assert_eq!(
            d.paragraphs(),
            &[
                Span::new(0, 2),
                Span::new(3, 3),
                Span::new(4, 6),
                Span::new(7, 7)
            ]
        );
        assert_eq!(d.paragraph_of(0), 0);
        assert_eq!(d.paragraph_of(2), 0);
        assert_eq!(d.paragraph_of(3), 1);
        assert_eq!(d.paragraph_of(5), 2);
        assert_eq!(d.paragraph_of(7), 3);
    }

    #[test]
    fn title_is_first_non_empty_line() {
        assert_eq!(doc("\n  Hello world \nbody").title(), "Hello world");
        assert!(doc(&"x".repeat(200)).title().ends_with('…'));
    }

    #[test]
    fn hash_matches_known_value() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
