//! PDFs: the text layer of a PDF as an article's text. `pdf-extract` (over `lopdf`) decodes
//! fonts and hands over every glyph with its position; this module rebuilds lines, finds
//! columns and reading order, leaves out running heads and page numbers, rejoins words split
//! by a line-end hyphen, and records which page every character was printed on.

mod glyphs;
mod lines;
mod margins;
mod order;

use pdf_extract::{Document, LoadOptions, Object};

use crate::model::{PageRun, PdfPages, sha256_bytes_hex};
use order::{Follows, Placed};

/// Why a PDF could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// It is encrypted with a password other than the empty one.
    #[error("this PDF is protected by a password: open it again and give its password")]
    NeedsPassword,
    /// The password given does not open it.
    #[error("that password does not open this PDF: check it and try again")]
    WrongPassword,
    /// None of its pages has text: they are pictures (a scan).
    #[error(
        "this PDF has no text to mark up: its {pages} page(s) are pictures, as in a scanned \
         document. Run it through OCR (text recognition) first, then open the result"
    )]
    NoText {
        /// How many pages it has.
        pages: u32,
    },
    /// Its pages draw letters, but its fonts do not say which.
    #[error(
        "this PDF's fonts do not say which letters they draw, so its text cannot be read; run \
         it through text recognition (OCR) or export it again from the program that made it"
    )]
    NoUnicode,
    /// It has no pages.
    #[error("this PDF has no pages")]
    NoPages,
    /// Its structure cannot be read.
    #[error("this file is not a PDF claimmark can read ({0}); it may be damaged")]
    Unreadable(String),
    /// Reading it was cancelled.
    #[error("opening the PDF was cancelled")]
    Cancelled,
}

/// A PDF's text with its pages.
#[derive(Clone, Debug, PartialEq)]
pub struct PdfText {
    /// The text: paragraphs separated by a blank line, in reading order, page after page.
    pub text: String,
    /// Which page each run of the text is on, and the PDF's SHA-256.
    pub pages: PdfPages,
    /// The title its properties give, when they give one.
    pub title: Option<String>,
    /// Pages without any text (pictures, blank pages).
    pub pages_without_text: u32,
    /// Whether it was encrypted (and opened with the empty or the given password).
    pub was_encrypted: bool,
}

/// True when `bytes` are a PDF (its `%PDF-` header within the first kilobyte).
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes.windows(5).take(1024).any(|w| w == b"%PDF-")
}

/// Reads the text of the PDF in `bytes`, opening it with `password` when it needs one.
/// `progress` is told (pages read, of how many) after each page and stops the reading when it
/// answers `false`.
pub fn read_pdf(
    bytes: &[u8],
    password: Option<&str>,
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<PdfText, PdfError> {
    let password = password.filter(|p| !p.is_empty());
    let options = match password {
        Some(password) => LoadOptions::with_password(password),
        None => LoadOptions::default(),
    };
    let document = Document::load_mem_with_options(bytes, options).map_err(|e| match e {
        pdf_extract::Error::InvalidPassword => PdfError::WrongPassword,
        other => PdfError::Unreadable(other.to_string()),
    })?;
    let was_encrypted = document.was_encrypted();
    let encrypted = document.trailer.get(b"Encrypt").is_ok();
    if encrypted && !was_encrypted {
        return Err(match password {
            Some(_) => PdfError::WrongPassword,
            None => PdfError::NeedsPassword,
        });
    }
    let page_numbers: Vec<u32> = document.get_pages().keys().copied().collect();
    let total = u32::try_from(page_numbers.len()).unwrap_or(u32::MAX);
    if page_numbers.is_empty() {
        return Err(PdfError::NoPages);
    }
    let mut pages: Vec<(u32, f64, Vec<lines::Line>)> = Vec::with_capacity(page_numbers.len());
    let mut undecodable = 0;
    for (done, number) in page_numbers.iter().enumerate() {
        let mut collector = glyphs::Collector::default();
        // One page a font decoder cannot read is left without text; the others are read.
        let drawn =
            super::contained(|| pdf_extract::output_doc_page(&document, &mut collector, *number));
        let page = match (drawn, collector.pages.pop()) {
            (Ok(Ok(())), Some(page)) => page,
            _ => glyphs::PageGlyphs::default(),
        };
        undecodable += page.undecodable;
        pages.push((*number, page.height, lines::lines(&page)));
        if !progress(u32::try_from(done + 1).unwrap_or(u32::MAX), total) {
            return Err(PdfError::Cancelled);
        }
    }
    let numbers: Vec<u32> = pages.iter().map(|(n, _, _)| *n).collect();
    let kept = margins::without_running_heads(
        pages
            .into_iter()
            .map(|(_, height, lines)| (height, lines))
            .collect(),
    );
    let pages_without_text =
        u32::try_from(kept.iter().filter(|l| l.is_empty()).count()).unwrap_or(u32::MAX);
    if pages_without_text == total {
        return Err(if undecodable > 0 {
            PdfError::NoUnicode
        } else {
            PdfError::NoText { pages: total }
        });
    }
    let mut text = Text::default();
    let mut runs = Vec::new();
    for (number, lines) in numbers.into_iter().zip(kept) {
        if lines.is_empty() {
            continue;
        }
        let mut start = None;
        for placed in order::reading_order(lines) {
            let words_at = text.add(&placed);
            start.get_or_insert(words_at);
        }
        let start = start.unwrap_or(text.length);
        // A word carried over from the last page may have lost its hyphen there.
        if let Some(last) = runs.last_mut() {
            let last: &mut PageRun = last;
            last.end = last.end.min(start);
        }
        // A paragraph carried over to the next page belongs to both: the run ends where this
        // page's last character is.
        runs.push(PageRun {
            page: number,
            start: start.min(text.length),
            end: text.length,
        });
    }
    Ok(PdfText {
        text: text.text,
        pages: PdfPages {
            sha256: sha256_bytes_hex(bytes),
            page_count: total,
            runs,
        },
        title: title(&document),
        pages_without_text,
        was_encrypted,
    })
}

/// The article's text as lines are added to it.
#[derive(Default)]
struct Text {
    text: String,
    /// Its length in characters.
    length: usize,
}

impl Text {
    fn push(&mut self, s: &str) {
        self.text.push_str(s);
        self.length += s.chars().count();
    }

    /// Adds a line: on from the last one (a word split by a hyphen at the line's end joined
    /// again), or as a new paragraph. Returns where its words begin.
    fn add(&mut self, placed: &Placed) -> usize {
        let words = placed.line.text.trim();
        if self.text.is_empty() {
            self.push(words);
            return 0;
        }
        let goes_on = match placed.follows {
            Follows::Line => true,
            Follows::Paragraph => false,
            Follows::Jump => {
                let split_word = self.text.ends_with(['-', '\u{2010}', '\u{AD}'])
                    && self
                        .text
                        .chars()
                        .rev()
                        .nth(1)
                        .is_some_and(char::is_alphabetic);
                split_word
                    || (!order::ends_sentence(&self.text)
                        && words.chars().next().is_some_and(char::is_lowercase))
            }
        };
        if !goes_on {
            self.push("\n\n");
            let at = self.length;
            self.push(words);
            return at;
        }
        let next_starts_lower = words.chars().next().is_some_and(char::is_lowercase);
        if self.text.ends_with('\u{AD}') {
            // A soft hyphen is only ever a break.
            self.text.pop();
            self.length -= 1;
            let at = self.length;
            self.push(words);
            return at;
        } else if self.text.ends_with(['/', '\u{2013}']) && !self.text.ends_with(" \u{2013}") {
            // "https://" + "www…", "737–" + "9": no space was there.
            let at = self.length;
            self.push(words);
            return at;
        } else if let Some(before) = self.text.strip_suffix(['-', '\u{2010}']) {
            let previous = before.chars().next_back();
            if previous.is_some_and(char::is_alphabetic) && next_starts_lower {
                // "eco-" + "nomic": one word split at the line's end.
                self.text.pop();
                self.length -= 1;
                let at = self.length;
                self.push(words);
                return at;
            }
            if previous.is_some_and(|c| !c.is_whitespace()) {
                // "Jean-" + "Pierre", "1990-" + "2000": the hyphen is part of the text.
                let at = self.length;
                self.push(words);
                return at;
            }
        }
        self.push(" ");
        let at = self.length;
        self.push(words);
        at
    }
}

/// The document's title from its properties, when it has a meaningful one.
fn title(document: &Document) -> Option<String> {
    let info = match document.trailer.get(b"Info").ok()? {
        Object::Reference(id) => document.get_dictionary(*id).ok()?,
        Object::Dictionary(info) => info,
        _ => return None,
    };
    let title = pdf_extract::decode_text_string(info.get(b"Title").ok()?).ok()?;
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    // Producers often leave a file name or a placeholder.
    let lower = title.to_lowercase();
    let file_name = !lower.contains(' ')
        && lower.rsplit_once('.').is_some_and(|(stem, extension)| {
            !stem.is_empty()
                && (2..=4).contains(&extension.len())
                && extension.chars().all(|c| c.is_ascii_alphanumeric())
        });
    let placeholder = lower.is_empty()
        || lower == "untitled"
        || lower.starts_with("microsoft word - ")
        || file_name;
    (!placeholder).then_some(title)
}

#[cfg(test)]
mod test;
