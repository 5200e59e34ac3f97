//! Importing other tools' files onto exactly the right words. Each file here is a faithful
//! reconstruction of what the named tool writes (same fields, same offset conventions); where
//! it comes from is said beside it. Every test checks each imported span against the text the
//! file says it marked.

use claimmark::interop::{Format, ImportResult, Imported};
use claimmark::model::Tag;
use serde_json::json;

use super::import;

/// (tag, text) of every annotation, in document order.
fn spans(doc: &Imported) -> Vec<(Tag, String)> {
    doc.annotations
        .in_order()
        .map(|a| (a.tag, a.text.clone()))
        .collect()
}

/// Every annotation sits on its stored text (no highlight on other words).
fn all_on_their_words(result: &ImportResult) {
    for doc in &result.documents {
        for a in doc.annotations.in_order() {
            assert_eq!(
                doc.document.slice(a.span),
                Some(a.text.as_str()),
                "{}",
                doc.name
            );
            assert!(a.flag.is_none());
        }
    }
}

fn claim(text: &str) -> (Tag, String) {
    (Tag::Claim, text.to_owned())
}

// ---------------------------------------------------------------- Label Studio

/// Label Studio's own test "NER - Emoji - Text" (web/libs/editor/tests/…/ner/emoji): in
/// "🐱 Warning: This is a test text" the region "test" is 21–25 in code points (Label Studio
/// 1.9 and later, feature flag FF_LSDV_4620_3) and was 22–26 in UTF-16 units before
/// (label-studio#1347). Reconstructed as a JSON export with one task per version.
#[test]
fn label_studio_code_points_today_and_utf16_before() {
    let text = "🐱 Warning: This is a test text";
    let task = |id: u32, start: u32, end: u32| {
        json!({
            "id": id,
            "data": { "text": text },
            "annotations": [{
                "id": id * 10, "completed_by": 1, "was_cancelled": false,
                "result": [{
                    "id": "r1", "type": "labels", "from_name": "label", "to_name": "text",
                    "value": { "start": start, "end": end, "text": "test", "labels": ["Claim"] }
                }]
            }],
            "predictions": []
        })
    };
    let export = json!([task(1, 21, 25), task(2, 22, 26)]).to_string();
    let result = import(Format::LabelStudio, &export, None, &[], None);
    all_on_their_words(&result);
    assert_eq!(result.documents.len(), 2, "one document per task");
    for doc in &result.documents {
        assert_eq!(spans(doc), vec![claim("test")], "{}", doc.name);
    }
    let today = &result.documents[0].report;
    assert_eq!(
        (today.imported, today.converted.len()),
        (1, 0),
        "{}",
        today.describe()
    );
    let before = &result.documents[1].report;
    assert!(
        before.converted[0].contains("UTF-16 units"),
        "{}",
        before.describe()
    );
}

/// A result whose offsets give neither its text in code points nor in UTF-16 units (as in
/// label-studio's examples/named_entity/completions/1.json, where "February 22" is recorded at
/// 343–353, one character short): the text is found nearest the offsets, and said so. A
/// result whose text is nowhere is skipped, never placed on other words.
#[test]
fn label_studio_text_found_near_wrong_offsets_or_skipped() {
    let text =
        "Arrivals for the week ended February 22 were 155,221 bags.\n\nComissaria Smith said so.";
    let export = json!({
        "completions": [{ "id": 1001, "result": [
            { "id": "a", "type": "labels", "from_name": "ner", "to_name": "text", "source": "$text",
              "value": { "start": 28, "end": 38, "text": "February 22", "labels": ["Claim"] } },
            { "id": "b", "type": "labels", "from_name": "ner", "to_name": "text",
              "value": { "start": 0, "end": 8, "text": "Shipments", "labels": ["Claim"] } },
            { "id": "c", "type": "labels", "from_name": "ner", "to_name": "text",
              "value": { "start": 40, "end": 56, "text": "Comissaria Smith", "labels": ["Quote"] } }
        ]}],
        "data": { "text": text },
        "id": 1
    })
    .to_string();
    let result = import(Format::LabelStudio, &export, None, &[], None);
    all_on_their_words(&result);
    let doc = &result.documents[0];
    assert_eq!(
        spans(doc),
        vec![
            claim("February 22"),
            (Tag::Quote, "Comissaria Smith".to_owned())
        ]
    );
    let said = doc.report.describe();
    assert!(
        said.contains("its end 38 does not fit its text “February 22”"),
        "{said}"
    );
    assert!(said.contains("found 20 characters away"), "{said}");
    assert!(
        doc.report.skipped[0].contains("“Shipments” is not in the task's text"),
        "{}",
        doc.report.describe()
    );
}

/// CRLF line endings and a byte-order mark in the task's text: Label Studio counts them, our
/// text has neither; "the claim" must not become "he claim." (one shift per line break).
#[test]
fn label_studio_offsets_on_crlf_and_bom_text() {
    let text = "\u{FEFF}Line one.\r\nLine two.\r\nHere is the claim.\r\n";
    // Label Studio counts the BOM and both characters of each CRLF.
    let at = text[..text.find("the claim").unwrap()].chars().count();
    let export = json!([{ "id": 7, "data": { "text": text }, "annotations": [{ "id": 1, "result": [
        { "id": "r", "type": "labels", "value": { "start": at, "end": at + 9, "text": "the claim", "labels": ["Claim"] } }
    ]}]}])
    .to_string();
    let result = import(Format::LabelStudio, &export, None, &[], None);
    all_on_their_words(&result);
    let doc = &result.documents[0];
    assert_eq!(
        doc.document.text(),
        "Line one.\nLine two.\nHere is the claim.\n"
    );
    assert_eq!(spans(doc), vec![claim("the claim")]);
    assert_eq!(doc.report.imported, 1, "{}", doc.report.describe());
}

/// Predictions (pre-annotations) become suggestions to check; cancelled annotations are
/// skipped with a reason; two annotators give two documents, or `--annotator` picks one.
/// The task shape follows label_studio/tests/test_suites/samples/text_with_2_predictions.json
/// and previous_export.json (completed_by as an object with an e-mail).
#[test]
fn label_studio_predictions_cancelled_and_annotators() {
    let text = "The mayor said crime fell 20% 𠀀 since 2020.";
    let region = |start: usize, end: usize, t: &str, label: &str| {
        json!({ "id": format!("{start}"), "type": "labels", "from_name": "label", "to_name": "text",
                "value": { "start": start, "end": end, "text": t, "labels": [label] } })
    };
    let predicted = json!({ "id": 1, "data": { "text": text }, "annotations": [],
        "predictions": [{ "model_version": "claims-v2", "score": 0.87,
                          "result": [region(15, 29, "crime fell 20%", "Claim")] }] });
    let annotated = json!({ "id": 2, "data": { "text": text },
        "annotations": [
            { "id": 21, "completed_by": { "id": 4, "email": "ana@desk.example", "first_name": "Ana", "last_name": "Müller" },
              "was_cancelled": false, "result": [region(15, 29, "crime fell 20%", "Claim")] },
            { "id": 22, "completed_by": { "id": 5, "email": "ben@desk.example", "first_name": "Ben", "last_name": "Okafor" },
              "was_cancelled": false, "result": [region(32, 42, "since 2020", "Claim")] },
            { "id": 23, "completed_by": 6, "was_cancelled": true, "result": [region(0, 9, "The mayor", "Quote")] }
        ],
        "predictions": [{ "model_version": "claims-v2", "result": [region(0, 9, "The mayor", "Claim")] }] });
    let export = json!([predicted, annotated]).to_string();

    let result = import(Format::LabelStudio, &export, None, &[], None);
    all_on_their_words(&result);
    let names: Vec<&str> = result.documents.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "task-1",
            "task-2-ana@desk.example",
            "task-2-ben@desk.example"
        ]
    );
    let suggestion = result.documents[0].annotations.in_order().next().unwrap();
    assert_eq!(suggestion.text, "crime fell 20%");
    assert_eq!(
        suggestion.check.as_deref(),
        Some("suggested — check: Label Studio prediction (model claims-v2, score 0.87)")
    );
    let ana = &result.documents[1];
    assert_eq!(spans(ana), vec![claim("crime fell 20%")]);
    assert_eq!(
        ana.annotations.in_order().next().unwrap().review.created_by,
        "Ana Müller <ana@desk.example>"
    );
    let said = ana.report.describe();
    assert!(
        said.contains("annotation 23 by user 6 was cancelled"),
        "{said}"
    );
    assert!(
        said.contains("1 prediction(s) skipped (the task has annotations)"),
        "{said}"
    );
    // The astral CJK character before "since" counts once as a code point.
    assert_eq!(spans(&result.documents[2]), vec![claim("since 2020")]);

    let only_ben = import(Format::LabelStudio, &export, None, &[], Some("Ben Okafor"));
    let names: Vec<&str> = only_ben.documents.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["task-1", "task-2"]);
    assert_eq!(spans(&only_ben.documents[1]), vec![claim("since 2020")]);
    assert!(
        only_ben.documents[0].annotations.is_empty(),
        "predictions are not people's work"
    );
}

/// JSON-MIN, Label Studio's flat export: one object per annotation with the data's fields and
/// a `label` list of regions.
#[test]
fn label_studio_json_min() {
    let export = json!([
        { "id": 3, "text": "Unemployment is at a record low 😀 says the minister.",
          "label": [ { "start": 0, "end": 35, "text": "Unemployment is at a record low 😀", "labels": ["Statement"] } ],
          "annotator": "ana@desk.example", "annotation_id": 9, "created_at": "2026-11-02T10:00:00Z", "lead_time": 12.5 }
    ])
    .to_string();
    let mapping = [("Statement".to_owned(), Tag::Claim)];
    let result = import(Format::LabelStudio, &export, None, &mapping, None);
    all_on_their_words(&result);
    assert_eq!(
        spans(&result.documents[0]),
        vec![claim("Unemployment is at a record low 😀")]
    );
    assert!(
        result.labels[0].contains("Statement → claim (by --map, 1)"),
        "{:?}",
        result.labels
    );
}

// ---------------------------------------------------------------- doccano

/// doccano 1.x JSONL (backend/data_export/pipeline/examples/sequence_labeling/example.jsonl):
/// several documents, `label` as [start, end, label], UTF-16 offsets from its JavaScript
/// editor. With emoji and an astral CJK character the UTF-16 reading is the one that lands on
/// word boundaries, and the report says so. `--map` maps doccano labels; unmapped ones are
/// listed. A reversed span is an error for that span.
#[test]
fn doccano_jsonl_documents_utf16_map_and_reversed_offsets() {
    let first = "EU rejects German call to boycott British lamb.";
    let second = "👍🏽 𠀀 Unemployment fell to 3.1% in March, the minister said.";
    let utf16 = |text: &str, phrase: &str| {
        let byte = text.find(phrase).unwrap();
        let start: usize = text[..byte].encode_utf16().count();
        (start, start + phrase.encode_utf16().count())
    };
    let (a, b) = utf16(second, "Unemployment fell to 3.1% in March");
    let (c, d) = utf16(second, "the minister");
    let jsonl = format!(
        "{}\n{}\n",
        json!({ "id": 1, "text": first, "label": [[0, 2, "ORG"], [11, 17, "MISC"]] }),
        json!({ "id": 2, "text": second, "label": [[a, b, "CLAIM"], [c, d, "PER"], [17, 11, "CLAIM"]] })
    );
    let mapping = [("PER".to_owned(), Tag::Quote)];
    let result = import(Format::Doccano, &jsonl, None, &mapping, None);
    all_on_their_words(&result);
    assert_eq!(result.documents.len(), 2);
    assert!(result.documents[0].annotations.is_empty());
    let doc = &result.documents[1];
    assert_eq!(
        spans(doc),
        vec![
            claim("Unemployment fell to 3.1% in March"),
            (Tag::Quote, "the minister".to_owned())
        ]
    );
    let said = doc.report.describe();
    assert!(said.contains("offsets read as UTF-16 units"), "{said}");
    assert!(
        said.contains("the end 11 comes before the start 17"),
        "{said}"
    );
    let labels = result.labels.join("\n");
    assert!(labels.contains("PER → quote (by --map, 1)"), "{labels}");
    assert!(
        labels.contains("not mapped") && labels.contains("ORG (1)") && labels.contains("MISC (1)"),
        "{labels}"
    );
}

/// doccano's relation-extraction export is pretty-printed JSON, not one object per line
/// (backend/data_export/pipeline/examples/relation_extraction/example.jsonl), with `entities`
/// objects; here with CRLF line endings inside the text.
#[test]
fn doccano_pretty_printed_entities_with_crlf() {
    let text = "Google was founded\r\non September 4, 1998,\r\nby Larry Page.";
    let at = |phrase: &str| {
        let start = text[..text.find(phrase).unwrap()].encode_utf16().count();
        (start, start + phrase.encode_utf16().count())
    };
    let (s1, e1) = at("September 4, 1998");
    let (s2, e2) = at("Larry Page");
    let export = serde_json::to_string_pretty(&json!({
        "id": 8,
        "text": text,
        "entities": [
            { "id": 0, "start_offset": s1, "end_offset": e1, "label": "Claim" },
            { "id": 1, "start_offset": s2, "end_offset": e2, "label": "Quote" }
        ],
        "relations": [{ "from_id": 0, "to_id": 1, "type": "foundedBy" }]
    }))
    .unwrap();
    let result = import(Format::Doccano, &export, None, &[], None);
    all_on_their_words(&result);
    assert_eq!(
        spans(&result.documents[0]),
        vec![
            claim("September 4, 1998"),
            (Tag::Quote, "Larry Page".to_owned())
        ]
    );
}

/// Before 1.0, doccano exported `annotations` with numeric label ids and the user
/// (app/server/static/components/examples/download_sequence_labeling.jsonl at v1.0.0), and a
/// "JSON1" variant with `labels` lists: ids need `--map`, and say so when not mapped.
#[test]
fn doccano_before_one_point_oh() {
    let jsonl = [
        json!({ "id": 1, "text": "EU rejects German call to boycott British lamb.",
                "annotations": [ { "id": 1, "label": 2, "start_offset": 0, "end_offset": 2, "user": 1 },
                                 { "id": 2, "label": 3, "start_offset": 11, "end_offset": 17, "user": 1 } ] }),
        json!({ "id": 2, "text": "President Obama spoke.", "labels": [[10, 15, "Quote"]] }),
        // Columns named by the user on import (backend/data_import/pipeline/examples/…).
        json!({ "column_data": "Peter Blackburn said so.", "column_label": [[0, 15, "Quote"]] }),
    ]
    .map(|v| v.to_string())
    .join("\n");
    let mapping = [("2".to_owned(), Tag::Claim)];
    let result = import(Format::Doccano, &jsonl, None, &mapping, None);
    all_on_their_words(&result);
    assert_eq!(spans(&result.documents[0]), vec![claim("EU")]);
    assert_eq!(
        result.documents[0]
            .annotations
            .in_order()
            .next()
            .unwrap()
            .review
            .created_by,
        "doccano user 1"
    );
    assert!(result.documents[0].report.describe().contains("a label id"));
    assert_eq!(
        spans(&result.documents[1]),
        vec![(Tag::Quote, "Obama".to_owned())]
    );
    assert_eq!(
        spans(&result.documents[2]),
        vec![(Tag::Quote, "Peter Blackburn".to_owned())]
    );
}

// ---------------------------------------------------------------- brat and W3C

/// brat reads the .txt as it is: its offsets count a CRLF as two characters and a UTF-8
/// byte-order mark as one (T1); a file whose offsets left the mark out (T2) is placed too, and
/// said so. Checked against the text brat recorded in the .ann: T3's offsets give other words
/// and it is skipped.
#[test]
fn brat_offsets_on_crlf_and_bom_text() {
    let txt = "\u{FEFF}Title line\r\nThe minister said exports rose 12%.\r\n";
    let at = |phrase: &str| {
        let start = txt[..txt.find(phrase).unwrap()].chars().count();
        (start, start + phrase.chars().count())
    };
    let (a, b) = at("exports rose 12%");
    let ann = format!(
        "T1\tClaim {a} {b}\texports rose 12%\nT2\tQuote {} {}\texports rose 12%\nT3\tClaim {} {}\texports rose 12%\n",
        a - 1,
        b - 1,
        a + 3,
        b + 3
    );
    let result = import(
        Format::Brat,
        &ann,
        Some(("story.txt", txt.as_bytes())),
        &[],
        None,
    );
    all_on_their_words(&result);
    let doc = &result.documents[0];
    assert_eq!(
        doc.document.text(),
        "Title line\nThe minister said exports rose 12%.\n"
    );
    assert_eq!(
        spans(doc),
        vec![
            claim("exports rose 12%"),
            (Tag::Quote, "exports rose 12%".to_owned())
        ]
    );
    let said = doc.report.describe();
    assert!(
        said.contains("(T2): offsets counted without the text's byte-order mark"),
        "{said}"
    );
    assert!(
        said.contains("(T3) at") && said.contains("not “exports rose 12%”"),
        "{said}"
    );
}

/// A W3C annotation from another tool counted on the article file as it is (CRLF), with a
/// TextQuoteSelector: the position is mapped through the line endings and checked by the
/// quote. `--map` applies to tagging bodies.
#[test]
fn w3c_positions_on_crlf_text_and_mapped_tags() {
    let txt = "Headline\r\nThe claim is here.\r\nAnother line.\r\n";
    let start = txt[..txt.find("The claim").unwrap()].chars().count();
    let annotations = json!({ "type": "AnnotationCollection", "first": { "items": [ {
        "id": "urn:x:1", "type": "Annotation",
        "body": [ { "type": "TextualBody", "purpose": "tagging", "value": "assertion" } ],
        "target": { "source": "story.txt", "selector": [
            { "type": "TextQuoteSelector", "exact": "The claim", "prefix": "Headline\r\n", "suffix": " is here." },
            { "type": "TextPositionSelector", "start": start, "end": start + 9 } ] } } ] } })
    .to_string();
    let mapping = [("assertion".to_owned(), Tag::Claim)];
    let result = import(
        Format::W3c,
        &annotations,
        Some(("story.txt", txt.as_bytes())),
        &mapping,
        None,
    );
    all_on_their_words(&result);
    assert_eq!(spans(&result.documents[0]), vec![claim("The claim")]);
    assert_eq!(result.documents[0].report.imported, 1);
}

// ---------------------------------------------------------------- Hypothesis

/// A Hypothesis API search result (`GET /api/search`, shape as in the h API reference: total,
/// rows with target selectors, tags, text, user, user_info), placed on the saved page. The
/// page's text differs from the live page Hypothesis counted on, so quotes decide; a reply and
/// a page note are skipped with reasons; an unmapped tag is reported.
#[test]
fn hypothesis_search_result_on_a_saved_page() {
    let page = "<html><head><title>Bridge costs</title></head><body><nav>Home</nav><article>\
        <h1>The new bridge</h1>\
        <p>The new bridge over the Elbe cost €1.8 billion, twice its original budget, \
        the city said.</p>\
        <p>Officials said it would open in 2027.</p></article></body></html>";
    let row = |id: &str, tags: &[&str], exact: &str, prefix: &str, start: u32| {
        json!({
            "id": id, "created": "2026-11-20T08:15:00.000000+00:00", "updated": "2026-11-20T08:15:00.000000+00:00",
            "user": "acct:ana_m@hypothes.is", "uri": "https://news.example/bridge",
            "text": format!("note on {id}"), "tags": tags, "group": "__world__",
            "target": [{ "source": "https://news.example/bridge", "selector": [
                { "type": "RangeSelector", "startContainer": "/main[1]/article[1]/p[1]", "startOffset": 0,
                  "endContainer": "/main[1]/article[1]/p[1]", "endOffset": 10 },
                { "type": "TextPositionSelector", "start": start, "end": start + exact.encode_utf16().count() as u32 },
                { "type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": "" } ] }],
            "document": { "title": ["Bridge costs"] },
            "links": { "html": format!("https://hypothes.is/a/{id}") },
            "user_info": { "display_name": "Ana M." }, "hidden": false, "flagged": false, "references": []
        })
    };
    let mut reply = row("r3", &["claim"], "x", "", 0);
    reply["references"] = json!(["a1"]);
    let mut page_note = row("p4", &["claim"], "x", "", 0);
    page_note["target"] = json!([{ "source": "https://news.example/bridge" }]);
    let result_json = json!({ "total": 5, "rows": [
        row("a1", &["claim", "elbe"], "cost €1.8 billion, twice its original budget", "bridge over the Elbe ", 230),
        row("a2", &["timeline"], "open in 2027", "said it would ", 400),
        reply, page_note,
    ] })
    .to_string();
    let result = import(
        Format::Hypothesis,
        &result_json,
        Some(("bridge.html", page.as_bytes())),
        &[],
        None,
    );
    all_on_their_words(&result);
    let doc = &result.documents[0];
    assert_eq!(
        spans(doc),
        vec![claim("cost €1.8 billion, twice its original budget")]
    );
    let a = doc.annotations.in_order().next().unwrap();
    assert_eq!(a.note, "note on a1");
    assert_eq!(a.review.created_by, "Ana M.");
    let said = doc.report.describe();
    assert!(said.contains("found by its quoted text"), "{said}");
    assert!(said.contains("tags timeline; none maps"), "{said}");
    assert!(said.contains("a reply"), "{said}");
    assert!(said.contains("a page note"), "{said}");
    assert!(
        said.contains("the search found 5 annotations but this file holds 4"),
        "{said}"
    );

    // With the tag mapped, the second one is a citation.
    let mapping = [("timeline".to_owned(), Tag::Citation)];
    let result = import(
        Format::Hypothesis,
        &result_json,
        Some(("bridge.html", page.as_bytes())),
        &mapping,
        None,
    );
    assert_eq!(
        spans(&result.documents[0])[1],
        (Tag::Citation, "open in 2027".to_owned())
    );
}
