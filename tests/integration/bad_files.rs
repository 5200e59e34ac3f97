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
        Expect::Flagged(
            0,
            &["1 annotation(s) whose offsets did not match were found again"],
        ),
    ),
    (
        "end-before-start.ron",
        Expect::Flagged(0, &["found again by their text"]),
    ),
    (
        "text-mismatch.ron",
        Expect::Flagged(0, &["1 moved onto changed text", "moved — check"]),
    ),
    (
        "edited-article.ron",
        Expect::Flagged(
            0,
            &[
                "changed outside claimmark",
                "4 annotation(s) whose offsets did not match were found again",
            ],
        ),
    ),
    (
        "not-ron-json.ron",
        Expect::Error(&["line 1, column 1", "Expected opening"]),
    ),
    ("plain-text.ron", Expect::Error(&["line 1, column 1"])),
    (
        "wrong-type-version.ron",
        Expect::Error(&["line 3", "Expected integer"]),
    ),
    ("float-offset.ron", Expect::Error(&["line", "start: 0.5"])),
    ("missing-text-field.ron", Expect::Error(&["text"])),
    (
        "text-not-a-list.ron",
        Expect::Error(&["line 10", "Expected opening `[`"]),
    ),
    ("unclosed-string.ron", Expect::Error(&["line"])),
    ("bad-escape.ron", Expect::Error(&["line", "escape"])),
    ("bad-unicode-escape.ron", Expect::Error(&["line"])),
    ("version-zero.ron", Expect::Error(&["version 0"])),
    (
        "version-huge.ron",
        Expect::Error(&["version 18446744073709551615"]),
    ),
    (
        "version-negative.ron",
        Expect::Error(&["line 3", "out of bounds"]),
    ),
    ("huge-id.ron", Expect::Error(&["line", "id:"])),
    (
        "annotations-not-list.ron",
        Expect::Error(&["annotations: 5"]),
    ),
    ("null-bytes.ron", Expect::Flagged(0, &["version 1"])),
    ("invalid-utf8.ron", Expect::Error(&["not UTF-8"])),
    ("only-bom.ron", Expect::Error(&["line 1"])),
    ("whitespace-only.ron", Expect::Error(&["line 1"])),
    ("deep-list.ron", Expect::Error(&["line 1"])),
    ("long-line.ron", Expect::Error(&["line 1"])),
    ("trailing-garbage.ron", Expect::Error(&["trailing"])),
    (
        "zero-length-span.ron",
        Expect::Flagged(0, &["found again by their text"]),
    ),
    (
        "unknown-article-field.ron",
        Expect::Error(&["line 8", "author"]),
    ),
    (
        "empty-struct.ron",
        Expect::Error(&["not a claimmark annotation file"]),
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
                let notices = opened.describe_notices();
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
fn oversized_unreadable_and_binary_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    // 100 MB (sparse, so the test stays fast): refused by size before it is read.
    let huge = dir.path().join("huge.ron");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let started = Instant::now();
    let message = io::open(&huge).unwrap_err().to_string();
    assert!(message.contains("larger than"), "{message}");
    assert!(started.elapsed() < Duration::from_secs(1));
    let huge_article = dir.path().join("huge.txt");
    std::fs::File::create(&huge_article)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    assert!(
        io::open(&huge_article)
            .unwrap_err()
            .to_string()
            .contains("larger than")
    );
    // Binary junk named like an article.
    let junk = dir.path().join("junk.txt");
    std::fs::write(&junk, [0x7f, b'E', b'L', b'F', 0, 0, 1, 2, 0xff]).unwrap();
    let message = io::open(&junk).unwrap_err().to_string();
    assert!(message.contains("binary file"), "{message}");
    // No read permission (root reads it anyway; then it must simply open).
    let locked = dir.path().join("locked.ron");
    std::fs::copy(bad("text-mismatch.ron"), &locked).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    }
    match io::open(&locked) {
        Err(e) => assert!(e.to_string().contains("locked.ron"), "{e}"),
        Ok(opened) => assert_eq!(opened.annotations.len(), 9),
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
