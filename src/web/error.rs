//! Why a web page could not be fetched, one sentence each, naming the address.

use super::FetchOptions;

/// Why a fetch failed.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// Not an address claimmark fetches.
    #[error("cannot open “{address}”: {why}")]
    NotWeb {
        /// What was given.
        address: String,
        /// Why not.
        why: String,
    },
    /// The host name is unknown (or there is no network).
    #[error(
        "cannot reach {address}: the host name is unknown (check the address and your network connection)"
    )]
    HostNotFound {
        /// The address.
        address: String,
    },
    /// No connection could be made.
    #[error("cannot reach {address}: the connection failed ({why})")]
    Connect {
        /// The address.
        address: String,
        /// What the system said.
        why: String,
    },
    /// It took too long.
    #[error("{address} did not answer within {seconds} seconds")]
    Timeout {
        /// The address.
        address: String,
        /// The limit.
        seconds: u64,
    },
    /// The server answered with an error.
    #[error("{address} answered {status}{}", status_words(*status))]
    Status {
        /// The address that answered.
        address: String,
        /// The HTTP status.
        status: u16,
    },
    /// The body is larger than the limit.
    #[error("{address} is larger than {} MB, the most claimmark fetches", max_bytes / 1_000_000)]
    TooLarge {
        /// The address.
        address: String,
        /// The limit in bytes.
        max_bytes: u64,
    },
    /// Redirects went on and on.
    #[error("{address} redirected more than {count} times")]
    TooManyRedirects {
        /// The address asked for.
        address: String,
        /// The limit.
        count: usize,
    },
    /// A redirect to something that cannot be followed.
    #[error("{address} redirected to “{location}”, which cannot be followed: {why}")]
    BadRedirect {
        /// Where the redirect came from.
        address: String,
        /// Where it pointed.
        location: String,
        /// Why it is not followed.
        why: String,
    },
    /// The connection broke or the server spoke something other than HTTP.
    #[error("reading {address} failed: {why}")]
    Read {
        /// The address.
        address: String,
        /// What went wrong.
        why: String,
    },
    /// The user cancelled.
    #[error("cancelled")]
    Cancelled,
}

fn status_words(status: u16) -> &'static str {
    match status {
        401 | 403 => " (access denied: the page needs a login or refuses claimmark)",
        404 | 410 => " (page not found: it may have moved or been removed)",
        429 => " (too many requests: try again in a while)",
        300..=399 => " (a redirect without a new address)",
        500..=599 => " (a server error: try again later)",
        _ => "",
    }
}

impl FetchError {
    /// The error for a failed request to `address`.
    pub(super) fn from_ureq(address: &str, error: ureq::Error, options: &FetchOptions) -> Self {
        let address = address.to_owned();
        match error {
            ureq::Error::Timeout(timeout) => {
                let seconds = match timeout {
                    ureq::Timeout::Connect => options.connect_timeout.as_secs(),
                    _ => options.total_timeout.as_secs(),
                };
                FetchError::Timeout { address, seconds }
            }
            ureq::Error::HostNotFound => FetchError::HostNotFound { address },
            ureq::Error::ConnectionFailed => FetchError::Connect {
                address,
                why: "nothing answered".to_owned(),
            },
            ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => {
                FetchError::Connect {
                    address,
                    why: "connection refused".to_owned(),
                }
            }
            ureq::Error::Io(io) => FetchError::Connect {
                address,
                why: io.to_string(),
            },
            ureq::Error::BodyExceedsLimit(_) => FetchError::TooLarge {
                address,
                max_bytes: options.max_bytes,
            },
            ureq::Error::TooManyRedirects => FetchError::TooManyRedirects {
                address,
                count: options.max_redirects,
            },
            other => FetchError::Read {
                address,
                why: other.to_string(),
            },
        }
    }

    /// The error for a failed read of `address`'s body.
    pub(super) fn from_read(address: &str, error: std::io::Error, options: &FetchOptions) -> Self {
        let inner = error
            .get_ref()
            .and_then(|e| e.downcast_ref::<ureq::Error>());
        match inner {
            Some(ureq::Error::Timeout(_)) => FetchError::Timeout {
                address: address.to_owned(),
                seconds: options.total_timeout.as_secs(),
            },
            _ if error.kind() == std::io::ErrorKind::TimedOut => FetchError::Timeout {
                address: address.to_owned(),
                seconds: options.total_timeout.as_secs(),
            },
            _ => FetchError::Read {
                address: address.to_owned(),
                why: error.to_string(),
            },
        }
    }
}
