//! The fields of an annotation a fact-checker changes, named once: for undo labels, runs of
//! typing that undo as one step, merges and differences. [`FieldValue`] is one field's value,
//! read from and written to an annotation the same way for every field.

use serde::{Deserialize, Serialize};

use super::{Annotation, ClaimStatus, Evidence, Link, Span, Tag};

/// One field of an [`super::Annotation`] (with its review).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
    /// Citation: the target page as archived.
    TargetArchived,
    /// Links to other annotations.
    Links,
    /// The "moved — check" mark.
    Check,
}

impl Field {
    /// Every field, in the order a form shows them.
    pub const ALL: [Field; 16] = [
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
        Field::TargetArchived,
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
            Field::TargetArchived => "archived target",
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

/// The value of one field (the other side's value in a merge conflict, the two sides of a
/// difference).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FieldValue {
    /// [`Field::Tag`].
    Tag(Tag),
    /// [`Field::Position`]: offsets, the text there and its context.
    Position {
        /// First char.
        start: usize,
        /// One past the last char.
        end: usize,
        /// The text at the span.
        text: String,
        /// Context before.
        prefix: String,
        /// Context after.
        suffix: String,
    },
    /// A text field: note, normalized claim, claimant, rationale, speaker, citation target.
    Text(String),
    /// [`Field::Status`].
    Status(ClaimStatus),
    /// [`Field::Verdict`].
    Verdict(Option<String>),
    /// [`Field::Evidence`].
    Evidence(Vec<Evidence>),
    /// A yes/no field: quote verified, citation checked.
    Yes(bool),
    /// [`Field::Links`].
    Links(Vec<Link>),
    /// [`Field::Check`].
    Check(Option<String>),
    /// [`Field::TargetArchived`].
    Archived(Option<super::Archived>),
}

impl Field {
    /// This field's value in `a`.
    pub fn get(self, a: &Annotation) -> FieldValue {
        let r = &a.review;
        match self {
            Field::Tag => FieldValue::Tag(a.tag),
            Field::Position => FieldValue::Position {
                start: a.span.start,
                end: a.span.end,
                text: a.text.clone(),
                prefix: a.prefix.clone(),
                suffix: a.suffix.clone(),
            },
            Field::Note => FieldValue::Text(a.note.clone()),
            Field::Status => FieldValue::Status(r.status),
            Field::Verdict => FieldValue::Verdict(r.verdict.clone()),
            Field::Normalized => FieldValue::Text(r.normalized.clone()),
            Field::Claimant => FieldValue::Text(r.claimant.clone()),
            Field::Rationale => FieldValue::Text(r.rationale.clone()),
            Field::Evidence => FieldValue::Evidence(r.evidence.clone()),
            Field::Speaker => FieldValue::Text(r.speaker.clone()),
            Field::QuoteVerified => FieldValue::Yes(r.quote_verified),
            Field::Target => FieldValue::Text(r.target.clone()),
            Field::CitationChecked => FieldValue::Yes(r.citation_checked),
            Field::TargetArchived => FieldValue::Archived(r.target_archived.clone()),
            Field::Links => FieldValue::Links(r.links.clone()),
            Field::Check => FieldValue::Check(a.check.clone()),
        }
    }

    /// Sets this field of `a` to `value`; false (and `a` untouched) when the value is not of
    /// this field's kind.
    pub fn set(self, a: &mut Annotation, value: FieldValue) -> bool {
        let r = &mut a.review;
        match (self, value) {
            (Field::Tag, FieldValue::Tag(tag)) => a.tag = tag,
            (
                Field::Position,
                FieldValue::Position {
                    start,
                    end,
                    text,
                    prefix,
                    suffix,
                },
            ) => {
                a.span = Span::new(start, end);
                a.text = text;
                a.prefix = prefix;
                a.suffix = suffix;
            }
            (Field::Note, FieldValue::Text(text)) => a.note = text,
            (Field::Status, FieldValue::Status(status)) => r.status = status,
            (Field::Verdict, FieldValue::Verdict(verdict)) => r.verdict = verdict,
            (Field::Normalized, FieldValue::Text(text)) => r.normalized = text,
            (Field::Claimant, FieldValue::Text(text)) => r.claimant = text,
            (Field::Rationale, FieldValue::Text(text)) => r.rationale = text,
            (Field::Evidence, FieldValue::Evidence(items)) => r.evidence = items,
            (Field::Speaker, FieldValue::Text(text)) => r.speaker = text,
            (Field::QuoteVerified, FieldValue::Yes(yes)) => r.quote_verified = yes,
            (Field::Target, FieldValue::Text(text)) => r.target = text,
            (Field::CitationChecked, FieldValue::Yes(yes)) => r.citation_checked = yes,
            (Field::TargetArchived, FieldValue::Archived(archived)) => r.target_archived = archived,
            (Field::Links, FieldValue::Links(links)) => r.links = links,
            (Field::Check, FieldValue::Check(check)) => a.check = check,
            _ => return false,
        }
        true
    }
}

impl FieldValue {
    /// The value in a few words, for differences and conflicts: “False”, “(none)”, ““words…””.
    pub fn describe(&self) -> String {
        let quoted = |text: &str| {
            if text.is_empty() {
                "(empty)".to_owned()
            } else {
                format!("“{}”", super::excerpt(text, 60))
            }
        };
        match self {
            FieldValue::Tag(tag) => tag.label().to_owned(),
            FieldValue::Position {
                start, end, text, ..
            } => format!("{start}–{end} {}", quoted(text)),
            FieldValue::Text(text) => quoted(text),
            FieldValue::Status(status) => status.label().to_owned(),
            FieldValue::Verdict(verdict) => verdict.clone().unwrap_or_else(|| "(none)".to_owned()),
            FieldValue::Evidence(items) => match items.as_slice() {
                [] => "no evidence".to_owned(),
                [one] => format!("1 item ({})", quoted(&one.reference)),
                many => format!("{} items", many.len()),
            },
            FieldValue::Yes(yes) => if *yes { "yes" } else { "no" }.to_owned(),
            FieldValue::Links(links) => match links.len() {
                0 => "no links".to_owned(),
                1 => "1 link".to_owned(),
                n => format!("{n} links"),
            },
            FieldValue::Check(check) => check.clone().unwrap_or_else(|| "(none)".to_owned()),
            FieldValue::Archived(archived) => archived
                .as_ref()
                .map_or_else(|| "not archived".to_owned(), super::Archived::describe),
        }
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

    #[test]
    fn every_field_reads_and_writes_its_own_value() {
        let document = super::super::Document::new("Exports rose 12%.".to_owned(), None, "utf-8");
        let mut a = Annotation::new(
            super::super::AnnotationId(1),
            Tag::Claim,
            Span::new(0, 12),
            &document,
            "2026-11-27T00:00:00Z",
        )
        .unwrap();
        a.review.verdict = Some("False".to_owned());
        a.review.quote_verified = true;
        a.review.target_archived = Some(super::super::Archived::default());
        let mut b = a.clone();
        b.note = "other".to_owned();
        b.review.verdict = None;
        for field in Field::ALL {
            let value = field.get(&a);
            assert!(field.set(&mut b, value.clone()), "{field:?}");
            assert_eq!(field.get(&b), value, "{field:?}");
        }
        assert_eq!(a, b);
        assert!(!Field::Tag.set(&mut b, FieldValue::Text("x".to_owned())));
        assert_eq!(Field::Verdict.get(&a).describe(), "False");
    }
}
