//! Damaged and mismatching annotation files: each gives a clear error naming the file and the
//! place, or loads with the mismatching annotations flagged, never a panic, never a silent drop.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use claimmark::io;

fn bad(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/bad")
        .join(name)
}

enum Expect {
    /// Refused; the message contains every one of these.
    Error(&'static [&'static str]),
    /// Loaded with this many flagged annotations and notices containing these words.
    Flagged(usize, &'static [&'static str]),
}

const CASES: &[(&str, Expect)] = &[
    ("truncated.ron", Expect::Error(&["truncated.ron", "line"])),
    ("empty.ron", Expect::Error(&["empty.ron", "line 1"])),
    (
        "not-claimmark.ron",
        Expect::Error(&["not a claimmark annotation file"]),
    ),
    (
        "unknown-version.ron",
        Expect::Error(&["version 99", "newer claimmark"]),
    ),
    (
        "wrong-type-start.ron",
        Expect::Error(&["line 31", "start: \"zero\"", "Expected integer"]),
    ),
    ("negative-offset.ron", Expect::Error(&["line", "column"])),
    ("huge-offset.ron", Expect::Error(&["line", "column"])),
    ("duplicate-ids.ron", Expect::Error(&["line 41", "id 1"])),
    ("unknown-field.ron", Expect::Error(&["colour"])),
    ("unknown-tag.ron", Expect::Error(&["Footnote"])),
    ("binary-junk.ron", Expect::Error(&["not UTF-8"])),
    ("deeply-nested.ron", Expect::Error(&["line 1"])),
    ("missing-annotations.ron", Expect::Error(&["annotations"])),
    (
        "offsets-past-end.ron",
        Expect::Flagged(1, &["no longer match"]),
    ),
    (
        "end-before-start.ron",
        Expect::Flagged(1, &["no longer match"]),
    ),
    (
        "text-mismatch.ron",
        Expect::Flagged(1, &["no longer match"]),
    ),
    (
        "edited-article.ron",
        Expect::Flagged(4, &["changed outside claimmark", "no longer match"]),
    ),
];

#[test]
fn every_bad_file_gives_a_clear_outcome() {
    let listed = std::fs::read_dir(bad("")).unwrap().count();
    assert_eq!(listed, CASES.len(), "every fixture has an expectation");
    for (name, expect) in CASES {
        let started = Instant::now();
        let result = io::open(&bad(name));
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "{name} took {:?}",
            started.elapsed()
        );
        match (expect, result) {
            (Expect::Error(words), Err(error)) => {
                let message = error.to_string();
                assert!(message.contains(name), "{name}: {message}");
                for word in *words {
                    assert!(message.contains(word), "{name}: {message:?} lacks {word:?}");
                }
            }
            (Expect::Flagged(count, words), Ok(opened)) => {
                assert_eq!(opened.annotations.flagged_count(), *count, "{name}");
                assert_eq!(opened.annotations.len(), 9, "{name}: nothing dropped");
                let notices = opened.notices.join(" ");
                for word in *words {
                    assert!(notices.contains(word), "{name}: {notices:?} lacks {word:?}");
                }
            }
            (Expect::Error(_), Ok(_)) => panic!("{name} should have been refused"),
            (Expect::Flagged(..), Err(error)) => panic!("{name} should have loaded: {error}"),
        }
    }
}

#[test]
fn a_folder_and_a_missing_file_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let folder = io::open(dir.path()).unwrap_err().to_string();
    assert!(folder.contains("is a folder"), "{folder}");
    let missing = io::open(&dir.path().join("gone.ron"))
        .unwrap_err()
        .to_string();
    assert!(missing.contains("gone.ron"), "{missing}");
}
