//! Fuzzes the PDF reader: any bytes must become an article whose page runs fit its text, or be
//! refused in one sentence (a panic inside the PDF crates is contained and refused too). Seed
//! it with `tests/fixtures/pdf/*/*.pdf` and a few generated reports.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match claimmark::article::read_article(data, "f.pdf") {
        Ok(article) => {
            if let Some(pages) = article.document.pdf() {
                assert_eq!(pages.problem(article.document.char_len()), None);
            }
        }
        Err(error) => assert!(!error.to_string().contains('\n')),
    }
});
