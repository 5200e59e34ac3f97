//! A web page as it was received: every request and response of one retrieval (redirects
//! included), with the response bytes exactly as they came, and what follows from them — the
//! page's payload (content decoding undone), its SHA-256, and the WARC records that keep it
//! ([`warc`]). Pure: the `web` module fetches, `io` writes the archive.

mod decode;
pub mod link_file;
mod page;
pub mod warc;

pub use decode::{DecodeBodyError, decoded_body};
pub use page::{PageProblem, archive_path, article_of, file_stem_for};

use sha2::{Digest, Sha256};

use crate::model::{Archived, WebSource};

/// One HTTP request and the response it got.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exchange {
    /// The address asked for.
    pub url: String,
    /// The request as sent: request line and headers, CRLF-separated, ending in a blank line.
    pub request: Vec<u8>,
    /// The response's status code.
    pub status: u16,
    /// The response's header fields, in the order received (names as the client gives them).
    pub headers: Vec<(String, String)>,
    /// The response body as received (still content-encoded, e.g. gzip; chunking undone).
    pub body: Vec<u8>,
    /// The server's IP address, when known.
    pub ip: Option<String>,
}

impl Exchange {
    /// The value of header `name` (any case), the first one when repeated.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// True for a redirect (3xx with a `Location`).
    pub fn is_redirect(&self) -> bool {
        (300..400).contains(&self.status) && self.header("location").is_some()
    }

    /// The response's status line and headers as a WARC response record holds them. A
    /// `Transfer-Encoding` header is renamed, since the body is kept with its chunking undone.
    pub fn response_head(&self) -> Vec<u8> {
        let reason = http_reason(self.status);
        let mut head = format!("HTTP/1.1 {} {reason}\r\n", self.status).into_bytes();
        for (name, value) in &self.headers {
            let name = if name.eq_ignore_ascii_case("transfer-encoding") {
                "X-Archive-Orig-Transfer-Encoding"
            } else {
                name.as_str()
            };
            head.extend_from_slice(name.as_bytes());
            head.extend_from_slice(b": ");
            head.extend_from_slice(value.as_bytes());
            head.extend_from_slice(b"\r\n");
        }
        head.extend_from_slice(b"\r\n");
        head
    }

    /// Hex SHA-256 of the body as received (the WARC payload).
    pub fn payload_sha256(&self) -> String {
        sha256_hex(&self.body)
    }
}

/// The reason phrase of a status code ("OK", "Not Found").
fn http_reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        203 => "Non-Authoritative Information",
        204 => "No Content",
        206 => "Partial Content",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        410 => "Gone",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// One retrieval of a web page: the address asked for, each hop to the page that answered,
/// and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Capture {
    /// The address the user gave.
    pub url: String,
    /// Every request and its response, redirects first; never empty.
    pub exchanges: Vec<Exchange>,
    /// When it was retrieved (RFC 3339, UTC).
    pub retrieved: String,
}

impl Capture {
    /// The last exchange: the page that answered.
    pub fn page(&self) -> Option<&Exchange> {
        self.exchanges.last()
    }

    /// The address that answered, after redirects.
    pub fn final_url(&self) -> &str {
        self.page().map_or(self.url.as_str(), |e| e.url.as_str())
    }

    /// The page's `Content-Type`, if it said.
    pub fn content_type(&self) -> Option<&str> {
        self.page().and_then(|e| e.header("content-type"))
    }

    /// Hex SHA-256 of the page's body as received.
    pub fn payload_sha256(&self) -> String {
        self.page()
            .map(Exchange::payload_sha256)
            .unwrap_or_default()
    }

    /// What the annotation file records of an article read from this page.
    pub fn web_source(&self) -> WebSource {
        WebSource {
            url: self.url.clone(),
            final_url: self.final_url().to_owned(),
            retrieved: self.retrieved.clone(),
            sha256: self.payload_sha256(),
        }
    }

    /// What an evidence item or citation records of this page once archived.
    pub fn archived(&self) -> Archived {
        Archived {
            final_url: self.final_url().to_owned(),
            retrieved: self.retrieved.clone(),
            sha256: self.payload_sha256(),
        }
    }

    /// The page's bytes with any content encoding (gzip, brotli, deflate) undone.
    pub fn payload(&self, max_bytes: u64) -> Result<Vec<u8>, DecodeBodyError> {
        match self.page() {
            Some(page) => decoded_body(&page.body, page.header("content-encoding"), max_bytes),
            None => Ok(Vec::new()),
        }
    }
}

#[cfg(test)]
mod test {
    use super::*;

    fn exchange(status: u16, headers: &[(&str, &str)], body: &[u8]) -> Exchange {
        Exchange {
            url: "https://news.example/story".to_owned(),
            request: b"GET /story HTTP/1.1\r\nHost: news.example\r\n\r\n".to_vec(),
            status,
            headers: headers
                .iter()
                .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
                .collect(),
            body: body.to_vec(),
            ip: None,
        }
    }

    #[test]
    fn the_response_head_keeps_the_headers_and_renames_chunking() {
        let page = exchange(
            200,
            &[
                ("content-type", "text/html"),
                ("transfer-encoding", "chunked"),
            ],
            b"<p>hi</p>",
        );
        let head = String::from_utf8(page.response_head()).unwrap();
        assert_eq!(
            head,
            "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\nX-Archive-Orig-Transfer-Encoding: chunked\r\n\r\n"
        );
        assert_eq!(page.header("Content-Type"), Some("text/html"));
    }

    #[test]
    fn a_capture_knows_its_final_address_and_payload() {
        let capture = Capture {
            url: "http://news.example/s".to_owned(),
            exchanges: vec![
                exchange(301, &[("location", "https://news.example/story")], b""),
                exchange(200, &[("content-type", "text/html; charset=utf-8")], b"abc"),
            ],
            retrieved: "2026-12-04T10:00:00Z".to_owned(),
        };
        assert!(capture.exchanges[0].is_redirect());
        assert_eq!(capture.final_url(), "https://news.example/story");
        assert_eq!(
            capture.payload_sha256(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let web = capture.web_source();
        assert_eq!(web.url, "http://news.example/s");
        assert_eq!(web.final_url, "https://news.example/story");
        assert_eq!(capture.payload(100).unwrap(), b"abc");
    }
}
