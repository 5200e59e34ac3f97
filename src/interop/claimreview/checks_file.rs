//! The outside-checks file: the ClaimReviews another site published, kept as JSON in a desk's
//! `outside-checks/` folder (`{"format": "claimmark outside checks", "checks": [...]}`).

use serde::{Deserialize, Serialize};

use super::OutsideCheck;

/// The JSON of an outside-checks file.
#[derive(Serialize, Deserialize)]
struct OutsideChecksFile {
    format: String,
    checks: Vec<OutsideCheck>,
}

const OUTSIDE_FORMAT: &str = "claimmark outside checks";

/// An outside-checks file's text.
pub fn outside_checks_json(checks: &[OutsideCheck]) -> String {
    let file = OutsideChecksFile {
        format: OUTSIDE_FORMAT.to_owned(),
        checks: checks.to_vec(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default() + "\n"
}

/// The checks of an outside-checks file (or of raw ClaimReview JSON-LD dropped there).
pub fn read_outside_checks(text: &str) -> Result<Vec<OutsideCheck>, String> {
    match serde_json::from_str::<OutsideChecksFile>(text) {
        Ok(file) if file.format == OUTSIDE_FORMAT => Ok(file.checks),
        _ => {
            let found = super::read_claim_reviews(text);
            if found.is_empty() {
                Err("no ClaimReview in it".to_owned())
            } else {
                Ok(found)
            }
        }
    }
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn the_file_round_trips_and_raw_json_ld_is_read_too() {
        let checks = vec![OutsideCheck {
            claim: "The bridge cost €1.8 billion".to_owned(),
            headline: "Did the bridge cost €1.8 billion?".to_owned(),
            claimant: "Mayor".to_owned(),
            rating: "Mostly false".to_owned(),
            publisher: "Desk Check".to_owned(),
            url: "https://check.example/bridge".to_owned(),
            date: "2026-10-01".to_owned(),
        }];
        let text = outside_checks_json(&checks);
        assert!(text.contains("claimmark outside checks"));
        assert_eq!(read_outside_checks(&text).unwrap(), checks);
        let raw = r#"{"@type": "ClaimReview", "claimReviewed": "The bridge cost €1.8 billion"}"#;
        assert_eq!(read_outside_checks(raw).unwrap().len(), 1);
        assert!(read_outside_checks("{}").is_err());
    }
}
