//! Finding a phrase in the article: case-insensitive, results as char spans. Pure.

use crate::model::{Document, Span};

/// The article's characters, case-folded one-to-one so offsets stay char offsets.
#[derive(Clone, Debug, Default)]
pub struct FoldedText {
    sha256: String,
    chars: Vec<char>,
}

fn fold(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(single), None) => single,
        _ => c,
    }
}

impl FoldedText {
    /// Folds the document's text (cheap to call again for the same document).
    pub fn update(&mut self, document: &Document) {
        if self.sha256 != document.sha256() || self.chars.len() != document.char_len() {
            self.chars = document.text().chars().map(fold).collect();
            self.sha256 = document.sha256().to_owned();
        }
    }

    /// Every non-overlapping match of `query`, ignoring case, in document order.
    pub fn find_all(&self, query: &str) -> Vec<Span> {
        let needle: Vec<char> = query.chars().map(fold).collect();
        let Some(&first) = needle.first() else {
            return Vec::new();
        };
        let mut matches = Vec::new();
        let mut at = 0;
        while at + needle.len() <= self.chars.len() {
            let Some(window) = self.chars.get(at..at + needle.len()) else {
                break;
            };
            if window.first() == Some(&first) && window == needle.as_slice() {
                matches.push(Span::new(at, at + needle.len()));
                at += needle.len();
            } else {
                at += 1;
            }
        }
        matches
    }
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn finds_case_insensitively_in_chars() {
        let doc = Document::new("😀 OpenAI to OpenAI to ÉTÉ été".to_owned(), None, "utf-8");
        let mut folded = FoldedText::default();
        folded.update(&doc);
        let found = folded.find_all("openai to");
        assert_eq!(found, vec![Span::new(2, 11), Span::new(12, 21)]);
        assert_eq!(doc.slice(found[1]), Some("OpenAI to"));
        assert_eq!(folded.find_all("été").len(), 2);
        assert!(folded.find_all("").is_empty());
        assert!(folded.find_all("missing").is_empty());
    }
}
