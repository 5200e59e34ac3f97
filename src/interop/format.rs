//! The one list of exchange formats, used by File → Export and `claimmark export`/`import`
//! alike: what each is called, what it writes and reads, and the single `export` entry point.

use crate::model::{AnnotationSet, Document, RatingScale};
use crate::report::{ExportError, PageOptions, Report, to_annotated_html, to_csv, to_markdown};

/// Every format claimmark writes or reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Format {
    /// The article's text alone, exactly as annotated.
    Text,
    /// A Markdown report.
    Markdown,
    /// The published fact-check: the annotated article as one HTML page.
    Html,
    /// One CSV row per annotation.
    Csv,
    /// W3C Web Annotation JSON-LD.
    W3c,
    /// schema.org ClaimReview JSON-LD.
    Claimreview,
    /// brat standoff: `.ann` with the article as `.txt` beside it.
    Brat,
    /// doccano JSONL.
    Doccano,
    /// Label Studio JSON (and JSON-MIN).
    LabelStudio,
    /// Hypothesis annotations (its API's search result, or one annotation).
    Hypothesis,
}

/// One file of an export: its extension and its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutputFile {
    /// Extension, without the dot.
    pub extension: &'static str,
    /// What to write.
    pub content: String,
}

/// What an export produced: one file, or several written side by side (brat's `.ann` and
/// `.txt`), and what the user should know about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Output {
    /// The files; the first is the main one.
    pub files: Vec<OutputFile>,
    /// What does not follow the format's guidelines (e.g. ClaimReview's), never a failure.
    pub warnings: Vec<String>,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Format; 10] = [
        Format::Text,
        Format::Markdown,
        Format::Html,
        Format::Csv,
        Format::W3c,
        Format::Claimreview,
        Format::Brat,
        Format::Doccano,
        Format::LabelStudio,
        Format::Hypothesis,
    ];

    /// The formats File → Export and `claimmark export` write.
    pub fn exports() -> impl Iterator<Item = Format> {
        Self::ALL.into_iter().filter(|f| f.can_export())
    }

    /// The formats `claimmark import` reads.
    pub fn imports() -> impl Iterator<Item = Format> {
        Self::ALL.into_iter().filter(|f| f.can_import())
    }

    /// True when claimmark writes this format.
    pub fn can_export(self) -> bool {
        !matches!(
            self,
            Format::Doccano | Format::LabelStudio | Format::Hypothesis
        )
    }

    /// True when claimmark reads this format.
    pub fn can_import(self) -> bool {
        matches!(
            self,
            Format::W3c | Format::Brat | Format::Doccano | Format::LabelStudio | Format::Hypothesis
        )
    }

    /// The name on the command line (`--format w3c`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::W3c => "w3c",
            Format::Claimreview => "claimreview",
            Format::Brat => "brat",
            Format::Doccano => "doccano",
            Format::LabelStudio => "label-studio",
            Format::Hypothesis => "hypothesis",
        }
    }

    /// The format with this command-line name.
    pub fn from_name(name: &str) -> Option<Format> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }

    /// Extension of the main file, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::W3c | Format::Claimreview => "jsonld",
            Format::Brat => "ann",
            Format::Doccano => "jsonl",
            Format::LabelStudio | Format::Hypothesis => "json",
        }
    }

    /// Name in menus.
    pub fn label(self) -> &'static str {
        match self {
            Format::Text => "Article text (.txt)",
            Format::Markdown => "Markdown report (.md)",
            Format::Html => "Published report (.html)",
            Format::Csv => "CSV table (.csv)",
            Format::W3c => "W3C Web Annotation (.jsonld)",
            Format::Claimreview => "schema.org ClaimReview (.jsonld)",
            Format::Brat => "brat standoff (.ann + .txt)",
            Format::Doccano => "doccano (.jsonl)",
            Format::LabelStudio => "Label Studio (.json)",
            Format::Hypothesis => "Hypothesis (.json)",
        }
    }

    /// True when the export is several files written side by side, named by the main one.
    pub fn writes_several_files(self) -> bool {
        self == Format::Brat
    }
}

/// Why an export could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum ExportFailure {
    /// The report could not be written.
    #[error("{0}")]
    Report(#[from] ExportError),
    /// claimmark does not write this format.
    #[error("claimmark reads {} files but does not write them", .0.name())]
    NotWritable(Format),
}

/// Writes `document` and its annotations in `format`.
pub fn export(
    format: Format,
    document: &Document,
    annotations: &AnnotationSet,
    scale: &RatingScale,
) -> Result<Output, ExportFailure> {
    export_with(
        format,
        document,
        annotations,
        scale,
        &PageOptions::default(),
    )
}

/// Writes `document` and its annotations in `format`; the HTML report as `page` says (a
/// fragment, the archive to link).
pub fn export_with(
    format: Format,
    document: &Document,
    annotations: &AnnotationSet,
    scale: &RatingScale,
    page: &PageOptions,
) -> Result<Output, ExportFailure> {
    let report = Report::new(document, annotations, scale);
    let one = |extension, content| Output {
        files: vec![OutputFile { extension, content }],
        warnings: Vec::new(),
    };
    Ok(match format {
        Format::Text => one("txt", document.text().to_owned()),
        Format::Markdown => one("md", to_markdown(&report)),
        Format::Html => one("html", to_annotated_html(&report, page)),
        Format::Csv => one("csv", to_csv(&report)?),
        Format::W3c => one("jsonld", super::w3c::export(document, annotations)),
        Format::Claimreview => {
            let reviews = super::claimreview::export(document, annotations, scale);
            Output {
                files: vec![OutputFile {
                    extension: "jsonld",
                    content: reviews.json,
                }],
                warnings: reviews.warnings,
            }
        }
        Format::Brat => Output {
            files: vec![
                OutputFile {
                    extension: "ann",
                    content: super::brat::export_ann(document, annotations),
                },
                // brat reads the text from a .txt beside the .ann.
                OutputFile {
                    extension: "txt",
                    content: document.text().to_owned(),
                },
            ],
            warnings: Vec::new(),
        },
        Format::Doccano | Format::LabelStudio | Format::Hypothesis => {
            return Err(ExportFailure::NotWritable(format));
        }
    })
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn names_and_extensions_are_consistent() {
        for format in Format::ALL {
            assert_eq!(Format::from_name(format.name()), Some(format));
            let value = clap::ValueEnum::to_possible_value(&format).unwrap();
            assert_eq!(value.get_name(), format.name(), "clap and our names agree");
            assert!(format.can_export() || format.can_import(), "{format:?}");
        }
    }

    #[test]
    fn every_exportable_format_exports_and_the_main_file_has_its_extension() {
        let document = Document::new("A claim [1].".to_owned(), None, "utf-8");
        let annotations = AnnotationSet::new();
        let scale = RatingScale::default();
        for format in Format::ALL {
            match export(format, &document, &annotations, &scale) {
                Ok(output) => {
                    assert!(format.can_export());
                    assert_eq!(
                        output.files.first().map(|f| f.extension),
                        Some(format.extension())
                    );
                    assert_eq!(output.files.len() > 1, format.writes_several_files());
                }
                Err(_) => assert!(!format.can_export()),
            }
        }
    }
}
