//! PDFs that other projects' test suites ship, opened as articles: each opens with its pages
//! or is refused with one sentence, and none crashes or hangs. Files in
//! `tests/fixtures/pdf/pdfminer/` come from pdfminer/pdfminer.six (MIT, its LICENSE beside
//! them), `samples/` at commit 9e1243c4ad000bf9bbe60e81fc8dde2fccc0ed3b; those in
//! `tests/fixtures/pdf/pdfplumber/` from jsvine/pdfplumber (MIT, LICENSE.txt beside them),
//! `tests/pdfs/` at commit 147f2c4c07dc1191fc1d05bb589b4f6af3aaf74a.

use claimmark::article::pdf::{PdfError, read_pdf};
use claimmark::article::{DecodeError, read_article, read_article_with};
use claimmark::model::{PageRange, Span};

use super::util::{claimmark, fixture};

fn bytes(name: &str) -> Vec<u8> {
    std::fs::read(fixture(&format!("pdf/{name}"))).unwrap()
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The char offset of `needle` in `text`.
fn char_at(text: &str, needle: &str) -> usize {
    let byte = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is not in the text"));
    text[..byte].chars().count()
}

#[test]
fn pdfminers_files_read_as_its_tests_expect() {
    // tests/test_highlevel_extracttext.py: "simple5.pdf" (its page number left out here).
    let simple5 = read_article(&bytes("pdfminer/simple5.pdf"), "simple5.pdf").unwrap();
    assert_eq!(
        words(simple5.document.text()),
        "Heading Link to heading that is working with vim-pandoc. Link to heading “that is” \
         not working with vim-pandoc. Subheading Some “more text”"
    );
    // "zen_of_python_corrupted.pdf": a damaged file whose first page is still read.
    let zen = read_article(&bytes("pdfminer/zen_of_python_corrupted.pdf"), "zen.pdf").unwrap();
    assert!(
        words(zen.document.text()).starts_with("Mai 30, 18 13:27 zen_of_python.txt"),
        "{}",
        zen.document.text()
    );
    // Encrypted with an empty user password: opens without asking.
    let base = read_article(&bytes("pdfminer/base.pdf"), "base.pdf").unwrap();
    assert_eq!(base.document.text(), "Secret!");
}

#[test]
fn a_password_is_asked_for_checked_and_used() {
    // pdfminer's aes-256-r6.pdf: user password "usersecret", owner password "ownersecret".
    let pdf = bytes("pdfminer/aes-256-r6.pdf");
    let read = |password| read_pdf(&pdf, password, &mut |_, _| true);
    assert_eq!(read(None), Err(PdfError::NeedsPassword));
    assert_eq!(read(Some("")), Err(PdfError::NeedsPassword));
    assert_eq!(read(Some("guess")), Err(PdfError::WrongPassword));
    assert_eq!(read(Some("usersecret")).unwrap().text, "Hello World");
    assert_eq!(read(Some("ownersecret")).unwrap().text, "Hello World");
    // pdfplumber's password-example.pdf (tests/test_basics.py opens it with "test"): four
    // pages, the last without text.
    let example = bytes("pdfplumber/password-example.pdf");
    assert!(matches!(
        read_article(&example, "example.pdf"),
        Err(DecodeError::Pdf(PdfError::NeedsPassword))
    ));
    let article =
        read_article_with(&example, "example.pdf", Some("test"), &mut |_, _| true).unwrap();
    let pages = article.document.pdf().unwrap();
    assert_eq!(pages.page_count, 4);
    assert!(article.document.text().contains("Backup4all"));
}

#[test]
fn a_three_column_register_reads_in_order_without_its_running_heads() {
    let article = read_article(
        &bytes("pdfplumber/federal-register-2020-17221.pdf"),
        "federal-register.pdf",
    )
    .unwrap();
    let text = article.document.text();
    let pages = article.document.pdf().unwrap();
    assert_eq!(pages.page_count, 15);
    // The running head of every page after the first is left out; the body's mentions of
    // the Federal Register stay.
    assert!(!text.contains("Federal Register / Vol. 85"));
    assert!(text.contains("published in the Federal Register as an amendment"));
    // Words split at a line's end are joined; hyphens and dashes that belong stay.
    assert!(text.contains("Model 737–8 and 737–9 (737 MAX) airplanes"));
    assert!(text.contains("https://www.regulations.gov"));
    // A sentence carried over from page 1 to page 2, across a split word.
    assert!(text.contains("after takeoff from Soekarno-Hatta International Airport in Jakarta"));
    let on = |needle: &str| {
        let at = char_at(text, needle);
        pages.pages_of(Span::new(at, at + needle.chars().count()))
    };
    assert_eq!(
        on("Airworthiness Directives; The Boeing Company Airplanes"),
        Some(PageRange { first: 1, last: 1 })
    );
    assert_eq!(
        on("Investigation of the accident has been completed"),
        Some(PageRange { first: 2, last: 2 })
    );
    assert_eq!(
        on("Soekarno-Hatta"),
        Some(PageRange { first: 1, last: 2 }),
        "a claim across the page break cites both pages"
    );
    // The first column's SUMMARY reads before the second column's words.
    assert!(char_at(text, "SUMMARY:") < char_at(text, "Examining the AD Docket"));
}

#[test]
fn a_page_turned_sideways_reads_as_the_upright_one() {
    let upright = read_article(
        &bytes("pdfplumber/nics-background-checks-2015-11.pdf"),
        "nics.pdf",
    )
    .unwrap();
    let turned = read_article(
        &bytes("pdfplumber/nics-background-checks-2015-11-rotated.pdf"),
        "nics.pdf",
    )
    .unwrap();
    assert_eq!(upright.document.text(), turned.document.text());
    assert!(upright.document.text().contains("Alabama 18,870 23,022"));
}

#[test]
fn a_court_transcript_loses_its_margin_line_numbers() {
    let article = read_article(&bytes("pdfplumber/scotus-transcript-p1.pdf"), "t.pdf").unwrap();
    let text = words(article.document.text());
    assert!(
        text.contains(
            "The above-entitled matter came on for oral argument before the Supreme \
                       Court of the United States at 1:01 p.m."
        ),
        "{text}"
    );
    assert!(
        text.contains("Deputy Attorney General, Los Angeles, Cal.; on behalf of the Petitioner.")
    );
}

#[test]
fn every_fixture_opens_or_is_refused_in_one_sentence() {
    let folder = fixture("pdf");
    let mut seen = 0;
    for source in ["pdfminer", "pdfplumber"] {
        for entry in std::fs::read_dir(folder.join(source)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().and_then(|e| e.to_str()) != Some("pdf") {
                continue;
            }
            seen += 1;
            let bytes = std::fs::read(&path).unwrap();
            match read_article(&bytes, "file.pdf") {
                Ok(article) => {
                    let pages = article.document.pdf().unwrap();
                    assert_eq!(pages.problem(article.document.char_len()), None);
                }
                Err(error) => {
                    let said = error.to_string();
                    assert!(
                        !said.contains('\n') && said.len() < 300,
                        "{}: {said}",
                        path.display()
                    );
                }
            }
        }
    }
    assert_eq!(seen, 15);
    // What the refusals say, for files pdfminer reads and claimmark does not.
    let refused = |name: &str| read_article(&bytes(name), "x.pdf").unwrap_err().to_string();
    assert!(refused("pdfminer/issue-791-non-unicode-cmap.pdf").contains("fonts do not say"));
    assert!(refused("pdfminer/simple1.pdf").contains("may be damaged"));
    assert!(refused("pdfplumber/empty.pdf").contains("may be damaged"));
}

#[test]
fn the_command_line_makes_a_file_keeps_the_original_and_checks_it() {
    let dir = tempfile::tempdir().unwrap();
    let ron = dir.path().join("register.ron");
    let made = claimmark()
        .arg("new")
        .arg(fixture("pdf/pdfplumber/federal-register-2020-17221.pdf"))
        .arg("-o")
        .arg(&ron)
        .run();
    let said = String::from_utf8_lossy(&made.stdout);
    assert!(said.contains("the original PDF kept as"), "{said}");
    let kept = dir.path().join("register.pdf");
    assert_eq!(
        std::fs::read(&kept).unwrap(),
        bytes("pdfplumber/federal-register-2020-17221.pdf")
    );
    let file = std::fs::read_to_string(&ron).unwrap();
    assert!(file.contains("version: 5,"));
    assert!(file.contains("page_count: 15,"));
    claimmark().arg("check").arg(&ron).run();
    let text = claimmark().args(["export", "-f", "text"]).arg(&ron).run();
    assert!(String::from_utf8_lossy(&text.stdout).starts_with("Proposed Rules\n\nThis section"));
    // Another PDF put in its place is noticed.
    std::fs::write(&kept, bytes("pdfminer/base.pdf")).unwrap();
    let checked = claimmark().arg("check").arg(&ron).expect_code(1);
    assert!(
        String::from_utf8_lossy(&checked.stdout).contains("is not the PDF this text was read from")
    );
    // A protected PDF: refused without its password, opened with it.
    let protected = fixture("pdf/pdfplumber/password-example.pdf");
    let out = dir.path().join("protected.ron");
    let refused = claimmark()
        .arg("new")
        .arg(&protected)
        .arg("-o")
        .arg(&out)
        .expect_code(2);
    assert!(String::from_utf8_lossy(&refused.stdout).contains("protected by a password"));
    claimmark()
        .arg("new")
        .arg(&protected)
        .arg("-o")
        .arg(&out)
        .args(["--password", "test"])
        .run();
}

#[test]
fn a_claim_in_a_pdf_cites_its_page_in_every_report() {
    use claimmark::interop::{Format, export};
    use claimmark::model::{AnnotationSet, RatingScale, Tag};
    use claimmark::session::Session;
    let article = read_article(
        &bytes("pdfplumber/federal-register-2020-17221.pdf"),
        "register.pdf",
    )
    .unwrap();
    let mut session = Session::new(article.document, AnnotationSet::new(), None);
    let text = session.document().text().to_owned();
    let claim = "resulting in 189 fatalities";
    let start = char_at(&text, claim);
    session
        .tag(
            Span::new(start, start + claim.chars().count()),
            Tag::Claim,
            "2026-12-07T10:00:00Z",
        )
        .unwrap();
    let scale = RatingScale::default();
    let report = |format| {
        let out = export(format, session.document(), session.annotations(), &scale).unwrap();
        out.files[0].content.clone()
    };
    assert!(report(Format::Html).contains("p. 2"));
    assert!(report(Format::Markdown).contains("p. 2"));
    let csv = report(Format::Csv);
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let headers = rows.headers().unwrap().clone();
    let page = headers.iter().position(|h| h == "page").unwrap();
    let row = rows.records().next().unwrap().unwrap();
    assert_eq!(&row[page], "2");
}
