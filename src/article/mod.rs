//! Articles from their bytes: encoding detection and line-ending normalization, and the
//! readable text of web pages and Markdown. Pure: the IO layer reads the bytes, this module
//! decides what they say.

mod contain;
mod decode;
mod html;
mod markdown;
pub mod pdf;
pub mod transcript;
mod web_page;

pub use contain::{ReaderPanicked, contained, quiet_panics_in_readers};
pub use decode::{
    DecodeError, DecodedText, SourceEncoding, decode_article, decode_raw, normalize_text,
};
pub use html::from_html;
pub use markdown::from_markdown;
pub use web_page::{CharsetSource, PageError, page_encoding, read_web_page};

use crate::model::Document;

/// Plain text extracted from a marked-up article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extracted {
    /// One block (heading, paragraph, quote, list item) per line.
    pub text: String,
    /// The page title, when the markup names one.
    pub title: Option<String>,
    /// The byline ("By Ana Müller, 12 May 2026"), when the page shows one; it is also the
    /// text's second line.
    pub byline: Option<String>,
    /// (link text, address) of every link, in order.
    pub links: Vec<(String, String)>,
}

/// Collapses markup white space (spaces, tabs, line breaks) but keeps no-break spaces and other
/// characters that are part of the published text.
fn collapse(text: &str) -> String {
    text.split(|c: char| c.is_ascii_whitespace())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// How an article's file is read, by its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArticleKind {
    /// Plain text, as it is.
    Text,
    /// A web page: its readable article is extracted.
    Html,
    /// Markdown: its text without the markup.
    Markdown,
    /// Subtitles or a debate's lines: the readable transcript, with its times and speakers.
    Transcript(transcript::TranscriptKind),
    /// A PDF: the text of its pages, in reading order.
    Pdf,
}

impl ArticleKind {
    /// The kind for a file name's extension (plain text for anything unknown).
    pub fn from_file_name(name: &str) -> Self {
        let extension = name
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        if let Some(kind) = transcript::TranscriptKind::from_extension(&extension) {
            return ArticleKind::Transcript(kind);
        }
        match extension.as_str() {
            "pdf" => ArticleKind::Pdf,
            "html" | "htm" | "xhtml" => ArticleKind::Html,
            "md" | "markdown" => ArticleKind::Markdown,
            _ => ArticleKind::Text,
        }
    }
}

/// Something noticed while reading an article that the user should be told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArticleNotice {
    /// The bytes are not UTF-8 and were read as this encoding.
    AssumedEncoding(&'static str),
    /// Some bytes could not be decoded and became U+FFFD.
    Replacements,
    /// The text was extracted from a web page.
    ExtractedFromPage,
    /// The page did not say its encoding and its bytes are not UTF-8: this one was guessed.
    GuessedEncoding(&'static str),
    /// The file is a transcript: this many cues (with times or speakers) were read, and this
    /// many could not be and were left out.
    Transcript {
        /// Cues read.
        cues: usize,
        /// Cues left out.
        skipped: usize,
    },
    /// The text was read from a PDF's pages; some pages had none (pictures, blank pages).
    Pdf {
        /// Pages in the PDF.
        pages: u32,
        /// Pages without text.
        without_text: u32,
    },
}

impl std::fmt::Display for ArticleNotice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ArticleNotice::AssumedEncoding(name) => write!(
                f,
                "the file is not UTF-8, so it was read as {name} (Western European). If letters \
                 look wrong, save the article as UTF-8 and open it again"
            ),
            ArticleNotice::Replacements => {
                f.write_str("some bytes could not be decoded and are shown as �")
            }
            ArticleNotice::ExtractedFromPage => f.write_str(
                "the page's readable text was extracted (scripts, navigation and markup left out)",
            ),
            ArticleNotice::GuessedEncoding(name) => write!(
                f,
                "the page does not say how its characters are encoded, so {name} was guessed \
                 from its bytes. If letters look wrong, tell the site or save the page as UTF-8"
            ),
            ArticleNotice::Transcript { cues, skipped: 0 } => write!(
                f,
                "read as a transcript: {cues} cue(s), each with its time and speaker where the \
                 file gives them"
            ),
            ArticleNotice::Pdf {
                pages,
                without_text: 0,
            } => write!(
                f,
                "read from a PDF of {pages} page(s); every claim knows the page it is on"
            ),
            ArticleNotice::Pdf {
                pages,
                without_text,
            } => write!(
                f,
                "read from a PDF of {pages} page(s); {without_text} page(s) had no text (pictures \
                 or blank pages) and are not in the article"
            ),
            ArticleNotice::Transcript { cues, skipped } => write!(
                f,
                "read as a transcript: {cues} cue(s); {skipped} malformed cue(s) could not be \
                 read and were left out"
            ),
        }
    }
}

/// An article read from a file's bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// The normalized text with its title, source and encoding.
    pub document: Document,
    /// (link text, address) of the links in a web page or Markdown file.
    pub links: Vec<(String, String)>,
    /// What the user should be told.
    pub notices: Vec<ArticleNotice>,
}

/// Reads an article from the bytes of the file called `file_name`.
pub fn read_article(bytes: &[u8], file_name: &str) -> Result<Article, DecodeError> {
    read_article_with(bytes, file_name, None, &mut |_, _| true)
}

/// Reads an article as [`read_article`] does, opening a PDF with `password` when it needs one
/// and telling `progress` (pages read, of how many) as it goes; `progress` answering `false`
/// cancels.
pub fn read_article_with(
    bytes: &[u8],
    file_name: &str,
    password: Option<&str>,
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<Article, DecodeError> {
    if pdf::is_pdf(bytes) || ArticleKind::from_file_name(file_name) == ArticleKind::Pdf {
        return read_pdf_article(bytes, file_name, password, progress);
    }
    let decoded = decode_article(bytes)?;
    let mut notices = Vec::new();
    if decoded.encoding.was_assumed() {
        notices.push(ArticleNotice::AssumedEncoding(decoded.encoding.name()));
    }
    if decoded.had_replacements {
        notices.push(ArticleNotice::Replacements);
    }
    let encoding = decoded.encoding.name();
    let source = Some(file_name.to_owned());
    let kind = ArticleKind::from_file_name(file_name);
    let transcript = match kind {
        ArticleKind::Transcript(kind) => Some(
            contained(|| transcript::read_transcript(&decoded.text, kind))
                .map_err(|e| DecodeError::ReaderFailed(e.0))?,
        ),
        ArticleKind::Text => {
            transcript::read_speaker_lines(&decoded.text).map(|cues| transcript::assemble(&cues))
        }
        _ => None,
    };
    if let Some(read) = transcript {
        notices.push(ArticleNotice::Transcript {
            cues: read.timeline.runs.len(),
            skipped: read.skipped,
        });
        let text = normalize_text(&read.text);
        let mut timeline = read.timeline;
        timeline.media = crate::model::youtube_video_of(file_name);
        return Ok(Article {
            document: Document::new(text, source, encoding).with_timeline(Some(timeline)),
            links: Vec::new(),
            notices,
        });
    }
    let extracted = match kind {
        ArticleKind::Text | ArticleKind::Transcript(_) | ArticleKind::Pdf => {
            return Ok(Article {
                document: Document::new(decoded.text, source, encoding),
                links: Vec::new(),
                notices,
            });
        }
        ArticleKind::Html => {
            notices.push(ArticleNotice::ExtractedFromPage);
            contained(|| from_html(&decoded.text)).map_err(|e| DecodeError::ReaderFailed(e.0))?
        }
        ArticleKind::Markdown => contained(|| from_markdown(&decoded.text))
            .map_err(|e| DecodeError::ReaderFailed(e.0))?,
    };
    let document = match extracted.title {
        Some(title) => Document::with_title(extracted.text, title, source, encoding),
        None => Document::new(extracted.text, source, encoding),
    };
    Ok(Article {
        document,
        links: extracted.links,
        notices,
    })
}

/// A PDF's text as an article, with its pages.
fn read_pdf_article(
    bytes: &[u8],
    file_name: &str,
    password: Option<&str>,
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<Article, DecodeError> {
    let read = contained(|| pdf::read_pdf(bytes, password, progress))
        .map_err(|e| DecodeError::ReaderFailed(e.0))??;
    // The text is built without line-ending variants or marks, so its page runs' offsets
    // hold as they are.
    let text = read.text;
    let source = Some(file_name.to_owned());
    let document = match read.title {
        Some(title) => Document::with_title(text, title, source, "PDF"),
        None => Document::new(text, source, "PDF"),
    };
    Ok(Article {
        document: document.with_pdf(Some(read.pages.clone())),
        links: Vec::new(),
        notices: vec![ArticleNotice::Pdf {
            pages: read.pages.page_count,
            without_text: read.pages_without_text,
        }],
    })
}
