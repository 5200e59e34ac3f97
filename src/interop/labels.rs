//! Other tools' labels (brat types, doccano and Label Studio labels, Hypothesis tags, W3C
//! tagging bodies) turned into claimmark's tags: the user's `--map` first, then the usual
//! names; every label is counted, so the import summary says which were mapped and which not.

use std::collections::BTreeMap;

use crate::model::Tag;

/// Maps a foreign label to one of our tags by its usual names, ignoring case.
pub fn tag_for_label(label: &str) -> Option<Tag> {
    let lower = label.trim().to_lowercase();
    match lower.as_str() {
        "claim" | "claims" | "statement" => Some(Tag::Claim),
        "quote" | "quotation" | "quotes" => Some(Tag::Quote),
        "citation" | "reference" | "source" | "cite" => Some(Tag::Citation),
        _ => None,
    }
}

/// How a label was turned into a tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mapped {
    /// By the user's `--map`.
    ByUser(Tag),
    /// By its usual name ("Claim", "Quotation", …).
    ByName(Tag),
}

/// The user's label → tag pairs, and a tally of every label seen.
#[derive(Clone, Debug, Default)]
pub struct LabelMap {
    mapping: Vec<(String, Tag)>,
    mapped: BTreeMap<(String, Mapped), usize>,
    unmapped: BTreeMap<String, usize>,
}

impl LabelMap {
    /// A map with the user's pairs (matched ignoring case).
    pub fn new(mapping: &[(String, Tag)]) -> Self {
        Self {
            mapping: mapping.to_vec(),
            ..Self::default()
        }
    }

    /// The tag for `label`, counting it as mapped or not.
    pub fn tag(&mut self, label: &str) -> Option<Tag> {
        let label = label.trim();
        let by_user = self
            .mapping
            .iter()
            .find(|(name, _)| name.trim().eq_ignore_ascii_case(label))
            .map(|(_, tag)| Mapped::ByUser(*tag));
        match by_user.or_else(|| tag_for_label(label).map(Mapped::ByName)) {
            Some(how) => {
                *self.mapped.entry((label.to_owned(), how)).or_default() += 1;
                Some(match how {
                    Mapped::ByUser(tag) | Mapped::ByName(tag) => tag,
                })
            }
            None => {
                *self.unmapped.entry(label.to_owned()).or_default() += 1;
                None
            }
        }
    }

    /// The first of `labels` that maps to a tag (the others are counted as not mapped only
    /// when none maps).
    pub fn first_tag<'a>(
        &mut self,
        labels: impl IntoIterator<Item = &'a str> + Clone,
    ) -> Option<Tag> {
        let mut probe = LabelMap::new(&self.mapping);
        let found = labels.clone().into_iter().find(|l| probe.tag(l).is_some());
        match found {
            Some(label) => self.tag(label),
            None => {
                for label in labels {
                    self.tag(label);
                }
                None
            }
        }
    }

    /// "Person → quote (by --map, 3); Claim → claim (2)" and "not mapped: ORG (2), MISC (1)".
    pub fn describe(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if !self.mapped.is_empty() {
            let parts: Vec<String> = self
                .mapped
                .iter()
                .map(|((label, how), n)| match how {
                    Mapped::ByUser(tag) => format!("{label} → {} (by --map, {n})", tag.key_name()),
                    Mapped::ByName(tag) => format!("{label} → {} ({n})", tag.key_name()),
                })
                .collect();
            lines.push(format!("labels mapped: {}", parts.join("; ")));
        }
        if !self.unmapped.is_empty() {
            let parts: Vec<String> = self
                .unmapped
                .iter()
                .map(|(label, n)| format!("{label} ({n})"))
                .collect();
            lines.push(format!(
                "labels not mapped (skipped; map them with --map LABEL=claim|quote|citation): {}",
                parts.join(", ")
            ));
        }
        for (name, _) in &self.mapping {
            let used = self.mapped.keys().any(|(label, how)| {
                matches!(how, Mapped::ByUser(_)) && label.eq_ignore_ascii_case(name.trim())
            });
            if !used {
                lines.push(format!("--map {name}: no label of that name in the file"));
            }
        }
        lines
    }
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn user_mapping_wins_and_everything_is_counted() {
        let mut map = LabelMap::new(&[
            ("Person".to_owned(), Tag::Quote),
            ("Nope".to_owned(), Tag::Claim),
        ]);
        assert_eq!(map.tag("person"), Some(Tag::Quote));
        assert_eq!(map.tag("Claim"), Some(Tag::Claim));
        assert_eq!(map.tag("ORG"), None);
        assert_eq!(map.tag("ORG"), None);
        assert_eq!(map.first_tag(["ORG", "Quotation"]), Some(Tag::Quote));
        let text = map.describe().join("\n");
        assert!(text.contains("person → quote (by --map, 1)"), "{text}");
        assert!(text.contains("Claim → claim (1)"), "{text}");
        assert!(
            text.contains("not mapped") && text.contains("ORG (2)"),
            "{text}"
        );
        assert!(text.contains("--map Nope: no label of that name"), "{text}");
    }
}
