//! Two people's work in the app: the compare view (File → Compare with…) lists the
//! differences with the agreement figures, accepts one (undoable) or all of a kind; a merge
//! conflict in the form is decided by a click, and undo brings it back.

use super::common::TestPlatform;
use super::util::app;
use claimmark::app::{Action, ClaimmarkApp, Command, SideTab, sample};
use claimmark::model::{AnnotationId, AnnotationSet, Conflict, Field, FieldValue, Tag};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn harness(
    opened: claimmark::io::Opened,
    open: Option<std::path::PathBuf>,
) -> Harness<'static, ClaimmarkApp> {
    app().open(
        opened,
        TestPlatform {
            open,
            ..TestPlatform::default()
        },
    )
}

/// Clicks the button labelled `button` on the same row as the difference titled `row`.
fn click_in_row(h: &Harness<'_, ClaimmarkApp>, row: &str, button: &str) {
    let label = h.get_by_label(row);
    let y = label.rect().center().y;
    let target = h
        .get_all_by_label(button)
        .find(|b| (b.rect().center().y - y).abs() < 8.0)
        .unwrap_or_else(|| panic!("no “{button}” beside “{row}”"));
    target.click();
}

#[test]
fn compare_view_accepts_a_difference_and_undo_brings_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let ours = sample();
    // Theirs: the sample with claim #1 judged False, the pull quote (#10) not marked, and a
    // claim of their own on words we did not mark.
    let mut list: Vec<_> = ours.annotations.in_order().cloned().collect();
    let claim = list.iter_mut().find(|a| a.id == AnnotationId(1)).unwrap();
    claim.review.verdict = Some("False".to_owned());
    list.retain(|a| a.id != AnnotationId(10));
    let text = ours.document.text();
    let words = "Companies that previously avoided OpenAI";
    let start = text[..text.find(words).unwrap()].chars().count();
    list.push(
        claimmark::model::Annotation::new(
            AnnotationId(40),
            Tag::Claim,
            claimmark::model::Span::new(start, start + words.chars().count()),
            &ours.document,
            "2026-11-27T00:00:00Z",
        )
        .unwrap(),
    );
    let theirs_path = dir.path().join("ben.ron");
    claimmark::io::save(
        &theirs_path,
        &ours.document,
        &AnnotationSet::from_annotations(list).unwrap(),
        &ours.scale,
    )
    .unwrap();

    let mut h = harness(sample(), Some(theirs_path));
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Action::Run(Command::CompareWith));
    h.run();
    assert_eq!(h.state().side_tab(), SideTab::Compare);
    h.get_by_label("Comparing with ben.ron");
    // The sample has 9 annotations; 8 are in theirs on the same words, theirs has 9:
    // exact F1 = 2·8/18 = 0.89.
    assert_eq!(h.state().session().annotations().len(), 9);
    h.get_by_label_contains("span F1 0.89 exact");
    h.get_by_label("Only theirs");
    h.get_by_label("Claim “Companies that previously avoided OpenAI”");
    h.get_by_label("Only ours");
    h.get_by_label_contains("Quote ““OpenAI can now distribute");

    click_in_row(&h, "Different verdict", "Accept");
    h.run();
    let verdict = |h: &Harness<'_, ClaimmarkApp>| {
        h.state()
            .session()
            .annotations()
            .get(AnnotationId(1))
            .unwrap()
            .review
            .verdict
            .clone()
    };
    assert_eq!(verdict(&h).as_deref(), Some("False"));
    assert!(h.query_by_label_contains("Different verdict").is_none());

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        verdict(&h).as_deref(),
        Some("True"),
        "undo brings back the sample's own verdict"
    );
    h.get_by_label("Different verdict");

    // Accept all "only theirs": their claim is added to ours, as one step.
    let before = h.state().session().annotations().len();
    h.get_by_label("Only theirs (1)").click();
    h.run();
    assert_eq!(h.state().session().annotations().len(), before + 1);
    // Reject "only ours": the difference leaves the list, our quote stays.
    click_in_row(&h, "Only ours", "Reject");
    h.run();
    assert!(h.query_by_label("Only ours").is_none());
    assert!(
        h.state()
            .session()
            .annotations()
            .get(AnnotationId(10))
            .is_some()
    );
}

#[test]
fn a_merge_conflict_is_decided_in_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let opened = sample();
    let mut list: Vec<_> = opened.annotations.in_order().cloned().collect();
    let claim = list.iter_mut().find(|a| a.id == AnnotationId(1)).unwrap();
    claim.review.verdict = Some("Misleading".to_owned());
    claim.conflicts.push(Conflict::Field {
        field: Field::Verdict,
        theirs: FieldValue::Verdict(Some("False".to_owned())),
        by: "Ana".to_owned(),
    });
    let path = dir.path().join("merged.ron");
    claimmark::io::save(
        &path,
        &opened.document,
        &AnnotationSet::from_annotations(list).unwrap(),
        &opened.scale,
    )
    .unwrap();
    let mut h = harness(claimmark::io::open(&path).unwrap(), None);
    let status = h.state().status().unwrap().text.clone();
    assert!(status.contains("a merge left 1 conflict"), "{status}");
    h.get_by_label_contains("Claim #1 (merge conflict)");
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(&ctx, Action::SelectAnnotation(Some(AnnotationId(1))));
    h.run();
    h.get_by_label_contains("Merge conflict — verdict: ours Misleading, theirs False (Ana)");
    h.get_by_label("Take theirs: False").click();
    h.run();
    let claim = h
        .state()
        .session()
        .annotations()
        .get(AnnotationId(1))
        .unwrap()
        .clone();
    assert_eq!(claim.review.verdict.as_deref(), Some("False"));
    assert!(claim.conflicts.is_empty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    let claim = h
        .state()
        .session()
        .annotations()
        .get(AnnotationId(1))
        .unwrap()
        .clone();
    assert_eq!(claim.review.verdict.as_deref(), Some("Misleading"));
    assert_eq!(claim.conflicts.len(), 1);
}
