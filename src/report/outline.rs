//! The outline every report for people follows, gathered once with its words: the heading,
//! the facts about the article, verdict counts, one card per claim (verdict, status, review
//! fields, evidence, links, who changed it last), then quotes and citations. The HTML and
//! Markdown writers only render it, so they cannot drift apart.

use super::contents::{Report, is_web_url};
use crate::i18n::words;
use crate::model::{Annotation, Tag};
use crate::tr;

/// A report, ready to render.
pub struct Outline {
    /// The heading: "Fact-check report: TITLE".
    pub heading: String,
    /// Facts about the article, one per line: (label, value, shown as code).
    pub facts: Vec<Fact>,
    /// The verdict table's heading and column names.
    pub verdict_heading: [String; 3],
    /// (verdict, number of claims).
    pub verdicts: Vec<(String, usize)>,
    /// The claims section's heading.
    pub claims_heading: String,
    /// One card per claim, in document order.
    pub claims: Vec<ClaimCardOutline>,
    /// Quotes, then citations (empty sections left out).
    pub lists: Vec<ListSection>,
}

/// One fact about the article.
pub struct Fact {
    /// What it is ("Source").
    pub label: String,
    /// Its value.
    pub value: String,
    /// The value is a code (a hash): shown in a fixed-width font.
    pub code: bool,
    /// The value is the summary line, shown strong in HTML.
    pub strong: bool,
}

/// A claim's card.
pub struct ClaimCardOutline {
    /// The annotation's id (the anchor links point at).
    pub id: u64,
    /// "1. “…”": its number and words.
    pub number: usize,
    /// The claim's words.
    pub text: String,
    /// The verdict, or the words for none yet.
    pub verdict: VerdictLine,
    /// The status, in words.
    pub status: String,
    /// Labelled review fields that are filled in: (label, text, may span lines).
    pub fields: Vec<(String, String)>,
    /// The evidence items.
    pub evidence: Vec<EvidenceLine>,
    /// Linked annotations: (how, id, a short description).
    pub links: Vec<(String, u64, String)>,
    /// "Last changed by X at T", if someone is named.
    pub changed: Option<String>,
    /// In a transcript: "said 00:12:34–00:12:38 by SPEAKER"; in a PDF: "p. 12".
    pub said: Option<String>,
    /// In a transcript whose recording's address is known: that address at the time it was
    /// said.
    pub said_link: Option<String>,
    /// Labels used on the card: verdict, status, evidence, linked, last changed.
    pub labels: CardLabels,
}

/// The words a card labels its parts with.
pub struct CardLabels {
    /// "Verdict".
    pub verdict: String,
    /// "Status".
    pub status: String,
    /// "Evidence".
    pub evidence: String,
    /// "Linked".
    pub linked: String,
    /// "Last changed".
    pub changed: String,
}

/// A claim's verdict as a report shows it.
pub enum VerdictLine {
    /// A verdict, with where it sits on the scale when it is on it.
    Given {
        /// The verdict's label.
        label: String,
        /// "4 on a scale from 1 to 7".
        scale: Option<String>,
    },
    /// No verdict yet (the words to show).
    Missing(String),
}

/// One evidence item.
pub struct EvidenceLine {
    /// What to show: its title, or its reference when it has none.
    pub label: String,
    /// The web address to link the label to.
    pub url: Option<String>,
    /// The reference after a title, when the reference is not a web address.
    pub reference: Option<String>,
    /// "accessed DATE".
    pub accessed: Option<String>,
    /// "archived on DATE (SHA-256 …)", when the page was kept in the archive.
    pub archived: Option<String>,
    /// Its note.
    pub note: Option<String>,
}

/// A list of quotes or citations.
pub struct ListSection {
    /// Its heading.
    pub heading: String,
    /// Which tag (for styling).
    pub tag: Tag,
    /// Its items.
    pub items: Vec<ListItem>,
}

/// A quote or citation in a list.
pub struct ListItem {
    /// The annotation's id.
    pub id: u64,
    /// Its words.
    pub text: String,
    /// What is known about it, in order.
    pub details: Vec<Detail>,
    /// "Note: …", if any.
    pub note: Option<String>,
}

/// One detail of a listed quote or citation.
pub enum Detail {
    /// Plain words ("speaker: X", "checked").
    Text(String),
    /// A labelled web address ("target: https://…").
    Link {
        /// "target".
        label: String,
        /// The address.
        url: String,
    },
}

fn some_text(value: &str) -> Option<String> {
    let trimmed = value.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

impl Outline {
    /// The outline of `report`.
    pub fn of(report: &Report<'_>) -> Self {
        let doc = report.document;
        let (done, claims) = report.progress();
        let [_, quotes, citations] = report.annotations.counts();
        let mut facts = Vec::new();
        if let Some(source) = doc.source() {
            facts.push(Fact {
                label: tr!("report-source"),
                value: source.to_owned(),
                code: false,
                strong: false,
            });
        }
        if let Some(web) = doc.web() {
            let date = web.retrieved.get(..10).unwrap_or(&web.retrieved);
            facts.push(Fact {
                label: tr!("report-page"),
                value: tr!(
                    "report-page-retrieved",
                    date = date,
                    address = &web.final_url,
                    hash = &web.sha256
                ),
                code: false,
                strong: false,
            });
        }
        facts.push(Fact {
            label: tr!("report-article-hash"),
            value: doc.sha256().to_owned(),
            code: true,
            strong: false,
        });
        facts.push(Fact {
            label: tr!("report-annotations"),
            value: tr!(
                "report-annotation-counts",
                claims = words::tag_count(Tag::Claim, claims),
                quotes = words::tag_count(Tag::Quote, quotes),
                citations = words::tag_count(Tag::Citation, citations),
                done = done,
                count = claims
            ),
            code: false,
            strong: true,
        });
        Self {
            heading: tr!("report-heading", title = doc.title()),
            facts,
            verdict_heading: [
                tr!("report-verdicts"),
                tr!("report-verdict"),
                tr!("report-claims"),
            ],
            verdicts: report.verdict_counts(),
            claims_heading: tr!("report-claims"),
            claims: report
                .claim_cards()
                .iter()
                .enumerate()
                .map(|(n, card)| claim_card(report, n + 1, card))
                .collect(),
            lists: [
                (
                    tr!("report-quotes"),
                    Tag::Quote,
                    quote_details as fn(&Annotation) -> Vec<Detail>,
                ),
                (tr!("report-citations"), Tag::Citation, citation_details),
            ]
            .into_iter()
            .filter_map(|(heading, tag, details)| {
                let items: Vec<ListItem> = report
                    .tagged(tag)
                    .into_iter()
                    .map(|a| ListItem {
                        id: a.id.0,
                        text: a.text.clone(),
                        details: details(a),
                        note: some_text(&a.note).map(|n| tr!("report-note", note = n)),
                    })
                    .collect();
                (!items.is_empty()).then_some(ListSection {
                    heading,
                    tag,
                    items,
                })
            })
            .collect(),
        }
    }
}

fn claim_card(report: &Report<'_>, number: usize, card: &super::ClaimCard<'_>) -> ClaimCardOutline {
    let claim = card.claim;
    let r = &claim.review;
    let verdict = match (&r.verdict, card.verdict_value) {
        (Some(v), value) => VerdictLine::Given {
            label: v.clone(),
            scale: value.map(|value| {
                tr!(
                    "report-scale",
                    value = value,
                    worst = report.scale.worst(),
                    best = report.scale.best()
                )
            }),
        },
        (None, _) => VerdictLine::Missing(tr!("report-no-verdict")),
    };
    let fields = [
        ("normalized", &r.normalized),
        ("claimant", &r.claimant),
        ("rationale", &r.rationale),
        ("note", &claim.note),
    ]
    .into_iter()
    .filter_map(|(field, value)| some_text(value).map(|v| (tr!("report-field", field = field), v)))
    .collect();
    let evidence = r
        .evidence
        .iter()
        .map(|e| {
            let url = is_web_url(&e.reference).then(|| e.reference.trim().to_owned());
            let title = some_text(&e.title);
            EvidenceLine {
                label: title.clone().unwrap_or_else(|| e.reference.clone()),
                reference: match (&url, &title) {
                    (None, Some(_)) => Some(e.reference.clone()),
                    _ => None,
                },
                url,
                accessed: some_text(&e.accessed).map(|a| tr!("report-accessed", date = a)),
                archived: e.archived.as_ref().map(words::archived),
                note: some_text(&e.note),
            }
        })
        .collect();
    ClaimCardOutline {
        id: claim.id.0,
        number,
        text: claim.text.clone(),
        verdict,
        status: words::status_label(r.status),
        fields,
        evidence,
        links: card
            .links
            .iter()
            .map(|(how, other)| (how.clone(), other.id.0, Report::describe(other)))
            .collect(),
        said: where_words(report.document, claim.span),
        said_link: recording_at(report.document, claim.span),
        changed: (!r.modified_by.is_empty()).then(|| {
            tr!(
                "report-changed-by",
                who = &r.modified_by,
                time = &claim.modified
            )
        }),
        labels: CardLabels {
            verdict: tr!("report-verdict"),
            status: tr!("report-status"),
            evidence: tr!("report-evidence"),
            linked: tr!("report-linked"),
            changed: tr!("report-last-changed"),
        },
    }
}

/// Where a span is in its source, for the form and reports: "p. 12" in a PDF, "said
/// 00:12:34–00:12:38 by SEN. ALVAREZ" in a transcript.
pub fn where_words(document: &crate::model::Document, span: crate::model::Span) -> Option<String> {
    if let Some(range) = document.pdf().and_then(|p| p.pages_of(span)) {
        return Some(page_cite(range));
    }
    let said = document.timeline()?.said_at(span)?;
    let clock = |ms: Option<u64>| ms.map(crate::model::clock).unwrap_or_default();
    let when = match (said.from_ms, said.to_ms) {
        (Some(_), Some(_)) => format!("{}–{}", clock(said.from_ms), clock(said.to_ms)),
        (Some(_), None) => clock(said.from_ms),
        _ => String::new(),
    };
    let who = said.speakers.join(", ");
    match (when.is_empty(), who.is_empty()) {
        (false, false) => Some(tr!("report-said", when = when.as_str(), who = who.as_str())),
        (false, true) => Some(tr!("report-said-at", when = when.as_str())),
        (true, false) => Some(tr!("report-said-by", who = who.as_str())),
        (true, true) => None,
    }
}

/// The address of the recording at the time `span` was said, when the transcript knows its
/// recording.
pub fn recording_at(document: &crate::model::Document, span: crate::model::Span) -> Option<String> {
    let timeline = document.timeline()?;
    let media = timeline.media.as_deref().filter(|m| is_web_url(m))?;
    let from = timeline.said_at(span)?.from_ms?;
    Some(crate::model::media_at(media, from))
}

/// "p. 12" or "pp. 12–13" in the interface language.
pub fn page_cite(range: crate::model::PageRange) -> String {
    if range.first == range.last {
        tr!("page-cite", page = range.first)
    } else {
        tr!("pages-cite", first = range.first, last = range.last)
    }
}

fn quote_details(a: &Annotation) -> Vec<Detail> {
    let mut details = Vec::new();
    if let Some(speaker) = some_text(&a.review.speaker) {
        details.push(Detail::Text(tr!("report-speaker", speaker = speaker)));
    }
    details.push(Detail::Text(if a.review.quote_verified {
        tr!("report-quote-verified")
    } else {
        tr!("report-quote-not-verified")
    }));
    details
}

fn citation_details(a: &Annotation) -> Vec<Detail> {
    let mut details = Vec::new();
    if let Some(target) = some_text(&a.review.target) {
        if is_web_url(&target) {
            details.push(Detail::Link {
                label: tr!("report-target"),
                url: target,
            });
        } else {
            details.push(Detail::Text(tr!("report-target-text", target = target)));
        }
    }
    if let Some(archived) = &a.review.target_archived {
        details.push(Detail::Text(words::archived(archived)));
    }
    details.push(Detail::Text(if a.review.citation_checked {
        tr!("report-citation-checked")
    } else {
        tr!("report-citation-not-checked")
    }));
    details
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::model::{AnnotationId, AnnotationSet, Document, Evidence, RatingScale, Span, Tag};

    fn report_parts() -> (Document, AnnotationSet, RatingScale) {
        let doc = Document::new(
            "“Crime fell 12%,” the mayor said, citing police data [1].".to_owned(),
            Some("https://news.example/crime".to_owned()),
            "utf-8",
        );
        let t = "2026-11-01T00:00:00Z";
        let mut claim =
            Annotation::new(AnnotationId(1), Tag::Claim, Span::new(1, 16), &doc, t).unwrap();
        claim.review.verdict = Some("Mostly true".to_owned());
        claim.review.claimant = "The mayor".to_owned();
        claim.review.modified_by = "Ana".to_owned();
        claim.review.evidence = vec![
            Evidence {
                title: "Police annual report".to_owned(),
                reference: "https://police.example/2025".to_owned(),
                accessed: "2026-11-02".to_owned(),
                note: "table 3".to_owned(),
                archived: None,
            },
            Evidence {
                title: "Interview".to_owned(),
                reference: "phone call with the press office".to_owned(),
                accessed: String::new(),
                note: String::new(),
                archived: None,
            },
        ];
        let mut quote =
            Annotation::new(AnnotationId(2), Tag::Quote, Span::new(0, 18), &doc, t).unwrap();
        quote.review.speaker = "Mayor Ruiz".to_owned();
        quote.review.quote_verified = true;
        let mut citation =
            Annotation::new(AnnotationId(3), Tag::Citation, Span::new(53, 56), &doc, t).unwrap();
        citation.review.target = "https://police.example/data".to_owned();
        citation.note = "the page moved".to_owned();
        let set = AnnotationSet::from_annotations(vec![claim, quote, citation]).unwrap();
        (doc, set, RatingScale::default())
    }

    #[test]
    fn html_and_markdown_say_the_same_things() {
        let (doc, set, scale) = report_parts();
        let report = Report::new(&doc, &set, &scale);
        let html = super::super::to_html(&report);
        let md = super::super::to_markdown(&report);
        for words in [
            "Fact-check report",
            "on a scale from 1 to 7",
            "Police annual report",
            "accessed 2026-11-02",
            "table 3",
            "phone call with the press office",
            "speaker: Mayor Ruiz",
            "verified against its source",
            "target",
            "https://police.example/data",
            "not checked yet",
            "Note: the page moved",
            "Last changed",
            "by Ana at 2026-11-01T00:00:00Z",
        ] {
            assert!(html.contains(words), "HTML lacks {words:?}");
            assert!(md.contains(words), "Markdown lacks {words:?}");
        }
    }

    #[test]
    fn the_outline_leaves_out_empty_sections_and_fields() {
        let (doc, set, scale) = report_parts();
        let outline = Outline::of(&Report::new(&doc, &set, &scale));
        assert_eq!(outline.claims.len(), 1);
        let card = &outline.claims[0];
        let labels: Vec<&str> = card.fields.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels, vec!["Claimant"]);
        assert_eq!(
            card.evidence[0].url.as_deref(),
            Some("https://police.example/2025")
        );
        assert_eq!(
            card.evidence[1].reference.as_deref(),
            Some("phone call with the press office")
        );
        let headings: Vec<&str> = outline.lists.iter().map(|l| l.heading.as_str()).collect();
        assert_eq!(headings, vec!["Quotes", "Citations"]);
        let empty = AnnotationSet::new();
        assert!(
            Outline::of(&Report::new(&doc, &empty, &scale))
                .lists
                .is_empty()
        );
    }
}
