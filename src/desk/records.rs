//! What one file of the desk contributes: the article's summary (title, source, date, counts,
//! verdicts) and its claims and quotes. Pure: built from a loaded annotation file.

use serde::{Deserialize, Serialize};

use crate::model::{AnnotationSet, ClaimStatus, Document, Tag};

/// A claim of the desk, as its tables and "Seen before" show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimRow {
    /// The annotation's id in its file.
    pub id: u64,
    /// The claim's text in the article.
    pub text: String,
    /// Its normalized claim.
    pub normalized: String,
    /// Who made it.
    pub claimant: String,
    /// Why the verdict.
    pub rationale: String,
    /// The note.
    pub note: String,
    /// Workflow status.
    pub status: ClaimStatus,
    /// The verdict, if given.
    pub verdict: Option<String>,
    /// When it last changed (RFC 3339).
    pub date: String,
}

/// A quote of the desk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteRow {
    /// The annotation's id in its file.
    pub id: u64,
    /// The quoted words.
    pub text: String,
    /// Who said them.
    pub speaker: String,
    /// The note.
    pub note: String,
}

/// One annotation file of the desk, summed up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleRecord {
    /// The article's title.
    pub title: String,
    /// Where it came from.
    pub source: String,
    /// The latest change to any annotation (RFC 3339), or empty.
    pub date: String,
    /// SHA-256 of the article text: two files with the same value annotate the same article.
    pub article_sha: String,
    /// Annotations per tag (claims, quotes, citations).
    pub counts: [usize; 3],
    /// Claims marked done.
    pub claims_done: usize,
    /// (verdict, number of claims) in the order first seen.
    pub verdicts: Vec<(String, usize)>,
    /// The claims.
    pub claims: Vec<ClaimRow>,
    /// The quotes.
    pub quotes: Vec<QuoteRow>,
    /// The suggested sentences rejected in it.
    #[serde(default)]
    pub rejected: Vec<String>,
}

impl ArticleRecord {
    /// The summary of a document and its annotations.
    pub fn new(document: &Document, annotations: &AnnotationSet) -> Self {
        let mut claims = Vec::new();
        let mut quotes = Vec::new();
        let mut verdicts: Vec<(String, usize)> = Vec::new();
        let mut date = String::new();
        for a in annotations.in_order() {
            if a.modified > date {
                date = a.modified.clone();
            }
            let r = &a.review;
            match a.tag {
                Tag::Claim => {
                    if let Some(verdict) = &r.verdict {
                        match verdicts.iter_mut().find(|(v, _)| v == verdict) {
                            Some((_, n)) => *n += 1,
                            None => verdicts.push((verdict.clone(), 1)),
                        }
                    }
                    claims.push(ClaimRow {
                        id: a.id.0,
                        text: a.text.clone(),
                        normalized: r.normalized.clone(),
                        claimant: r.claimant.clone(),
                        rationale: r.rationale.clone(),
                        note: a.note.clone(),
                        status: r.status,
                        verdict: r.verdict.clone(),
                        date: a.modified.clone(),
                    });
                }
                Tag::Quote => quotes.push(QuoteRow {
                    id: a.id.0,
                    text: a.text.clone(),
                    speaker: r.speaker.clone(),
                    note: a.note.clone(),
                }),
                Tag::Citation => {}
            }
        }
        Self {
            title: document.title().to_owned(),
            source: document.source().unwrap_or_default().to_owned(),
            date,
            article_sha: document.sha256().to_owned(),
            counts: annotations.counts(),
            claims_done: claims
                .iter()
                .filter(|c| c.status == ClaimStatus::Done)
                .count(),
            verdicts,
            claims,
            quotes,
            rejected: annotations
                .rejected_suggestions()
                .map(str::to_owned)
                .collect(),
        }
    }
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::model::{Annotation, AnnotationId, Span};

    #[test]
    fn sums_up_claims_quotes_and_verdicts() {
        let doc = Document::new(
            "The bridge cost €1.8 billion, he said.".to_owned(),
            None,
            "utf-8",
        );
        let mut claim = Annotation::new(
            AnnotationId(1),
            Tag::Claim,
            Span::new(0, 28),
            &doc,
            "2026-11-01T00:00:00Z",
        )
        .unwrap();
        claim.review.verdict = Some("False".to_owned());
        claim.review.status = ClaimStatus::Done;
        let quote = Annotation::new(
            AnnotationId(2),
            Tag::Quote,
            Span::new(0, 10),
            &doc,
            "2026-11-02T00:00:00Z",
        )
        .unwrap();
        let set = AnnotationSet::from_annotations(vec![claim, quote])
            .unwrap()
            .with_rejected(["he said.", "Él lo dijo 😀."]);
        let record = ArticleRecord::new(&doc, &set);
        assert_eq!(record.rejected, ["he said.", "Él lo dijo 😀."]);
        assert_eq!(record.counts, [1, 1, 0]);
        assert_eq!(record.claims_done, 1);
        assert_eq!(record.verdicts, vec![("False".to_owned(), 1)]);
        assert_eq!(record.date, "2026-11-02T00:00:00Z");
        assert_eq!(record.claims[0].text, "The bridge cost €1.8 billion");
        assert_eq!(record.quotes.len(), 1);
    }
}
