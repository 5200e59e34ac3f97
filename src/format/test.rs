use super::*;
use crate::model::{RatingScale, Tag};

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
    let text = to_ron(&doc, &set, &RatingScale::default()).unwrap();
    let loaded = from_ron(&text).unwrap();
    assert_eq!(loaded.document, doc);
    assert_eq!(loaded.annotations, set);
    assert!(loaded.warnings.is_empty());
    assert_eq!(
        to_ron(&loaded.document, &loaded.annotations, &loaded.scale).unwrap(),
        text
    );
}

#[test]
fn syntax_errors_carry_line_and_column() {
    let (doc, set) = sample();
    let text = to_ron(&doc, &set, &RatingScale::default()).unwrap();
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
            supported: 6
        }
    );
    assert!(matches!(from_ron(""), Err(FormatError::Syntax { .. })));
}

#[test]
fn duplicate_ids_are_an_error_with_a_line() {
    let (doc, set) = sample();
    let text = to_ron(&doc, &set, &RatingScale::default())
        .unwrap()
        .replace("id: 2,", "id: 1,");
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
fn mismatching_offsets_are_found_again_by_text() {
    let (doc, set) = sample();
    let text = to_ron(&doc, &set, &RatingScale::default())
        .unwrap()
        .replace("start: 18,", "start: 19,")
        .replace("end: 26,", "end: 2600,");
    let loaded = from_ron(&text).unwrap();
    assert_eq!(
        loaded.annotations, set,
        "both found again at their true offsets"
    );
    assert_eq!(
        loaded.warnings,
        vec![LoadWarning::Reattached {
            found_again: 2,
            moved: 0
        }]
    );
}

#[test]
fn text_not_found_anywhere_stays_flagged_and_unmoved() {
    let (doc, set) = sample();
    let mut text = to_ron(&doc, &set, &RatingScale::default()).unwrap();
    // Give annotation 3 a text the article does not contain.
    let id_at = text.find("id: 3,").unwrap();
    let text_at = id_at + text[id_at..].find("text: ").unwrap();
    let line_end = text_at + text[text_at..].find('\n').unwrap();
    text.replace_range(text_at..line_end, "text: \"nowhere in the article\",");
    let loaded = from_ron(&text).unwrap();
    let citation = loaded.annotations.get(AnnotationId(3)).unwrap();
    assert!(matches!(
        citation.flag,
        Some(crate::model::Flag::TextMismatch { .. })
    ));
    assert_eq!(
        citation.span,
        set.get(AnnotationId(3)).unwrap().span,
        "kept where the file says"
    );
    assert_eq!(loaded.warnings, vec![LoadWarning::Flagged { count: 1 }]);
    assert_eq!(
        loaded.annotations.index().len(),
        2,
        "flagged ones are not highlighted"
    );
    // Saving keeps the flagged annotation exactly as it was.
    let again =
        from_ron(&to_ron(&loaded.document, &loaded.annotations, &loaded.scale).unwrap()).unwrap();
    assert_eq!(again.annotations, loaded.annotations);
}

#[test]
fn changed_text_is_a_warning() {
    let (doc, set) = sample();
    let text = to_ron(&doc, &set, &RatingScale::default())
        .unwrap()
        .replace("\"Title 😀\"", "\"Tilte 😀\"");
    let loaded = from_ron(&text).unwrap();
    assert_eq!(loaded.warnings, vec![LoadWarning::TextChanged]);
}

#[test]
fn end_before_start_is_found_again_by_text() {
    let (doc, set) = sample();
    let text = to_ron(&doc, &set, &RatingScale::default())
        .unwrap()
        .replace("end: 25,", "end: 3,");
    let loaded = from_ron(&text).unwrap();
    assert_eq!(
        loaded.annotations.get(AnnotationId(1)),
        set.get(AnnotationId(1))
    );
}

mod properties {
    use super::*;
    use crate::model::{ClaimStatus, Evidence, Link, LinkKind};
    use proptest::prelude::*;

    fn text_field() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-zA-Z0-9 \"'\\\\,\n\r\t#\u{0}\u{7f}\u{200b}\u{feff}\u{202e}😀李é\u{301}ه]{0,12}",
            any::<String>(),
        ]
    }

    proptest! {
        #[test]
        fn save_then_load_is_the_identity(
            spans in proptest::collection::vec((0usize..60, 1usize..20, 0u8..3), 0..12),
            notes in proptest::collection::vec(text_field(), 12),
            statuses in proptest::collection::vec(0usize..4, 12),
            verdicts in proptest::collection::vec(proptest::option::of(0usize..7), 12),
            evidence_counts in proptest::collection::vec(0usize..3, 12),
            flags in proptest::collection::vec(any::<bool>(), 12),
            title in text_field(),
            extra_text in text_field(),
            rejected in proptest::collection::vec(text_field(), 0..3),
        ) {
            let doc = Document::with_title(
                format!("Claim 😀 text, “quoted” [1].\nLine two: 李小龙 said هذا\n\nJose\u{301} end {extra_text}").replace('\r', ""),
                format!("{title}\n        text: [],\n"),
                Some(format!("a{title}.txt")),
                "utf-8",
            );
            let scale = RatingScale::default();
            let mut set = AnnotationSet::new();
            for (i, (start, len, tag)) in spans.into_iter().enumerate() {
                let end = (start + len).min(doc.char_len());
                let id = set.next_id();
                let Some(mut a) = Annotation::new(id, Tag::ALL[usize::from(tag) % 3], Span::new(start, end), &doc, "2026-01-01T00:00:00Z") else { continue };
                a.note = notes[i].clone();
                a.review.status = ClaimStatus::ALL[statuses[i]];
                a.review.verdict = verdicts[i].map(|v| scale.ratings[v].label.clone());
                a.review.claimant = notes[(i + 1) % 12].clone();
                a.review.evidence = (0..evidence_counts[i]).map(|k| Evidence { reference: notes[(i + 2 + k) % 12].clone(), title: "t".into(), note: notes[(i + 3) % 12].clone(), accessed: "2026-11-27".into(), archived: None }).collect();
                if i > 0 {
                    a.review.links = vec![Link { kind: LinkKind::SupportedBy, target: AnnotationId(1) }];
                }
                if flags[i] {
                    a.review.speaker = notes[(i + 4) % 12].clone();
                    a.review.quote_verified = true;
                    a.review.target = notes[(i + 5) % 12].clone();
                    a.review.citation_checked = true;
                    a.review.normalized = notes[(i + 6) % 12].clone();
                    a.review.rationale = notes[(i + 7) % 12].clone();
                    a.review.created_by = notes[(i + 8) % 12].clone();
                    a.review.modified_by = notes[(i + 9) % 12].clone();
                    a.check = Some(notes[(i + 10) % 12].clone()).filter(|c| !c.is_empty());
                }
                set.insert(a).unwrap();
            }
            let set = set.with_rejected(rejected.iter().map(String::as_str));
            let text = to_ron(&doc, &set, &scale).unwrap();
            let loaded = from_ron(&text).unwrap();
            prop_assert_eq!(&loaded.document, &doc);
            prop_assert_eq!(&loaded.annotations, &set);
            prop_assert_eq!(&loaded.scale, &scale);
            prop_assert!(loaded.warnings.is_empty());
            prop_assert_eq!(to_ron(&loaded.document, &loaded.annotations, &loaded.scale).unwrap(), text.clone());
            prop_assert_eq!(to_ron_whole(&doc, &set, &scale).unwrap(), text, "fast writer = plain RON");
        }
    }
}

#[test]
fn cached_saves_match_fresh_ones_after_edits() {
    let (doc, mut set) = sample();
    let scale = RatingScale::default();
    let mut cache = SaveCache::default();
    let first = to_ron_cached(&doc, &set, &scale, &mut cache).unwrap();
    assert_eq!(first, to_ron_whole(&doc, &set, &scale).unwrap());
    let mut changed = set.get(AnnotationId(2)).unwrap().clone();
    changed.note = "edited \"note\"".to_owned();
    set.replace(changed).unwrap();
    set.remove(AnnotationId(3)).unwrap();
    let again = to_ron_cached(&doc, &set, &scale, &mut cache).unwrap();
    assert_eq!(again, to_ron_whole(&doc, &set, &scale).unwrap());
    assert!(again.contains("edited"));
    let empty = AnnotationSet::new();
    assert_eq!(
        to_ron_cached(&doc, &empty, &scale, &mut cache).unwrap(),
        to_ron_whole(&doc, &empty, &scale).unwrap()
    );
}

#[test]
fn parallel_writers_match_plain_ron_on_a_long_document() {
    let text = crate::synthetic::article(7, 300_000, 40_000);
    let doc = Document::new(text, Some("long.txt".to_owned()), "utf-8");
    let mut set = crate::synthetic::annotations(7, &doc, 5_000);
    let scale = RatingScale::default();
    let whole = to_ron_whole(&doc, &set, &scale).unwrap();
    assert_eq!(to_ron(&doc, &set, &scale).unwrap(), whole, "cold writer");
    let mut cache = SaveCache::default();
    assert_eq!(
        to_ron_cached(&doc, &set, &scale, &mut cache).unwrap(),
        whole,
        "cached writer, first save"
    );
    let mut warmed = SaveCache::warmed(&doc, &set, &scale);
    let id = set.in_order().nth(2_500).unwrap().id;
    let mut changed = set.get(id).unwrap().clone();
    changed.note = "changed after warming".to_owned();
    set.replace(changed).unwrap();
    let after = to_ron_whole(&doc, &set, &scale).unwrap();
    assert_eq!(
        to_ron_cached(&doc, &set, &scale, &mut warmed).unwrap(),
        after
    );
    assert_eq!(
        to_ron_cached(&doc, &set, &scale, &mut cache).unwrap(),
        after
    );
}

#[test]
fn merge_conflicts_are_written_read_and_reported() {
    use crate::model::{Conflict, Field, FieldValue};
    let (doc, set) = sample();
    let mut list: Vec<Annotation> = set.in_order().cloned().collect();
    list[0].conflicts = vec![
        Conflict::Field {
            field: Field::Verdict,
            theirs: FieldValue::Verdict(Some("Misleading “mostly”".to_owned())),
            by: "Ben".to_owned(),
        },
        Conflict::DeletedByThem { by: String::new() },
    ];
    let set = AnnotationSet::from_annotations(list).unwrap();
    let text = to_ron(&doc, &set, &RatingScale::default()).unwrap();
    assert_eq!(
        text,
        to_ron_whole(&doc, &set, &RatingScale::default()).unwrap(),
        "the fast writer writes conflicts as ron does"
    );
    assert!(text.contains("field: Verdict"), "{text}");
    let loaded = from_ron(&text).unwrap();
    assert_eq!(loaded.annotations, set);
    assert_eq!(
        loaded.warnings,
        vec![LoadWarning::Conflicts {
            count: 2,
            annotations: 1
        }]
    );
}

#[test]
fn web_records_make_version_3_and_come_back() {
    use crate::model::{Archived, Evidence, WebSource};
    let web = WebSource {
        url: "http://news.example/s".to_owned(),
        final_url: "https://news.example/story".to_owned(),
        retrieved: "2026-12-04T10:11:12Z".to_owned(),
        sha256: "ab".repeat(32),
    };
    let plain = Document::new("Exports rose 12% [1].".to_owned(), None, "utf-8");
    let mut claim =
        Annotation::new(AnnotationId(1), Tag::Claim, Span::new(0, 16), &plain, "t").unwrap();
    let mut citation = Annotation::new(
        AnnotationId(2),
        Tag::Citation,
        Span::new(17, 20),
        &plain,
        "t",
    )
    .unwrap();
    let set = AnnotationSet::from_annotations(vec![claim.clone(), citation.clone()]).unwrap();
    let scale = RatingScale::default();
    // Nothing from the web: version 2, which older builds read.
    assert!(
        to_ron(&plain, &set, &scale)
            .unwrap()
            .contains("version: 2,")
    );
    let kept = Archived {
        final_url: "https://stats.example/x".to_owned(),
        retrieved: "2026-12-04T10:12:00Z".to_owned(),
        sha256: "cd".repeat(32),
    };
    claim.review.evidence = vec![Evidence {
        reference: "https://stats.example/x".to_owned(),
        archived: Some(kept.clone()),
        ..Evidence::default()
    }];
    citation.review.target = "https://stats.example/x".to_owned();
    citation.review.target_archived = Some(kept.clone());
    let set = AnnotationSet::from_annotations(vec![claim, citation]).unwrap();
    let document = plain.clone().with_web(Some(web.clone()));
    for (doc, annotations) in [(&document, &set), (&plain, &set)] {
        let text = to_ron(doc, annotations, &scale).unwrap();
        assert!(text.contains("version: 3,"), "{text}");
        assert_eq!(
            text,
            to_ron_whole(doc, annotations, &scale).unwrap(),
            "the fast writer"
        );
        let loaded = from_ron(&text).unwrap();
        assert_eq!(loaded.document, *doc);
        assert_eq!(loaded.annotations, *annotations);
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    }
    let text = to_ron(&document, &AnnotationSet::new(), &scale).unwrap();
    assert!(
        text.contains("version: 3,") && text.contains("final_url: \"https://news.example/story\"")
    );
    assert_eq!(from_ron(&text).unwrap().document.web(), Some(&web));
}

#[test]
fn a_transcripts_times_and_speakers_round_trip_in_version_4() {
    let transcript = crate::article::transcript::assemble(&[
        crate::article::transcript::Cue {
            from_ms: Some(754_000),
            to_ms: Some(757_500),
            speaker: "SEN. ALVAREZ".to_owned(),
            lines: vec!["Unemployment fell by half.".to_owned()],
        },
        crate::article::transcript::Cue {
            from_ms: Some(758_000),
            to_ms: Some(760_000),
            speaker: "MODERATOR".to_owned(),
            lines: vec!["Thank you, senator.".to_owned()],
        },
    ]);
    let doc = Document::new(transcript.text.clone(), None, "utf-8")
        .with_timeline(Some(transcript.timeline.clone()));
    let set = AnnotationSet::new();
    let scale = RatingScale::default();
    let text = to_ron(&doc, &set, &scale).unwrap();
    assert_eq!(
        text,
        to_ron_whole(&doc, &set, &scale).unwrap(),
        "fast writer = plain RON"
    );
    assert!(text.contains("version: 4,"), "{text}");
    assert!(text.contains("speaker: \"SEN. ALVAREZ\""), "{text}");
    let loaded = from_ron(&text).unwrap();
    assert_eq!(loaded.document.timeline(), Some(&transcript.timeline));
    assert!(loaded.warnings.is_empty());
    // Times that do not fit the text are left out, said once; the text stays.
    let broken = text.replace("to_ms: Some(757500)", "to_ms: Some(1)");
    assert_ne!(broken, text);
    let loaded = from_ron(&broken).unwrap();
    assert_eq!(loaded.document.timeline(), None);
    assert_eq!(loaded.document.text(), transcript.text);
    assert!(matches!(
        loaded.warnings.as_slice(),
        [LoadWarning::TimelineDropped(problem)] if problem.contains("ends (00:00:00) before it begins (00:12:34)")
    ));
    // A file without a transcript stays version 2.
    let plain = Document::new("Plain text.".to_owned(), None, "utf-8");
    assert!(
        to_ron(&plain, &set, &scale)
            .unwrap()
            .contains("version: 2,")
    );
}

#[test]
fn a_pdfs_pages_make_version_5_and_come_back() {
    use crate::model::{PageRun, PdfPages};
    let text = "Spending rose.\n\nIt fell on page two.";
    let pages = PdfPages {
        sha256: "ab".repeat(32),
        page_count: 2,
        runs: vec![
            PageRun {
                page: 1,
                start: 0,
                end: 14,
            },
            PageRun {
                page: 2,
                start: 16,
                end: 36,
            },
        ],
    };
    let doc = Document::new(text.to_owned(), Some("report.pdf".to_owned()), "PDF")
        .with_pdf(Some(pages.clone()));
    let set = AnnotationSet::new();
    let scale = RatingScale::default();
    let written = to_ron(&doc, &set, &scale).unwrap();
    assert_eq!(written, to_ron_whole(&doc, &set, &scale).unwrap());
    assert!(written.contains("version: 5,"), "{written}");
    assert!(written.contains("page_count: 2,"), "{written}");
    let loaded = from_ron(&written).unwrap();
    assert_eq!(loaded.document.pdf(), Some(&pages));
    assert!(loaded.warnings.is_empty());
    // Pages that do not fit the text are left out, said once; the text stays.
    let broken = written.replace("end: 36,", "end: 99,");
    assert_ne!(broken, written);
    let loaded = from_ron(&broken).unwrap();
    assert_eq!(loaded.document.pdf(), None);
    assert_eq!(loaded.document.text(), text);
    assert!(matches!(
        loaded.warnings.as_slice(),
        [LoadWarning::PagesDropped(problem)] if problem.contains("outside the text")
    ));
}

#[test]
fn rejected_suggestions_make_version_6_and_come_back() {
    let (doc, set) = sample();
    let scale = RatingScale::default();
    let plain = to_ron(&doc, &set, &scale).unwrap();
    assert!(plain.contains("version: 2,"), "{plain}");
    assert!(!plain.contains("rejected_suggestions"), "{plain}");
    let set = set.with_rejected([
        "Jose\u{301} said “hi” [1].",
        "  李小龙 «هذا»\r\n",
        "😀 \"quoted\"\n\\ second",
    ]);
    let mut cache = SaveCache::default();
    let written = to_ron_cached(&doc, &set, &scale, &mut cache).unwrap();
    assert_eq!(written, to_ron_whole(&doc, &set, &scale).unwrap());
    assert!(written.contains("version: 6,"), "{written}");
    assert!(
        written.trim_end().ends_with(")") && written.contains("    rejected_suggestions: [\n"),
        "{written}"
    );
    let loaded = from_ron(&written).unwrap();
    assert_eq!(loaded.annotations, set);
    assert!(loaded.annotations.is_rejected("李小龙 «هذا»"));
    assert!(loaded.warnings.is_empty());
    // A cached save after a rejection is taken back writes the header again.
    let set = AnnotationSet::from_annotations(set.in_order().cloned().collect()).unwrap();
    let again = to_ron_cached(&doc, &set, &scale, &mut cache).unwrap();
    assert_eq!(again, plain);
}
