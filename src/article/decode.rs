//! Turning an article's bytes into normalized text: encoding detection and line endings.
//!
//! Pure functions: the IO layer reads the bytes, this module decides what they say.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

/// The encoding an article's bytes were read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceEncoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark.
    Utf8Bom,
    /// UTF-16, little-endian, with a byte-order mark.
    Utf16Le,
    /// UTF-16, big-endian, with a byte-order mark.
    Utf16Be,
    /// Not valid UTF-8 and no byte-order mark: assumed to be Windows-1252.
    Windows1252,
}

impl SourceEncoding {
    /// Short name, as stored in the annotation file.
    pub fn name(self) -> &'static str {
        match self {
            SourceEncoding::Utf8 => "utf-8",
            SourceEncoding::Utf8Bom => "utf-8 (with BOM)",
            SourceEncoding::Utf16Le => "utf-16le",
            SourceEncoding::Utf16Be => "utf-16be",
            SourceEncoding::Windows1252 => "windows-1252",
        }
    }

    /// True when the encoding was guessed rather than known, so the user should be told.
    pub fn was_assumed(self) -> bool {
        self == SourceEncoding::Windows1252
    }
}

/// An article's text after decoding and normalization.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodedText {
    /// The normalized text: no byte-order mark, LF line endings.
    pub text: String,
    /// How the bytes were read.
    pub encoding: SourceEncoding,
    /// True when some bytes could not be decoded and were replaced by U+FFFD.
    pub had_replacements: bool,
}

/// Why some bytes cannot be an article.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The bytes contain NUL characters outside UTF-16: this is a binary file, not text.
    #[error("this looks like a binary file, not text (it contains NUL bytes)")]
    Binary,
    /// The reader failed on this input (a panic in a dependency, contained).
    #[error(
        "claimmark could not read this text ({0}); nothing was changed. Please report it with the file"
    )]
    ReaderFailed(String),
    /// A PDF that cannot be read as it is (a password, a scan, damage).
    #[error(transparent)]
    Pdf(#[from] super::pdf::PdfError),
}

/// Decodes an article: UTF-8, UTF-8 with BOM and UTF-16 with BOM are recognized; anything else
/// that is not valid UTF-8 is read as Windows-1252. The result is normalized with
/// [`normalize_text`].
pub fn decode_article(bytes: &[u8]) -> Result<DecodedText, DecodeError> {
    let raw = decode_raw(bytes)?;
    Ok(DecodedText {
        text: normalize_text(&raw.text),
        ..raw
    })
}

/// Decodes bytes like [`decode_article`] but keeps the text exactly as it was (its `\r\n` line
/// endings; a UTF-8 byte-order mark is kept as U+FEFF), as other tools counted offsets on it.
pub fn decode_raw(bytes: &[u8]) -> Result<DecodedText, DecodeError> {
    let (raw, encoding, had_replacements) = if bytes.starts_with(b"\xEF\xBB\xBF") {
        let text = String::from_utf8_lossy(bytes);
        let lossy = matches!(text, std::borrow::Cow::Owned(_));
        (text.into_owned(), SourceEncoding::Utf8Bom, lossy)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        let (text, lossy) = UTF_16LE.decode_without_bom_handling(rest);
        (text.into_owned(), SourceEncoding::Utf16Le, lossy)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        let (text, lossy) = UTF_16BE.decode_without_bom_handling(rest);
        (text.into_owned(), SourceEncoding::Utf16Be, lossy)
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        (text.to_owned(), SourceEncoding::Utf8, false)
    } else {
        let (text, lossy) = WINDOWS_1252.decode_without_bom_handling(bytes);
        (text.into_owned(), SourceEncoding::Windows1252, lossy)
    };
    if raw.contains('\0') {
        return Err(DecodeError::Binary);
    }
    Ok(DecodedText {
        text: raw,
        encoding,
        had_replacements,
    })
}

/// Drops a leading byte-order mark and turns CRLF and lone CR into LF.
///
/// No Unicode normalization: the text a user quotes is the text as published.
pub fn normalize_text(raw: &str) -> String {
    let raw = raw.strip_prefix('\u{FEFF}').unwrap_or(raw);
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn utf8_with_bom_and_crlf() {
        let decoded = decode_article(b"\xEF\xBB\xBFa\r\nb\rc\n").unwrap();
        assert_eq!(decoded.text, "a\nb\nc\n");
        assert_eq!(decoded.encoding, SourceEncoding::Utf8Bom);
    }

    #[test]
    fn utf16_both_endians() {
        let le = [0xFF, 0xFE, b'h', 0, b'i', 0, 0x3D, 0xD8, 0x00, 0xDE];
        let decoded = decode_article(&le).unwrap();
        assert_eq!(decoded.text, "hi😀");
        assert_eq!(decoded.encoding, SourceEncoding::Utf16Le);
        let be = [0xFE, 0xFF, 0, b'h', 0, b'i'];
        assert_eq!(decode_article(&be).unwrap().text, "hi");
    }

    #[test]
    fn invalid_utf8_falls_back_to_windows_1252() {
        let decoded = decode_article(b"\x93caf\xe9\x94").unwrap();
        assert_eq!(decoded.text, "\u{201C}café\u{201D}");
        assert!(decoded.encoding.was_assumed());
    }

    #[test]
    fn binary_is_refused() {
        assert_eq!(
            decode_article(b"PK\x03\x04\0\0\xff"),
            Err(DecodeError::Binary)
        );
    }

    #[test]
    fn no_unicode_normalization() {
        let decomposed = "Jose\u{301}";
        assert_eq!(normalize_text(decomposed), decomposed);
    }
}
