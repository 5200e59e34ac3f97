//! WARC records (ISO 28500, WARC/1.1) for captures, each its own gzip member so the file can be
//! appended to and read record by record, as web archives (pywb, the Wayback Machine,
//! Webrecorder) expect: a `warcinfo` record opening a file, then per exchange a `request` and
//! the `response` with the bytes received, or a `revisit` when the page's payload is the one
//! already kept. Records are written by the `warc` crate; digests are SHA-256 in base32.

use std::collections::HashMap;
use std::io::Write as _;

use sha2::{Digest, Sha256};
use warc::{BufferedBody, RawRecordHeader, Record, RecordType, WarcHeader, WarcWriter};

use super::{Capture, Exchange};

/// A record's headers, as the `warc` crate takes them.
type Headers = Vec<(WarcHeader, String)>;

/// `sha256:BASE32` of `bytes`, as WARC digests are written.
pub fn digest(bytes: &[u8]) -> String {
    format!(
        "sha256:{}",
        data_encoding::BASE32.encode(&Sha256::digest(bytes))
    )
}

/// `sha256:BASE32` of a digest given in hex (as the annotation file records it).
pub fn digest_of_hex(hex: &str) -> Option<String> {
    let bytes = data_encoding::HEXLOWER_PERMISSIVE
        .decode(hex.as_bytes())
        .ok()?;
    Some(format!("sha256:{}", data_encoding::BASE32.encode(&bytes)))
}

fn new_id() -> String {
    Record::<BufferedBody>::generate_record_id()
}

/// One record as one gzip member.
fn member(kind: RecordType, mut headers: Headers, block: &[u8]) -> std::io::Result<Vec<u8>> {
    headers.push((WarcHeader::WarcType, kind.to_string()));
    headers.push((WarcHeader::ContentLength, block.len().to_string()));
    let header = RawRecordHeader {
        version: "1.1".to_owned(),
        headers: headers
            .into_iter()
            .map(|(name, value)| (name, value.into_bytes()))
            .collect::<HashMap<_, _>>(),
    };
    // The record goes to memory first: a Vec takes every byte a write offers.
    let mut plain = Vec::with_capacity(block.len() + 512);
    WarcWriter::new(&mut plain).write_raw(header, &block)?;
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gzip.write_all(&plain)?;
    gzip.finish()
}

/// The `warcinfo` record that opens a file: what wrote it. Returns (its id, its bytes).
pub fn warcinfo(file_name: &str, date: &str, software: &str) -> std::io::Result<(String, Vec<u8>)> {
    let id = new_id();
    let fields = format!(
        "software: {software}\r\nformat: WARC File Format 1.1\r\n\
         conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
    );
    let bytes = member(
        RecordType::WarcInfo,
        vec![
            (WarcHeader::RecordID, id.clone()),
            (WarcHeader::Date, date.to_owned()),
            (WarcHeader::Filename, file_name.to_owned()),
            (
                WarcHeader::ContentType,
                "application/warc-fields".to_owned(),
            ),
        ],
        fields.as_bytes(),
    )?;
    Ok((id, bytes))
}

/// A page kept earlier, which an identical payload now refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Earlier {
    /// The address it was kept under.
    pub url: String,
    /// When (RFC 3339).
    pub date: String,
    /// Hex SHA-256 of its payload.
    pub sha256: String,
}

fn exchange_records(
    exchange: &Exchange,
    date: &str,
    warcinfo: Option<&str>,
    earlier: Option<&Earlier>,
) -> std::io::Result<Vec<u8>> {
    let response_id = new_id();
    let request_id = new_id();
    let mut common: Headers = vec![
        (WarcHeader::Date, date.to_owned()),
        (WarcHeader::TargetURI, exchange.url.clone()),
    ];
    if let Some(info) = warcinfo {
        common.push((WarcHeader::WarcInfoID, info.to_owned()));
    }
    let head = exchange.response_head();
    let payload_digest = digest(&exchange.body);
    let mut response = common.clone();
    response.push((WarcHeader::RecordID, response_id.clone()));
    response.push((
        WarcHeader::ContentType,
        "application/http;msgtype=response".to_owned(),
    ));
    response.push((WarcHeader::PayloadDigest, payload_digest));
    if let Some(ip) = &exchange.ip {
        response.push((WarcHeader::IPAddress, ip.clone()));
    }
    let same_as_earlier = earlier.filter(|e| e.sha256 == exchange.payload_sha256());
    let mut out = match same_as_earlier {
        Some(earlier) => {
            response.push((
                WarcHeader::Profile,
                "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest".to_owned(),
            ));
            response.push((
                WarcHeader::Unknown("WARC-Refers-To-Target-URI".to_owned()),
                earlier.url.clone(),
            ));
            response.push((
                WarcHeader::Unknown("WARC-Refers-To-Date".to_owned()),
                earlier.date.clone(),
            ));
            response.push((WarcHeader::BlockDigest, digest(&head)));
            member(RecordType::Revisit, response, &head)?
        }
        None => {
            let mut block = head;
            block.extend_from_slice(&exchange.body);
            response.push((WarcHeader::BlockDigest, digest(&block)));
            member(RecordType::Response, response, &block)?
        }
    };
    let mut request = common;
    request.push((WarcHeader::RecordID, request_id));
    request.push((WarcHeader::ConcurrentTo, response_id));
    request.push((
        WarcHeader::ContentType,
        "application/http;msgtype=request".to_owned(),
    ));
    request.push((WarcHeader::BlockDigest, digest(&exchange.request)));
    out.extend(member(RecordType::Request, request, &exchange.request)?);
    Ok(out)
}

/// The records of a capture: per exchange its response (a `revisit` of `earlier` when the
/// page's payload is the same) and its request. `warcinfo` is the id of the file's `warcinfo`
/// record, when known.
pub fn capture_records(
    capture: &Capture,
    warcinfo: Option<&str>,
    earlier: Option<&Earlier>,
) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let last = capture.exchanges.len().saturating_sub(1);
    for (n, exchange) in capture.exchanges.iter().enumerate() {
        let earlier = if n == last { earlier } else { None };
        out.extend(exchange_records(
            exchange,
            &capture.retrieved,
            warcinfo,
            earlier,
        )?);
    }
    Ok(out)
}

#[cfg(test)]
mod test {
    use std::io::Read;

    use super::*;

    fn capture(body: &[u8]) -> Capture {
        Capture {
            url: "http://news.example/s".to_owned(),
            exchanges: vec![Exchange {
                url: "http://news.example/s".to_owned(),
                request: b"GET /s HTTP/1.1\r\nHost: news.example\r\n\r\n".to_vec(),
                status: 200,
                headers: vec![("content-type".to_owned(), "text/html".to_owned())],
                body: body.to_vec(),
                ip: Some("127.0.0.1".to_owned()),
            }],
            retrieved: "2026-12-04T10:00:00Z".to_owned(),
        }
    }

    /// Every gzip member decompressed, as WARC text.
    fn text(bytes: &[u8]) -> String {
        let mut out = String::new();
        flate2::read::MultiGzDecoder::new(bytes)
            .read_to_string(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn one_gzip_member_per_record_read_back_by_the_warc_reader() {
        let (id, mut file) =
            warcinfo("story.warc.gz", "2026-12-04T10:00:00Z", "claimmark").unwrap();
        file.extend(capture_records(&capture(b"<p>Caf\xc3\xa9</p>"), Some(&id), None).unwrap());
        // Three members, each a whole gzip stream of its own.
        let members = file.windows(3).filter(|w| *w == [0x1f, 0x8b, 0x08]).count();
        assert_eq!(members, 3);
        let plain = text(&file);
        let reader = warc::WarcReader::new(std::io::BufReader::new(plain.as_bytes()));
        let records: Vec<_> = reader.iter_records().map(Result::unwrap).collect();
        let types: Vec<String> = records.iter().map(|r| r.warc_type().to_string()).collect();
        assert_eq!(types, ["warcinfo", "response", "request"]);
        let response = &records[1];
        assert!(response.body().ends_with(b"<p>Caf\xc3\xa9</p>"));
        assert!(response.body().starts_with(b"HTTP/1.1 200 OK\r\n"));
        assert_eq!(
            response.header(WarcHeader::PayloadDigest).unwrap(),
            digest(b"<p>Caf\xc3\xa9</p>")
        );
    }

    #[test]
    fn an_identical_payload_becomes_a_revisit() {
        let page = capture(b"same bytes");
        let earlier = Earlier {
            url: "http://news.example/s".to_owned(),
            date: "2026-12-01T00:00:00Z".to_owned(),
            sha256: page.payload_sha256(),
        };
        let plain = text(&capture_records(&page, None, Some(&earlier)).unwrap());
        assert!(plain.contains("warc-type: revisit"), "{plain}");
        assert!(plain.contains("WARC-Refers-To-Date: 2026-12-01T00:00:00Z"));
        assert!(!plain.contains("same bytes"), "a revisit keeps no payload");
        let changed = capture(b"new bytes");
        let plain = text(&capture_records(&changed, None, Some(&earlier)).unwrap());
        assert!(plain.contains("warc-type: response"));
    }

    #[test]
    fn digests_in_base32_from_bytes_or_hex() {
        let hex = capture(b"abc").payload_sha256();
        assert_eq!(digest(b"abc"), digest_of_hex(&hex).unwrap());
        assert!(digest(b"abc").starts_with("sha256:XJ4BNP4PAHH6UQKBIDPF3LRCEOY"));
    }
}
