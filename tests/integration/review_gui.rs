//! The review workflow driven through egui_kittest: status and verdict, evidence, links, and
//! stepping through claims with the keyboard only.

use super::common::TestPlatform;
use super::util::app;
use claimmark::app::{ClaimmarkApp, SideTab, sample};
use claimmark::model::{ClaimStatus, LinkKind, Tag};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn harness() -> Harness<'static, ClaimmarkApp> {
    harness_with(sample())
}

/// The sample as a checker first sees it before any review (the bundled one has two
/// claims reviewed already).
fn unreviewed_sample() -> claimmark::io::Opened {
    let mut opened = sample();
    let list: Vec<_> = opened
        .annotations
        .in_order()
        .cloned()
        .map(|mut a| {
            a.review = claimmark::model::Review::default();
            a
        })
        .collect();
    opened.annotations = claimmark::model::AnnotationSet::from_annotations(list).unwrap();
    opened
}

fn harness_with(opened: claimmark::io::Opened) -> Harness<'static, ClaimmarkApp> {
    app()
        .size(1400.0, 1000.0)
        .max_steps(64)
        .open(opened, TestPlatform::default())
}

fn claims(h: &Harness<'_, ClaimmarkApp>) -> Vec<claimmark::model::Annotation> {
    h.state()
        .session()
        .annotations()
        .in_order()
        .filter(|a| a.tag == Tag::Claim)
        .cloned()
        .collect()
}

fn selected(h: &Harness<'_, ClaimmarkApp>) -> claimmark::model::Annotation {
    let id = h.state().selected().expect("something is selected");
    h.state().session().annotations().get(id).unwrap().clone()
}

#[test]
fn set_status_and_verdict_on_a_claim() {
    let mut h = harness();
    let first = claims(&h)[0].clone();
    h.get_by_label(&format!("Claim {}: {}", first.id, first.text))
        .click();
    h.run();
    h.get_by_label("In progress").click();
    h.run();
    h.get_by_label("Mostly false").click();
    h.run();
    let claim = selected(&h);
    assert_eq!(claim.review.status, ClaimStatus::InProgress);
    assert_eq!(claim.review.verdict.as_deref(), Some("Mostly false"));
    assert_eq!(claim.review.modified_by, "Test Reviewer");
    // Each was one undoable step.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(selected(&h).review.verdict, first.review.verdict);
    assert_eq!(selected(&h).review.status, ClaimStatus::InProgress);
}

#[test]
fn add_evidence_to_a_claim() {
    let mut h = harness();
    let first = claims(&h)[0].clone();
    h.get_by_label(&format!("Claim {}: {}", first.id, first.text))
        .click();
    h.run();
    let before = first.review.evidence.len();
    h.get_by_label("Add evidence").click();
    h.run();
    assert_eq!(selected(&h).review.evidence.len(), before + 1);
    // The new item's reference field has the keyboard: type the URL.
    let url = "https://www.reuters.com/technology/microsoft-openai-2025";
    h.event(egui::Event::Text(url.to_owned()));
    h.run();
    // Ctrl+E adds a second one, also ready to type into.
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h.event(egui::Event::Text("Annual report 2025, p. 4".to_owned()));
    h.run();
    let evidence = selected(&h).review.evidence;
    assert_eq!(evidence.len(), before + 2);
    assert_eq!(evidence[before].reference, url);
    assert_eq!(evidence[before + 1].reference, "Annual report 2025, p. 4");
}

#[test]
fn link_a_claim_to_a_citation_and_follow_it() {
    let mut h = harness();
    let claim = claims(&h)[1].clone(); // "Microsoft has reportedly secured a revenue share…"
    let citation = h
        .state()
        .session()
        .annotations()
        .in_order()
        .find(|a| a.tag == Tag::Citation && a.text == "[3]")
        .unwrap()
        .clone();
    h.get_by_label(&format!("Claim {}: {}", claim.id, claim.text))
        .click();
    h.run();
    h.get_by_label("Add link…").click();
    h.run();
    h.get_by_label("This is supported by…").click();
    h.run();
    assert_eq!(h.state().picking_link(), Some(LinkKind::SupportedBy));
    // Pick the citation by clicking it in the article.
    let rect = h.state().article_rects(citation.span)[0];
    h.hover_at(rect.center());
    h.run();
    h.drag_at(rect.center());
    h.run();
    h.drop_at(rect.center());
    h.run();
    assert_eq!(h.state().picking_link(), None);
    let linked = h
        .state()
        .session()
        .annotations()
        .get(claim.id)
        .unwrap()
        .clone();
    assert_eq!(linked.review.links.len(), 1);
    assert_eq!(linked.review.links[0].target, citation.id);
    assert_eq!(
        h.state().selected(),
        Some(claim.id),
        "the claim stays selected"
    );
    // The link shows on the claim and can be followed to the citation…
    h.get_by_label("supported by citation “[3]”").click();
    h.run();
    assert_eq!(h.state().selected(), Some(citation.id));
    // …where it shows from the other side, and leads back.
    h.get_by_label_contains("supports claim “Microsoft has reportedly")
        .click();
    h.run();
    assert_eq!(h.state().selected(), Some(claim.id));
}

#[test]
fn review_mode_steps_through_claims_by_keyboard() {
    let mut h = harness_with(unreviewed_sample());
    h.key_press(Key::F7);
    h.run();
    assert_eq!(h.state().side_tab(), SideTab::Review);
    let all = claims(&h);
    assert_eq!(all.len(), 4);
    let mut visited = Vec::new();
    h.key_press(Key::F8);
    h.run();
    for (n, _) in all.iter().enumerate() {
        let current = selected(&h);
        assert_eq!(current.tag, Tag::Claim);
        visited.push(current.id);
        // The form has the keyboard: type a normalized claim straight away.
        h.event(egui::Event::Text(format!("Restated {n}")));
        h.run();
        let digit = [Key::Num1, Key::Num2, Key::Num3, Key::Num4][n];
        h.key_press_modifiers(Modifiers::COMMAND, digit);
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
        h.run();
    }
    let reviewed = claims(&h);
    assert_eq!(
        visited,
        all.iter().map(|a| a.id).collect::<Vec<_>>(),
        "in document order"
    );
    for (n, claim) in reviewed.iter().enumerate() {
        assert_eq!(claim.review.status, ClaimStatus::Done, "claim {n}");
        assert_eq!(claim.review.normalized, format!("Restated {n}"));
        let expected = ["True", "Mostly true", "Half true", "Mostly false"][n];
        assert_eq!(claim.review.verdict.as_deref(), Some(expected));
    }
    h.get_by_label_contains("4 of 4 claims done");
    assert!(
        h.state()
            .status()
            .unwrap()
            .text
            .contains("All 4 claims are done")
    );
}

#[test]
fn clear_verdict_with_its_key_then_undo() {
    let mut h = harness();
    let judged = claims(&h)
        .into_iter()
        .find(|c| c.review.verdict.is_some())
        .expect("the sample has a reviewed claim");
    h.get_by_label(&format!("Claim {}: {}", judged.id, judged.text))
        .click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Backspace);
    h.run();
    assert_eq!(selected(&h).id, judged.id, "the claim is still selected");
    assert_eq!(selected(&h).review.verdict, None);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(selected(&h).review.verdict, judged.review.verdict);
}

#[test]
fn the_position_is_right_clears_the_moved_mark() {
    let mut opened = sample();
    let mut list: Vec<_> = opened.annotations.in_order().cloned().collect();
    let first_claim = list.iter().position(|a| a.tag == Tag::Claim).unwrap();
    let moved = list[first_claim].id;
    list[first_claim].check = Some("moved — check: the text next to it was edited".to_owned());
    opened.annotations = claimmark::model::AnnotationSet::from_annotations(list).unwrap();
    let mut h = harness_with(opened);
    let annotation = h
        .state()
        .session()
        .annotations()
        .get(moved)
        .unwrap()
        .clone();
    h.get_by_label(&format!(
        "Claim {} (moved, check): {}",
        annotation.id, annotation.text
    ))
    .click();
    h.run();
    assert_eq!(h.state().selected(), Some(moved));
    h.get_by_label("The position is right").click();
    h.run();
    assert_eq!(selected(&h).check, None);
    assert!(
        h.query_by_label("The position is right").is_none(),
        "the button goes with the mark"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(selected(&h).check.is_some(), "undo brings the mark back");
}
