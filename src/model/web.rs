//! Where a web article and an archived source came from: the address asked for and the one
//! answered after redirects, when it was retrieved (UTC) and the SHA-256 of the bytes received,
//! so anyone can check a snapshot against the file's record of it.

use serde::{Deserialize, Serialize};

/// A web page an article was read from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "web")]
pub struct WebSource {
    /// The address the user gave.
    pub url: String,
    /// The address that answered, after redirects.
    pub final_url: String,
    /// When it was retrieved (RFC 3339, UTC).
    pub retrieved: String,
    /// Hex SHA-256 of the page's bytes as received (the HTTP payload).
    pub sha256: String,
}

/// A web page kept in the article's archive (`NAME.warc.gz` beside `NAME.ron`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "archived")]
pub struct Archived {
    /// The address that answered, after redirects.
    pub final_url: String,
    /// When it was retrieved (RFC 3339, UTC).
    pub retrieved: String,
    /// Hex SHA-256 of the page's bytes as received.
    pub sha256: String,
}

impl Archived {
    /// "archived on 2026-12-04 (SHA-256 1a2b3c4d…)", for reports and the form.
    pub fn describe(&self) -> String {
        let date = self.retrieved.get(..10).unwrap_or(&self.retrieved);
        let short = self.sha256.get(..12).unwrap_or(&self.sha256);
        format!("archived on {date} (SHA-256 {short}…)")
    }
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn describes_itself_with_the_date_and_a_short_hash() {
        let archived = Archived {
            final_url: "https://stats.example/2025".to_owned(),
            retrieved: "2026-12-04T10:11:12Z".to_owned(),
            sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".to_owned(),
        };
        assert_eq!(
            archived.describe(),
            "archived on 2026-12-04 (SHA-256 9f86d081884c…)"
        );
    }
}
