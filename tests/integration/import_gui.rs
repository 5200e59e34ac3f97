//! File → Import from another tool, in the app: a Hypothesis export and the saved page it
//! points into become a new, unsaved document with the annotations on the quoted words.

use super::common::TestPlatform;
use super::util::app;
use claimmark::app::{Action, Command, sample};
use claimmark::interop::Format;

#[test]
fn import_a_hypothesis_export_onto_a_saved_page() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("bridge.html");
    std::fs::write(
        &page,
        "<html><body><article><h1>The new bridge</h1><p>The new bridge over the Elbe cost \
         €1.8 billion, twice its original budget, the city said on Tuesday.</p></article></body></html>",
    )
    .unwrap();
    let export = dir.path().join("hypothesis.json");
    std::fs::write(
        &export,
        serde_json::json!({ "total": 1, "rows": [{
            "id": "h1", "tags": ["Claim"], "text": "check the budget",
            "user": "acct:ana@hypothes.is", "created": "2026-11-20T08:15:00+00:00",
            "target": [{ "source": "https://news.example/bridge", "selector": [
                { "type": "TextQuoteSelector", "exact": "cost €1.8 billion", "prefix": "the Elbe ", "suffix": ", twice" }
            ]}]
        }]})
        .to_string(),
    )
    .unwrap();
    let mut h = app().open(
        sample(),
        TestPlatform {
            files: vec![export, page],
            ..TestPlatform::default()
        },
    );
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(&ctx, Action::Run(Command::Import(Format::Hypothesis)));
    h.run();
    let session = h.state().session();
    assert!(
        session
            .document()
            .text()
            .contains("twice its original budget")
    );
    let a = session.annotations().in_order().next().unwrap();
    assert_eq!(a.text, "cost €1.8 billion");
    assert_eq!(a.note, "check the budget");
    assert!(session.is_dirty(), "imported work is not saved yet");
    assert!(session.path.is_none());
    let status = h.state().status().unwrap().text.clone();
    assert!(
        status.contains("Imported from “hypothesis.json”"),
        "{status}"
    );
}
