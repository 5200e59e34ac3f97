//! Text selections and the motions that make them: a selection is an anchor and a cursor (char
//! offsets); words are found here, beside the document, so they are tested without a UI.

use super::{Document, Span};

/// A text selection: `anchor` stays where the drag started, `cursor` moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct TextSelection {
    /// Where the selection started (char offset).
    pub anchor: usize,
    /// Where the selection ends and the caret is (char offset).
    pub cursor: usize,
}

impl TextSelection {
    /// A caret with nothing selected.
    pub fn caret(at: usize) -> Self {
        Self {
            anchor: at,
            cursor: at,
        }
    }

    /// The selected span, start before end.
    pub fn span(&self) -> Span {
        Span::new(self.anchor, self.cursor)
    }
}

/// True for characters that belong to a word (for word-by-word keyboard motions).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' || c == '_'
}

/// Scripts written without spaces between words (Thai, Lao, Khmer, Myanmar): their words need a
/// dictionary to find, so selections there stay on the characters chosen.
fn without_spaces(c: char) -> bool {
    matches!(u32::from(c), 0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF | 0x19E0..=0x19FF)
}

/// Characters of text around `offset` looked at to find the word there.
const WORD_WINDOW: usize = 64;

/// The word (UAX #29 word boundaries: letters with their marks, numbers such as 12.5, words with
/// apostrophes) that char `offset` belongs to, within its paragraph; `None` for spaces and
/// punctuation, and in scripts written without spaces.
pub fn word_span(document: &Document, offset: usize) -> Option<Span> {
    use unicode_segmentation::UnicodeSegmentation;
    let paragraph = document
        .paragraphs()
        .get(document.paragraph_of(offset))
        .copied()?;
    if offset < paragraph.start || offset >= paragraph.end {
        return None;
    }
    let from = offset.saturating_sub(WORD_WINDOW).max(paragraph.start);
    let to = (offset + WORD_WINDOW).min(paragraph.end);
    let window = document.slice(Span::new(from, to))?;
    let mut at = from;
    for piece in window.split_word_bounds() {
        let len = piece.chars().count();
        if offset < at + len {
            let wordlike =
                piece.chars().any(char::is_alphanumeric) && !piece.chars().any(without_spaces);
            return wordlike.then_some(Span::new(at, at + len));
        }
        at += len;
    }
    None
}

/// The word around char `offset` (the char alone when it is not part of a word).
pub fn word_at(document: &Document, offset: usize) -> Span {
    word_span(document, offset)
        .unwrap_or_else(|| Span::new(offset, (offset + 1).min(document.char_len())))
}

/// The selection from `anchor` to `cursor` grown to whole words: an end that falls inside a
/// word moves to that word's edge, away from the other end (what a drag does in annotation
/// tools, so a tag never takes part of a word).
pub fn snap_to_words(document: &Document, anchor: usize, cursor: usize) -> TextSelection {
    if anchor == cursor {
        return TextSelection::caret(cursor);
    }
    let (mut low, mut high) = (anchor.min(cursor), anchor.max(cursor));
    if let Some(word) = word_span(document, low)
        && word.start < low
    {
        low = word.start;
    }
    if let Some(word) = high
        .checked_sub(1)
        .and_then(|last| word_span(document, last))
        && word.end > high
    {
        high = word.end;
    }
    if cursor >= anchor {
        TextSelection {
            anchor: low,
            cursor: high,
        }
    } else {
        TextSelection {
            anchor: high,
            cursor: low,
        }
    }
}

/// Characters that end a sentence.
fn ends_sentence(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '。' | '！' | '？' | '؟' | '।' | '॥' | '۔' | '…'
    )
}

/// The sentence around char `offset`, within its paragraph: from after the previous sentence's
/// end to its own end mark (with closing quotes and brackets), without surrounding spaces.
pub fn sentence_at(document: &Document, offset: usize) -> Span {
    let Some(paragraph) = document
        .paragraphs()
        .get(document.paragraph_of(offset))
        .copied()
    else {
        return Span::new(offset, offset);
    };
    let chars: Vec<char> = document
        .slice(paragraph)
        .unwrap_or_default()
        .chars()
        .collect();
    let local = offset.saturating_sub(paragraph.start).min(chars.len());
    // A sentence ends at an end mark followed by white space (or the paragraph's end).
    let is_end = |i: usize| {
        chars.get(i).copied().is_some_and(ends_sentence)
            && chars
                .get(i + 1)
                .is_none_or(|c| c.is_whitespace() || matches!(c, '"' | '”' | '’' | '»' | ')' | ']'))
    };
    let mut start = local;
    while start > 0 && !is_end(start - 1) {
        start -= 1;
    }
    let mut end = local;
    while end < chars.len() && !is_end(end) {
        end += 1;
    }
    end = (end + 1).min(chars.len());
    while chars
        .get(end)
        .is_some_and(|c| matches!(c, '"' | '”' | '’' | '»' | ')' | ']'))
    {
        end += 1;
    }
    while start < end && chars.get(start).is_some_and(|c| c.is_whitespace()) {
        start += 1;
    }
    while end > start && chars.get(end - 1).is_some_and(|c| c.is_whitespace()) {
        end -= 1;
    }
    Span::new(paragraph.start + start, paragraph.start + end)
}

/// The start of the word before `offset` (skipping any spaces and punctuation first).
pub fn previous_word_start(document: &Document, offset: usize) -> usize {
    let before: Vec<char> = document.text_before(offset, 200).chars().collect();
    let mut i = before.len();
    while i > 0 && before.get(i - 1).is_some_and(|c| !is_word_char(*c)) {
        i -= 1;
    }
    while i > 0 && before.get(i - 1).copied().is_some_and(is_word_char) {
        i -= 1;
    }
    offset - (before.len() - i)
}

/// The end of the word after `offset` (skipping any spaces and punctuation first).
pub fn next_word_end(document: &Document, offset: usize) -> usize {
    let after: Vec<char> = document.text_after(offset, 200).chars().collect();
    let mut i = 0;
    while after.get(i).is_some_and(|c| !is_word_char(*c)) {
        i += 1;
    }
    while after.get(i).copied().is_some_and(is_word_char) {
        i += 1;
    }
    offset + i
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn words_by_chars() {
        let doc = Document::new("Say “héllo wörld” 😀 now".to_owned(), None, "utf-8");
        assert_eq!(doc.slice(word_at(&doc, 6)), Some("héllo"));
        assert_eq!(doc.slice(word_at(&doc, 4)), Some("“"));
        assert_eq!(next_word_end(&doc, 0), 3);
        assert_eq!(previous_word_start(&doc, 16), 11);
        assert_eq!(doc.slice(Span::new(11, 16)), Some("wörld"));
    }

    #[test]
    fn drags_grow_to_whole_words_in_any_script() {
        let doc = Document::new(
            "Companies that previously avoided OpenAI's tools. वित्त मंत्री ने कहा. قال الوزير إن الصادرات 12.5%".to_owned(),
            None,
            "utf-8",
        );
        let text = doc.text().to_owned();
        let at = |s: &str| text[..text.find(s).unwrap()].chars().count();
        // From inside "previously" to inside "tools": the two words whole.
        let drag = snap_to_words(&doc, at("usly"), at("ools") + 2);
        assert_eq!(
            doc.slice(drag.span()),
            Some("previously avoided OpenAI's tools")
        );
        // Backwards: the anchor stays the later end.
        let back = snap_to_words(&doc, at("ools") + 2, at("usly"));
        assert_eq!(back.anchor, at("tools") + 5);
        assert_eq!(back.cursor, at("previously"));
        // Devanagari with its marks and virama is one word; Arabic too; a decimal number too.
        let hindi = snap_to_words(&doc, at("मंत्री") + 2, at("मंत्री") + 3);
        assert_eq!(doc.slice(hindi.span()), Some("मंत्री"));
        let arabic = snap_to_words(&doc, at("الوزير") + 1, at("الوزير") + 3);
        assert_eq!(doc.slice(arabic.span()), Some("الوزير"));
        let number = snap_to_words(&doc, at("12.5") + 1, at("12.5") + 2);
        assert_eq!(doc.slice(number.span()), Some("12.5"));
        // At word edges nothing moves; a click stays a caret.
        let exact = snap_to_words(&doc, at("avoided"), at("avoided") + 7);
        assert_eq!(doc.slice(exact.span()), Some("avoided"));
        assert_eq!(snap_to_words(&doc, 5, 5), TextSelection::caret(5));
    }

    #[test]
    fn thai_selections_stay_on_the_characters() {
        let doc = Document::new("เงินเฟ้อลดลง".to_owned(), None, "utf-8");
        assert_eq!(snap_to_words(&doc, 2, 5).span(), Span::new(2, 5));
    }

    #[test]
    fn sentences() {
        let doc = Document::new(
            "Exports rose 12.5% last year. “We are first!” she said. Imports fell".to_owned(),
            None,
            "utf-8",
        );
        assert_eq!(
            doc.slice(sentence_at(&doc, 3)),
            Some("Exports rose 12.5% last year.")
        );
        assert_eq!(doc.slice(sentence_at(&doc, 33)), Some("“We are first!”"));
        assert_eq!(doc.slice(sentence_at(&doc, 62)), Some("Imports fell"));
    }
}
