//! Undoing a response's content encoding (`gzip`, `deflate`, `br`), never past a size limit,
//! so a small compressed answer cannot expand into gigabytes.

use std::io::Read;

/// Why a body could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeBodyError {
    /// The page is compressed in a way claimmark does not read.
    #[error("the page is compressed as “{0}”, which claimmark cannot read")]
    UnknownEncoding(String),
    /// The compressed bytes are damaged.
    #[error("the page's compressed bytes are damaged ({0})")]
    Damaged(String),
    /// Decompressed, the page is larger than the limit.
    #[error("the page is larger than {} MB once decompressed", .0 / 1_000_000)]
    TooLarge(u64),
}

/// `body` with the content codings of `content_encoding` undone (last applied first), at most
/// `max_bytes` long.
pub fn decoded_body(
    body: &[u8],
    content_encoding: Option<&str>,
    max_bytes: u64,
) -> Result<Vec<u8>, DecodeBodyError> {
    let codings: Vec<String> = content_encoding
        .unwrap_or_default()
        .split(',')
        .map(|c| c.trim().to_ascii_lowercase())
        .filter(|c| !c.is_empty() && c != "identity")
        .collect();
    let mut bytes = body.to_vec();
    for coding in codings.iter().rev() {
        bytes = match coding.as_str() {
            "gzip" | "x-gzip" => read_limited(
                flate2::read::MultiGzDecoder::new(bytes.as_slice()),
                max_bytes,
            )?,
            "deflate" => {
                // Servers send either zlib-wrapped or raw deflate under this name.
                match read_limited(flate2::read::ZlibDecoder::new(bytes.as_slice()), max_bytes) {
                    Ok(out) => out,
                    Err(DecodeBodyError::Damaged(_)) => read_limited(
                        flate2::read::DeflateDecoder::new(bytes.as_slice()),
                        max_bytes,
                    )?,
                    Err(other) => return Err(other),
                }
            }
            "br" => read_limited(
                brotli_decompressor::Decompressor::new(bytes.as_slice(), 64 * 1024),
                max_bytes,
            )?,
            other => return Err(DecodeBodyError::UnknownEncoding(other.to_owned())),
        };
    }
    if bytes.len() as u64 > max_bytes {
        return Err(DecodeBodyError::TooLarge(max_bytes));
    }
    Ok(bytes)
}

fn read_limited(reader: impl Read, max_bytes: u64) -> Result<Vec<u8>, DecodeBodyError> {
    let mut out = Vec::new();
    reader
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| DecodeBodyError::Damaged(e.to_string()))?;
    if out.len() as u64 > max_bytes {
        return Err(DecodeBodyError::TooLarge(max_bytes));
    }
    Ok(out)
}

#[cfg(test)]
mod test {
    use std::io::Write;

    use super::*;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    #[test]
    fn gzip_deflate_and_none() {
        let page = "<p>Café 😀</p>".repeat(100).into_bytes();
        assert_eq!(
            decoded_body(&gzip(&page), Some("gzip"), 1 << 20).unwrap(),
            page
        );
        assert_eq!(decoded_body(&page, None, 1 << 20).unwrap(), page);
        assert_eq!(
            decoded_body(&page, Some("identity"), 1 << 20).unwrap(),
            page
        );
        let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        zlib.write_all(&page).unwrap();
        assert_eq!(
            decoded_body(&zlib.finish().unwrap(), Some("deflate"), 1 << 20).unwrap(),
            page
        );
    }

    #[test]
    fn a_compression_bomb_stops_at_the_limit() {
        let zeros = vec![0_u8; 5_000_000];
        let bomb = gzip(&zeros);
        assert!(bomb.len() < 10_000);
        assert_eq!(
            decoded_body(&bomb, Some("gzip"), 1_000_000),
            Err(DecodeBodyError::TooLarge(1_000_000))
        );
    }

    #[test]
    fn damaged_and_unknown_encodings_are_errors() {
        assert!(matches!(
            decoded_body(b"not gzip at all", Some("gzip"), 1 << 20),
            Err(DecodeBodyError::Damaged(_))
        ));
        assert_eq!(
            decoded_body(b"x", Some("zstd"), 1 << 20),
            Err(DecodeBodyError::UnknownEncoding("zstd".to_owned()))
        );
    }
}
