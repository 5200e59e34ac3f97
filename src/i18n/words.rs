//! The model's names in the interface's language: tags, claim statuses, link kinds, fields,
//! exchange formats, and a new document's rating scale. The model and the files keep their
//! English names; these are only what people read.

use crate::compare::{Difference, DifferenceKind};
use crate::model::{
    Annotation, AnnotationSet, Archived, ClaimStatus, Conflict, Field, FieldValue, LinkKind,
    Rating, RatingScale, Tag,
};
use crate::tr;

/// "Claim", "Quote", "Citation".
pub fn tag_label(tag: Tag) -> String {
    tr!("tag-label", tag = tag.key_name())
}

/// "claim", "quote", "citation", as inside a sentence.
pub fn tag_name(tag: Tag) -> String {
    tr!("tag-name", tag = tag.key_name())
}

/// "Claims (3)": the tag's plural with a count.
pub fn tag_count(tag: Tag, count: usize) -> String {
    tr!("tag-count", tag = tag.key_name(), count = count)
}

fn status_key(status: ClaimStatus) -> &'static str {
    match status {
        ClaimStatus::ToCheck => "to-check",
        ClaimStatus::InProgress => "in-progress",
        ClaimStatus::NeedsSecondReview => "second-review",
        ClaimStatus::Done => "done",
    }
}

/// "To check", "In progress", "Needs second review", "Done".
pub fn status_label(status: ClaimStatus) -> String {
    tr!("status-label", status = status_key(status))
}

fn link_key(kind: LinkKind) -> &'static str {
    match kind {
        LinkKind::SupportedBy => "supported-by",
        LinkKind::ContradictedBy => "contradicted-by",
        LinkKind::AttributedTo => "attributed-to",
    }
}

/// "supported by", from the linking annotation's side.
pub fn link_label(kind: LinkKind) -> String {
    tr!("link-label", kind = link_key(kind))
}

/// "supports", from the target's side.
pub fn link_inverse(kind: LinkKind) -> String {
    tr!("link-inverse", kind = link_key(kind))
}

/// A field's name in sentences ("verdict", "normalized claim").
pub fn field_name(field: Field) -> String {
    let key = match field {
        Field::Tag => "tag",
        Field::Position => "position",
        Field::Note => "note",
        Field::Status => "status",
        Field::Verdict => "verdict",
        Field::Normalized => "normalized",
        Field::Claimant => "claimant",
        Field::Rationale => "rationale",
        Field::Evidence => "evidence",
        Field::Speaker => "speaker",
        Field::QuoteVerified => "quote-verified",
        Field::Target => "target",
        Field::CitationChecked => "citation-checked",
        Field::TargetArchived => "target-archived",
        Field::Links => "links",
        Field::Check => "check",
    };
    tr!("field-name", field = key)
}

/// The undo menu's words for a change of `field`: "Edit note" while typing, "Set verdict"
/// otherwise.
pub fn edit_label(field: Field, typing: bool) -> String {
    let field = field_name(field);
    if typing {
        tr!("edit-typing", field = field)
    } else {
        tr!("edit-set", field = field)
    }
}

/// An exchange format's name in menus ("Markdown report (.md)"), by its command-line name
/// (`interop::Format::name`).
pub fn format_label(name: &str) -> String {
    tr!("format-label", format = name)
}

/// "archived on 2026-12-04 (SHA-256 1a2b3c4d5e6f…)".
pub fn archived(archived: &Archived) -> String {
    let date = archived.retrieved.get(..10).unwrap_or(&archived.retrieved);
    let short = archived.sha256.get(..12).unwrap_or(&archived.sha256);
    tr!("archived-on", date = date, hash = short)
}

/// A field's value in a few words, for differences and conflicts: “False”, “(none)”.
pub fn field_value(value: &FieldValue) -> String {
    let quoted = |text: &str| {
        if text.is_empty() {
            tr!("value-empty")
        } else {
            tr!("value-quoted", text = crate::model::excerpt(text, 60))
        }
    };
    match value {
        FieldValue::Tag(tag) => tag_label(*tag),
        FieldValue::Position {
            start, end, text, ..
        } => tr!(
            "value-position",
            start = *start,
            end = *end,
            text = quoted(text)
        ),
        FieldValue::Text(text) => quoted(text),
        FieldValue::Status(status) => status_label(*status),
        FieldValue::Verdict(verdict) | FieldValue::Check(verdict) => {
            verdict.clone().unwrap_or_else(|| tr!("value-none"))
        }
        FieldValue::Evidence(items) => match items.as_slice() {
            [one] => tr!("value-evidence-one", reference = quoted(&one.reference)),
            many => tr!("value-evidence", count = many.len()),
        },
        FieldValue::Yes(yes) => {
            if *yes {
                tr!("value-yes")
            } else {
                tr!("value-no")
            }
        }
        FieldValue::Links(links) => tr!("value-links", count = links.len()),
        FieldValue::Archived(found) => found
            .as_ref()
            .map_or_else(|| tr!("value-not-archived"), archived),
    }
}

/// "Only ours", "Different verdict".
pub fn difference_kind(kind: DifferenceKind) -> String {
    match kind {
        DifferenceKind::OnlyOurs => tr!("difference-only-ours"),
        DifferenceKind::OnlyTheirs => tr!("difference-only-theirs"),
        DifferenceKind::Span => tr!("difference-span"),
        DifferenceKind::Tag => tr!("difference-tag"),
        DifferenceKind::Field(field) => tr!("difference-field", field = field_name(field)),
    }
}

/// A difference in words, for the compare list's tooltips.
pub fn difference(difference: &Difference, ours: &AnnotationSet, theirs: &AnnotationSet) -> String {
    let text = |a: Option<&Annotation>| {
        a.map(|a| {
            tr!(
                "difference-annotation",
                tag = tag_label(a.tag),
                text = crate::model::excerpt(&a.text, 50)
            )
        })
        .unwrap_or_default()
    };
    let our = difference.ours.and_then(|id| ours.get(id));
    let their = difference.theirs.and_then(|id| theirs.get(id));
    let value = |v: &Option<FieldValue>| v.as_ref().map(field_value).unwrap_or_default();
    match difference.kind {
        DifferenceKind::OnlyOurs | DifferenceKind::OnlyTheirs => tr!(
            "difference-alone",
            kind = difference_kind(difference.kind),
            annotation = text(our.or(their))
        ),
        kind => tr!(
            "difference-values",
            kind = difference_kind(kind),
            annotation = text(our),
            ours = value(&difference.our_value),
            theirs = value(&difference.their_value)
        ),
    }
}

/// "yes" when someone is named, for messages that say who only when they can.
fn named(who: &str) -> &'static str {
    if who.is_empty() { "no" } else { "yes" }
}

/// A merge conflict in words, given our value of the field where there is one.
pub fn conflict(conflict: &Conflict, ours: Option<&FieldValue>) -> String {
    match conflict {
        Conflict::Field { field, theirs, by } => tr!(
            "conflict-field",
            field = field_name(*field),
            ours = ours.map_or_else(|| "?".to_owned(), field_value),
            theirs = field_value(theirs),
            by = by,
            named = named(by)
        ),
        Conflict::DeletedByThem { by } => {
            tr!("conflict-deleted-by-them", by = by, named = named(by))
        }
        Conflict::DeletedByUs { by } => tr!("conflict-deleted-by-us", by = by, named = named(by)),
    }
}

/// The labels of a new document's rating scale, in the interface's language, best first.
pub fn default_scale() -> RatingScale {
    let english = RatingScale::default();
    let keys = [
        "true",
        "mostly-true",
        "half-true",
        "mostly-false",
        "false",
        "misleading",
        "unverifiable",
    ];
    RatingScale {
        ratings: english
            .ratings
            .iter()
            .zip(keys)
            .map(|(rating, key)| Rating {
                label: tr!("verdict-label", verdict = key),
                value: rating.value,
            })
            .collect(),
    }
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::i18n::{Language, set_language};

    #[test]
    fn names_in_english_and_spanish() {
        set_language(Language::English);
        assert_eq!(tag_label(Tag::Claim), "Claim");
        assert_eq!(tag_name(Tag::Citation), "citation");
        assert_eq!(tag_count(Tag::Quote, 1), "1 quote");
        assert_eq!(tag_count(Tag::Quote, 2), "2 quotes");
        assert_eq!(
            status_label(ClaimStatus::NeedsSecondReview),
            "Needs second review"
        );
        assert_eq!(edit_label(Field::Note, true), "Edit note");
        assert_eq!(edit_label(Field::Verdict, false), "Set verdict");
        assert_eq!(default_scale(), RatingScale::default());
        set_language(Language::Spanish);
        assert_eq!(tag_label(Tag::Claim), "Afirmación");
        assert_eq!(tag_name(Tag::Quote), "cita");
        assert_eq!(default_scale().ratings[4].label, "Falso");
        assert_eq!(default_scale().ratings[5].label, "Engañoso");
        set_language(Language::English);
    }
}
