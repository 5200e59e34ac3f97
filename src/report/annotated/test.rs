use super::*;
use crate::model::{
    Annotation, AnnotationId, AnnotationSet, Document, Evidence, Link, LinkKind, RatingScale,
};

const T: &str = "2026-11-01T00:00:00Z";

fn annotation(doc: &Document, id: u64, tag: Tag, start: usize, end: usize) -> Annotation {
    Annotation::new(AnnotationId(id), tag, Span::new(start, end), doc, T).unwrap()
}

/// The text of `html` without its tags and with the five entities undone.
fn visible(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

/// The inner HTML of the `<p>` holding the article's paragraph number `n` (0-based).
fn paragraph(html: &str, n: usize) -> &str {
    let start = html.match_indices("<p dir=\"auto\">").nth(n).unwrap().0;
    let rest = &html[start + "<p dir=\"auto\">".len()..];
    &rest[..rest.find("</p>").unwrap()]
}

/// `html` without the chips after highlights and the words only screen readers get.
fn without_labels(html: &str) -> String {
    let mut out = html.to_owned();
    for (open, close) in [
        ("<a class=\"cm-chip", "</a>"),
        ("<span class=\"cm-hidden\"", "</span>"),
    ] {
        while let Some(start) = out.find(open) {
            match out[start..].find(close) {
                Some(end) => out.replace_range(start..start + end + close.len(), ""),
                None => out.truncate(start),
            }
        }
    }
    out
}

fn marked_text(html: &str, id: u64) -> String {
    let anchor = format!("id=\"cm-at-{id}\"");
    let at = html.find(&anchor).unwrap();
    let rest = &html[html[..at].rfind('<').unwrap()..];
    let end = rest
        .find(&format!("id=\"cm-ref-{id}\""))
        .unwrap_or(rest.len());
    let upto = &rest[..end];
    visible(&without_labels(upto))
}

#[test]
fn every_claim_is_highlighted_in_the_text_and_has_its_card() {
    let doc = Document::new(
        "Crime fell 12% last year, the mayor said [1].\n\nTaxes rose by a third.".to_owned(),
        Some("https://news.example/crime".to_owned()),
        "utf-8",
    );
    let mut first = annotation(&doc, 1, Tag::Claim, 0, 24);
    first.review.verdict = Some("Mostly false".to_owned());
    first.review.rationale = "Police data show a 3% fall.".to_owned();
    let second = annotation(&doc, 2, Tag::Claim, 47, 68);
    let citation = annotation(&doc, 3, Tag::Citation, 41, 44);
    let set = AnnotationSet::from_annotations(vec![first, second, citation]).unwrap();
    let scale = RatingScale::default();
    let html = to_annotated_html(&Report::new(&doc, &set, &scale), &PageOptions::default());
    assert_eq!(marked_text(&html, 1), "Crime fell 12% last year");
    assert_eq!(marked_text(&html, 2), "Taxes rose by a third");
    for id in [1, 2] {
        assert!(html.contains(&format!("id=\"cm-claim-{id}\"")), "card {id}");
        assert!(
            html.contains(&format!("href=\"#cm-claim-{id}\"")),
            "ref {id}"
        );
        assert!(html.contains(&format!("href=\"#cm-at-{id}\"")), "back {id}");
    }
    // The card sits right after its own paragraph.
    let first_card = html.find("id=\"cm-claim-1\"").unwrap();
    let second_paragraph = html.match_indices("<p dir=\"auto\">").nth(1).unwrap().0;
    assert!(first_card < second_paragraph);
    assert!(
        html.contains("cm-claim cm-false"),
        "Mostly false is a false tone"
    );
    assert!(html.contains("cm-claim cm-open"), "no verdict yet");
    assert!(html.contains("Police data show a 3% fall."));
    assert_eq!(
        visible(paragraph(&html, 0)),
        "Crime fell 12% last year1 · Mostly false, the mayor said Citation: [1]."
    );
}

#[test]
fn highlights_keep_every_script_whole() {
    let text = "Le 👍🏽 café\u{301} coûte 3 €. 东京的人口是1400万。 قال الوزير إن التضخم 5٪.\r\nfin";
    let doc = Document::new(text.replace("\r\n", "\n"), None, "utf-8");
    let chars: Vec<char> = doc.text().chars().collect();
    let find = |needle: &str| {
        let n: Vec<char> = needle.chars().collect();
        let start = (0..chars.len())
            .find(|&i| chars[i..].starts_with(&n))
            .unwrap();
        (start, start + n.len())
    };
    let spans = [
        find("👍🏽 café\u{301}"),
        find("东京的人口是1400万"),
        find("التضخم 5٪"),
    ];
    let set = AnnotationSet::from_annotations(
        spans
            .iter()
            .zip(1..)
            .map(|(&(s, e), id)| annotation(&doc, id, Tag::Claim, s, e))
            .collect(),
    )
    .unwrap();
    let scale = RatingScale::default();
    let html = to_annotated_html(&Report::new(&doc, &set, &scale), &PageOptions::default());
    assert_eq!(marked_text(&html, 1), "👍🏽 café\u{301}");
    assert_eq!(marked_text(&html, 2), "东京的人口是1400万");
    assert_eq!(marked_text(&html, 3), "التضخم 5٪");
    assert!(visible(paragraph(&html, 0)).starts_with("Le 👍🏽 café\u{301}"));
}

#[test]
fn overlapping_and_nested_highlights_nest_properly() {
    let doc = Document::new(
        "The minister said unemployment halved since 2020.".to_owned(),
        None,
        "utf-8",
    );
    let set = AnnotationSet::from_annotations(vec![
        annotation(&doc, 1, Tag::Quote, 0, 30),
        annotation(&doc, 2, Tag::Claim, 18, 49),
        annotation(&doc, 3, Tag::Citation, 44, 48),
    ])
    .unwrap();
    let scale = RatingScale::default();
    let html = to_annotated_html(&Report::new(&doc, &set, &scale), &PageOptions::default());
    let p = paragraph(&html, 0);
    assert_eq!(p.matches("<mark").count(), p.matches("</mark>").count());
    let mut depth = 0i32;
    for (i, _) in p.match_indices("mark") {
        if p[..i].ends_with("</") {
            depth -= 1;
        } else if p[..i].ends_with('<') {
            depth += 1;
        }
        assert!(depth >= 0);
    }
    assert_eq!(depth, 0);
    assert_eq!(marked_text(&html, 2), "unemployment halved since 2020.");
}

#[test]
fn hostile_notes_and_addresses_stay_text() {
    let doc = Document::new(
        "<script>alert(1)</script> says \"crime is up\".".to_owned(),
        Some("javascript:alert(2)".to_owned()),
        "utf-8",
    );
    let mut claim = annotation(&doc, 1, Tag::Claim, 32, 43);
    claim.review.verdict = Some("\"><img src=x onerror=alert(3)>".to_owned());
    claim.review.claimant = "</style><script>alert(4)</script>".to_owned();
    claim.note = "<iframe src=\"https://evil.example\"></iframe>".to_owned();
    claim.review.evidence = vec![
        Evidence {
            title: "x\" onmouseover=\"alert(5)".to_owned(),
            reference: "javascript:alert(6)".to_owned(),
            ..Evidence::default()
        },
        Evidence {
            title: "Quoted".to_owned(),
            reference: "https://ok.example/a\"onmouseover=\"alert(7)".to_owned(),
            ..Evidence::default()
        },
    ];
    let mut quote = annotation(&doc, 2, Tag::Quote, 0, 25);
    quote.review.speaker = "<b onclick=alert(8)>Bob</b>".to_owned();
    quote.review.links = vec![Link {
        kind: LinkKind::AttributedTo,
        target: AnnotationId(1),
    }];
    let set = AnnotationSet::from_annotations(vec![claim, quote]).unwrap();
    let scale = RatingScale::default();
    for fragment in [false, true] {
        let html = to_annotated_html(
            &Report::new(&doc, &set, &scale),
            &PageOptions {
                fragment,
                archive: Some("a\" onload=\"x.warc.gz".to_owned()),
            },
        );
        let parsed = scraper::Html::parse_document(&html);
        let mut scripts = 0;
        for element in parsed
            .root_element()
            .descendants()
            .filter_map(scraper::ElementRef::wrap)
        {
            let element = element.value();
            assert!(
                !["img", "iframe", "b", "svg:img"].contains(&element.name()),
                "{} in {html}",
                element.name()
            );
            scripts += usize::from(element.name() == "script");
            for (name, value) in element.attrs() {
                assert!(!name.starts_with("on"), "{name}={value:?} in {html}");
                assert!(
                    !value.trim().to_lowercase().starts_with("javascript:"),
                    "{name}={value:?}"
                );
            }
        }
        assert_eq!(
            scripts,
            usize::from(!fragment),
            "only the page's own script"
        );
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("href=\"https://ok.example/a&quot;onmouseover=&quot;alert(7)\""));
    }
}

#[test]
fn a_fragment_is_scoped_and_a_page_prints() {
    let doc = Document::new("A claim.".to_owned(), None, "utf-8");
    let set = AnnotationSet::from_annotations(vec![annotation(&doc, 1, Tag::Claim, 0, 7)]).unwrap();
    let scale = RatingScale::default();
    let report = Report::new(&doc, &set, &scale);
    let fragment = to_annotated_html(
        &report,
        &PageOptions {
            fragment: true,
            archive: None,
        },
    );
    assert!(
        fragment.starts_with("<div class=\"claimmark\""),
        "{fragment}"
    );
    assert!(!fragment.contains("<html") && !fragment.contains("@page"));
    let style =
        &fragment[fragment.find("<style>").unwrap() + 7..fragment.find("</style>").unwrap()];
    // Every rule of the fragment's styles applies inside the fragment only.
    for rule in style.split('}') {
        let selectors = rule.rsplit('{').nth(1).unwrap_or("").trim();
        if selectors.is_empty() || selectors.starts_with('@') {
            continue;
        }
        for selector in selectors.split(',') {
            assert!(selector.trim().starts_with(".claimmark"), "{selector:?}");
        }
    }
    let page = to_annotated_html(&report, &PageOptions::default());
    assert!(page.contains("@media print") && page.contains("counter(page)"));
    assert!(page.contains("break-inside:avoid"));
}

#[test]
fn a_right_to_left_interface_mirrors_the_page() {
    crate::i18n::set_language(crate::i18n::Language::Arabic);
    let doc = Document::new("قال الوزير إن التضخم 5٪.".to_owned(), None, "utf-8");
    let set =
        AnnotationSet::from_annotations(vec![annotation(&doc, 1, Tag::Claim, 0, 10)]).unwrap();
    let scale = RatingScale::default();
    let html = to_annotated_html(&Report::new(&doc, &set, &scale), &PageOptions::default());
    crate::i18n::set_language(crate::i18n::Language::English);
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("الادعاء 1"), "{html}");
}

#[test]
fn the_summary_counts_verdicts_in_words_and_in_the_chart() {
    let doc = Document::new("One. Two. Three.".to_owned(), None, "utf-8");
    let mut one = annotation(&doc, 1, Tag::Claim, 0, 4);
    one.review.verdict = Some("False".to_owned());
    let mut two = annotation(&doc, 2, Tag::Claim, 5, 9);
    two.review.verdict = Some("False".to_owned());
    let three = annotation(&doc, 3, Tag::Claim, 10, 16);
    let set = AnnotationSet::from_annotations(vec![one, two, three]).unwrap();
    let scale = RatingScale::default();
    let html = to_annotated_html(&Report::new(&doc, &set, &scale), &PageOptions::default());
    assert!(
        html.contains("aria-label=\"Verdicts: False: 2, No verdict yet: 1\""),
        "{html}"
    );
    assert!(html.contains("<span class=\"cm-chip cm-false\">False</span> 2 claims"));
    assert_eq!(html.matches("<rect").count(), 2);
}

#[test]
fn a_first_line_that_is_the_headline_is_not_printed_twice() {
    let doc = Document::new(
        "Budget grows\n\nThe budget grew by 9%.".to_owned(),
        None,
        "utf-8",
    );
    let set = AnnotationSet::new();
    let scale = RatingScale::default();
    let html = to_annotated_html(&Report::new(&doc, &set, &scale), &PageOptions::default());
    assert!(html.contains("<h1 dir=\"auto\">Budget grows</h1>"));
    assert!(!html.contains("<p dir=\"auto\">Budget grows</p>"), "{html}");
    assert!(html.contains("<p dir=\"auto\">The budget grew by 9%.</p>"));
    // A headline that holds a claim stays in the text, highlighted.
    let tagged =
        AnnotationSet::from_annotations(vec![annotation(&doc, 1, Tag::Claim, 0, 12)]).unwrap();
    let html = to_annotated_html(&Report::new(&doc, &tagged, &scale), &PageOptions::default());
    assert_eq!(marked_text(&html, 1), "Budget grows");
}
