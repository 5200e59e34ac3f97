//! The network: fetching a web page as a [`Capture`] with a well-kept HTTP client (`ureq`,
//! TLS by rustls, so nothing to install). Redirects are followed here, at most ten, each hop
//! kept for the archive; bodies are kept exactly as received (`gzip`/`br` undone later, in
//! [`crate::capture`]); the system's proxy variables (`HTTPS_PROXY`, `NO_PROXY`, …) are
//! honoured except for this computer's own addresses; a connect timeout, a total timeout and
//! a size limit bound every fetch, and a flag cancels it between reads. Like [`crate::io`],
//! this layer may read the clock.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod error;
pub mod model;
mod page;

use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

pub use error::FetchError;
pub use page::{OpenedPage, ToArchive, WebError, append_to_archive, open_page};

use crate::capture::{Capture, Exchange, link_file};

/// Limits of one fetch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FetchOptions {
    /// How long to wait for a connection.
    pub connect_timeout: Duration,
    /// How long the whole fetch (redirects and body included) may take.
    pub total_timeout: Duration,
    /// Largest body accepted, in bytes (as received, and again once decompressed).
    pub max_bytes: u64,
    /// Most redirects followed.
    pub max_redirects: usize,
}

impl Default for FetchOptions {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(15),
            total_timeout: Duration::from_secs(60),
            max_bytes: 32 * 1024 * 1024,
            max_redirects: 10,
        }
    }
}

/// How far a fetch has come.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Bytes of the body received so far.
    pub received: u64,
    /// The body's length, when the server said.
    pub total: Option<u64>,
}

/// What claimmark says it is.
pub const USER_AGENT: &str = concat!(
    "claimmark/",
    env!("CARGO_PKG_VERSION"),
    " (fact-checking; keeps an archive copy)"
);
const ACCEPT: &str = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5";
const ACCEPT_ENCODING: &str = "gzip, deflate, br";

fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

fn agent(url: &url::Url, options: &FetchOptions, left: Duration) -> ureq::Agent {
    let mut config = ureq::Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .timeout_connect(Some(options.connect_timeout.min(left)))
        .timeout_global(Some(left))
        .user_agent(USER_AGENT)
        .accept(ACCEPT)
        .accept_encoding(ACCEPT_ENCODING);
    // This computer's own pages are never sent through a proxy.
    if is_loopback(url) {
        config = config.proxy(None);
    }
    ureq::Agent::new_with_config(config.build())
}

/// The request as sent, for the archive: request line and the headers claimmark sets.
fn request_head(url: &url::Url) -> Vec<u8> {
    let mut target = url.path().to_owned();
    if let Some(query) = url.query() {
        target.push('?');
        target.push_str(query);
    }
    let host = match url.port() {
        Some(port) => format!("{}:{port}", url.host_str().unwrap_or_default()),
        None => url.host_str().unwrap_or_default().to_owned(),
    };
    format!(
        "GET {target} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: {USER_AGENT}\r\nAccept: {ACCEPT}\r\nAccept-Encoding: {ACCEPT_ENCODING}\r\n\r\n"
    )
    .into_bytes()
}

/// Fetches `address` (following redirects), calling `progress` as the body arrives, and
/// stopping when `cancel` is set. The page must answer 2xx; anything else is an error that
/// names the address and says why.
pub fn fetch(
    address: &str,
    options: &FetchOptions,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<Capture, FetchError> {
    let Some(checked) = link_file::web_address(address) else {
        return Err(FetchError::NotWeb {
            address: address.trim().to_owned(),
            why: link_file::refusal(address).unwrap_or_default(),
        });
    };
    let start = Instant::now();
    let retrieved = crate::io::clock::now_rfc3339();
    let mut url = url::Url::parse(&checked).map_err(|e| FetchError::NotWeb {
        address: checked.clone(),
        why: e.to_string(),
    })?;
    let mut exchanges: Vec<Exchange> = Vec::new();
    loop {
        if cancel.load(Ordering::Relaxed) {
            return Err(FetchError::Cancelled);
        }
        let left = options
            .total_timeout
            .checked_sub(start.elapsed())
            .ok_or_else(|| FetchError::Timeout {
                address: url.to_string(),
                seconds: options.total_timeout.as_secs(),
            })?;
        let exchange = fetch_one(&url, options, left, progress, cancel)?;
        let location = exchange
            .is_redirect()
            .then(|| exchange.header("location").map(str::to_owned))
            .flatten();
        exchanges.push(exchange);
        let Some(location) = location else { break };
        if exchanges.len() > options.max_redirects {
            return Err(FetchError::TooManyRedirects {
                address: checked,
                count: options.max_redirects,
            });
        }
        let next = url.join(&location).map_err(|e| FetchError::BadRedirect {
            address: url.to_string(),
            location: location.clone(),
            why: e.to_string(),
        })?;
        if !matches!(next.scheme(), "http" | "https") {
            return Err(FetchError::BadRedirect {
                address: url.to_string(),
                location,
                why: "it leads away from the web (only http and https are followed)".to_owned(),
            });
        }
        url = next;
    }
    let capture = Capture {
        url: checked,
        exchanges,
        retrieved,
    };
    match capture.page() {
        Some(page) if (200..300).contains(&page.status) => Ok(capture),
        Some(page) => Err(FetchError::Status {
            address: page.url.clone(),
            status: page.status,
        }),
        None => Err(FetchError::Cancelled),
    }
}

fn fetch_one(
    url: &url::Url,
    options: &FetchOptions,
    left: Duration,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<Exchange, FetchError> {
    let address = url.to_string();
    let response = agent(url, options, left)
        .get(url.as_str())
        .call()
        .map_err(|e| FetchError::from_ureq(&address, e, options))?;
    let status = response.status().as_u16();
    let headers: Vec<(String, String)> = response
        .headers()
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_owned(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect();
    let total = response
        .headers()
        .get("content-length")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if total.is_some_and(|t| t > options.max_bytes) {
        return Err(FetchError::TooLarge {
            address,
            max_bytes: options.max_bytes,
        });
    }
    let mut reader = response.into_body().into_reader();
    let mut body = Vec::with_capacity(total.unwrap_or(64 * 1024).min(options.max_bytes) as usize);
    let mut buffer = vec![0_u8; 64 * 1024];
    progress(Progress { received: 0, total });
    loop {
        if cancel.load(Ordering::Relaxed) {
            return Err(FetchError::Cancelled);
        }
        let read = reader
            .read(&mut buffer)
            .map_err(|e| FetchError::from_read(&address, e, options))?;
        if read == 0 {
            break;
        }
        body.extend_from_slice(buffer.get(..read).unwrap_or_default());
        if body.len() as u64 > options.max_bytes {
            return Err(FetchError::TooLarge {
                address,
                max_bytes: options.max_bytes,
            });
        }
        progress(Progress {
            received: body.len() as u64,
            total,
        });
    }
    Ok(Exchange {
        url: address,
        request: request_head(url),
        status,
        headers,
        body,
        ip: None,
    })
}
