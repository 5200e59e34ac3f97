//! How the desk's search cuts text into terms, for every script fact-checkers work in: words
//! of letters and digits; numbers as one term with their decimal point ("€1.8 billion" and
//! "1,8 Milliarden" both give `1.8`, "155,221 bags" gives `155221`); and, for scripts written
//! without spaces (Chinese, Japanese, Thai…), each character and each pair of characters.
//! Lower-casing, accent folding, stop words and stemming are added by the analyzers.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, Stemmer, StopWordFilter,
    TextAnalyzer, Token, TokenStream, Tokenizer,
};

/// True for characters of scripts written without spaces between words.
fn unspaced(c: char) -> bool {
    matches!(u32::from(c),
        0x2E80..=0x2FDF | 0x3040..=0x30FF | 0x3100..=0x31BF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF | 0x20000..=0x3134F | 0x0E00..=0x0E7F | 0x0E80..=0x0EFF | 0x1000..=0x109F
        | 0x1780..=0x17FF | 0xAC00..=0xD7AF)
}

/// The terms of `text` (before lower-casing), with their byte ranges.
pub fn split(text: &str) -> Vec<(usize, usize, String)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |(b, _)| *b);
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&(start, c)) = chars.get(i) {
        if unspaced(c) {
            out.push((start, end_of(i + 1), c.to_string()));
            if let Some(&(_, next)) = chars.get(i + 1)
                && unspaced(next)
            {
                out.push((start, end_of(i + 2), format!("{c}{next}")));
            }
            i += 1;
        } else if c.is_ascii_digit() {
            // A number: digits with . or , between digit groups.
            let mut j = i;
            let mut groups: Vec<String> = vec![String::new()];
            let mut separators = Vec::new();
            while let Some(&(_, d)) = chars.get(j) {
                if d.is_ascii_digit() {
                    if let Some(last) = groups.last_mut() {
                        last.push(d);
                    }
                    j += 1;
                } else if (d == '.' || d == ',')
                    && chars.get(j + 1).is_some_and(|(_, n)| n.is_ascii_digit())
                {
                    separators.push(d);
                    groups.push(String::new());
                    j += 1;
                } else {
                    break;
                }
            }
            out.push((start, end_of(j), number(&groups, &separators)));
            i = j;
        } else if c.is_alphanumeric() {
            let mut j = i;
            while chars
                .get(j)
                .is_some_and(|(_, d)| d.is_alphanumeric() && !unspaced(*d))
            {
                j += 1;
            }
            let word: String = chars
                .get(i..j)
                .unwrap_or_default()
                .iter()
                .map(|(_, d)| d)
                .collect();
            out.push((start, end_of(j), word));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// A number's one spelling: thousands separators dropped, the decimal separator a point. A
/// separator used twice, or the first of two kinds, separates thousands; a lone comma before
/// exactly three digits does too ("155,221"); any other separator is the decimal one.
fn number(groups: &[String], separators: &[char]) -> String {
    let count = |sep: char| separators.iter().filter(|s| **s == sep).count();
    let decimal = match (count('.'), count(',')) {
        (0, 0) => None,
        (1, 0) => Some('.'),
        (0, 1) => (groups.get(1).map(String::len) != Some(3)).then_some(','),
        (_, _) => separators.last().copied().filter(|last| count(*last) == 1),
    };
    let mut out = groups.first().cloned().unwrap_or_default();
    for (group, separator) in groups.iter().skip(1).zip(separators) {
        if Some(*separator) == decimal {
            out.push('.');
        }
        out.push_str(group);
    }
    out
}

/// The tokenizer registered for the desk's fields.
#[derive(Clone, Default)]
pub struct DeskTokenizer;

/// Its token stream.
pub struct DeskTokenStream {
    tokens: Vec<Token>,
    next: usize,
    placeholder: Token,
}

impl Tokenizer for DeskTokenizer {
    type TokenStream<'a> = DeskTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        let tokens = split(text)
            .into_iter()
            .enumerate()
            .map(|(position, (from, to, term))| Token {
                offset_from: from,
                offset_to: to,
                position,
                text: term,
                position_length: 1,
            })
            .collect();
        DeskTokenStream {
            tokens,
            next: 0,
            placeholder: Token::default(),
        }
    }
}

impl TokenStream for DeskTokenStream {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        self.tokens
            .get(self.next.saturating_sub(1))
            .unwrap_or(&self.placeholder)
    }

    fn token_mut(&mut self) -> &mut Token {
        let index = self.next.saturating_sub(1);
        self.tokens.get_mut(index).unwrap_or(&mut self.placeholder)
    }
}

/// The analyzer for words as written (lower-cased, accents folded).
pub fn words_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(DeskTokenizer)
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// The analyzer for stems in `language` (its stop words left out).
pub fn stems_analyzer(language: Language) -> TextAnalyzer {
    let builder = TextAnalyzer::builder(DeskTokenizer)
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .dynamic();
    let builder = match StopWordFilter::new(language) {
        Some(filter) => builder.filter_dynamic(filter),
        None => builder,
    };
    builder
        .filter_dynamic(Stemmer::new(language))
        .filter_dynamic(AsciiFoldingFilter)
        .build()
}

#[cfg(test)]
mod test {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        split(text).into_iter().map(|(_, _, t)| t).collect()
    }

    #[test]
    fn numbers_words_and_unspaced_scripts() {
        assert_eq!(
            terms("The bridge cost €1.8 billion, twice 155,221 bags; 1,8 Milliarden."),
            [
                "The",
                "bridge",
                "cost",
                "1.8",
                "billion",
                "twice",
                "155221",
                "bags",
                "1.8",
                "Milliarden"
            ]
        );
        assert_eq!(terms("20% 3.1% 2026"), ["20", "3.1", "2026"]);
        assert_eq!(
            terms("3.141 1.234.567 1.234,5 1,234.5 2,50"),
            ["3.141", "1234567", "1234.5", "1234.5", "2.50"]
        );
        assert_eq!(
            terms("李小龙说"),
            ["李", "李小", "小", "小龙", "龙", "龙说", "说"]
        );
        assert_eq!(terms("Müller said «هذا»"), ["Müller", "said", "هذا"]);
    }

    #[test]
    fn analyzers_fold_and_stem() {
        let mut analyzer = stems_analyzer(Language::English);
        let mut stream = analyzer.token_stream("The budgets doubled, costing €1.8 billion");
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        assert_eq!(out, ["budget", "doubl", "cost", "1.8", "billion"]);
        let mut analyzer = words_analyzer();
        let mut stream = analyzer.token_stream("Café MÜLLER");
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        assert_eq!(out, ["cafe", "muller"]);
    }
}
