//! A save can be interrupted at any moment (power cut, `kill -9`) without damage: a child
//! process saves again and again and is killed with SIGKILL at random moments, 200 times; the
//! file must always parse and equal one of the states it was saved in.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use claimmark::io;
use claimmark::model::{Annotation, AnnotationId, AnnotationSet, Document, RatingScale, Span, Tag};

const CHILD: &str = "CLAIMMARK_TEST_SAVER";

fn document() -> Document {
    claimmark::app::sample().document
}

/// The k-th saved state: the first k annotations of a fixed sequence.
fn state(document: &Document, k: usize) -> AnnotationSet {
    let len = document.char_len();
    let list = (1..=k)
        .filter_map(|i| {
            let start = (i * 37) % (len - 20);
            Annotation::new(
                AnnotationId(i as u64),
                Tag::ALL[i % 3],
                Span::new(start, start + 5 + i % 11),
                document,
                "2026-11-27T00:00:00Z",
            )
        })
        .collect();
    AnnotationSet::from_annotations(list).unwrap()
}

fn save(path: &Path, document: &Document, set: &AnnotationSet) {
    io::save(path, document, set, &RatingScale::default()).unwrap();
}

/// Not a test of its own: the child that `killed_saves_always_leave_a_whole_file` starts
/// (with `--ignored`) saves states 1, 2, 3, … until killed.
#[test]
#[ignore = "run by killed_saves_always_leave_a_whole_file as its child process"]
fn saver_child() {
    let path = std::env::var_os(CHILD).expect("started as the saver child, with its file named");
    let document = document();
    for k in 1..100_000 {
        save(Path::new(&path), &document, &state(&document, k));
    }
}

#[test]
fn killed_saves_always_leave_a_whole_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("work.ron");
    let document = document();
    save(&path, &document, &state(&document, 0));
    let mut seed = 0x5eed_u64;
    let mut seen_states = std::collections::BTreeSet::new();
    for round in 0..200 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "crash_safe_save::saver_child",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD, &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        std::thread::sleep(Duration::from_micros(2_000 + (seed >> 33) % 30_000));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let opened = io::open(&path).unwrap_or_else(|e| panic!("round {round}: {e}"));
        let k = opened.annotations.len();
        assert_eq!(
            opened.annotations,
            state(&document, k),
            "round {round}: a whole saved state"
        );
        assert_eq!(opened.document, document);
        seen_states.insert(k);
    }
    assert!(
        seen_states.len() > 5,
        "kills landed at many different moments: {seen_states:?}"
    );
}
