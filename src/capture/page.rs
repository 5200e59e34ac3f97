//! What a capture gives: the article read from the page (its web source recorded in the
//! document), where its archive goes, and what an update of a page found.

use std::path::{Path, PathBuf};

use super::{Capture, DecodeBodyError};
use crate::article::{Article, PageError, read_web_page};

/// Why a fetched page gives no article.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PageProblem {
    /// The body could not be decompressed.
    #[error("{address}: {source}")]
    Body {
        /// The address that answered.
        address: String,
        /// Why.
        source: DecodeBodyError,
    },
    /// The response is not a page.
    #[error("{address}: {source}")]
    NotAPage {
        /// The address that answered.
        address: String,
        /// Why.
        source: PageError,
    },
}

/// The article of a captured page, its document recording where and when it was read.
pub fn article_of(capture: &Capture, max_bytes: u64) -> Result<Article, PageProblem> {
    let address = capture.final_url().to_owned();
    let payload = capture
        .payload(max_bytes)
        .map_err(|source| PageProblem::Body {
            address: address.clone(),
            source,
        })?;
    let mut article =
        read_web_page(&payload, capture.content_type(), &address).map_err(|source| {
            PageProblem::NotAPage {
                address: address.clone(),
                source,
            }
        })?;
    article.document = article.document.with_web(Some(capture.web_source()));
    Ok(article)
}

/// The archive kept beside an annotation file: `NAME.warc.gz` for `NAME.ron`.
pub fn archive_path(annotation_file: &Path) -> PathBuf {
    let stem = annotation_file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "archive".to_owned());
    annotation_file.with_file_name(format!("{stem}.warc.gz"))
}

/// A file name for an article read from `address`: its last path segment ("bridge-cost" of
/// `…/2026/12/bridge-cost.html`), else the article's title, else the host; made safe.
pub fn file_stem_for(address: &str, title: &str) -> String {
    let parsed = url::Url::parse(address).ok();
    let segment = parsed.as_ref().and_then(|u| {
        u.path_segments()
            .and_then(|mut s| s.rfind(|part| !part.is_empty()).map(str::to_owned))
            .map(|s| {
                s.trim_end_matches(".html")
                    .trim_end_matches(".htm")
                    .to_owned()
            })
            .filter(|s| s.chars().filter(|c| c.is_alphanumeric()).count() >= 4)
    });
    let name = segment
        .or_else(|| (!title.trim().is_empty()).then(|| title.to_owned()))
        .or_else(|| {
            parsed
                .as_ref()
                .and_then(|u| u.host_str().map(str::to_owned))
        })
        .unwrap_or_default();
    crate::model::safe_file_stem(&name)
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::capture::Exchange;

    fn capture(headers: &[(&str, &str)], body: &[u8]) -> Capture {
        Capture {
            url: "http://127.0.0.1:9/old".to_owned(),
            exchanges: vec![Exchange {
                url: "http://127.0.0.1:9/story".to_owned(),
                request: Vec::new(),
                status: 200,
                headers: headers
                    .iter()
                    .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
                    .collect(),
                body: body.to_vec(),
                ip: None,
            }],
            retrieved: "2026-12-04T10:00:00Z".to_owned(),
        }
    }

    #[test]
    fn the_article_records_its_page() {
        let page = capture(
            &[("content-type", "text/html; charset=utf-8")],
            "<html><head><title>Bridge</title></head><body><article><p>The bridge cost €1.8 billion.</p></article></body></html>".as_bytes(),
        );
        let article = article_of(&page, 1 << 20).unwrap();
        assert!(article.document.text().contains("€1.8 billion"));
        assert_eq!(article.document.source(), Some("http://127.0.0.1:9/story"));
        let web = article.document.web().unwrap();
        assert_eq!(web.url, "http://127.0.0.1:9/old");
        assert_eq!(web.final_url, "http://127.0.0.1:9/story");
        assert_eq!(web.sha256, page.payload_sha256());
        let pdf = capture(&[("content-type", "application/pdf")], b"%PDF");
        assert_eq!(
            article_of(&pdf, 1 << 20).unwrap_err().to_string(),
            "http://127.0.0.1:9/story: it is a PDF document, not a web page or text"
        );
    }

    #[test]
    fn names_beside_and_from_addresses() {
        assert_eq!(
            archive_path(Path::new("/desk/bridge.ron")),
            Path::new("/desk/bridge.warc.gz")
        );
        assert_eq!(
            file_stem_for("https://news.example/2026/12/bridge-cost.html", "x"),
            "bridge-cost"
        );
        assert_eq!(file_stem_for("https://news.example/", ""), "news.example");
        assert_eq!(file_stem_for("https://news.example/p/7", "Seven"), "Seven");
        assert_eq!(
            file_stem_for("https://a.io/?id=7", "Bridge cost"),
            "Bridge_cost"
        );
    }
}
