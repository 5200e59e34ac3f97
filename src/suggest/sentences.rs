//! Cutting an article's text into sentences, with their places in characters: Unicode's
//! sentence boundaries (UAX #29, which knows `?`, `!`, `؟`, `۔` and a full stop before a
//! lower-case word), then a cut after a known abbreviation or an initial undone, and a
//! line break kept as a cut unless the line was only wrapped. Shared by the app and
//! `claimmark suggest`.

use unicode_segmentation::UnicodeSegmentation;

/// One sentence: `[start, end)` in characters of the text, and its text (trimmed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// Its text.
    pub text: String,
}

/// Words that end in a full stop without ending a sentence (lower case, without the stop).
const ABBREVIATIONS: &[&str] = &[
    // English
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "gov", "sen", "rep", "rev",
    "col", "capt", "lt", "sgt", "pres", "no", "nos", "vol", "p", "pp", "fig", "vs", "v", "etc",
    "e.g", "i.e", "approx", "inc", "ltd", "co", "corp", "dept", "est", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "a.m", "p.m",
    "ph.d", "d.c", // Spanish
    "sra", "srta", "dra", "lic", "ing", "arq", "art", "núm", "pág", "aprox", "ee.uu", "uu", "eeuu",
    "admón", "avda", "dña", "d", "ud", "uds", "vd", "vds", "cía", "s.a",
    // French, Portuguese, German
    "mme", "mlle", "m", "sto", "sta", "bzw", "ca", "z.b", "usw", "nr",
];

/// The sentences of `text`, in order, each trimmed; pieces with no letter or digit are left
/// out. A sentence's text is the article's own (a wrapped line's break kept).
pub fn sentences(text: &str) -> Vec<Sentence> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (paragraph_char, paragraph) in paragraphs(text) {
        let paragraph = without_speaker(&paragraph);
        let mut pending: Option<(usize, usize)> = None;
        for (at, piece) in paragraph.split_sentence_bound_indices() {
            let range = match pending.take() {
                Some((from, _)) => (from, at + piece.len()),
                None => (at, at + piece.len()),
            };
            let joined = paragraph.get(range.0..range.1).unwrap_or_default();
            if continues(joined, paragraph.get(range.1..).unwrap_or_default()) {
                pending = Some(range);
                continue;
            }
            push(&mut found, &chars, &paragraph, range, paragraph_char);
        }
        if let Some(range) = pending {
            push(&mut found, &chars, &paragraph, range, paragraph_char);
        }
    }
    found
}

/// Adds the sentence at bytes `range` of `paragraph` (which starts at character
/// `paragraph_char` of the text, whose characters are `chars`), trimmed, when it has a letter
/// or digit.
fn push(
    found: &mut Vec<Sentence>,
    chars: &[char],
    paragraph: &str,
    range: (usize, usize),
    paragraph_char: usize,
) {
    let Some(piece) = paragraph.get(range.0..range.1) else {
        return;
    };
    let trimmed = piece.trim();
    if !trimmed.chars().any(char::is_alphanumeric) {
        return;
    }
    let leading = piece.len() - piece.trim_start().len();
    let before = paragraph.get(..range.0 + leading).unwrap_or_default();
    let start = paragraph_char + before.chars().count();
    let end = start + trimmed.chars().count();
    found.push(Sentence {
        start,
        end,
        text: chars.get(start..end).unwrap_or_default().iter().collect(),
    });
}

/// `paragraph` with the speaker's label that starts a transcript's line ("SMITH:", "MODERATOR:")
/// made spaces, so that it is no part of the first sentence.
fn without_speaker(paragraph: &str) -> String {
    let Some((label, _)) = paragraph.split_once(':') else {
        return paragraph.to_owned();
    };
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let is_label = label.chars().count() <= 40
        && letters >= 2
        && label
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’'))
        && paragraph
            .get(label.len() + 1..)
            .is_some_and(|rest| rest.starts_with(char::is_whitespace));
    if !is_label {
        return paragraph.to_owned();
    }
    let blank = " ".repeat(label.chars().count() + 1);
    format!(
        "{blank}{}",
        paragraph.get(label.len() + 1..).unwrap_or_default()
    )
}

/// True when `piece` (a sentence so far) does not end its sentence: it ends in a known
/// abbreviation or a single letter's initial ("J."), or what follows starts in lower case.
fn continues(piece: &str, rest: &str) -> bool {
    let trimmed = piece.trim_end();
    if rest.trim().is_empty() {
        return false;
    }
    let Some(without_stop) = trimmed.strip_suffix('.') else {
        return false;
    };
    let last_word = without_stop
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or_default();
    let lower = last_word.to_lowercase();
    let initial = last_word.chars().count() == 1 && last_word.chars().all(char::is_uppercase);
    let next_lower = rest
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    initial || ABBREVIATIONS.contains(&lower.as_str()) || next_lower
}

/// The text's paragraphs with where each starts (in characters): a line break ends one,
/// unless the line only wrapped (it ends without a sentence's end and the next starts in
/// lower case). A wrapped line's break is read as spaces, one per character, so places in a
/// paragraph stay places in the text.
fn paragraphs(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut current: Option<(usize, String)> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let line_break = line.chars().count() - content.chars().count();
        let wraps = current.as_ref().is_some_and(|(_, so_far)| {
            let so_far = so_far.trim_end();
            !so_far.is_empty()
                && !so_far.ends_with(['.', '!', '?', '؟', ':', '"', '”', '»', '۔', '。'])
                && content.chars().next().is_some_and(char::is_lowercase)
        });
        match &mut current {
            Some((_, so_far)) if wraps => so_far.push_str(content),
            _ => {
                out.extend(current.take());
                current = Some((at, content.to_owned()));
            }
        }
        if let Some((_, so_far)) = &mut current {
            so_far.push_str(&" ".repeat(line_break));
        }
        at += line.chars().count();
    }
    out.extend(current);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        sentences(text).into_iter().map(|s| s.text).collect()
    }

    /// Each sentence's places give back its text.
    fn check_places(text: &str) {
        let chars: Vec<char> = text.chars().collect();
        for s in sentences(text) {
            let slice: String = chars[s.start..s.end].iter().collect();
            assert_eq!(slice, s.text, "{s:?}");
        }
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_end_a_sentence() {
        let text = "Mr. Smith said the U.S. Senate spent $3.5 billion, i.e. 2.5% more. \
                    J. K. Rowling agreed. Growth was 4.2 per cent in Jan. 2020.";
        assert_eq!(
            texts(text),
            [
                "Mr. Smith said the U.S. Senate spent $3.5 billion, i.e. 2.5% more.",
                "J. K. Rowling agreed.",
                "Growth was 4.2 per cent in Jan. 2020."
            ]
        );
        check_places(text);
    }

    #[test]
    fn quotes_questions_and_exclamations() {
        let text =
            "He said: \"We cut crime by 20%.\" Did he? Yes! “Nobody believed it.” Then it fell.";
        assert_eq!(
            texts(text),
            [
                "He said: \"We cut crime by 20%.\"",
                "Did he?",
                "Yes!",
                "“Nobody believed it.”",
                "Then it fell."
            ]
        );
        check_places(text);
    }

    #[test]
    fn spanish_and_arabic_punctuation() {
        let text = "¿Subió el paro un 12 %? ¡No! La Sra. García lo niega. \
                    هل ارتفعت البطالة؟ قال الوزير، إن النسبة 12٪. انتهى";
        assert_eq!(
            texts(text),
            [
                "¿Subió el paro un 12 %?",
                "¡No!",
                "La Sra. García lo niega.",
                "هل ارتفعت البطالة؟",
                "قال الوزير، إن النسبة 12٪.",
                "انتهى"
            ]
        );
        check_places(text);
    }

    #[test]
    fn lines_end_sentences_unless_wrapped_and_places_count_characters() {
        let text = "MODERATOR: Welcome 👋🏽 to the debate\r\nSMITH: Taxes rose 40% under\r\nthe \
                    last government.\r\n\r\n東京は日本の首都です。人口は1400万人です。\ncafé\u{301} is open";
        assert_eq!(
            texts(text),
            [
                "Welcome 👋🏽 to the debate",
                "Taxes rose 40% under\r\nthe last government.",
                "東京は日本の首都です。",
                "人口は1400万人です。",
                "café\u{301} is open"
            ]
        );
        let all = sentences(text);
        let chars: Vec<char> = text.chars().collect();
        for s in &all {
            let slice: String = chars[s.start..s.end].iter().collect();
            assert_eq!(slice, s.text, "{s:?}");
        }
    }

    proptest::proptest! {
        /// Any text: sentences in order, apart, within the text, trimmed, and each the
        /// text at its place.
        #[test]
        fn sentences_keep_their_places_in_any_text(
            text in "([a-zA-Z ]{0,8}|[.?!؟¿¡،:\"“”]|\r\n|\n|Mr\\. |U\\.S\\. |3\\.5|مرحبا|東京。|👋🏽|e\u{301}|SMITH: ){0,40}"
        ) {
            let chars: Vec<char> = text.chars().collect();
            let mut after = 0;
            for s in sentences(&text) {
                proptest::prop_assert!(after <= s.start && s.start < s.end && s.end <= chars.len());
                let slice: String = chars[s.start..s.end].iter().collect();
                proptest::prop_assert_eq!(&slice, &s.text);
                proptest::prop_assert_eq!(s.text.trim(), s.text.as_str());
                after = s.end;
            }
        }
    }

    #[test]
    fn nothing_but_punctuation_or_space_gives_no_sentence() {
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\r\n … — \n").is_empty());
    }
}
