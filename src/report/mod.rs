//! Reports on an annotated article for people: Markdown, standalone HTML and a CSV table.
//! Pure: each report turns the document and its annotations into a string. Markdown and HTML
//! render one [`Outline`], so they say the same things in the same words. The list of
//! formats the app and the command line offer is `interop::Format`.

mod contents;
mod csv_table;
mod html;
mod markdown;
mod outline;

pub use contents::{ClaimCard, Report, is_web_url};
pub use csv_table::{neutralize, to_csv, unneutralize};
pub use html::to_html;
pub use markdown::to_markdown;
pub use outline::{
    CardLabels, ClaimCardOutline, Detail, EvidenceLine, Fact, ListItem, ListSection, Outline,
    VerdictLine,
};

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The CSV writer failed.
    #[error("could not write the CSV table: {0}")]
    Csv(String),
}
