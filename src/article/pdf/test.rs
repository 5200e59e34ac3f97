use super::*;
use crate::synthetic::pdf::{at, pdf, report};

fn read(bytes: &[u8]) -> PdfText {
    read_pdf(bytes, None, &mut |_, _| true).unwrap()
}

#[test]
fn a_two_column_page_reads_column_by_column_without_its_running_head() {
    let page = |n: usize| {
        vec![
            at(72.0, 40.0, "Council Budget Review"),
            at(72.0, 100.0, "Spending on hospitals rose by"),
            at(72.0, 113.0, "12 percent in the year, the eco-"),
            at(72.0, 126.0, "nomic report says."),
            at(320.0, 100.0, "Waiting times fell by a"),
            at(320.0, 113.0, "quarter, according to Jean-"),
            at(320.0, 126.0, "Pierre Dupont."),
            at(300.0, 760.0, &n.to_string()),
        ]
    };
    let read = read(&pdf(&[page(1), page(2)]));
    let first_page = "Spending on hospitals rose by 12 percent in the year, the economic \
                      report says.\n\nWaiting times fell by a quarter, according to \
                      Jean-Pierre Dupont.";
    assert_eq!(read.text, format!("{first_page}\n\n{first_page}"));
    assert_eq!(read.pages.page_count, 2);
    let runs: Vec<(u32, usize, usize)> = read
        .pages
        .runs
        .iter()
        .map(|r| (r.page, r.start, r.end))
        .collect();
    let length = first_page.chars().count();
    assert_eq!(runs, [(1, 0, length), (2, length + 2, 2 * length + 2)]);
    assert_eq!(read.pages.sha256.len(), 64);
}

#[test]
fn a_pdf_without_text_is_said_to_be_a_scan() {
    let blank = pdf(&[Vec::new(), Vec::new()]);
    assert_eq!(
        read_pdf(&blank, None, &mut |_, _| true),
        Err(PdfError::NoText { pages: 2 })
    );
}

#[test]
fn damaged_bytes_are_refused_in_one_sentence() {
    let error = read_pdf(b"%PDF-1.4\n1 0 obj << /Type", None, &mut |_, _| true).unwrap_err();
    assert!(matches!(error, PdfError::Unreadable(_)), "{error:?}");
    assert!(error.to_string().contains("may be damaged"));
}

#[test]
fn progress_is_told_and_cancel_stops() {
    let bytes = report(5);
    let mut seen = Vec::new();
    let done = read_pdf(&bytes, None, &mut |done, total| {
        seen.push((done, total));
        true
    });
    assert!(done.is_ok());
    assert_eq!(seen.last(), Some(&(5, 5)));
    let cancelled = read_pdf(&bytes, None, &mut |done, _| done < 2);
    assert_eq!(cancelled, Err(PdfError::Cancelled));
}

#[test]
fn a_long_report_keeps_every_page_and_no_page_number() {
    let read = read(&report(12));
    assert_eq!(read.pages.runs.len(), 12);
    assert!(!read.text.contains("Annual Report of the Example Council"));
    assert!(
        read.text.contains("economic"),
        "hyphenated words are joined"
    );
    assert!(!read.text.contains("eco-"));
    for paragraph in read.text.split("\n\n") {
        assert!(
            paragraph.parse::<u32>().is_err(),
            "a page number was kept: {paragraph}"
        );
    }
}

#[test]
fn pdfs_are_recognized_by_their_header() {
    assert!(is_pdf(b"%PDF-1.7\n..."));
    assert!(is_pdf(b"\xEF\xBB\xBF   %PDF-1.4"));
    assert!(!is_pdf(b"Plain text about PDFs"));
}
