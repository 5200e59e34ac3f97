//! Reports and CSV: exact text, every field, tricky characters, and no way for article text to
//! become markup.

use claimmark::model::{
    AnnotationId, AnnotationSet, ClaimStatus, Document, Evidence, Link, LinkKind, RatingScale,
    Span, Tag,
};
use claimmark::report::{Report, to_csv, to_html, to_markdown, unneutralize};
use claimmark::session::Session;

const ARTICLE: &str = "Officials said \"the plan, which costs €5bn, is safe\" 😀.\n\
<script>alert('pwned')</script> is in the article text.\n\
Experts, however, said: “no”. [1]\nThe end";

fn session() -> Session {
    let doc = Document::new(
        ARTICLE.to_owned(),
        Some("https://example.org/story?a=1&b=2".to_owned()),
        "utf-8",
    );
    let mut s = Session::new(doc, AnnotationSet::new(), None);
    s.reviewer = "Ana Müller".to_owned();
    let find = |s: &Session, phrase: &str| {
        let text = s.document().text();
        let byte = text.find(phrase).unwrap();
        let start = text[..byte].chars().count();
        Span::new(start, start + phrase.chars().count())
    };
    let claim_span = find(&s, "\"the plan, which costs €5bn, is safe\" 😀");
    let claim = s
        .tag(claim_span, Tag::Claim, "2026-11-27T10:00:00Z")
        .unwrap();
    let script = s
        .tag(
            find(&s, "<script>alert('pwned')</script>"),
            Tag::Claim,
            "2026-11-27T10:01:00Z",
        )
        .unwrap();
    let quote = s
        .tag(find(&s, "“no”"), Tag::Quote, "2026-11-27T10:02:00Z")
        .unwrap();
    let citation = s
        .tag(find(&s, "[1]"), Tag::Citation, "2026-11-27T10:03:00Z")
        .unwrap();
    s.edit(claim, "review", None, "2026-11-27T11:00:00Z", |a| {
        a.note = "Line one,\nline \"two\"".to_owned();
        a.review.status = ClaimStatus::Done;
        a.review.verdict = Some("Mostly false".to_owned());
        a.review.normalized = "The plan costs €5bn and is safe".to_owned();
        a.review.claimant = "Officials, \"unnamed\"".to_owned();
        a.review.rationale = "Budget shows €7bn.\nSafety review pending.".to_owned();
        a.review.evidence = vec![
            Evidence {
                reference: "https://example.org/budget?x=1&y=<2>".to_owned(),
                title: "Budget 2026, table 3".to_owned(),
                note: "shows €7bn".to_owned(),
                accessed: "2026-11-27".to_owned(),
                archived: None,
            },
            Evidence {
                reference: "javascript:alert(1)".to_owned(),
                title: "Tricky".to_owned(),
                note: String::new(),
                accessed: String::new(),
                archived: None,
            },
        ];
    })
    .unwrap();
    s.link(
        claim,
        Link {
            kind: LinkKind::ContradictedBy,
            target: citation,
        },
        "t",
    )
    .unwrap();
    s.link(
        quote,
        Link {
            kind: LinkKind::AttributedTo,
            target: citation,
        },
        "t",
    )
    .unwrap();
    s.edit(citation, "target", None, "t", |a| {
        a.review.target = "https://example.org/report".to_owned();
        a.review.citation_checked = true;
    })
    .unwrap();
    s.edit(script, "verdict", None, "t", |a| {
        a.review.verdict = Some("Unverifiable".to_owned());
        // Cells a spreadsheet would run as formulas (CSV injection).
        a.review.rationale = "=HYPERLINK(\"http://evil.example\",\"click\")".to_owned();
        a.review.claimant = "@officials".to_owned();
        a.note = "-5% growth, +3 jobs".to_owned();
    })
    .unwrap();
    s
}

#[test]
fn csv_round_trips_through_a_csv_reader() {
    let s = session();
    let scale = RatingScale::default();
    let report = Report::new(s.document(), s.annotations(), &scale);
    let csv_text = to_csv(&report).unwrap();
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    for (row, a) in rows.iter().zip(s.annotations().in_order()) {
        let cell = |name: &str| unneutralize(&row[column(name)]).to_owned();
        assert_eq!(cell("id"), a.id.0.to_string());
        assert_eq!(cell("tag"), a.tag.key_name());
        assert_eq!(cell("text"), a.text, "exact text survives");
        assert_eq!(cell("start"), a.span.start.to_string());
        assert_eq!(cell("note"), a.note);
        assert_eq!(cell("rationale"), a.review.rationale);
        assert_eq!(cell("claimant"), a.review.claimant);
        assert_eq!(cell("created_by"), "Ana Müller");
    }
    // Cells starting with = + - @ are neutralized with a ' (OWASP) and read back whole.
    let script = &rows[1];
    assert_eq!(
        &script[column("rationale")],
        "'=HYPERLINK(\"http://evil.example\",\"click\")"
    );
    assert_eq!(&script[column("claimant")], "'@officials");
    assert_eq!(&script[column("note")], "'-5% growth, +3 jobs");
    let claim = &rows[0];
    assert_eq!(
        &claim[column("text")],
        "\"the plan, which costs €5bn, is safe\" 😀"
    );
    assert_eq!(&claim[column("verdict")], "Mostly false");
    assert_eq!(&claim[column("verdict_value")], "4");
    assert_eq!(&claim[column("status")], "Done");
    assert_eq!(&claim[column("evidence_count")], "2");
    assert!(
        claim[column("evidence")]
            .contains("Budget 2026, table 3 | https://example.org/budget?x=1&y=<2>")
    );
    assert_eq!(
        &claim[column("links")],
        format!("contradicted by #{}", AnnotationId(4).0)
    );
    let citation = &rows[3];
    assert_eq!(
        &citation[column("citation_target")],
        "https://example.org/report"
    );
    assert_eq!(&citation[column("citation_checked")], "true");
    assert!(
        citation[column("links")].contains("contradicts #1")
            && citation[column("links")].contains("is the source of #3")
    );
}

#[test]
fn html_report_is_well_formed_and_escapes_everything() {
    let s = session();
    let scale = RatingScale::default();
    let html = to_html(&Report::new(s.document(), s.annotations(), &scale));
    // Well-formed: a strict XML reader gets through it with balanced tags.
    let mut reader = quick_xml::Reader::from_str(html.trim_start_matches("<!DOCTYPE html>\n"));
    reader.config_mut().check_end_names = true;
    let mut depth = 0i32;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("not well-formed at {}: {e}", reader.buffer_position()),
        }
    }
    assert_eq!(depth, 0);
    assert_eq!(
        html.to_lowercase().matches("<script").count(),
        1,
        "article text never becomes a script: the page's own hover script is the only one"
    );
    assert!(html.contains("&lt;script&gt;alert('pwned')&lt;/script&gt;"));
    assert!(
        !html.contains("href=\"javascript:"),
        "only web links are clickable"
    );
    assert!(html.contains("href=\"https://example.org/budget?x=1&amp;y=&lt;2&gt;\""));
    assert!(html.contains("1 of 2 claims done"));
    assert!(html.contains("Mostly false") && html.contains("4 on a scale from 1 to 7"));
    assert!(html.contains("contradicted by"));
}

#[test]
fn markdown_report_escapes_and_counts() {
    let s = session();
    let scale = RatingScale::default();
    let md = to_markdown(&Report::new(s.document(), s.annotations(), &scale));
    assert!(md.contains("\\<script\\>alert('pwned')\\</script\\>"));
    assert!(!md.contains("<script>"));
    assert!(md.contains("| Mostly false | 1 |"));
    assert!(md.contains("| Unverifiable | 1 |"));
    assert!(md.contains("| No verdict yet | 0 |"));
    assert!(
        md.contains("[Budget 2026, table 3](<https://example.org/budget?x=1&y=<2>>)")
            || md.contains("Budget 2026, table 3")
    );
    assert!(md.contains("1 of 2 claims done"));
    assert!(
        md.contains("    line \"two\""),
        "multi-line notes stay inside the list item"
    );
}
