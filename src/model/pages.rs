//! A PDF article's pages: which run of the article's text was printed on which page of the
//! original, and the SHA-256 of the original's bytes (kept as `NAME.pdf` beside `NAME.ron`), so
//! every claim can be shown on the page it came from.

use serde::{Deserialize, Serialize};

use super::Span;

/// The text printed on one page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "page")]
pub struct PageRun {
    /// The page's number in the PDF (1 for the first page).
    pub page: u32,
    /// First character of the page's text.
    pub start: usize,
    /// One past its last character.
    pub end: usize,
}

/// The PDF an article was read from, and its pages' runs in text order (pages without text
/// have none).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "pdf")]
pub struct PdfPages {
    /// Hex SHA-256 of the PDF's bytes.
    pub sha256: String,
    /// How many pages the PDF has.
    pub page_count: u32,
    /// The runs, in text order, not overlapping.
    pub runs: Vec<PageRun>,
}

/// The pages a span was printed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageRange {
    /// The first page.
    pub first: u32,
    /// The last page (the same as `first` for a span on one page).
    pub last: u32,
}

impl PdfPages {
    /// The pages `span` was printed on; `None` when no page's run overlaps it.
    pub fn pages_of(&self, span: Span) -> Option<PageRange> {
        super::runs::touched(&self.runs, span, |r| (r.start, r.end)).fold(None, |range, run| {
            Some(match range {
                None => PageRange {
                    first: run.page,
                    last: run.page,
                },
                Some(r) => PageRange {
                    first: r.first.min(run.page),
                    last: r.last.max(run.page),
                },
            })
        })
    }

    /// What is wrong with the runs against a text of `char_len` characters, if anything.
    pub fn problem(&self, char_len: usize) -> Option<String> {
        let bounds = self.runs.iter().map(|r| (r.start, r.end));
        if let Some(problem) = super::runs::placement_problem(bounds, char_len, "page run") {
            return Some(problem);
        }
        self.runs.iter().enumerate().find_map(|(i, run)| {
            (run.page == 0 || run.page > self.page_count).then(|| {
                format!(
                    "page run {} is on page {} of a {}-page PDF",
                    i + 1,
                    run.page,
                    self.page_count
                )
            })
        })
    }
}

#[cfg(test)]
mod test {
    use super::*;

    fn pages() -> PdfPages {
        PdfPages {
            sha256: "ab".repeat(32),
            page_count: 4,
            runs: vec![
                PageRun {
                    page: 1,
                    start: 0,
                    end: 10,
                },
                PageRun {
                    page: 2,
                    start: 12,
                    end: 20,
                },
                PageRun {
                    page: 4,
                    start: 22,
                    end: 30,
                },
            ],
        }
    }

    #[test]
    fn a_span_knows_its_pages() {
        let pages = pages();
        let range = |first, last| Some(PageRange { first, last });
        assert_eq!(pages.pages_of(Span::new(2, 5)), range(1, 1));
        assert_eq!(pages.pages_of(Span::new(5, 25)), range(1, 4));
        assert_eq!(pages.pages_of(Span::new(14, 14)), range(2, 2));
        assert_eq!(pages.pages_of(Span::new(10, 12)), None, "between pages");
        assert_eq!(pages.pages_of(Span::new(40, 45)), None);
    }

    #[test]
    fn bad_runs_are_named() {
        let mut pages = pages();
        assert_eq!(pages.problem(30), None);
        assert!(pages.problem(25).unwrap().contains("outside the text"));
        pages.runs[1].start = 5;
        assert!(pages.problem(30).unwrap().contains("before the previous"));
        pages.runs[1].start = 12;
        pages.runs[2].page = 9;
        assert!(
            pages
                .problem(30)
                .unwrap()
                .contains("page 9 of a 4-page PDF")
        );
    }
}
