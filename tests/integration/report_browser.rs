//! The published report as a reader meets it, in a real browser: headless Chromium (Debian's
//! `/usr/bin/chromium`) driven by `tests/browser/check-report.mjs` (Playwright), at 360 px
//! and 1280 px, printed to an A4 PDF (pages read back by poppler's `pdftotext`), and checked
//! by axe-core in the light and dark themes. `.ci/run` installs Chromium, poppler and the two
//! npm packages and sets `CLAIMMARK_REQUIRE_TOOLS`, so there these tests must run; elsewhere
//! they say what is missing and pass.

use std::path::{Path, PathBuf};
use std::process::Command;

use claimmark::i18n::{Language, set_language};
use claimmark::model::{
    Annotation, AnnotationId, AnnotationSet, ClaimStatus, Document, Evidence, RatingScale, Span,
    Tag,
};
use claimmark::report::{PageOptions, Report, to_annotated_html};
use serde_json::Value;

use super::util::claimmark;

fn browser_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

/// True when node, Chromium, poppler and the npm packages are here; when
/// `CLAIMMARK_REQUIRE_TOOLS` is set they must be.
fn browser_ready() -> bool {
    let missing: Vec<&str> = [
        (
            "node",
            Command::new("node").arg("--version").output().is_ok(),
        ),
        ("chromium", Path::new("/usr/bin/chromium").exists()),
        (
            "pdftotext",
            Command::new("pdftotext").arg("-v").output().is_ok(),
        ),
        (
            "tests/browser/node_modules",
            browser_folder()
                .join("node_modules/playwright-core")
                .exists()
                && browser_folder().join("node_modules/axe-core").exists(),
        ),
    ]
    .into_iter()
    .filter(|(_, here)| !here)
    .map(|(name, _)| name)
    .collect();
    if missing.is_empty() {
        return true;
    }
    assert!(
        std::env::var_os("CLAIMMARK_REQUIRE_TOOLS").is_none(),
        "the browser checks need {missing:?} (apt-get install chromium poppler-utils; \
         npm ci --prefix tests/browser)"
    );
    eprintln!("note: {missing:?} not installed; the report was not checked in a browser");
    false
}

/// What `check-report.mjs` saw in each report. With `CLAIMMARK_REPORT_SHOTS=DIR` it also
/// leaves a screenshot of each at both widths there (the README's come from this).
fn check_in_browser(reports: &[PathBuf]) -> Vec<Value> {
    let mut command = Command::new("node");
    command.arg(browser_folder().join("check-report.mjs"));
    if let Some(folder) = std::env::var_os("CLAIMMARK_REPORT_SHOTS") {
        command.arg("--screenshots").arg(folder);
    }
    let out = command.args(reports).output().unwrap();
    assert!(
        out.status.success(),
        "check-report.mjs failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// A long article, as a debate transcript reads: 60 paragraphs, a claim in most of them with
/// a verdict, a rationale of several lines and evidence, quotes with speakers and citations.
fn long_article() -> (Document, AnnotationSet) {
    let speakers = ["MODERATOR", "SEN. ALVAREZ", "GOV. OKAFOR"];
    let mut text = String::from("Second presidential debate, annotated\n\n");
    let mut spans = Vec::new();
    for n in 0..60 {
        let speaker = speakers[n % 3];
        let claim = format!(
            "Unemployment fell by {n}.{} percent in the {} years since the plan began",
            n % 10,
            n % 7 + 2
        );
        let start = text.chars().count() + speaker.chars().count() + 2;
        spans.push((start, claim.chars().count(), n));
        text.push_str(&format!(
            "{speaker}: {claim}, and I will say it again tonight [{}]. Our opponents have \
             never explained where the money for their promises would come from, and the \
             voters of this state deserve an answer before they decide.\n\n",
            n + 1
        ));
    }
    let doc = Document::new(
        text,
        Some("https://debates.example/second".to_owned()),
        "utf-8",
    );
    // Every verdict of the default scale but "Unverifiable".
    let verdicts: Vec<String> = RatingScale::default()
        .ratings
        .into_iter()
        .map(|r| r.label)
        .take(6)
        .collect();
    let t = "2026-12-01T09:00:00Z";
    let mut annotations = Vec::new();
    for (i, (start, len, n)) in spans.into_iter().enumerate() {
        if n % 5 == 4 {
            continue;
        }
        let id = annotations.len() as u64 + 1;
        let mut claim = Annotation::new(
            AnnotationId(id),
            Tag::Claim,
            Span::new(start, start + len),
            &doc,
            t,
        )
        .unwrap();
        claim.review.status = if n % 3 == 0 {
            ClaimStatus::Done
        } else {
            ClaimStatus::NeedsSecondReview
        };
        if n % 4 != 3 {
            claim.review.verdict = Some(verdicts[i % verdicts.len()].clone());
        }
        claim.review.claimant = "Sen. Alvarez".to_owned();
        claim.review.rationale = format!(
            "The state's labour office reports a fall of {}.{} points over the period.\n\
             The figure the senator gives counts only the last quarter, which was the best.\n\
             Seasonally adjusted, the change is smaller still.",
            n / 3,
            n % 9
        );
        claim.review.evidence = vec![Evidence {
            reference: format!("https://labour.example/series/{n}"),
            title: format!("Labour office series {n}"),
            note: "table 2".to_owned(),
            accessed: "2026-12-01".to_owned(),
            archived: None,
        }];
        claim.review.modified_by = "Ana Müller".to_owned();
        annotations.push(claim);
    }
    (doc, AnnotationSet::from_annotations(annotations).unwrap())
}

fn write(folder: &Path, name: &str, html: &str) -> PathBuf {
    let path = folder.join(name);
    std::fs::write(&path, html).unwrap();
    path
}

#[test]
fn the_published_report_reads_well_on_a_phone_a_desktop_and_paper_and_passes_axe() {
    if !browser_ready() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample-openai-microsoft.ron");
    let mut reports = Vec::new();
    for (lang, name) in [
        ("en", "sample.html"),
        ("es", "sample-es.html"),
        ("ar", "sample-ar.html"),
    ] {
        let out = dir.path().join(name);
        claimmark()
            .args(["export", "-f", "html", "--lang", lang])
            .arg(&sample)
            .arg("-o")
            .arg(&out)
            .run();
        reports.push(out);
    }
    let (doc, set) = long_article();
    let scale = RatingScale::default();
    let long = to_annotated_html(&Report::new(&doc, &set, &scale), &PageOptions::default());
    reports.push(write(dir.path(), "debate.html", &long));
    set_language(Language::Arabic);
    // A short Arabic article (fictional, written for this test).
    let arabic_text = "مجلس المدينة يوافق على سندات خضراء\n\nقال رئيس البلدية إن المدينة ستخفض \
                       انبعاثاتها بنسبة 40٪ قبل عام 2030. لكن تقرير المناخ الصادر عن المدينة \
                       يتوقع خفضًا بنسبة 18٪ فقط [1].\n\nوأضاف أن 12 ألف أسرة ستستفيد من البرنامج.";
    let arabic_doc = Document::new(arabic_text.to_owned(), None, "utf-8");
    let claim_words = "ستخفض انبعاثاتها بنسبة 40٪ قبل عام 2030";
    let arabic_claim = arabic_text[..arabic_text.find(claim_words).unwrap()]
        .chars()
        .count();
    let arabic_set = AnnotationSet::from_annotations(vec![
        Annotation::new(
            AnnotationId(1),
            Tag::Claim,
            Span::new(arabic_claim, arabic_claim + claim_words.chars().count()),
            &arabic_doc,
            "2026-12-01T09:00:00Z",
        )
        .unwrap(),
    ])
    .unwrap();
    let rtl = to_annotated_html(
        &Report::new(&arabic_doc, &arabic_set, &scale),
        &PageOptions::default(),
    );
    set_language(Language::English);
    reports.push(write(dir.path(), "rtl.html", &rtl));

    // Hostile words everywhere a user or an article can put them: none may run.
    let hostile_text = "<img src=x onerror=\"window.pwned=1\"> said the <b>budget</b> grew \
                        by 9%.\n\n<script>window.pwned=1</script>";
    let hostile_doc = Document::new(
        hostile_text.to_owned(),
        Some("javascript:window.pwned=1".to_owned()),
        "utf-8",
    );
    let mut hostile_claim = Annotation::new(
        AnnotationId(1),
        Tag::Claim,
        Span::new(0, 30),
        &hostile_doc,
        "2026-12-01T09:00:00Z",
    )
    .unwrap();
    hostile_claim.review.verdict = Some("<svg onload=window.pwned=1>".to_owned());
    hostile_claim.review.rationale = "</style><script>window.pwned=1</script>".to_owned();
    hostile_claim.review.evidence = vec![Evidence {
        reference: "javascript:window.pwned=1".to_owned(),
        title: "\" onmouseover=\"window.pwned=1".to_owned(),
        ..Evidence::default()
    }];
    hostile_claim.note = "<iframe src=\"javascript:window.pwned=1\"></iframe>".to_owned();
    let hostile_set = AnnotationSet::from_annotations(vec![hostile_claim]).unwrap();
    reports.push(write(
        dir.path(),
        "hostile.html",
        &to_annotated_html(
            &Report::new(&hostile_doc, &hostile_set, &scale),
            &PageOptions::default(),
        ),
    ));

    let results = check_in_browser(&reports);
    assert_eq!(results.len(), reports.len());
    for result in &results {
        for width in ["phone", "desktop"] {
            assert_eq!(result[width]["scripted"], false, "{result}");
        }
    }
    for result in &results {
        let file = result["file"].as_str().unwrap();
        for (width, seen) in [(360, &result["phone"]), (1280, &result["desktop"])] {
            assert_eq!(seen["innerWidth"], width, "{file}");
            assert!(
                seen["scrollWidth"].as_u64().unwrap() <= width,
                "{file} at {width} px is {} px wide: {}",
                seen["scrollWidth"],
                seen["wide"]
            );
            let claims = seen["claims"].as_array().unwrap();
            assert!(!claims.is_empty(), "{file}: no claim highlighted");
            for claim in claims {
                assert_eq!(claim["card"], true, "{file} at {width}: {claim}");
                assert_eq!(claim["visible"], true, "{file} at {width}: {claim}");
            }
            assert_eq!(
                seen["cards"].as_array().unwrap().len(),
                claims.len(),
                "{file}: one card per highlighted claim"
            );
        }
        for theme in ["light", "dark"] {
            let violations = result["axe"][theme].as_array().unwrap();
            assert!(
                violations.is_empty(),
                "{file}, {theme} theme: axe-core found {violations:#?}"
            );
        }
        let print = &result["print"];
        assert!(print["pages"].as_u64().unwrap() >= 1, "{file}: {print}");
        assert_eq!(
            print["numbered"], true,
            "{file}: pages are numbered: {print}"
        );
        if !file.ends_with("-ar.html") && !file.ends_with("rtl.html") {
            // pdftotext gives Arabic in presentation forms, so whole cards are compared only
            // in the reports in Latin script.
            assert_eq!(
                print["split"].as_array().unwrap().len(),
                0,
                "{file}: cards cut across pages: {print}"
            );
        }
    }
    let debate = results
        .iter()
        .find(|r| r["file"].as_str().unwrap().ends_with("debate.html"))
        .unwrap();
    assert!(debate["print"]["pages"].as_u64().unwrap() >= 5, "{debate}");
    // On a wide screen each card stands beside its paragraph; on a phone, under it.
    for result in &results {
        let file = result["file"].as_str().unwrap();
        for claim in result["desktop"]["claims"].as_array().unwrap() {
            assert_eq!(claim["beside"], true, "{file} at 1280 px: {claim}");
        }
        for claim in result["phone"]["claims"].as_array().unwrap() {
            assert_eq!(claim["under"], true, "{file} at 360 px: {claim}");
        }
    }
}

#[test]
fn a_desk_publishes_as_pages_and_an_index_that_a_browser_filters() {
    let dir = tempfile::tempdir().unwrap();
    let desk = dir.path().join("desk");
    std::fs::create_dir_all(desk.join("2026")).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample-openai-microsoft.ron"),
        desk.join("2026/openai.ron"),
    )
    .unwrap();
    let (doc, set) = long_article();
    let ron = claimmark::format::to_ron(&doc, &set, &RatingScale::default()).unwrap();
    std::fs::write(desk.join("debate.ron"), ron).unwrap();
    std::fs::write(desk.join("debate.warc.gz"), b"not really a warc").unwrap();
    let site = dir.path().join("site");
    claimmark()
        .args(["export-desk"])
        .arg(&desk)
        .arg("-o")
        .arg(&site)
        .env("CLAIMMARK_CACHE_DIR", dir.path().join("cache"))
        .run();
    let index = std::fs::read_to_string(site.join("index.html")).unwrap();
    assert!(
        index.contains("href=\"2026-openai.html#cm-claim-"),
        "{index}"
    );
    assert!(index.contains("href=\"debate.html#cm-claim-1\""), "{index}");
    assert!(site.join("2026-openai.html").exists());
    assert!(
        site.join("debate.warc.gz").exists(),
        "the archive follows its page"
    );
    let debate = std::fs::read_to_string(site.join("debate.html")).unwrap();
    assert!(debate.contains("Second presidential debate"));
    if !browser_ready() {
        return;
    }
    let results = check_in_browser(&[site.join("index.html")]);
    let index = &results[0];
    for theme in ["light", "dark"] {
        assert!(
            index["axe"][theme].as_array().unwrap().is_empty(),
            "{index:#}"
        );
    }
    assert!(
        index["phone"]["scrollWidth"].as_u64().unwrap() <= 360,
        "{index}"
    );
    // Typing a claim's words leaves that claim; choosing a verdict leaves its claims.
    let filter = &index["filter"];
    assert_eq!(
        filter["rows"], 38,
        "2 of the sample's claims and 36 of the debate's have a verdict"
    );
    assert_eq!(filter["byWords"], 1, "{filter}");
    assert_eq!(filter["byVerdict"], filter["verdictRows"], "{filter}");
    assert!(filter["byVerdict"].as_u64().unwrap() < 38, "{filter}");
}
