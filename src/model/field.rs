//! The fields of an annotation a fact-checker changes, named once: for undo labels, runs of
//! typing that undo as one step, merges and differences.

/// One field of an [`super::Annotation`] (with its review).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// The tag (claim, quote, citation).
    Tag,
    /// Where it is: offsets, text and context.
    Position,
    /// The note.
    Note,
    /// Claim: workflow status.
    Status,
    /// Claim: verdict.
    Verdict,
    /// Claim: normalized claim.
    Normalized,
    /// Claim: claimant.
    Claimant,
    /// Claim: rationale.
    Rationale,
    /// Claim: evidence items.
    Evidence,
    /// Quote: speaker.
    Speaker,
    /// Quote: verified against its source.
    QuoteVerified,
    /// Citation: target.
    Target,
    /// Citation: checked.
    CitationChecked,
    /// Links to other annotations.
    Links,
    /// The "moved — check" mark.
    Check,
}

impl Field {
    /// Every field, in the order a form shows them.
    pub const ALL: [Field; 15] = [
        Field::Tag,
        Field::Position,
        Field::Note,
        Field::Status,
        Field::Verdict,
        Field::Normalized,
        Field::Claimant,
        Field::Rationale,
        Field::Evidence,
        Field::Speaker,
        Field::QuoteVerified,
        Field::Target,
        Field::CitationChecked,
        Field::Links,
        Field::Check,
    ];

    /// Its name in sentences ("verdict", "normalized claim").
    pub fn name(self) -> &'static str {
        match self {
            Field::Tag => "tag",
            Field::Position => "position",
            Field::Note => "note",
            Field::Status => "status",
            Field::Verdict => "verdict",
            Field::Normalized => "normalized claim",
            Field::Claimant => "claimant",
            Field::Rationale => "rationale",
            Field::Evidence => "evidence",
            Field::Speaker => "speaker",
            Field::QuoteVerified => "quote verified",
            Field::Target => "citation target",
            Field::CitationChecked => "citation checked",
            Field::Links => "links",
            Field::Check => "“moved — check” mark",
        }
    }

    /// The undo menu's words for a change of this field: "Edit note" while typing, "Set
    /// verdict" otherwise.
    pub fn edit_label(self, typing: bool) -> String {
        let verb = if typing { "Edit" } else { "Set" };
        format!("{verb} {}", self.name())
    }
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn every_field_has_a_distinct_name() {
        let mut names: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Field::ALL.len());
        assert_eq!(Field::Note.edit_label(true), "Edit note");
        assert_eq!(Field::Verdict.edit_label(false), "Set verdict");
    }
}
