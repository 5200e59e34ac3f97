//! A web page's bytes as an article: what kind of document it is (by `Content-Type`, or by its
//! first bytes when the server did not say), which characters its bytes are — a byte-order
//! mark, then the charset in the HTTP header, then the page's `<meta>`, then a guess from the
//! bytes (UTF-8 when they are valid, else `chardetng` with the address's domain as a hint) —
//! and its readable text, extracted as a saved page's is.

use encoding_rs::Encoding;

use super::{
    Article, ArticleNotice, contain::contained, decode::normalize_text, from_html, from_markdown,
};
use crate::model::Document;

/// Why a response is not an article.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PageError {
    /// The response is another kind of file (a PDF, an image, …).
    #[error("it is {0}, not a web page or text")]
    NotAPage(String),
    /// The bytes hold NUL characters: binary data.
    #[error("it looks like a binary file, not a web page")]
    Binary,
    /// The reader failed on this page (a panic in a dependency, contained).
    #[error(
        "claimmark could not read this page ({0}); nothing was changed. Please report it with the address"
    )]
    ReaderFailed(String),
}

/// How a page's characters were decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CharsetSource {
    /// A byte-order mark.
    ByteOrderMark,
    /// The `charset` of the HTTP `Content-Type` header.
    Header,
    /// The page's `<meta charset>` or `<meta http-equiv="Content-Type">`.
    Meta,
    /// Valid UTF-8, nothing said.
    Utf8,
    /// Guessed from the bytes.
    Guessed,
}

/// What kind of document a response is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PageKind {
    Html,
    Text,
    Markdown,
}

/// A short description of a media type for messages: "a PDF document", "an image (image/png)".
fn describe_media_type(media: &str) -> String {
    match media {
        "application/pdf" => "a PDF document".to_owned(),
        m if m.starts_with("image/") => format!("an image ({m})"),
        m if m.starts_with("video/") || m.starts_with("audio/") => format!("a recording ({m})"),
        "application/json" | "application/ld+json" => "JSON data (application/json)".to_owned(),
        m => format!("a file of type {m}"),
    }
}

fn media_type(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

fn page_kind(content_type: Option<&str>, bytes: &[u8]) -> Result<PageKind, PageError> {
    let Some(content_type) = content_type.filter(|c| !c.trim().is_empty()) else {
        return Ok(sniff_kind(bytes));
    };
    match media_type(content_type).as_str() {
        "text/html" | "application/xhtml+xml" => Ok(PageKind::Html),
        "text/markdown" | "text/x-markdown" => Ok(PageKind::Markdown),
        "text/plain" => Ok(PageKind::Text),
        // Servers label pages wrongly often enough to look before refusing these.
        "application/octet-stream" | "binary/octet-stream" => match sniff_kind(bytes) {
            PageKind::Html => Ok(PageKind::Html),
            _ => Err(PageError::NotAPage(describe_media_type(
                "application/octet-stream",
            ))),
        },
        other if other.starts_with("text/") => Ok(PageKind::Text),
        other => Err(PageError::NotAPage(describe_media_type(other))),
    }
}

fn sniff_kind(bytes: &[u8]) -> PageKind {
    let head: String = String::from_utf8_lossy(bytes.get(..512).unwrap_or(bytes))
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(100)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<html") || head.starts_with("<head")
    {
        PageKind::Html
    } else {
        PageKind::Text
    }
}

/// The `charset` parameter of a `Content-Type` value.
fn charset_parameter(value: &str) -> Option<&'static Encoding> {
    value.split(';').skip(1).find_map(|param| {
        let (name, label) = param.split_once('=')?;
        (name.trim().eq_ignore_ascii_case("charset"))
            .then(|| Encoding::for_label(label.trim().trim_matches(['"', '\'']).as_bytes()))
            .flatten()
    })
}

/// The encoding a page's `<meta>` declares in its first 1,024 bytes (the HTML standard's
/// prescan, simplified: `<meta charset=…>` and `<meta http-equiv="content-type" content="…;
/// charset=…">`).
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..1024).unwrap_or(bytes);
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(&lower, b"<meta", from) {
        let end = lower
            .get(at..)
            .and_then(|rest| rest.iter().position(|b| *b == b'>'))
            .map_or(lower.len(), |p| at + p);
        let tag = String::from_utf8_lossy(lower.get(at..end).unwrap_or_default()).into_owned();
        if let Some(label) = attribute(&tag, "charset")
            && let Some(encoding) = Encoding::for_label(label.as_bytes())
        {
            return Some(fix_utf16(encoding));
        }
        let equiv = attribute(&tag, "http-equiv");
        if equiv.as_deref() == Some("content-type")
            && let Some(encoding) = attribute(&tag, "content").and_then(|c| charset_parameter(&c))
        {
            return Some(fix_utf16(encoding));
        }
        from = end;
    }
    None
}

/// A page that says UTF-16 in its `<meta>` was read as ASCII to find it, so it is not UTF-16
/// (the HTML standard reads it as UTF-8).
fn fix_utf16(encoding: &'static Encoding) -> &'static Encoding {
    if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
        encoding_rs::UTF_8
    } else {
        encoding
    }
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// The value of attribute `name` in a lowercased tag's text (`name=value`, quoted or not).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(at) = rest.find(name) {
        let before_ok = rest
            .get(..at)
            .and_then(|b| b.chars().last())
            .is_some_and(|c| c.is_whitespace() || c == '"' || c == '\'' || c == '/');
        let after = rest.get(at + name.len()..).unwrap_or_default().trim_start();
        if before_ok && let Some(value) = after.strip_prefix('=') {
            let value = value.trim_start();
            let quoted = value.chars().next().filter(|c| *c == '"' || *c == '\'');
            let text = match quoted {
                Some(q) => value.get(1..).unwrap_or_default().split(q).next(),
                None => value
                    .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
                    .next(),
            };
            return text.map(|t| t.trim().to_owned());
        }
        rest = rest.get(at + name.len()..).unwrap_or_default();
    }
    None
}

/// The top-level domain of `url`, as `chardetng` takes it ("ru", "jp").
fn top_level_domain(url: &str) -> Option<String> {
    let host = url::Url::parse(url).ok()?.host_str()?.to_owned();
    host.rsplit('.').next().map(str::to_ascii_lowercase)
}

/// The encoding of a page's bytes and how it was decided.
pub fn page_encoding(
    bytes: &[u8],
    content_type: Option<&str>,
    url: &str,
) -> (&'static Encoding, CharsetSource) {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return (encoding, CharsetSource::ByteOrderMark);
    }
    if let Some(encoding) = content_type.and_then(charset_parameter) {
        return (encoding, CharsetSource::Header);
    }
    if matches!(page_kind(content_type, bytes), Ok(PageKind::Html))
        && let Some(encoding) = meta_charset(bytes)
    {
        return (encoding, CharsetSource::Meta);
    }
    if std::str::from_utf8(bytes).is_ok() {
        return (encoding_rs::UTF_8, CharsetSource::Utf8);
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let tld = top_level_domain(url);
    let guess = detector.guess(tld.as_deref().map(str::as_bytes), false);
    (guess, CharsetSource::Guessed)
}

/// Reads a web page (or text) fetched from `url` as an article. `content_type` is the
/// response's header, when it had one.
pub fn read_web_page(
    bytes: &[u8],
    content_type: Option<&str>,
    url: &str,
) -> Result<Article, PageError> {
    let kind = page_kind(content_type, bytes)?;
    let (encoding, how) = page_encoding(bytes, content_type, url);
    let (text, _, had_replacements) = encoding.decode(bytes);
    if text.contains('\0') {
        return Err(PageError::Binary);
    }
    let mut notices = Vec::new();
    if how == CharsetSource::Guessed {
        notices.push(ArticleNotice::GuessedEncoding(encoding.name()));
    }
    if had_replacements {
        notices.push(ArticleNotice::Replacements);
    }
    let text = normalize_text(&text);
    let source = Some(url.to_owned());
    let name = encoding.name().to_ascii_lowercase();
    let extracted = match kind {
        PageKind::Text => {
            return Ok(Article {
                document: Document::new(text, source, &name),
                links: Vec::new(),
                notices,
            });
        }
        PageKind::Html => {
            notices.push(ArticleNotice::ExtractedFromPage);
            contained(|| from_html(&text)).map_err(|e| PageError::ReaderFailed(e.0))?
        }
        PageKind::Markdown => {
            contained(|| from_markdown(&text)).map_err(|e| PageError::ReaderFailed(e.0))?
        }
    };
    let document = match extracted.title {
        Some(title) => Document::with_title(extracted.text, title, source, &name),
        None => Document::new(extracted.text, source, &name),
    };
    Ok(Article {
        document,
        links: extracted.links,
        notices,
    })
}

#[cfg(test)]
mod test {
    use super::*;

    const URL: &str = "https://news.example/story";

    #[test]
    fn the_header_charset_decides_when_the_page_says_nothing() {
        // Windows-1252 bytes (“Café” with curly quotes), announced only in the header.
        let page =
            b"<html><body><article><p>\x93Caf\xe9\x94 costs \x80 5</p></article></body></html>";
        let article = read_web_page(page, Some("text/html; charset=windows-1252"), URL).unwrap();
        assert!(
            article
                .document
                .text()
                .contains("\u{201C}Café\u{201D} costs € 5")
        );
        assert_eq!(article.document.encoding(), "windows-1252");
        assert!(
            !article
                .notices
                .iter()
                .any(|n| matches!(n, ArticleNotice::GuessedEncoding(_)))
        );
        // A Cyrillic page in windows-1251, again said only in the header.
        let (encoded, _, _) = encoding_rs::WINDOWS_1251.encode("<p>Привет, мир</p>");
        let article =
            read_web_page(&encoded, Some("text/html;charset=\"windows-1251\""), URL).unwrap();
        assert!(
            article.document.text().contains("Привет, мир"),
            "{}",
            article.document.text()
        );
    }

    #[test]
    fn then_the_meta_then_a_guess() {
        let (encoded, _, _) = encoding_rs::KOI8_R.encode(
            "<html><head><meta charset=\"koi8-r\"></head><body><p>Новости дня</p></body></html>",
        );
        let (encoding, how) = page_encoding(&encoded, Some("text/html"), URL);
        assert_eq!((encoding, how), (encoding_rs::KOI8_R, CharsetSource::Meta));
        let http_equiv = b"<html><head><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=ISO-8859-2'></head></html>";
        assert_eq!(
            page_encoding(http_equiv, None, URL).0,
            encoding_rs::ISO_8859_2
        );
        // The header wins over the meta.
        assert_eq!(
            page_encoding(&encoded, Some("text/html; charset=utf-8"), URL).1,
            CharsetSource::Header
        );
        // Nothing said: valid UTF-8 is UTF-8; Shift_JIS bytes from a .jp site are guessed.
        assert_eq!(
            page_encoding("<p>日本</p>".as_bytes(), None, URL).1,
            CharsetSource::Utf8
        );
        let japanese = "<p>東京都の新しい橋の費用は二倍になった。</p>".repeat(20);
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(&japanese);
        let (encoding, how) = page_encoding(&sjis, Some("text/html"), "https://news.example.jp/a");
        assert_eq!(
            (encoding, how),
            (encoding_rs::SHIFT_JIS, CharsetSource::Guessed)
        );
        let article = read_web_page(&sjis, Some("text/html"), "https://news.example.jp/a").unwrap();
        assert!(
            article
                .notices
                .contains(&ArticleNotice::GuessedEncoding("Shift_JIS"))
        );
    }

    #[test]
    fn other_kinds_of_files_are_refused_in_words() {
        assert_eq!(
            read_web_page(b"%PDF-1.7", Some("application/pdf"), URL)
                .unwrap_err()
                .to_string(),
            "it is a PDF document, not a web page or text"
        );
        assert!(read_web_page(b"\x89PNG", Some("image/png"), URL).is_err());
        let text = read_web_page(b"Plain words.\r\n", Some("text/plain"), URL).unwrap();
        assert_eq!(text.document.text(), "Plain words.\n");
        assert_eq!(text.document.source(), Some(URL));
        let sniffed = read_web_page(
            b"<!DOCTYPE html><html><body><p>Hi there.</p></body></html>",
            None,
            URL,
        )
        .unwrap();
        assert!(sniffed.document.text().contains("Hi there."));
        assert_eq!(
            read_web_page(b"a\0b", Some("text/plain"), URL).unwrap_err(),
            PageError::Binary
        );
    }
}
