//! Several claimmark processes on one desk at once (the app refreshing while a terminal
//! searches, two terminals, a script in a loop), and an index deleted or damaged between runs:
//! every run answers, and answers the same.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::desk::write_article;

/// A desk of `n` articles, each with one claim naming its number.
fn desk_of(folder: &Path, n: usize) {
    for i in 0..n {
        let text = format!(
            "Report {i}. The council said the harbour tunnel number {i} cost 40 million euros."
        );
        let claim = format!("the harbour tunnel number {i} cost 40 million euros");
        write_article(
            &folder.join(format!("a{i:03}.ron")),
            &text,
            &[(claim.as_str(), None)],
        );
    }
}

/// Starts `count` `claimmark search` processes at once and waits for all of them.
fn search_together(folder: &Path, cache: &Path, count: usize) -> Vec<std::process::Output> {
    let children: Vec<_> = (0..count)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_claimmark"))
                .env("CLAIMMARK_CACHE_DIR", cache)
                .arg("search")
                .arg(folder)
                .args(["harbour tunnel 17", "--json", "--limit", "3"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect()
}

fn first_file(output: &std::process::Output) -> String {
    let hits: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {} / {}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    });
    hits[0]["file"].as_str().unwrap_or_default().to_owned()
}

fn assert_all_answer(outputs: &[std::process::Output]) {
    for output in outputs {
        assert_eq!(
            output.status.code(),
            Some(0),
            "stderr: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(first_file(output), "a017.ron");
    }
}

#[test]
fn processes_started_together_on_a_fresh_desk_all_answer() {
    let folder = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    desk_of(folder.path(), 300);
    let outputs = search_together(folder.path(), cache.path(), 6);
    assert_all_answer(&outputs);
    // The ones that came second were told why they waited, in words, not the engine's.
    for output in &outputs {
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(!said.contains("LockBusy"), "{said}");
    }

    // A file changes while four more start together: all see the change.
    write_article(
        &folder.path().join("a017.ron"),
        "Report 17. The harbour tunnel number 17 cost 90 million euros, the council said.",
        &[("The harbour tunnel number 17 cost 90 million euros", None)],
    );
    let outputs = search_together(folder.path(), cache.path(), 4);
    assert_all_answer(&outputs);
    for output in &outputs {
        let hits: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert!(
            hits[0]["text"].as_str().unwrap().contains("90 million"),
            "{}",
            hits[0]
        );
    }
}

/// Something done to the index folder between two runs.
type Damage = dyn Fn(&Path);

#[test]
fn an_index_deleted_or_damaged_between_runs_is_built_again_and_said_once() {
    let folder = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    desk_of(folder.path(), 40);
    assert_all_answer(&search_together(folder.path(), cache.path(), 1));
    let index = crate::util::desk_cache_folder(cache.path()).join("index");

    let damages: [(&str, &Damage); 5] = [
        ("deleted", &|index: &Path| {
            std::fs::remove_dir_all(index).unwrap()
        }),
        ("the list of files garbled", &|index: &Path| {
            std::fs::write(index.parent().unwrap().join("files.json"), b"{ not json").unwrap()
        }),
        ("what the files gave cut short", &|index: &Path| {
            let outcomes = index.parent().unwrap().join("outcomes.jsonl");
            let bytes = std::fs::read(&outcomes).unwrap();
            std::fs::write(&outcomes, &bytes[..bytes.len() / 2]).unwrap()
        }),
        ("meta.json garbled", &|index: &Path| {
            std::fs::write(index.join("meta.json"), b"{ not json").unwrap()
        }),
        ("a segment file gone", &|index: &Path| {
            let segment = std::fs::read_dir(index)
                .unwrap()
                .map(|e| e.unwrap().path())
                .find(|p| p.extension().is_some_and(|e| e == "idx"))
                .unwrap();
            std::fs::remove_file(segment).unwrap();
        }),
    ];
    for (what, damage) in damages {
        damage(&index);
        let outputs = search_together(folder.path(), cache.path(), 3);
        assert_all_answer(&outputs);
        let told: usize = outputs
            .iter()
            .filter(|o| String::from_utf8_lossy(&o.stderr).contains("built again"))
            .count();
        assert_eq!(told, 1, "{what}: said once, by the run that rebuilt it");
        // The next run finds it whole and says nothing.
        let next = search_together(folder.path(), cache.path(), 1);
        assert_all_answer(&next);
        assert!(
            !String::from_utf8_lossy(&next[0].stderr).contains("built again"),
            "{what}"
        );
    }
}
