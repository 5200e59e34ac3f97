//! Fuzzes the sentence splitter and the checkable parts behind suggested claims: any bytes,
//! read as an article, must give sentences in order, apart and each the article's text at its
//! place. Seed it with `tests/fixtures/*.txt` and `tests/fixtures/transcripts/webvtt-py/*`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(article) = claimmark::article::read_article(data, "t.txt") {
        let text = article.document.text();
        let chars: Vec<char> = text.chars().collect();
        let mut after = 0;
        for s in claimmark::suggest::sentences(text) {
            assert!(after <= s.start && s.start < s.end && s.end <= chars.len());
            assert_eq!(chars[s.start..s.end].iter().collect::<String>(), s.text);
            let _ = claimmark::suggest::reasons::reasons(&s.text);
            after = s.end;
        }
    }
});
