//! The web in the app, driven through egui_kittest against a real HTTP server on loopback:
//! Ctrl+L and an address open a page while a window shows progress, the page joins the archive
//! at the first save, a dropped link file opens its page, Cancel stops a slow fetch, a claim's
//! evidence page is archived from the form, and Check the page for changes is one undoable
//! step.

use std::time::Duration;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::common::TestPlatform;
use super::util::{app, status};
use super::web_server::{Answer, TestServer, saved_page};
use claimmark::app::{Action, ClaimmarkApp, Command, sample};

/// Steps frames until no fetch is under way (the fetch runs on its own thread).
fn wait_for_fetch(h: &mut Harness<'_, ClaimmarkApp>) {
    for _ in 0..500 {
        h.step();
        if h.state().web_job().is_none() {
            h.step();
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("the fetch did not finish");
}

/// A file dropped on the window, as the windowing layer hands it over.
#[derive(Debug)]
struct DroppedLink(std::path::PathBuf);

impl egui::DroppedFile for DroppedLink {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn ctrl_l_opens_a_page_which_joins_the_archive_at_the_first_save() {
    let server = TestServer::start();
    server.route(
        "/news/swift",
        Answer::ok("text/html", saved_page("bbc-newsbeat")),
    );
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("swift.ron");
    let mut h = app().open(
        sample(),
        TestPlatform {
            save_to: Some(saved.clone()),
            ..TestPlatform::default()
        },
    );
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::L);
    h.run();
    h.get_by_label("Open a web page");
    h.event(egui::Event::Text(server.url("/news/swift")));
    h.run();
    h.key_press(Key::Enter);
    h.step();
    wait_for_fetch(&mut h);
    let session = h.state().session();
    assert!(
        session
            .document()
            .text()
            .contains("A row involving Taylor Swift"),
        "{}",
        status(&h)
    );
    assert!(session.is_dirty(), "new, unsaved work");
    assert_eq!(h.state().pending_archive(), 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(saved.exists(), "{}", status(&h));
    assert!(dir.path().join("swift.warc.gz").exists());
    assert_eq!(h.state().pending_archive(), 0);
    let opened = claimmark::io::open(&saved).unwrap();
    assert_eq!(
        opened.document.web().unwrap().final_url,
        server.url("/news/swift")
    );
}

#[test]
fn a_dropped_link_opens_its_page_and_a_failure_is_one_sentence() {
    let server = TestServer::start();
    server.route(
        "/story",
        Answer::ok("text/html", saved_page("ap-berkshire-eagle")),
    );
    let dir = tempfile::tempdir().unwrap();
    // What Windows makes of a link dragged from a browser.
    let shortcut = dir.path().join("Story.url");
    std::fs::write(
        &shortcut,
        format!("[InternetShortcut]\r\nURL={}\r\n", server.url("/story")),
    )
    .unwrap();
    let mut h = app().open(sample(), TestPlatform::default());
    h.run();
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedLink(shortcut)));
    h.step();
    wait_for_fetch(&mut h);
    assert!(
        h.state()
            .session()
            .document()
            .text()
            .contains("Ambassador Gordon Sondland"),
        "{}",
        status(&h)
    );
    // A page that is gone: the document stays, the status says which and why.
    let before = h.state().session().document().sha256().to_owned();
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(&ctx, Action::OpenAddress(server.url("/gone")));
    // The page opened above is unsaved: answer "Don't save".
    h.run();
    h.get_by_label("Don't save").click();
    h.step();
    wait_for_fetch(&mut h);
    assert_eq!(h.state().session().document().sha256(), before);
    let said = status(&h);
    assert!(said.contains("/gone answered 404"), "{said}");
}

#[test]
fn cancel_stops_a_slow_fetch() {
    let server = TestServer::start();
    server.route(
        "/slow",
        Answer::ok("text/html", b"<p>late</p>".to_vec()).slow(Duration::from_secs(20)),
    );
    let mut h = app().open(sample(), TestPlatform::default());
    h.run();
    let before = h.state().session().document().sha256().to_owned();
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(&ctx, Action::OpenAddress(server.url("/slow")));
    h.step();
    h.step();
    assert!(h.state().web_job().is_some());
    h.get_by_label("Fetching from the web");
    h.get_by_label("Cancel").click();
    h.step();
    // At once, though the server has not answered yet.
    assert!(h.state().web_job().is_none());
    h.run();
    assert!(h.query_by_label("Fetching from the web").is_none());
    assert_eq!(status(&h), "Cancelled");
    assert_eq!(h.state().session().document().sha256(), before);
}

#[test]
fn evidence_is_archived_from_the_form_and_a_page_check_undoes_in_one_step() {
    let server = TestServer::start();
    let page = String::from_utf8(saved_page("ap-berkshire-eagle")).unwrap();
    server.route("/ap", Answer::ok("text/html; charset=utf-8", page.clone()));
    server.route(
        "/evidence",
        Answer::ok("text/plain", b"Transcript of the hearing.".to_vec()),
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ap.ron");
    super::util::claimmark()
        .arg("new")
        .arg(server.url("/ap"))
        .arg("-o")
        .arg(&file)
        .run();
    let mut opened = claimmark::io::open(&file).unwrap();
    let text = opened.document.text().to_owned();
    let words = "Ambassador Gordon Sondland";
    let byte = text.find(words).unwrap();
    let start = text[..byte].chars().count();
    let mut claim = claimmark::model::Annotation::new(
        claimmark::model::AnnotationId(1),
        claimmark::model::Tag::Claim,
        claimmark::model::Span::new(start, start + words.chars().count()),
        &opened.document,
        "2026-12-04T10:00:00Z",
    )
    .unwrap();
    claim.review.evidence = vec![claimmark::model::Evidence {
        reference: server.url("/evidence"),
        ..Default::default()
    }];
    opened.annotations = claimmark::model::AnnotationSet::from_annotations(vec![claim]).unwrap();
    claimmark::io::save(&file, &opened.document, &opened.annotations, &opened.scale).unwrap();
    let opened = claimmark::io::open(&file).unwrap();
    let mut h = app()
        .size(1400.0, 1000.0)
        .open(opened, TestPlatform::default());
    h.run();
    h.get_by_label(&format!("Claim #1: {words}")).click();
    h.run();
    h.get_by_label("Archive").click();
    h.step();
    wait_for_fetch(&mut h);
    let claim = h
        .state()
        .session()
        .annotations()
        .get(claimmark::model::AnnotationId(1))
        .unwrap()
        .clone();
    let kept = claim.review.evidence[0].archived.clone().expect("archived");
    assert_eq!(kept.final_url, server.url("/evidence"));
    h.get_by_label_contains("archived on ");
    assert!(status(&h).contains("Archived 1 page"), "{}", status(&h));
    // The file has a name: the page is in the archive already.
    assert_eq!(h.state().pending_archive(), 0);

    // The article's page changes; checking it is one step, undone by Ctrl+Z.
    let edited = page.replace(
        "Ambassador Gordon Sondland",
        "Ambassador Gordon D. Sondland",
    );
    server.route("/ap", Answer::ok("text/html; charset=utf-8", edited));
    let before = h.state().session().document().text().to_owned();
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Action::Run(Command::CheckPage));
    h.step();
    wait_for_fetch(&mut h);
    assert!(status(&h).contains("The page changed"), "{}", status(&h));
    assert!(
        h.state()
            .session()
            .document()
            .text()
            .contains("Gordon D. Sondland")
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().session().document().text(), before);
}
