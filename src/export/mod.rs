//! Reports and data exports of an annotated article: Markdown, standalone HTML and CSV.
//! Pure: each exporter turns the document and its annotations into a string.

mod csv_export;
mod html;
mod markdown;
mod report;

pub use csv_export::to_csv;
pub use html::to_html;
pub use markdown::to_markdown;
pub use report::{ClaimCard, Report};

/// The formats `claimmark export` and File → Export write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// A Markdown report.
    Markdown,
    /// A standalone HTML report.
    Html,
    /// One CSV row per annotation.
    Csv,
    /// W3C Web Annotation JSON-LD.
    W3c,
    /// schema.org ClaimReview JSON-LD.
    ClaimReview,
    /// brat standoff (`.ann`, with the `.txt` written beside it).
    Brat,
}

impl ExportFormat {
    /// All formats.
    pub const ALL: [ExportFormat; 6] = [
        ExportFormat::Markdown,
        ExportFormat::Html,
        ExportFormat::Csv,
        ExportFormat::W3c,
        ExportFormat::ClaimReview,
        ExportFormat::Brat,
    ];

    /// File extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Html => "html",
            ExportFormat::Csv => "csv",
            ExportFormat::W3c | ExportFormat::ClaimReview => "jsonld",
            ExportFormat::Brat => "ann",
        }
    }

    /// Name in menus.
    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "Markdown report (.md)",
            ExportFormat::Html => "HTML report (.html)",
            ExportFormat::Csv => "CSV table (.csv)",
            ExportFormat::W3c => "W3C Web Annotation (.jsonld)",
            ExportFormat::ClaimReview => "schema.org ClaimReview (.jsonld)",
            ExportFormat::Brat => "brat standoff (.ann + .txt)",
        }
    }

    /// Writes the export.
    pub fn write(self, report: &Report<'_>) -> Result<String, ExportError> {
        match self {
            ExportFormat::Markdown => Ok(to_markdown(report)),
            ExportFormat::Html => Ok(to_html(report)),
            ExportFormat::Csv => to_csv(report),
            ExportFormat::W3c => Ok(crate::interop::w3c::export(
                report.document,
                report.annotations,
            )),
            ExportFormat::ClaimReview => Ok(crate::interop::claimreview::export(
                report.document,
                report.annotations,
                report.scale,
            )
            .json),
            ExportFormat::Brat => Ok(crate::interop::brat::export_ann(
                report.document,
                report.annotations,
            )),
        }
    }
}

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The CSV writer failed.
    #[error("could not write the CSV table: {0}")]
    Csv(String),
}
