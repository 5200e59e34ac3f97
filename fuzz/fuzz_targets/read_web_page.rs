//! Fuzzes the web page reader (charset, the extractor, claimmark's own blocks): any bytes,
//! under any of the content types a server sends, must become an article or be refused with a
//! reason. Seed it with real pages: `mkdir -p corpus/read_web_page && for f in
//! ../tests/fixtures/web/*.html.gz; do gunzip -c "$f" > "corpus/read_web_page/$(basename "$f" .gz)"; done`.
#![no_main]

use libfuzzer_sys::fuzz_target;

const CONTENT_TYPES: [Option<&str>; 4] = [
    None,
    Some("text/html; charset=utf-8"),
    Some("text/html; charset=windows-1252"),
    Some("text/markdown"),
];

fuzz_target!(|data: &[u8]| {
    let content_type = CONTENT_TYPES[usize::from(data.first().copied().unwrap_or(0) % 4)];
    if let Ok(article) =
        claimmark::article::read_web_page(data, content_type, "https://news.example/story")
    {
        assert!(!article.document.text().contains('\r'));
    }
});
