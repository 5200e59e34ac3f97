//! Searching the desk: ranked hits with the words around the match, and "Seen before": the
//! claims of the desk and other sites' checks most like a given claim.

use super::index::language_of;
use super::{Desk, DeskError, Hit, HitKind};

/// Characters of context shown on each side of a match in an article.
const CONTEXT: usize = 90;

/// The words of `text` around the first of `terms` (lower-cased words) it contains.
fn context(text: &str, terms: &[String]) -> String {
    let lower = text.to_lowercase();
    let found = terms
        .iter()
        .filter(|t| t.chars().count() > 2)
        .filter_map(|t| lower.find(t.as_str()))
        .min();
    let chars: Vec<char> = text.chars().collect();
    let at = found.map_or(0, |byte| lower.get(..byte).map_or(0, |b| b.chars().count()));
    let start = at.saturating_sub(CONTEXT);
    let end = (at + CONTEXT).min(chars.len());
    let piece: String = chars.get(start..end).unwrap_or_default().iter().collect();
    let piece = piece.split_whitespace().collect::<Vec<_>>().join(" ");
    format!(
        "{}{piece}{}",
        if start > 0 { "…" } else { "" },
        if end < chars.len() { "…" } else { "" }
    )
}

impl Desk {
    /// The best `limit` hits for `query` among articles, claims, quotes and outside checks.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<Hit>, DeskError> {
        let Some(q) = self.index.query(query, &[]) else {
            return Ok(Vec::new());
        };
        let mut hits = self.index.top(q.as_ref(), limit)?;
        let (words, _) = self.index.terms(query, language_of(query));
        for hit in &mut hits {
            hit.context = match hit.kind {
                HitKind::Article => context(&hit.text, &words),
                _ => hit.text.split_whitespace().collect::<Vec<_>>().join(" "),
            };
        }
        Ok(hits)
    }

    /// The claims of the desk and other sites' checks most like `claim` (its text and
    /// normalized claim), best first; the claims of `own_file` (the claim's own file, relative
    /// to the desk) are left out. Only hits sharing at least two terms beyond stop words
    /// (stems, numbers, CJK characters) are kept.
    pub fn seen_before(
        &self,
        claim: &str,
        own_file: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Hit>, DeskError> {
        let Some(q) = self.index.query(claim, &[HitKind::Claim, HitKind::Outside]) else {
            return Ok(Vec::new());
        };
        let language = language_of(claim);
        let (_, stems) = self.index.terms(claim, language);
        let mine: std::collections::BTreeSet<String> = stems.into_iter().collect();
        let mut hits = self.index.top(q.as_ref(), limit + 8)?;
        hits.retain(|h| h.kind == HitKind::Outside || own_file != Some(h.file.as_str()));
        hits.retain(|hit| {
            let theirs = format!("{}\n{}", hit.text, hit.normalized);
            let (_, stems) = self.index.terms(&theirs, language);
            let shared: std::collections::BTreeSet<&String> =
                stems.iter().filter(|t| mine.contains(*t)).collect();
            shared.len() >= 2
        });
        hits.truncate(limit);
        for hit in &mut hits {
            hit.context = hit.text.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        Ok(hits)
    }
}
