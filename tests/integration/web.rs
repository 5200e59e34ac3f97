//! From a link to an archived article, through a real HTTP server on loopback serving real
//! saved news pages (tests/fixtures/web, from scrapinghub/article-extraction-benchmark):
//! `claimmark new URL` with a redirect and gzip, the charset said only in the HTTP header,
//! failures that write nothing (404, a PDF, too slow, too large), `claimmark update` on a
//! changed page and an unchanged one, and `claimmark archive` of evidence pages. Each archive
//! is read back by an independent reader: Python's warcio (installed by `.ci/run`), or the
//! `warc` crate where warcio is missing and `CLAIMMARK_REQUIRE_WARCIO` is unset.

use std::path::Path;
use std::process::Command;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use sha2::{Digest, Sha256};

use super::util::{claimmark, stderr, stdout};
use super::web_server::{Answer, TestServer, gzip, saved_page};
use claimmark::web::{FetchError, FetchOptions, fetch};

/// (WARC-Type, WARC-Target-URI, HTTP status or 0) of every record of an archive.
type Records = Vec<(String, String, u16)>;

const WARCIO_SCRIPT: &str = r#"
import json, sys
from warcio.archiveiterator import ArchiveIterator
with open(sys.argv[1], 'rb') as f:
    for record in ArchiveIterator(f, check_digests=True):
        status = None
        if record.http_headers and record.rec_type in ('response', 'revisit'):
            status = record.http_headers.get_statuscode()
        record.content_stream().read()
        print(json.dumps([record.rec_type, record.rec_headers.get_header('WARC-Target-URI') or '',
                          int(status) if status else 0, record.digest_checker.passed]))
"#;

/// The records of the archive at `path`, read by warcio (checking every digest) or, where it
/// is missing, by the `warc` crate.
fn read_archive(path: &Path) -> Records {
    let warcio = Command::new("python3")
        .args(["-c", "import warcio"])
        .status()
        .is_ok_and(|s| s.success());
    if warcio {
        let out = Command::new("python3")
            .args(["-c", WARCIO_SCRIPT])
            .arg(path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "warcio: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        return String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|line| {
                let value: serde_json::Value = serde_json::from_str(line).unwrap();
                assert_ne!(value[3], false, "a digest does not match: {line}");
                (
                    value[0].as_str().unwrap().to_owned(),
                    value[1].as_str().unwrap().to_owned(),
                    value[2].as_u64().unwrap() as u16,
                )
            })
            .collect();
    }
    assert!(
        std::env::var_os("CLAIMMARK_REQUIRE_WARCIO").is_none(),
        "Python's warcio is required here: python3 -m pip install warcio"
    );
    eprintln!("note: warcio is not installed; the archive is read with the warc crate instead");
    let mut plain = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::MultiGzDecoder::new(std::fs::File::open(path).unwrap()),
        &mut plain,
    )
    .unwrap();
    warc::WarcReader::new(std::io::BufReader::new(plain.as_slice()))
        .iter_records()
        .map(|r| {
            let r = r.unwrap();
            let uri = r
                .header(warc::WarcHeader::TargetURI)
                .map(|u| u.to_string())
                .unwrap_or_default();
            let body = r.body();
            let status = if body.starts_with(b"HTTP/1.1 ") {
                String::from_utf8_lossy(body.get(9..12).unwrap_or_default())
                    .parse()
                    .unwrap_or(0)
            } else {
                0
            };
            (r.warc_type().to_string(), uri, status)
        })
        .collect()
}

fn kinds(records: &Records) -> Vec<&str> {
    records.iter().map(|(kind, _, _)| kind.as_str()).collect()
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_link_becomes_an_annotation_file_with_its_page_archived() {
    let server = TestServer::start();
    let page = saved_page("bbc-newsbeat");
    let sent = gzip(&page);
    server.route("/short", Answer::redirect(301, "/news/newsbeat-50470672"));
    server.route(
        "/news/newsbeat-50470672",
        Answer::ok("text/html; charset=utf-8", sent.clone()).header("Content-Encoding", "gzip"),
    );
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("swift.ron");
    let run = claimmark()
        .arg("new")
        .arg(server.url("/short"))
        .arg("-o")
        .arg(&out)
        .run();
    assert!(stdout(&run).contains("swift.warc.gz"), "{}", stdout(&run));
    let opened = claimmark::io::open(&out).unwrap();
    let text = opened.document.text();
    assert!(
        text.contains("A row involving Taylor Swift, her former record label"),
        "the article's first words (the benchmark's ground truth): {text}"
    );
    let final_url = server.url("/news/newsbeat-50470672");
    assert_eq!(opened.document.source(), Some(final_url.as_str()));
    let web = opened.document.web().expect("the file records the page");
    assert_eq!(web.url, server.url("/short"));
    assert_eq!(web.final_url, final_url);
    assert_eq!(
        web.sha256,
        sha256_hex(&sent),
        "the payload as received (gzipped)"
    );
    assert!(web.retrieved.ends_with('Z') && web.retrieved.len() == 20);
    let records = read_archive(&dir.path().join("swift.warc.gz"));
    assert_eq!(
        kinds(&records),
        ["warcinfo", "response", "request", "response", "request"]
    );
    assert_eq!(
        records[1],
        ("response".to_owned(), server.url("/short"), 301)
    );
    assert_eq!(records[3], ("response".to_owned(), final_url, 200));
    // The file says version 3 (it records a web page).
    let ron = std::fs::read_to_string(&out).unwrap();
    assert!(
        ron.contains("version: 3,") && ron.contains("final_url: "),
        "{}",
        &ron[..400]
    );
}

#[test]
fn a_charset_said_only_in_the_header_reads_right() {
    let server = TestServer::start();
    // The Portuguese page, re-encoded as Windows-1252 and without its <meta charset>.
    let page = String::from_utf8(saved_page("jaraguadosul-pt")).unwrap();
    let page = page
        .replace("charset=UTF-8", "")
        .replace("charset=\"UTF-8\"", "");
    // (Characters Windows-1252 lacks become numeric references, as HTML allows.)
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(&page);
    server.route(
        "/pt",
        Answer::ok("text/html; charset=windows-1252", latin.into_owned()),
    );
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pt.ron");
    claimmark()
        .arg("new")
        .arg(server.url("/pt"))
        .arg("-o")
        .arg(&out)
        .run();
    let opened = claimmark::io::open(&out).unwrap();
    assert!(
        opened
            .document
            .text()
            .contains("A equipe do Serviço de Atendimento Domiciliar (SAD), do bairro Amizade"),
        "{}",
        opened.document.text()
    );
    assert_eq!(opened.document.encoding(), "windows-1252");
}

#[test]
fn failures_say_which_address_and_why_and_write_nothing() {
    let server = TestServer::start();
    server.route("/gone", Answer::status(404));
    server.route(
        "/report.pdf",
        Answer::ok("application/pdf", b"%PDF-1.7 ...".to_vec()),
    );
    let dir = tempfile::tempdir().unwrap();
    for (path, words) in [
        ("/gone", "answered 404 (page not found"),
        (
            "/report.pdf",
            "it is a PDF document, not a web page or text",
        ),
    ] {
        let run = claimmark()
            .arg("new")
            .arg(server.url(path))
            .arg("-o")
            .arg(dir.path().join("x.ron"))
            .expect_code(2);
        let said = stdout(&run);
        assert!(
            said.contains(&server.url(path)) && said.contains(words),
            "{said}"
        );
        assert_eq!(said.lines().count(), 1, "one sentence: {said}");
    }
    let run = claimmark()
        .args(["new", "file:///etc/passwd", "-o"])
        .arg(dir.path().join("y.ron"))
        .expect_code(2);
    assert!(
        stdout(&run).contains("only http and https"),
        "{}",
        stdout(&run)
    );
    assert!(
        files_in(dir.path()).is_empty(),
        "{:?}",
        files_in(dir.path())
    );
}

#[test]
fn slow_and_oversized_pages_are_stopped() {
    let server = TestServer::start();
    server.route(
        "/slow",
        Answer::ok("text/html", b"<p>late</p>".to_vec()).slow(Duration::from_secs(3)),
    );
    server.route("/big", Answer::ok("text/html", vec![b'a'; 300_000]));
    let options = FetchOptions {
        connect_timeout: Duration::from_secs(1),
        total_timeout: Duration::from_millis(700),
        max_bytes: 100_000,
        max_redirects: 10,
    };
    let cancel = AtomicBool::new(false);
    let started = std::time::Instant::now();
    let slow = fetch(&server.url("/slow"), &options, &mut |_| {}, &cancel).unwrap_err();
    assert!(matches!(slow, FetchError::Timeout { .. }), "{slow}");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "it gave up before the answer came"
    );
    assert!(slow.to_string().contains("/slow"), "{slow}");
    let big = fetch(&server.url("/big"), &options, &mut |_| {}, &cancel).unwrap_err();
    assert!(matches!(big, FetchError::TooLarge { .. }), "{big}");
    // A cancelled fetch stops.
    let cancelled = AtomicBool::new(true);
    assert!(matches!(
        fetch(
            &server.url("/big"),
            &FetchOptions::default(),
            &mut |_| {},
            &cancelled
        ),
        Err(FetchError::Cancelled)
    ));
    // Progress is reported as the body arrives.
    server.route("/ok", Answer::ok("text/html", vec![b'a'; 50_000]));
    let mut seen = Vec::new();
    fetch(
        &server.url("/ok"),
        &options,
        &mut |p| seen.push(p.received),
        &cancel,
    )
    .unwrap();
    assert_eq!(seen.last().copied(), Some(50_000));
}

#[test]
fn too_many_redirects_and_redirects_away_from_the_web() {
    let server = TestServer::start();
    for n in 0..12 {
        server.route(
            &format!("/r{n}"),
            Answer::redirect(302, &format!("/r{}", n + 1)),
        );
    }
    server.route("/away", Answer::redirect(302, "file:///etc/passwd"));
    let cancel = AtomicBool::new(false);
    let options = FetchOptions::default();
    let error = fetch(&server.url("/r0"), &options, &mut |_| {}, &cancel).unwrap_err();
    assert!(
        matches!(error, FetchError::TooManyRedirects { count: 10, .. }),
        "{error}"
    );
    let error = fetch(&server.url("/away"), &options, &mut |_| {}, &cancel).unwrap_err();
    assert!(error.to_string().contains("only http and https"), "{error}");
}

#[test]
fn update_finds_a_changed_page_and_an_unchanged_one() {
    let server = TestServer::start();
    let page = String::from_utf8(saved_page("ap-berkshire-eagle")).unwrap();
    server.route("/ap", Answer::ok("text/html; charset=utf-8", page.clone()));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sondland.ron");
    claimmark()
        .arg("new")
        .arg(server.url("/ap"))
        .arg("-o")
        .arg(&file)
        .run();
    // Tag a claim in a sentence that stays, and one in a sentence the edit rewrites.
    let mut session = claimmark::io::open(&file).unwrap().into_session();
    let text = session.document().text().to_owned();
    let span_of = |words: &str| {
        let byte = text.find(words).unwrap_or_else(|| panic!("{words}"));
        let start = text[..byte].chars().count();
        claimmark::model::Span::new(start, start + words.chars().count())
    };
    let now = "2026-12-04T10:00:00Z";
    session
        .tag(
            span_of("Ambassador Gordon Sondland"),
            claimmark::model::Tag::Claim,
            now,
        )
        .unwrap();
    session
        .tag(
            span_of("the most anticipated witness"),
            claimmark::model::Tag::Quote,
            now,
        )
        .unwrap();
    let saved = session.serialize().unwrap();
    claimmark::io::save_text(&file, &saved).unwrap();

    // Nothing changed: said so, the file untouched, a revisit joins the archive.
    let run = claimmark().arg("update").arg(&file).run();
    assert!(stdout(&run).contains("unchanged"), "{}", stdout(&run));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), saved);
    let records = read_archive(&dir.path().join("sondland.warc.gz"));
    assert_eq!(
        kinds(&records),
        ["warcinfo", "response", "request", "revisit", "request"]
    );

    // The page is edited: the quote's words change; the claim's stay.
    let edited = page.replace("the most anticipated witness", "the most awaited witness");
    assert_ne!(edited, page);
    server.route("/ap", Answer::ok("text/html; charset=utf-8", edited));
    let run = claimmark().arg("update").arg(&file).expect_code(1);
    let said = stdout(&run);
    assert!(said.contains("the article changed"), "{said}");
    let updated = claimmark::io::open(&file).unwrap();
    assert!(updated.document.text().contains("the most awaited witness"));
    let claim = updated
        .annotations
        .in_order()
        .find(|a| a.tag == claimmark::model::Tag::Claim)
        .unwrap();
    assert_eq!(claim.text, "Ambassador Gordon Sondland");
    assert!(
        claim.flag.is_none() && claim.check.is_none(),
        "placed exactly"
    );
    let quote = updated
        .annotations
        .in_order()
        .find(|a| a.tag == claimmark::model::Tag::Quote)
        .unwrap();
    assert!(
        quote.check.is_some() || quote.flag.is_some(),
        "the edited quote needs a look"
    );
    let records = read_archive(&dir.path().join("sondland.warc.gz"));
    assert_eq!(
        kinds(&records).iter().filter(|k| **k == "response").count(),
        2
    );
    // A page that is gone: the error names it, nothing changes.
    server.route("/ap", Answer::status(410));
    let before = std::fs::read_to_string(&file).unwrap();
    let run = claimmark().arg("update").arg(&file).expect_code(2);
    assert!(stderr(&run).contains("answered 410"), "{}", stderr(&run));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
}

#[test]
fn archive_keeps_evidence_pages_and_lists_what_failed() {
    let server = TestServer::start();
    server.route(
        "/stats",
        Answer::ok("text/html", saved_page("bbc-newsbeat")),
    );
    server.route("/missing", Answer::status(404));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("claims.ron");
    let document = claimmark::model::Document::new(
        "Exports rose 12% [1], the minister said.".to_owned(),
        None,
        "utf-8",
    );
    let now = "2026-12-04T10:00:00Z";
    let mut claim = claimmark::model::Annotation::new(
        claimmark::model::AnnotationId(1),
        claimmark::model::Tag::Claim,
        claimmark::model::Span::new(0, 16),
        &document,
        now,
    )
    .unwrap();
    claim.review.evidence = vec![
        claimmark::model::Evidence {
            reference: server.url("/stats"),
            title: "Statistics office".to_owned(),
            ..Default::default()
        },
        claimmark::model::Evidence {
            reference: server.url("/missing"),
            ..Default::default()
        },
    ];
    let mut citation = claimmark::model::Annotation::new(
        claimmark::model::AnnotationId(2),
        claimmark::model::Tag::Citation,
        claimmark::model::Span::new(17, 20),
        &document,
        now,
    )
    .unwrap();
    citation.review.target = server.url("/stats");
    let set = claimmark::model::AnnotationSet::from_annotations(vec![claim, citation]).unwrap();
    claimmark::io::save(&file, &document, &set, &Default::default()).unwrap();

    let run = claimmark().arg("archive").arg(&file).expect_code(1);
    let said = stdout(&run);
    assert!(said.contains("1 of 2 addresses archived"), "{said}");
    assert!(
        said.contains("not archived:") && said.contains("/missing answered 404"),
        "{said}"
    );
    let opened = claimmark::io::open(&file).unwrap();
    let claim = opened
        .annotations
        .get(claimmark::model::AnnotationId(1))
        .unwrap();
    let kept = claim.review.evidence[0].archived.clone().expect("archived");
    assert_eq!(kept.sha256, sha256_hex(&saved_page("bbc-newsbeat")));
    assert_eq!(claim.review.evidence[1].archived, None);
    let citation = opened
        .annotations
        .get(claimmark::model::AnnotationId(2))
        .unwrap();
    assert_eq!(citation.review.target_archived.as_ref(), Some(&kept));
    let records = read_archive(&dir.path().join("claims.warc.gz"));
    assert_eq!(kinds(&records), ["warcinfo", "response", "request"]);
    // Reports say so.
    let report = claimmark()
        .args(["export", "--format", "markdown"])
        .arg(&file)
        .run();
    let md = stdout(&report);
    assert!(
        md.contains("archived on 20") && md.contains("SHA-256"),
        "{md}"
    );
    // Nothing left to do: said so, exit 0.
    server.route("/missing", Answer::ok("text/plain", b"back again".to_vec()));
    let run = claimmark().arg("archive").arg(&file).run();
    assert!(
        stdout(&run).contains("1 of 1 addresses archived"),
        "{}",
        stdout(&run)
    );
    let run = claimmark().arg("archive").arg(&file).run();
    assert!(
        stdout(&run).contains("no web source to archive"),
        "{}",
        stdout(&run)
    );
}

/// Issue 29: mutating saved pages found one that killed claimmark — a `published_time` with a
/// character where a digit belongs made trafilatura 0.3 slice a string inside a character.
/// The same mutation of a real page (AP's story as the Berkshire Eagle ran it) now opens, from
/// a file and from its address, and a reader's panic would be one sentence, not a crash.
#[test]
fn a_page_with_a_broken_date_opens_from_a_file_and_from_its_address() {
    let page = String::from_utf8(saved_page("ap-berkshire-eagle")).unwrap();
    let mutated = page.replace("2019-11-20T05:52:20-05:00", "2019-11½20T05:52:20-05:00");
    assert_ne!(page, mutated, "the page has the date to break");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("page.html");
    std::fs::write(&file, &mutated).unwrap();
    let from_file = dir.path().join("from-file.ron");
    claimmark()
        .arg("new")
        .arg(&file)
        .arg("-o")
        .arg(&from_file)
        .run();
    let server = TestServer::start();
    server.route("/story", Answer::ok("text/html; charset=utf-8", mutated));
    let from_address = dir.path().join("from-address.ron");
    claimmark()
        .arg("new")
        .arg(server.url("/story"))
        .arg("-o")
        .arg(&from_address)
        .run();
    for ron in [&from_file, &from_address] {
        let text = claimmark().args(["export", "-f", "text"]).arg(ron).run();
        assert!(stdout(&text).len() > 1000, "{}", stdout(&text));
    }
}
