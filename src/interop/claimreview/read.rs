//! Reading schema.org ClaimReview markup that fact-checking sites publish: JSON-LD files (one
//! review, a list, or a `@graph`) and web pages carrying it in
//! `<script type="application/ld+json">`. Pure: text in, checks out.

use serde_json::Value;

use super::OutsideCheck;

/// Every ClaimReview in `text`: JSON-LD, or an HTML page's JSON-LD scripts. A script that is
/// not valid JSON is skipped (pages carry other JSON-LD too); none found is an empty list.
pub fn read_claim_reviews(text: &str) -> Vec<OutsideCheck> {
    let trimmed = text.trim_start();
    let sources: Vec<String> = if trimmed.starts_with('{') || trimmed.starts_with('[') {
        vec![text.to_owned()]
    } else {
        let page = scraper::Html::parse_document(text);
        match scraper::Selector::parse(r#"script[type="application/ld+json"]"#) {
            Ok(selector) => page
                .select(&selector)
                .map(|s| s.text().collect::<String>())
                .collect(),
            Err(_) => Vec::new(),
        }
    };
    let mut found = Vec::new();
    for source in sources {
        if let Ok(value) = serde_json::from_str::<Value>(&source) {
            collect(&value, &mut found);
        }
    }
    found
}

fn is_claim_review(value: &Value) -> bool {
    match value.get("@type") {
        Some(Value::String(t)) => t == "ClaimReview" || t.ends_with("/ClaimReview"),
        Some(Value::Array(types)) => types
            .iter()
            .filter_map(Value::as_str)
            .any(|t| t == "ClaimReview" || t.ends_with("/ClaimReview")),
        _ => false,
    }
}

/// Walks any JSON-LD shape: objects, lists, `@graph`, reviews nested in articles.
fn collect(value: &Value, found: &mut Vec<OutsideCheck>) {
    match value {
        Value::Array(items) => items.iter().for_each(|i| collect(i, found)),
        Value::Object(map) => {
            if is_claim_review(value) {
                if let Some(check) = check_of(value) {
                    found.push(check);
                }
                return;
            }
            map.values().for_each(|v| collect(v, found));
        }
        _ => {}
    }
}

/// The text of a name-like value: a string, an object's `name`, or the first of a list.
fn name(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => s.trim().to_owned(),
        Some(Value::Object(map)) => name(map.get("name")),
        Some(Value::Array(items)) => items
            .iter()
            .map(|i| name(Some(i)))
            .find(|n| !n.is_empty())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

fn check_of(review: &Value) -> Option<OutsideCheck> {
    let claim = name(review.get("claimReviewed"));
    let item = review.get("itemReviewed");
    let claimant = name(item.and_then(|i| i.get("author")));
    let rating = review.get("reviewRating");
    let rating = {
        let alternate = name(rating.and_then(|r| r.get("alternateName")));
        if alternate.is_empty() {
            let value = rating.and_then(|r| r.get("ratingValue")).map(|v| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            });
            let best = rating.and_then(|r| r.get("bestRating")).map(|v| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            });
            match (value, best) {
                (Some(v), Some(b)) => format!("{v} of {b}"),
                (Some(v), None) => v,
                _ => String::new(),
            }
        } else {
            alternate
        }
    };
    let publisher = [review.get("author"), review.get("publisher")]
        .into_iter()
        .map(name)
        .find(|n| !n.is_empty())
        .unwrap_or_default();
    let date = name(review.get("datePublished"));
    let url = name(review.get("url"));
    let headline = [review.get("headline"), review.get("name")]
        .into_iter()
        .map(name)
        .find(|n| !n.is_empty())
        .unwrap_or_default();
    (!claim.is_empty()).then_some(OutsideCheck {
        claim,
        headline,
        claimant,
        rating,
        publisher,
        url,
        date,
    })
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn lists_graphs_and_pages() {
        let json = r#"{"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "headline": "x"},
            {"@type": "ClaimReview", "claimReviewed": "The bridge cost €1.8 billion",
             "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Mayor"}},
             "author": {"@type": "Organization", "name": "Desk Check"},
             "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 5, "alternateName": "Mostly false"},
             "url": "https://check.example/bridge", "datePublished": "2026-10-01"}]}"#;
        let found = read_claim_reviews(json);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].claimant, "Mayor");
        assert_eq!(found[0].rating, "Mostly false");
        assert_eq!(found[0].publisher, "Desk Check");
        assert_eq!(found[0].headline, "");
        let titled = json.replace(
            r#""claimReviewed""#,
            r#""name": "Did the bridge cost €1.8 billion?", "claimReviewed""#,
        );
        assert_eq!(
            read_claim_reviews(&titled)[0].headline,
            "Did the bridge cost €1.8 billion?"
        );
        let page = format!(
            "<html><head><script type=\"application/ld+json\">{json}</script>\
             <script type=\"application/ld+json\">{{ not json</script></head><body></body></html>"
        );
        assert_eq!(read_claim_reviews(&page), found);
        assert!(read_claim_reviews("<html></html>").is_empty());
    }
}
