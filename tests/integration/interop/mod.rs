//! Other tools' formats: round trips on every shared article (including the Unicode one),
//! UTF-16 offsets, required JSON-LD keys, and malformed inputs.

mod imports;

use claimmark::interop::{
    Format, ImportRequest, ImportResult, LabelMap, SourceText, brat, claimreview, w3c,
};
use claimmark::io;
use claimmark::model::{AnnotationSet, Document, Link, LinkKind, RatingScale, Span, Tag};
use claimmark::session::Session;

/// Imports `export` (with `article` for brat, W3C and Hypothesis) as the CLI does.
pub fn import(
    format: Format,
    export: &str,
    article: Option<(&str, &[u8])>,
    mapping: &[(String, Tag)],
    annotator: Option<&str>,
) -> ImportResult {
    claimmark::interop::import(&ImportRequest {
        format,
        export,
        article,
        mapping,
        annotator,
        now: "2026-11-28T00:00:00Z",
    })
    .unwrap()
}

/// The source text of a document as a tool that read it exactly would hold it.
fn source_of(document: &Document) -> SourceText {
    SourceText::with_document(document.text(), document.clone())
}

use crate::util::fixture;

/// Every shared article with its reference spans tagged, a note and a link.
fn annotated() -> Vec<(String, Session)> {
    let reference: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("reference-spans.json")).unwrap())
            .unwrap();
    reference["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|article| {
            let file = article["file"].as_str().unwrap().to_owned();
            let opened = io::open(&fixture(&file)).unwrap();
            let mut session = Session::new(opened.document, AnnotationSet::new(), None);
            let mut ids = Vec::new();
            for span in article["spans"].as_array().unwrap() {
                let tag = Tag::from_name(span["tag"].as_str().unwrap()).unwrap();
                let s = Span::new(
                    span["start"].as_u64().unwrap() as usize,
                    span["end"].as_u64().unwrap() as usize,
                );
                ids.push(session.tag(s, tag, "2026-11-27T00:00:00Z").unwrap());
            }
            session
                .set_note(ids[0], "Note with “quotes”, commas, 😀", "t")
                .unwrap();
            session
                .link(
                    ids[0],
                    Link {
                        kind: LinkKind::SupportedBy,
                        target: ids[1],
                    },
                    "t",
                )
                .unwrap();
            (file, session)
        })
        .collect()
}

fn essentials(set: &AnnotationSet) -> Vec<(Tag, Span, String, String)> {
    set.in_order()
        .map(|a| (a.tag, a.span, a.text.clone(), a.note.clone()))
        .collect()
}

#[test]
fn w3c_round_trip_on_every_article() {
    for (file, session) in annotated() {
        let json = w3c::export(session.document(), session.annotations());
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["@context"], "http://www.w3.org/ns/anno.jsonld");
        assert_eq!(value["type"], "AnnotationCollection");
        let items = value["first"]["items"].as_array().unwrap();
        assert_eq!(items.len(), session.annotations().len());
        for item in items {
            assert_eq!(item["type"], "Annotation");
            let selectors = item["target"]["selector"].as_array().unwrap();
            assert!(
                selectors
                    .iter()
                    .any(|s| s["type"] == "TextQuoteSelector" && s["exact"].is_string())
            );
            assert!(
                selectors
                    .iter()
                    .any(|s| s["type"] == "TextPositionSelector" && s["start"].is_u64())
            );
        }
        let imported = w3c::import(
            source_of(session.document()),
            &json,
            &mut LabelMap::default(),
            "t",
        )
        .unwrap();
        let (back, report) = (imported.annotations, imported.report);
        assert_eq!(
            essentials(&back),
            essentials(session.annotations()),
            "{file}"
        );
        assert!(
            report.skipped.is_empty() && report.converted.is_empty(),
            "{file}: {}",
            report.describe()
        );
    }
}

#[test]
fn w3c_import_refinds_quotes_when_positions_are_off() {
    let (_, session) = annotated().into_iter().nth(1).unwrap(); // the Unicode article
    let json = w3c::export(session.document(), session.annotations());
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    for item in value["first"]["items"].as_array_mut().unwrap() {
        let selectors = item["target"]["selector"].as_array_mut().unwrap();
        // A tool that counted UTF-16 units would be off after the emoji: shift every position.
        selectors[1]["start"] = serde_json::json!(selectors[1]["start"].as_u64().unwrap() + 3);
        selectors[1]["end"] = serde_json::json!(selectors[1]["end"].as_u64().unwrap() + 3);
    }
    let imported = w3c::import(
        source_of(session.document()),
        &value.to_string(),
        &mut LabelMap::default(),
        "t",
    )
    .unwrap();
    let (back, report) = (imported.annotations, imported.report);
    assert_eq!(essentials(&back), essentials(session.annotations()));
    assert_eq!(report.converted.len(), session.annotations().len());
}

#[test]
fn brat_round_trip_on_every_article() {
    for (file, session) in annotated() {
        let ann = brat::export_ann(session.document(), session.annotations());
        assert!(
            ann.lines()
                .all(|l| l.starts_with('T') || l.starts_with('#') || l.starts_with('R')),
            "{file}"
        );
        let imported = brat::import(
            source_of(session.document()),
            &ann,
            &mut LabelMap::default(),
            "t",
        )
        .unwrap();
        let (back, report) = (imported.annotations, imported.report);
        assert_eq!(
            essentials(&back),
            essentials(session.annotations()),
            "{file}: {}",
            report.describe()
        );
        let first = back.in_order().next().unwrap();
        assert_eq!(
            first.review.links.len(),
            1,
            "{file}: the link came back as a relation"
        );
    }
}

#[test]
fn brat_files_written_by_brat_import() {
    // Written by brat 1.3 for a two-line text: an entity per line, a note, a relation, an
    // unmapped type, an event and a discontinuous entity.
    let text = "The minister said exports rose 12%.\nCustoms data show 7% [2].\n";
    let doc = Document::new(text.to_owned(), None, "utf-8");
    let ann = "T1\tClaim 18 34\texports rose 12%\n\
               T2\tCitation 57 60\t[2]\n\
               #1\tAnnotatorNotes T1\tcheck against customs\n\
               R1\tContradicted_by Arg1:T1 Arg2:T2\t\n\
               T3\tPerson 4 12\tminister\n\
               E1\tClaim:T1\n\
               T4\tClaim 0 3;13 17\tThe said\n";
    let imported = brat::import(source_of(&doc), ann, &mut LabelMap::default(), "t").unwrap();
    let (set, report) = (imported.annotations, imported.report);
    let got: Vec<(Tag, &str, &str)> = set
        .in_order()
        .map(|a| (a.tag, a.text.as_str(), a.note.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            (Tag::Claim, "exports rose 12%", "check against customs"),
            (Tag::Citation, "[2]", "")
        ]
    );
    assert_eq!(
        set.in_order().next().unwrap().review.links[0].kind,
        LinkKind::ContradictedBy
    );
    assert_eq!(report.skipped.len(), 3, "{}", report.describe());
    assert!(report.describe().contains("“Person” is not mapped"));
    assert!(report.describe().contains("discontinuous"));
    // With a mapping, Person becomes a citation.
    let map = [("Person".to_owned(), Tag::Citation)];
    let set = brat::import(source_of(&doc), ann, &mut LabelMap::new(&map), "t")
        .unwrap()
        .annotations;
    assert_eq!(set.len(), 3);
}

#[test]
fn claimreview_has_the_required_keys_and_warns() {
    let (_, mut session) = annotated().into_iter().next().unwrap();
    let claims: Vec<_> = session
        .annotations()
        .in_order()
        .filter(|a| a.tag == Tag::Claim)
        .map(|a| a.id)
        .collect();
    session
        .edit(claims[0], "review", None, "2026-11-27T10:00:00Z", |a| {
            a.review.verdict = Some("Mostly false".to_owned());
            a.review.normalized = "OpenAI and Microsoft ended Microsoft's exclusive right to sell OpenAI models worldwide".to_owned();
            a.review.claimant = "Reuters".to_owned();
        })
        .unwrap();
    let out = claimreview::export(
        session.document(),
        session.annotations(),
        &RatingScale::default(),
    );
    let value: serde_json::Value = serde_json::from_str(&out.json).unwrap();
    let reviews = value.as_array().unwrap();
    assert_eq!(reviews.len(), 1, "only claims with a verdict");
    let r = &reviews[0];
    assert_eq!(r["@context"], "https://schema.org");
    assert_eq!(r["@type"], "ClaimReview");
    assert_eq!(r["reviewRating"]["alternateName"], "Mostly false");
    assert_eq!(r["reviewRating"]["ratingValue"], 4);
    assert_eq!(r["reviewRating"]["bestRating"], 7);
    assert_eq!(r["reviewRating"]["worstRating"], 1);
    assert_eq!(r["itemReviewed"]["@type"], "Claim");
    assert_eq!(r["itemReviewed"]["author"]["name"], "Reuters");
    assert!(
        r["claimReviewed"]
            .as_str()
            .unwrap()
            .starts_with("OpenAI and Microsoft ended")
    );
    let warnings = out.warnings.join("\n");
    assert!(warnings.contains("at most 75"), "{warnings}");
    assert!(warnings.contains("no verdict yet"), "{warnings}");
}

#[test]
fn a_saved_html_page_opens_as_clean_text_and_links_become_citation_targets() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("story.html");
    std::fs::write(
        &page,
        "<html><head><title>Exports questioned</title><script>var x = '<p>no</p>';</script></head>\
         <body><header><nav><a href='/'>Home</a></nav></header><main><article>\
         <h1>Minister&#8217;s claim on record exports</h1>\
         <p>The trade minister said exports rose 12% last year \
         <a href=\"https://gov.example/speech\">[1]</a>.</p>\
         <p>Customs data show a rise of 7%.</p></article></main>\
         <footer>Subscribe!</footer></body></html>",
    )
    .unwrap();
    let opened = io::open(&page).unwrap();
    // The headline, not the browser tab's title.
    assert_eq!(
        opened.document.title(),
        "Minister’s claim on record exports"
    );
    assert_eq!(
        opened.document.text(),
        "Minister’s claim on record exports\n\nThe trade minister said exports rose 12% last year [1].\n\nCustoms data show a rise of 7%.\n"
    );
    let mut session = opened.into_session();
    let text = session.document().text().to_owned();
    let start = text[..text.find("[1]").unwrap()].chars().count();
    let id = session
        .tag(Span::new(start, start + 3), Tag::Citation, "t")
        .unwrap();
    assert_eq!(
        session.annotations().get(id).unwrap().review.target,
        "https://gov.example/speech"
    );
}
