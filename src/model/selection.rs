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

/// True for characters that belong to a word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' || c == '_'
}

/// The word around char `offset` (the char alone when it is not part of a word).
pub fn word_at(document: &Document, offset: usize) -> Span {
    let paragraph = document
        .paragraphs()
        .get(document.paragraph_of(offset))
        .copied()
        .unwrap_or(Span::new(0, 0));
    let chars: Vec<char> = document
        .slice(paragraph)
        .unwrap_or_default()
        .chars()
        .collect();
    let local = offset.saturating_sub(paragraph.start);
    if !chars.get(local).copied().is_some_and(is_word_char) {
        return Span::new(offset, (offset + 1).min(paragraph.end));
    }
    let mut start = local;
    while start > 0 && chars.get(start - 1).copied().is_some_and(is_word_char) {
        start -= 1;
    }
    let mut end = local;
    while chars.get(end).copied().is_some_and(is_word_char) {
        end += 1;
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
}
