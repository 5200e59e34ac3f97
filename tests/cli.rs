//! The command line, run as a user would: exit codes, messages, outputs.

use std::path::Path;
use std::process::Command;

fn claimmark() -> Command {
    Command::new(env!("CARGO_BIN_EXE_claimmark"))
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn export_writes_each_format() {
    let dir = tempfile::tempdir().unwrap();
    for (format, needle) in [
        ("markdown", "# Fact-check report"),
        ("html", "<!DOCTYPE html>"),
        ("csv", "id,tag,start,end,text"),
    ] {
        let out = dir.path().join(format!("report.{format}"));
        let status = claimmark()
            .args([
                "export",
                "--format",
                format,
                &fixture("v1/sample-v1.ron"),
                "-o",
            ])
            .arg(&out)
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
        let written = std::fs::read_to_string(&out).unwrap();
        assert!(written.contains(needle), "{format}");
    }
    let stdout = claimmark()
        .args(["export", "-f", "csv", &fixture("v1/sample-v1.ron")])
        .output()
        .unwrap();
    assert!(stdout.status.success());
    let mut reader = csv::Reader::from_reader(stdout.stdout.as_slice());
    assert_eq!(reader.records().count(), 9, "one row per annotation");
}

#[test]
fn export_of_a_bad_file_fails_clearly() {
    let run = claimmark()
        .args([
            "export",
            "--format",
            "html",
            &fixture("bad/duplicate-ids.ron"),
        ])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("duplicate-ids.ron") && stderr.contains("line 41"),
        "{stderr}"
    );
    assert!(run.stdout.is_empty());

    let run = claimmark()
        .args([
            "export",
            "--format",
            "html",
            &fixture("sample-openai-microsoft.txt"),
        ])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("is an article"));

    let run = claimmark()
        .args(["export", "--format", "pdf", &fixture("v1/sample-v1.ron")])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2), "clap rejects an unknown format");
}

#[test]
fn help_and_version() {
    let help = claimmark().arg("--help").output().unwrap();
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("export"));
    let version = claimmark().arg("--version").output().unwrap();
    assert!(String::from_utf8_lossy(&version.stdout).contains(env!("CARGO_PKG_VERSION")));
}
