//! A fast RON emitter for the parts of the file that are most of its bytes: the article's
//! lines and the annotations. It writes exactly what `ron`'s pretty serializer writes for the
//! same values (strings escaped char by char with `char::escape_debug`, one field per line),
//! so files stay plain RON and the reader is still `ron`; `ron` itself writes the nested,
//! rare values (evidence, links, rating scale). Tests compare the two byte for byte.

use std::sync::atomic::{AtomicU8, Ordering};

use serde::Serialize;

use super::FormatError;
use super::writer::pretty;
use crate::model::{Annotation, ClaimStatus};

/// Indentation of one nesting level.
const INDENT: &str = "    ";

/// Whether `char::escape_debug` leaves `c` as it is.
fn escape_keeps(c: char) -> bool {
    let mut escaped = c.escape_debug();
    escaped.next() == Some(c) && escaped.next().is_none()
}

/// Per char of the Basic Multilingual Plane, what [`escape_keeps`] answered: 0 not asked yet,
/// 1 kept, 2 escaped. Filled as chars are met, so it cannot disagree with `ron`.
static BMP_KEPT: [AtomicU8; 0x10000] = [const { AtomicU8::new(0) }; 0x10000];

/// Whether `ron` writes `c` unchanged inside a string.
fn is_plain(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' '..='~') && !matches!(c, '"' | '\'' | '\\');
    }
    let Some(known) = BMP_KEPT.get(c as usize) else {
        return escape_keeps(c);
    };
    match known.load(Ordering::Relaxed) {
        1 => true,
        2 => false,
        _ => {
            let kept = escape_keeps(c);
            known.store(if kept { 1 } else { 2 }, Ordering::Relaxed);
            kept
        }
    }
}

/// Appends `value` as a RON string literal, as `ron` writes it.
pub(super) fn push_str_literal(out: &mut String, value: &str) {
    out.push('"');
    let mut plain_from = 0;
    for (at, c) in value.char_indices() {
        if is_plain(c) {
            continue;
        }
        out.push_str(value.get(plain_from..at).unwrap_or_default());
        out.extend(c.escape_debug());
        plain_from = at + c.len_utf8();
    }
    out.push_str(value.get(plain_from..).unwrap_or_default());
    out.push('"');
}

/// Writes `name: value,` lines at one indentation.
struct Fields<'a> {
    out: &'a mut String,
    indent: &'a str,
}

impl Fields<'_> {
    fn name(&mut self, name: &str) {
        self.out.push_str(self.indent);
        self.out.push_str(name);
        self.out.push_str(": ");
    }

    fn string(&mut self, name: &str, value: &str) {
        self.name(name);
        push_str_literal(self.out, value);
        self.out.push_str(",\n");
    }

    fn optional_string(&mut self, name: &str, value: &str) {
        if !value.is_empty() {
            self.string(name, value);
        }
    }

    fn number(&mut self, name: &str, value: impl std::fmt::Display) {
        use std::fmt::Write;
        self.name(name);
        let _ = writeln!(self.out, "{value},");
    }

    /// Any other value, through `ron`, its later lines indented to this level.
    fn value<T: Serialize>(&mut self, name: &str, value: &T) -> Result<(), FormatError> {
        let text = ron::ser::to_string_pretty(value, pretty())
            .map_err(|e| FormatError::Write(e.to_string()))?;
        self.name(name);
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                self.out.push('\n');
                self.out.push_str(self.indent);
            }
            self.out.push_str(line);
        }
        self.out.push_str(",\n");
        Ok(())
    }
}

/// About how many bytes [`push_annotation`] writes for `a`, to reserve room once.
pub(super) fn estimated_len(a: &Annotation) -> usize {
    let strings = a.text.len() + a.prefix.len() + a.suffix.len() + a.note.len();
    360 + strings + strings / 8
}

/// Appends one annotation as an element of `annotations: [ … ]` (indented, with its comma):
/// the fields of `AnnotationV2`, in its order, leaving out the empty review fields as its
/// serde attributes do.
pub(super) fn push_annotation(out: &mut String, a: &Annotation) -> Result<(), FormatError> {
    const ITEM_INDENT: &str = "        ";
    const FIELD_INDENT: &str = "            ";
    let r = &a.review;
    out.push_str(ITEM_INDENT);
    out.push_str("(\n");
    let mut f = Fields {
        out,
        indent: FIELD_INDENT,
    };
    f.number("id", a.id.0);
    f.value("tag", &a.tag)?;
    f.number("start", a.span.start);
    f.number("end", a.span.end);
    f.string("text", &a.text);
    f.string("prefix", &a.prefix);
    f.string("suffix", &a.suffix);
    f.string("note", &a.note);
    f.string("created", &a.created);
    f.string("modified", &a.modified);
    f.optional_string("created_by", &r.created_by);
    f.optional_string("modified_by", &r.modified_by);
    if r.status != ClaimStatus::default() {
        f.value("status", &r.status)?;
    }
    if let Some(verdict) = &r.verdict {
        f.name("verdict");
        f.out.push_str("Some(");
        push_str_literal(f.out, verdict);
        f.out.push_str("),\n");
    }
    f.optional_string("normalized", &r.normalized);
    f.optional_string("claimant", &r.claimant);
    f.optional_string("rationale", &r.rationale);
    if !r.evidence.is_empty() {
        f.value("evidence", &r.evidence)?;
    }
    f.optional_string("speaker", &r.speaker);
    if r.quote_verified {
        f.number("quote_verified", true);
    }
    f.optional_string("target", &r.target);
    if r.citation_checked {
        f.number("citation_checked", true);
    }
    if r.target_archived.is_some() {
        f.value("target_archived", &r.target_archived)?;
    }
    if !r.links.is_empty() {
        f.value("links", &r.links)?;
    }
    f.optional_string("check", a.check.as_deref().unwrap_or_default());
    if !a.conflicts.is_empty() {
        f.value("conflicts", &a.conflicts)?;
    }
    out.push_str(ITEM_INDENT);
    out.push_str("),\n");
    Ok(())
}

/// The article's lines as the `text: [ … ],` field of the article (inside the file).
pub(super) fn article_lines(text: &str) -> String {
    let field_indent = INDENT.repeat(2);
    let item_indent = INDENT.repeat(3);
    let lines = text.split('\n');
    let mut out = String::with_capacity(text.len() + text.len() / 8 + 64);
    out.push_str(&field_indent);
    out.push_str("text: [\n");
    for line in lines {
        out.push_str(&item_indent);
        push_str_literal(&mut out, line);
        out.push_str(",\n");
    }
    out.push_str(&field_indent);
    out.push_str("],\n");
    out
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn string_literals_match_ron() {
        for value in [
            "",
            "plain",
            "quote \" and ' and \\ and #",
            "new\nline\r\ttab\u{0}nul\u{7f}del",
            "emoji 😀 👨‍👩‍👧 🇪🇺, CJK 李小龙, Arabic هذا, e\u{301}, \u{200b}\u{feff}\u{202e}",
            "\u{301} leading mark",
            "\u{e000}\u{fffd}\u{ffff}\u{10ffff}\u{e0001}\u{1f3fb}𝄞",
        ] {
            let mut ours = String::new();
            push_str_literal(&mut ours, value);
            assert_eq!(ours, ron::to_string(value).unwrap(), "{value:?}");
        }
    }

    #[test]
    fn every_char_is_written_as_ron_writes_it() {
        let all: String = (0..=0x10ffffu32).filter_map(char::from_u32).collect();
        for chunk in all.chars().collect::<Vec<_>>().chunks(4096) {
            let value: String = chunk.iter().collect();
            let mut ours = String::new();
            push_str_literal(&mut ours, &value);
            assert_eq!(ours, ron::to_string(&value).unwrap());
        }
    }
}
