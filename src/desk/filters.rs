//! Which articles and claims of the desk the panel lists, and in which order: the article
//! filter and sort, and the claim filter ([`ClaimFilter`]: words, claimant, status, verdict)
//! and sort, used by the panel and its CSV export alike. Pure.

use super::{ArticleRecord, ArticleRow, ClaimRow};
use crate::model::{ClaimStatus, VerdictFilter};

/// How the article list is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ArticleSort {
    /// Newest change first.
    #[default]
    Date,
    /// By title.
    Title,
    /// Most claims first.
    Claims,
    /// Fewest claims done (in share) first.
    Progress,
}

/// How the claims table is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ClaimSort {
    /// Newest first.
    #[default]
    Date,
    /// By article title, then by claim.
    Article,
    /// By status, in workflow order.
    Status,
    /// By verdict, alphabetically; claims without one first.
    Verdict,
}

/// The article list's filter and sort.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleFilter {
    /// Words in the title or the file name (ignoring case).
    pub text: String,
    /// The order.
    pub sort: ArticleSort,
}

impl ArticleFilter {
    /// The readable articles it keeps, in its order: (file, summary).
    pub fn rows<'a>(&self, articles: &'a [ArticleRow]) -> Vec<(&'a str, &'a ArticleRecord)> {
        let needle = self.text.trim().to_lowercase();
        let mut rows: Vec<(&str, &ArticleRecord)> = articles
            .iter()
            .filter_map(|a| a.record.as_ref().ok().map(|r| (a.file.as_str(), r)))
            .filter(|(file, r)| {
                needle.is_empty()
                    || r.title.to_lowercase().contains(&needle)
                    || file.to_lowercase().contains(&needle)
            })
            .collect();
        let share = |r: &ArticleRecord| r.claims_done as f32 / r.claims.len().max(1) as f32;
        match self.sort {
            ArticleSort::Date => rows.sort_by(|a, b| b.1.date.cmp(&a.1.date)),
            ArticleSort::Title => rows.sort_by(|a, b| a.1.title.cmp(&b.1.title)),
            ArticleSort::Claims => rows.sort_by_key(|r| std::cmp::Reverse(r.1.claims.len())),
            ArticleSort::Progress => rows.sort_by(|a, b| share(a.1).total_cmp(&share(b.1))),
        }
        rows
    }
}

/// A claim as the desk's table lists it, with its file and article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClaimListing<'a> {
    /// The file, relative to the desk.
    pub file: &'a str,
    /// The article's title.
    pub title: &'a str,
    /// The claim.
    pub claim: &'a ClaimRow,
}

/// The claims table's filter and sort.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClaimFilter {
    /// Words in the claim, its normalized form or the article's title (ignoring case).
    pub words: String,
    /// Words in the claimant (ignoring case).
    pub claimant: String,
    /// Only this status.
    pub status: Option<ClaimStatus>,
    /// Which verdicts.
    pub verdict: VerdictFilter,
    /// The order.
    pub sort: ClaimSort,
}

impl ClaimFilter {
    /// True when the table lists `claim` of the article titled `title`.
    pub fn keeps(&self, title: &str, claim: &ClaimRow) -> bool {
        let words = self.words.trim().to_lowercase();
        let claimant = self.claimant.trim().to_lowercase();
        let words_ok = words.is_empty()
            || claim.text.to_lowercase().contains(&words)
            || claim.normalized.to_lowercase().contains(&words)
            || title.to_lowercase().contains(&words);
        let claimant_ok = claimant.is_empty() || claim.claimant.to_lowercase().contains(&claimant);
        let verdict_ok = match &self.verdict {
            VerdictFilter::Any => true,
            VerdictFilter::Missing => claim.verdict.is_none(),
            VerdictFilter::Is(v) => claim.verdict.as_deref() == Some(v.as_str()),
        };
        words_ok && claimant_ok && verdict_ok && self.status.is_none_or(|s| s == claim.status)
    }

    /// The claims of the readable articles it keeps, in its order.
    pub fn rows<'a>(&self, articles: &'a [ArticleRow]) -> Vec<ClaimListing<'a>> {
        let mut rows: Vec<ClaimListing<'a>> = articles
            .iter()
            .filter_map(|a| a.record.as_ref().ok().map(|r| (a.file.as_str(), r)))
            .flat_map(|(file, r)| {
                r.claims.iter().map(move |claim| ClaimListing {
                    file,
                    title: r.title.as_str(),
                    claim,
                })
            })
            .filter(|row| self.keeps(row.title, row.claim))
            .collect();
        match self.sort {
            ClaimSort::Date => rows.sort_by(|a, b| b.claim.date.cmp(&a.claim.date)),
            ClaimSort::Article => {
                rows.sort_by(|a, b| a.title.cmp(b.title).then(a.claim.id.cmp(&b.claim.id)));
            }
            ClaimSort::Status => rows.sort_by_key(|r| r.claim.status),
            ClaimSort::Verdict => rows.sort_by(|a, b| a.claim.verdict.cmp(&b.claim.verdict)),
        }
        rows
    }
}

/// The verdicts the claims of `articles` have, each once, in alphabetical order (the choices
/// of the verdict filter).
pub fn verdicts_in(articles: &[ArticleRow]) -> Vec<&str> {
    let verdicts: std::collections::BTreeSet<&str> = articles
        .iter()
        .filter_map(|a| a.record.as_ref().ok())
        .flat_map(|r| r.verdicts.iter().map(|(v, _)| v.as_str()))
        .collect();
    verdicts.into_iter().collect()
}

#[cfg(test)]
mod test {
    use super::*;

    fn claim(
        id: u64,
        text: &str,
        claimant: &str,
        status: ClaimStatus,
        verdict: Option<&str>,
        date: &str,
    ) -> ClaimRow {
        ClaimRow {
            id,
            text: text.to_owned(),
            normalized: String::new(),
            claimant: claimant.to_owned(),
            rationale: String::new(),
            note: String::new(),
            status,
            verdict: verdict.map(str::to_owned),
            date: date.to_owned(),
        }
    }

    fn article(
        file: &str,
        title: &str,
        date: &str,
        done: usize,
        claims: Vec<ClaimRow>,
    ) -> ArticleRow {
        let mut verdicts: Vec<(String, usize)> = Vec::new();
        for v in claims.iter().filter_map(|c| c.verdict.clone()) {
            match verdicts.iter_mut().find(|(x, _)| *x == v) {
                Some((_, n)) => *n += 1,
                None => verdicts.push((v, 1)),
            }
        }
        ArticleRow {
            file: file.to_owned(),
            record: Ok(ArticleRecord {
                title: title.to_owned(),
                source: String::new(),
                date: date.to_owned(),
                article_sha: String::new(),
                counts: [claims.len(), 0, 0],
                claims_done: done,
                verdicts,
                claims,
                quotes: Vec::new(),
                rejected: Vec::new(),
            }),
        }
    }

    fn desk() -> Vec<ArticleRow> {
        vec![
            article(
                "budget.ron",
                "Budget: the €1.8 billion bridge",
                "2026-11-02",
                1,
                vec![
                    claim(
                        1,
                        "The bridge cost €1.8 billion",
                        "Mayor Ruiz",
                        ClaimStatus::Done,
                        Some("False"),
                        "2026-11-02",
                    ),
                    claim(
                        2,
                        "Tolls pay for it",
                        "Mayor Ruiz",
                        ClaimStatus::ToCheck,
                        None,
                        "2026-10-01",
                    ),
                ],
            ),
            article(
                "crime.ron",
                "Crime fell 12%",
                "2026-11-05",
                0,
                vec![claim(
                    1,
                    "Crime fell 12% in 2025",
                    "Police chief",
                    ClaimStatus::InProgress,
                    Some("Mostly true"),
                    "2026-11-05",
                )],
            ),
            ArticleRow {
                file: "broken.ron".to_owned(),
                record: Err("line 3: not RON".to_owned()),
            },
        ]
    }

    fn listed(filter: &ClaimFilter) -> Vec<(String, u64)> {
        let articles = desk();
        filter
            .rows(&articles)
            .iter()
            .map(|r| (r.file.to_owned(), r.claim.id))
            .collect()
    }

    fn pair(file: &str, id: u64) -> (String, u64) {
        (file.to_owned(), id)
    }

    #[test]
    fn claims_newest_first_without_the_unreadable_file() {
        assert_eq!(
            listed(&ClaimFilter::default()),
            vec![
                pair("crime.ron", 1),
                pair("budget.ron", 1),
                pair("budget.ron", 2)
            ]
        );
    }

    #[test]
    fn claims_filtered_by_words_claimant_status_and_verdict() {
        let words = |w: &str| ClaimFilter {
            words: w.to_owned(),
            ..ClaimFilter::default()
        };
        // The claim's words, or its article's title.
        assert_eq!(listed(&words("TOLLS")), vec![pair("budget.ron", 2)]);
        assert_eq!(listed(&words("€1.8")).len(), 2);
        let claimant = ClaimFilter {
            claimant: "police".to_owned(),
            ..ClaimFilter::default()
        };
        assert_eq!(listed(&claimant), vec![pair("crime.ron", 1)]);
        let done = ClaimFilter {
            status: Some(ClaimStatus::Done),
            ..ClaimFilter::default()
        };
        assert_eq!(listed(&done), vec![pair("budget.ron", 1)]);
        let missing = ClaimFilter {
            verdict: VerdictFilter::Missing,
            ..ClaimFilter::default()
        };
        assert_eq!(listed(&missing), vec![pair("budget.ron", 2)]);
        let false_ = ClaimFilter {
            verdict: VerdictFilter::Is("False".to_owned()),
            ..ClaimFilter::default()
        };
        assert_eq!(listed(&false_), vec![pair("budget.ron", 1)]);
        // A verdict literally named "none" is a verdict, not "no verdict".
        let none = ClaimFilter {
            verdict: VerdictFilter::Is("none".to_owned()),
            ..ClaimFilter::default()
        };
        assert!(listed(&none).is_empty());
    }

    #[test]
    fn claims_sorted_each_way() {
        let by = |sort| ClaimFilter {
            sort,
            ..ClaimFilter::default()
        };
        assert_eq!(
            listed(&by(ClaimSort::Article)),
            vec![
                pair("budget.ron", 1),
                pair("budget.ron", 2),
                pair("crime.ron", 1)
            ]
        );
        assert_eq!(
            listed(&by(ClaimSort::Status)),
            vec![
                pair("budget.ron", 2),
                pair("crime.ron", 1),
                pair("budget.ron", 1)
            ]
        );
        assert_eq!(
            listed(&by(ClaimSort::Verdict)),
            vec![
                pair("budget.ron", 2),
                pair("budget.ron", 1),
                pair("crime.ron", 1)
            ]
        );
    }

    #[test]
    fn articles_filtered_and_sorted() {
        let articles = desk();
        let files = |filter: &ArticleFilter| -> Vec<&str> {
            filter.rows(&articles).iter().map(|(f, _)| *f).collect()
        };
        assert_eq!(
            files(&ArticleFilter::default()),
            vec!["crime.ron", "budget.ron"]
        );
        let by = |sort| ArticleFilter {
            sort,
            ..ArticleFilter::default()
        };
        assert_eq!(
            files(&by(ArticleSort::Title)),
            vec!["budget.ron", "crime.ron"]
        );
        assert_eq!(
            files(&by(ArticleSort::Claims)),
            vec!["budget.ron", "crime.ron"]
        );
        assert_eq!(
            files(&by(ArticleSort::Progress)),
            vec!["crime.ron", "budget.ron"]
        );
        let text = ArticleFilter {
            text: "CRIME".to_owned(),
            ..ArticleFilter::default()
        };
        assert_eq!(files(&text), vec!["crime.ron"]);
        let file = ArticleFilter {
            text: "budget.r".to_owned(),
            ..ArticleFilter::default()
        };
        assert_eq!(files(&file), vec!["budget.ron"]);
        assert_eq!(verdicts_in(&articles), vec!["False", "Mostly true"]);
    }
}
