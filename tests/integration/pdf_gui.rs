//! PDFs in the app, driven through egui_kittest: a dropped PDF is read off the window's
//! thread while a window shows the pages read with Cancel; a protected one asks for its
//! password, says when it is wrong, and opens with the right one; a claim tagged in it knows
//! its page, and the first save keeps the original beside the file. `password-example.pdf`
//! comes from jsvine/pdfplumber's `tests/pdfs/` (MIT; see `tests/integration/pdfs.rs`).

use std::path::PathBuf;
use std::time::Duration;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::common::TestPlatform;
use super::util::{app, fixture, status};
use claimmark::app::{ClaimmarkApp, Dialog, sample};

#[derive(Debug)]
struct DroppedPdf(PathBuf);

impl egui::DroppedFile for DroppedPdf {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(h: &mut Harness<'_, ClaimmarkApp>, path: PathBuf) {
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPdf(path)));
    h.step();
}

/// Steps frames until no file is being read.
fn wait_for_open(h: &mut Harness<'_, ClaimmarkApp>) {
    for _ in 0..1000 {
        h.step();
        if h.state().open_job().is_none() {
            h.run();
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("the file was not read");
}

fn harness(platform: TestPlatform) -> Harness<'static, ClaimmarkApp> {
    let mut h = app().open(sample(), platform);
    h.run();
    h
}

#[test]
fn a_protected_pdf_asks_for_its_password_and_opens_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("backup.ron");
    let mut h = harness(TestPlatform {
        save_to: Some(saved.clone()),
        ..TestPlatform::default()
    });
    let sample_text = h.state().session().document().text().to_owned();
    drop_file(&mut h, fixture("pdf/pdfplumber/password-example.pdf"));
    wait_for_open(&mut h);
    assert!(matches!(
        h.state().dialog(),
        Some(Dialog::PdfPassword { .. })
    ));
    h.get_by_label("Password needed");
    assert_eq!(h.state().session().document().text(), sample_text);
    // A wrong password: asked again, saying so.
    h.event(egui::Event::Text("nope".to_owned()));
    h.run();
    h.key_press(Key::Enter);
    wait_for_open(&mut h);
    h.get_by_label_contains("That password does not open this PDF");
    // The right one.
    h.event(egui::Event::Text("test".to_owned()));
    h.run();
    h.key_press(Key::Enter);
    wait_for_open(&mut h);
    let document = h.state().session().document();
    assert!(document.text().contains("Backup4all"), "{}", status(&h));
    assert_eq!(document.pdf().map(|p| p.page_count), Some(4));
    assert!(
        status(&h).contains("read from a PDF of 4 pages"),
        "{}",
        status(&h)
    );
    // Saved: the original goes beside the file.
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(
        std::fs::read(dir.path().join("backup.pdf")).unwrap(),
        std::fs::read(fixture("pdf/pdfplumber/password-example.pdf")).unwrap()
    );
    assert!(status(&h).contains("backup.pdf"), "{}", status(&h));
}

#[test]
fn a_long_pdf_is_read_while_the_window_draws_and_cancel_leaves_the_work_alone() {
    let dir = tempfile::tempdir().unwrap();
    let long = dir.path().join("long.pdf");
    std::fs::write(&long, claimmark::synthetic::pdf::report(300)).unwrap();
    let mut h = harness(TestPlatform::default());
    let sample_text = h.state().session().document().text().to_owned();
    drop_file(&mut h, long);
    h.step();
    assert!(
        h.state().open_job().is_some(),
        "read on its own thread: {:?} {}",
        h.state().dialog().is_some(),
        status(&h)
    );
    h.step();
    h.get_by_label_contains("Reading “long.pdf”");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.state().open_job().is_none());
    assert_eq!(h.state().session().document().text(), sample_text);
    assert_eq!(status(&h), "Cancelled");
}
