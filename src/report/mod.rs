//! Reports on an annotated article for people: the published fact-check (the annotated
//! article as HTML, [`annotated`]), a Markdown report, a CSV table, and a desk's pages
//! ([`site`]). Pure: each report turns the document and its annotations into a string.
//! Markdown and HTML render one [`Outline`], so they say the same things in the same words.
//! The list of formats the app and the command line offer is `interop::Format`.

pub mod annotated;
mod contents;
mod csv_table;
mod markdown;
mod outline;
pub mod site;

pub use annotated::{PageOptions, to_annotated_html};
pub use contents::{ClaimCard, Report, is_web_url};
pub use csv_table::{neutralize, to_csv, unneutralize};
pub use markdown::to_markdown;
pub use outline::{
    CardLabels, ClaimCardOutline, Detail, EvidenceLine, Fact, ListItem, ListSection, Outline,
    VerdictLine, page_cite, recording_at, where_words,
};

/// The published fact-check as a standalone HTML page (see [`annotated`]).
pub fn to_html(report: &Report<'_>) -> String {
    to_annotated_html(report, &PageOptions::default())
}

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The CSV writer failed.
    #[error("could not write the CSV table: {0}")]
    Csv(String),
}
