use super::*;
use crate::model::Tag;

fn sample() -> (Document, AnnotationSet) {
    let doc = Document::new(
        "Title 😀\nJose\u{301} said “hi” [1].\n\n李小龙 «هذا»\n".to_owned(),
        Some("t.txt".to_owned()),
        "utf-8",
    );
    let mut set = AnnotationSet::new();
    for (id, tag, start, end) in [
        (1, Tag::Claim, 8, 25),
        (2, Tag::Quote, 18, 22),
        (3, Tag::Citation, 23, 26),
    ] {
        let mut a = Annotation::new(
            AnnotationId(id),
            tag,
            Span::new(start, end),
            &doc,
            "2026-01-01T00:00:00Z",
        )
        .unwrap();
        a.note = format!("note \"{id}\"\nsecond line");
        set.insert(a).unwrap();
    }
    (doc, set)
}

#[test]
fn round_trip_is_identity_and_deterministic() {
    let (doc, set) = sample();
    let text = to_ron(&doc, &set).unwrap();
    let loaded = from_ron(&text).unwrap();
    assert_eq!(loaded.document, doc);
    assert_eq!(loaded.annotations, set);
    assert!(loaded.warnings.is_empty());
    assert_eq!(to_ron(&loaded.document, &loaded.annotations).unwrap(), text);
}

#[test]
fn syntax_errors_carry_line_and_column() {
    let (doc, set) = sample();
    let text = to_ron(&doc, &set).unwrap();
    let broken = text.replacen("tag: Quote", "tag: Qoute", 1);
    let line = broken.lines().position(|l| l.contains("Qoute")).unwrap() + 1;
    match from_ron(&broken) {
        Err(FormatError::Syntax {
            line: l, message, ..
        }) => {
            assert_eq!(l, line);
            assert!(message.contains("Qoute"), "{message}");
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
    let truncated = &text[..text.len() / 2];
    assert!(matches!(
        from_ron(truncated),
        Err(FormatError::Syntax { .. })
    ));
}

#[test]
fn header_is_checked() {
    assert_eq!(
        from_ron("(format: \"other\", version: 1)").unwrap_err(),
        FormatError::NotAnAnnotationFile
    );
    assert_eq!(
        from_ron("(format: \"claimmark\", version: 7)").unwrap_err(),
        FormatError::UnsupportedVersion {
            found: 7,
            supported: 1
        }
    );
    assert!(matches!(from_ron(""), Err(FormatError::Syntax { .. })));
}

#[test]
fn duplicate_ids_are_an_error_with_a_line() {
    let (doc, set) = sample();
    let text = to_ron(&doc, &set).unwrap().replace("id: 2,", "id: 1,");
    let expected_line = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.trim() == "id: 1,")
        .nth(1)
        .unwrap()
        .0
        + 1;
    assert_eq!(
        from_ron(&text).unwrap_err(),
        FormatError::DuplicateId {
            id: 1,
            line: expected_line
        }
    );
}

#[test]
fn mismatching_annotations_load_flagged_and_unmoved() {
    let (doc, set) = sample();
    let text = to_ron(&doc, &set)
        .unwrap()
        .replace("start: 18,", "start: 19,")
        .replace("end: 26,", "end: 2600,");
    let loaded = from_ron(&text).unwrap();
    assert_eq!(loaded.annotations.len(), 3);
    let quote = loaded.annotations.get(AnnotationId(2)).unwrap();
    assert!(matches!(
        quote.flag,
        Some(crate::model::Flag::TextMismatch { .. })
    ));
    assert_eq!(
        quote.span,
        Span { start: 19, end: 22 },
        "kept where the file says"
    );
    let citation = loaded.annotations.get(AnnotationId(3)).unwrap();
    assert_eq!(citation.flag, Some(crate::model::Flag::OutOfRange));
    assert_eq!(loaded.warnings, vec![LoadWarning::Flagged { count: 2 }]);
    assert_eq!(
        loaded.annotations.index().len(),
        1,
        "flagged ones are not highlighted"
    );
    // Saving keeps the flagged annotations exactly as they were.
    let again = from_ron(&to_ron(&loaded.document, &loaded.annotations).unwrap()).unwrap();
    assert_eq!(again.annotations, loaded.annotations);
}

#[test]
fn changed_text_is_a_warning() {
    let (doc, set) = sample();
    let text = to_ron(&doc, &set)
        .unwrap()
        .replace("\"Title 😀\"", "\"Tilte 😀\"");
    let loaded = from_ron(&text).unwrap();
    assert_eq!(loaded.warnings, vec![LoadWarning::TextChanged]);
}

#[test]
fn end_before_start_is_flagged() {
    let (doc, set) = sample();
    let text = to_ron(&doc, &set).unwrap().replace("end: 25,", "end: 3,");
    let loaded = from_ron(&text).unwrap();
    assert_eq!(
        loaded.annotations.get(AnnotationId(1)).unwrap().flag,
        Some(crate::model::Flag::EndBeforeStart)
    );
}
