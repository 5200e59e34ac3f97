//! Fuzzes the transcript readers (SubRip, WebVTT, tab-separated debates, speaker lines): any
//! bytes must become a transcript whose timed runs fit its text, or be refused. Seed it with
//! `tests/fixtures/transcripts/webvtt-py/*`.
#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 4] = ["t.srt", "t.vtt", "t.tsv", "t.txt"];

fuzz_target!(|data: &[u8]| {
    let name = NAMES[usize::from(data.first().copied().unwrap_or(0) % 4)];
    if let Ok(article) = claimmark::article::read_article(data, name) {
        if let Some(timeline) = article.document.timeline() {
            assert_eq!(timeline.problem(article.document.char_len()), None);
        }
    }
});
