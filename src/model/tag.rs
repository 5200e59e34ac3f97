//! The three kinds of tag a fact-checker puts on a span.

use serde::{Deserialize, Serialize};

/// What a highlighted span is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Tag {
    /// A statement of fact that can be checked.
    Claim,
    /// Words attributed to someone.
    Quote,
    /// A reference to a source (a footnote marker, a link, a named report).
    Citation,
}

impl Tag {
    /// All tags, in the order they are shown in the UI.
    pub const ALL: [Tag; 3] = [Tag::Claim, Tag::Quote, Tag::Citation];

    /// The name shown to users.
    pub fn label(self) -> &'static str {
        match self {
            Tag::Claim => "Claim",
            Tag::Quote => "Quote",
            Tag::Citation => "Citation",
        }
    }

    /// Lower-case name, as used on the command line and in exports.
    pub fn key_name(self) -> &'static str {
        match self {
            Tag::Claim => "claim",
            Tag::Quote => "quote",
            Tag::Citation => "citation",
        }
    }

    /// Parses a lower-case or capitalised tag name.
    pub fn from_name(name: &str) -> Option<Tag> {
        Tag::ALL
            .into_iter()
            .find(|tag| tag.key_name().eq_ignore_ascii_case(name.trim()))
    }
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn names_round_trip() {
        for tag in Tag::ALL {
            assert_eq!(Tag::from_name(tag.key_name()), Some(tag));
            assert_eq!(Tag::from_name(tag.label()), Some(tag));
        }
        assert_eq!(Tag::from_name("footnote"), None);
    }
}
