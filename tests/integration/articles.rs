//! Every shared test article opens correctly, and the independently computed reference spans
//! tag exactly the reference text; saving and reopening changes nothing.

use std::path::Path;

use claimmark::io;
use claimmark::model::{Annotation, AnnotationId, Span, Tag};
use claimmark::session::Session;

use super::util::fixture;

fn reference() -> serde_json::Value {
    let text = std::fs::read_to_string(fixture("reference-spans.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn reference_spans_match_on_every_article() {
    let reference = reference();
    let articles = reference["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 4);
    for article in articles {
        let file = article["file"].as_str().unwrap();
        let opened = io::open(&fixture(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let doc = &opened.document;
        assert_eq!(
            doc.char_len() as u64,
            article["chars"].as_u64().unwrap(),
            "{file}"
        );
        assert_eq!(
            doc.text().len() as u64,
            article["utf8_bytes"].as_u64().unwrap(),
            "{file}"
        );
        assert_eq!(doc.sha256(), article["sha256"].as_str().unwrap(), "{file}");
        let is_cp1252 = article["encoding"] == "cp1252";
        assert_eq!(
            opened.describe_notices().contains("windows-1252"),
            is_cp1252,
            "{file}"
        );

        let mut session = Session::new(opened.document.clone(), opened.annotations.clone(), None);
        for span in article["spans"].as_array().unwrap() {
            let tag = Tag::from_name(span["tag"].as_str().unwrap()).unwrap();
            let start = span["start"].as_u64().unwrap() as usize;
            let end = span["end"].as_u64().unwrap() as usize;
            let expected = span["text"].as_str().unwrap();
            let byte_start = span["byte_start"].as_u64().unwrap() as usize;
            let byte_end = span["byte_end"].as_u64().unwrap() as usize;
            assert_eq!(
                session.document().byte_of_char(start),
                byte_start,
                "{file} {expected}"
            );
            assert_eq!(
                session.document().byte_of_char(end),
                byte_end,
                "{file} {expected}"
            );
            assert_eq!(
                session.document().char_of_byte(byte_start),
                start,
                "{file} {expected}"
            );
            let id = session
                .tag(Span::new(start, end), tag, "2026-11-27T00:00:00Z")
                .unwrap();
            let annotation = session.annotations().get(id).unwrap();
            assert_eq!(annotation.text, expected, "{file}");
            assert_eq!(
                annotation.span,
                Span::new(start, end),
                "{file}: reference spans have no outer spaces"
            );
        }

        let dir = tempfile::tempdir().unwrap();
        let saved = dir.path().join("a.ron");
        io::save(
            &saved,
            session.document(),
            session.annotations(),
            &session.scale,
        )
        .unwrap();
        let reopened = io::open(&saved).unwrap();
        assert_eq!(&reopened.document, session.document(), "{file}");
        assert_eq!(&reopened.annotations, session.annotations(), "{file}");
        assert!(
            reopened.notices.is_empty(),
            "{file}: {:?}",
            reopened.notices
        );
        let first = std::fs::read(&saved).unwrap();
        io::save(
            &saved,
            &reopened.document,
            &reopened.annotations,
            &reopened.scale,
        )
        .unwrap();
        assert_eq!(
            first,
            std::fs::read(&saved).unwrap(),
            "{file}: saves are byte-identical"
        );
    }
}

#[test]
fn bundled_sample_is_annotated_as_promised() {
    let sample = claimmark::app::sample();
    let set = &sample.annotations;
    let [claims, quotes, citations] = set.counts();
    assert!(
        claims >= 3 && quotes >= 2 && citations >= 3,
        "{claims} {quotes} {citations}"
    );
    assert_eq!(set.flagged_count(), 0);
    let all: Vec<&Annotation> = set.in_order().collect();
    let nested = all.iter().any(|outer| {
        all.iter()
            .any(|inner| inner.id != outer.id && outer.span.contains_span(&inner.span))
    });
    assert!(nested, "one annotation is nested in another");
    let on_disk = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample-openai-microsoft.txt"),
    )
    .unwrap();
    assert_eq!(sample.document.text(), on_disk);
    assert!(set.get(AnnotationId(1)).is_some());
}

/// A Markdown article no one here wrote: the README of the CheckThat! 2020 task 1 repository
/// (`sshaar/clef2020-factchecking-task1`, commit ff5169f5f93559db02efa35b4c5712ec95fff9b8),
/// with a fenced block, emphasis, nested lists and links. It opens as its words without
/// markup, its links kept as citation targets, and the sentence splitter gives back the text
/// at every place.
#[test]
fn a_markdown_readme_from_another_project_opens_as_plain_text_with_its_links() {
    let opened = io::open(&fixture("markdown/clef2020-checkthat-task1-README.md")).unwrap();
    let text = opened.document.text();
    assert!(
        text.starts_with("CLEF2020-CheckThat! Task 1 on Check-Worthiness for Tweets\n"),
        "{}",
        &text[..80]
    );
    for markup in ["](", "__", "## ", "````"] {
        assert!(!text.contains(markup), "{markup:?} left in the text");
    }
    assert!(text.contains("Table of contents:"));
    assert!(text.contains("The training dataset has been extended to 672 annotated tweets"));
    assert!(
        opened
            .links
            .iter()
            .any(|(label, url)| label == "CLEF2020-CheckThat! task 1"
                && url.starts_with("https://sites.google.com/view/clef2020-checkthat/")),
        "{:?}",
        &opened.links[..3]
    );
    let sentences = claimmark::suggest::sentences(text);
    assert!(sentences.len() > 50, "{}", sentences.len());
    for sentence in &sentences {
        assert_eq!(
            opened
                .document
                .slice(Span::new(sentence.start, sentence.end)),
            Some(sentence.text.as_str())
        );
    }
}
