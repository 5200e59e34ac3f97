//! Files written by earlier versions of claimmark still open, unchanged, and are upgraded.

use std::path::Path;

use claimmark::format::{self, PLAIN_VERSION};
use claimmark::io;
use claimmark::model::{ClaimStatus, Review};

#[test]
fn a_version_1_file_opens_and_upgrades() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1/sample-v1.ron");
    let v1_text = std::fs::read_to_string(&path).unwrap();
    assert!(v1_text.contains("version: 1,"));
    let opened = io::open(&path).unwrap();
    assert_eq!(opened.annotations.len(), 9);
    assert_eq!(opened.annotations.flagged_count(), 0);
    assert!(
        opened.describe_notices().contains("version 1"),
        "{:?}",
        opened.notices
    );
    for annotation in opened.annotations.in_order() {
        assert_eq!(annotation.review, Review::default());
        assert_eq!(annotation.review.status, ClaimStatus::ToCheck);
    }
    let upgraded = format::to_ron(&opened.document, &opened.annotations, &opened.scale).unwrap();
    // Nothing from the web in it: the version older builds read too.
    assert!(upgraded.contains(&format!("version: {PLAIN_VERSION},")));
    let again = format::from_ron(&upgraded).unwrap();
    assert_eq!(again.annotations, opened.annotations);
    assert_eq!(again.document, opened.document);
    assert!(again.warnings.is_empty());
}
