//! The command line, run as a user would: exit codes, messages, outputs.

use std::path::Path;

use super::util::{claimmark, fixture_arg as fixture};

#[test]
fn export_writes_each_format() {
    let dir = tempfile::tempdir().unwrap();
    for (format, needle) in [
        ("markdown", "# Fact-check report"),
        ("html", "<!DOCTYPE html>"),
        ("csv", "id,tag,start,end,text"),
    ] {
        let out = dir.path().join(format!("report.{format}"));
        let _status = claimmark()
            .args([
                "export",
                "--format",
                format,
                &fixture("v1/sample-v1.ron"),
                "-o",
            ])
            .arg(&out)
            .run();
        let written = std::fs::read_to_string(&out).unwrap();
        assert!(written.contains(needle), "{format}");
    }
    let stdout = claimmark()
        .args(["export", "-f", "csv", &fixture("v1/sample-v1.ron")])
        .run();
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
        .expect_code(2);
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
        .expect_code(2);
    assert!(String::from_utf8_lossy(&run.stderr).contains("is an article"));

    // clap rejects an unknown format.
    claimmark()
        .args(["export", "--format", "pdf", &fixture("v1/sample-v1.ron")])
        .expect_code(2);
}

#[test]
fn help_and_version() {
    let help = claimmark().arg("--help").run();
    assert!(String::from_utf8_lossy(&help.stdout).contains("export"));
    let version = claimmark().arg("--version").output();
    assert!(String::from_utf8_lossy(&version.stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn check_and_stats_report_with_exit_codes() {
    let _ok = claimmark()
        .args(["check", &fixture("v1/sample-v1.ron")])
        .expect_code(1);
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("fresh.ron");
    let opened = claimmark::io::open(Path::new(&fixture("v1/sample-v1.ron"))).unwrap();
    claimmark::io::save(&fresh, &opened.document, &opened.annotations, &opened.scale).unwrap();
    let ok = claimmark().arg("check").arg(&fresh).expect_code(0);
    assert!(String::from_utf8_lossy(&ok.stdout).contains("ok (9 annotations)"));
    let _bad = claimmark()
        .args(["check", &fixture("bad/duplicate-ids.ron")])
        .expect_code(2);
    let stats = claimmark().arg("stats").arg(&fresh).output();
    let text = String::from_utf8_lossy(&stats.stdout);
    assert!(text.contains("claims 4, quotes 2, citations 3"), "{text}");
    assert!(
        text.contains("To check:") && text.contains("none yet:"),
        "{text}"
    );
}

#[test]
fn export_and_import_other_formats() {
    let dir = tempfile::tempdir().unwrap();
    let sample = fixture("v1/sample-v1.ron");
    let w3c = dir.path().join("a.jsonld");
    claimmark()
        .args(["export", "-f", "w3c", &sample, "-o"])
        .arg(&w3c)
        .run();
    let review = claimmark()
        .args(["export", "-f", "claimreview", &sample])
        .run();
    assert!(String::from_utf8_lossy(&review.stderr).contains("no verdict yet"));
    let base = dir.path().join("brat");
    claimmark()
        .args(["export", "-f", "brat", &sample, "-o"])
        .arg(&base)
        .run();
    let article = dir.path().join("brat.txt");
    // Import each back and compare with the original.
    let original = claimmark::io::open(Path::new(&sample)).unwrap();
    for (from, inputs) in [
        ("w3c", vec![w3c.clone(), article.clone()]),
        ("brat", vec![dir.path().join("brat.ann")]),
    ] {
        let out = dir.path().join(format!("{from}.ron"));
        let run = claimmark()
            .args(["import", "--from", from])
            .args(&inputs)
            .arg("-o")
            .arg(&out)
            .expect_code(0);
        assert!(
            String::from_utf8_lossy(&run.stdout).contains("9 imported"),
            "{from}"
        );
        let back = claimmark::io::open(&out).unwrap();
        let key = |s: &claimmark::model::AnnotationSet| {
            s.in_order()
                .map(|a| (a.tag, a.span, a.text.clone(), a.note.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(key(&back.annotations), key(&original.annotations), "{from}");
    }
    let bad = claimmark()
        .args([
            "import",
            "--from",
            "doccano",
            &fixture("sample-openai-microsoft.txt"),
            "-o",
        ])
        .arg(dir.path().join("x.ron"))
        .expect_code(2);
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not valid JSON"));
}

/// A file with several documents (doccano JSONL) imports into a folder, one `.ron` per
/// document named by its id; anything converted or skipped gives exit code 1 and is listed.
#[test]
fn import_of_several_documents_writes_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("export.jsonl");
    std::fs::write(
        &export,
        "{\"id\": 11, \"text\": \"The claim is here.\", \"label\": [[4, 9, \"CLAIM\"]]}\n\
         {\"id\": 12, \"text\": \"😀 Another claim.\", \"label\": [[11, 16, \"CLAIM\"], [0, 2, \"EMOJI\"]]}\n",
    )
    .unwrap();
    let out = dir.path().join("imported");
    let run = claimmark()
        .args(["import", "--from", "doccano"])
        .arg(&export)
        .arg("-o")
        .arg(&out)
        .output();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("doccano-11 →") && stdout.contains("doccano-12 →"),
        "{stdout}"
    );
    assert!(stdout.contains("wrote 2 files"), "{stdout}");
    assert!(
        stdout.contains("labels not mapped") && stdout.contains("EMOJI (1)"),
        "{stdout}"
    );
    let second = claimmark::io::open(&out.join("doccano-12.ron")).unwrap();
    let texts: Vec<String> = second
        .annotations
        .in_order()
        .map(|a| a.text.clone())
        .collect();
    assert_eq!(texts, ["claim"]);
    // A .ron name for several documents is refused with what to do.
    let run = claimmark()
        .args(["import", "--from", "doccano"])
        .arg(&export)
        .arg("-o")
        .arg(dir.path().join("one.ron"))
        .expect_code(2);
    assert!(String::from_utf8_lossy(&run.stderr).contains("give a folder with -o"));
}

/// `claimmark new` turns saved pages and texts into annotation files; `export --format text`
/// gives the article's text back exactly.
#[test]
fn new_files_from_articles_and_text_export() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("story.html");
    std::fs::write(
        &page,
        "<html><head><title>Story</title></head><body><nav>Menu</nav><article>\
         <h1>Bridge cost doubled</h1><p>The new bridge over the Elbe cost €1.8 billion, \
         twice its original budget, the city said on Tuesday.</p></article></body></html>",
    )
    .unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "Line one 😀\r\nLine two\r\n").unwrap();
    let out = dir.path().join("desk");
    let _run = claimmark()
        .arg("new")
        .arg(&page)
        .arg(&text)
        .arg("-o")
        .arg(&out)
        .expect_code(0);
    let story = claimmark::io::open(&out.join("story.ron")).unwrap();
    assert!(story.annotations.is_empty());
    assert!(story.document.text().contains("twice its original budget"));
    assert!(!story.document.text().contains("Menu"));
    let exported = claimmark()
        .args(["export", "--format", "text"])
        .arg(out.join("notes.ron"))
        .run();
    assert_eq!(
        String::from_utf8_lossy(&exported.stdout),
        "Line one 😀\nLine two\n"
    );
    // Existing files are never overwritten.
    let again = claimmark()
        .arg("new")
        .arg(&text)
        .arg("-o")
        .arg(&out)
        .expect_code(2);
    assert!(String::from_utf8_lossy(&again.stdout).contains("exists"));
}

#[test]
fn export_writes_a_report_in_the_language_asked_for_and_says_so_in_english() {
    let sample = fixture("v1/sample-v1.ron");
    let english = claimmark().args(["export", "-f", "html", &sample]).run();
    let english = String::from_utf8_lossy(&english.stdout).into_owned();
    assert!(
        english.contains(r#"<html lang="en" dir="ltr">"#),
        "{english}"
    );
    assert!(english.contains("Fact-check report"));

    let spanish = claimmark()
        .args(["export", "-f", "markdown", "--lang", "es", &sample])
        .run();
    let spanish = String::from_utf8_lossy(&spanish.stdout).into_owned();
    assert!(spanish.contains("Informe de verificación"), "{spanish}");
    assert!(spanish.contains("Afirmaciones"), "{spanish}");

    let reviewed = format!(
        "{}/assets/sample-openai-microsoft.ron",
        env!("CARGO_MANIFEST_DIR")
    );
    let arabic = claimmark()
        .args(["export", "-f", "html", "--lang", "ar", &reviewed])
        .run();
    let arabic = String::from_utf8_lossy(&arabic.stdout).into_owned();
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl">"#), "{arabic}");
    assert!(arabic.contains("تقرير التحقق"), "{arabic}");
    // The file's own words are not translated: its verdicts stay as written.
    assert!(
        arabic.contains("Mostly true") || arabic.contains("True"),
        "{arabic}"
    );

    // An unknown language is refused by the command line, in English.
    let refused = claimmark()
        .args(["export", "-f", "html", "--lang", "xx", &sample])
        .expect_code(2);
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("invalid value 'xx'"), "{stderr}");
}
