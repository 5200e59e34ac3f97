//! The CSV table: one row per annotation, one column per field, written with the `csv` crate so
//! quotes, commas and line breaks survive a round trip through a spreadsheet.

use super::ExportError;
use super::contents::Report;

/// Column names, in order. `said_from`/`said_to` are a transcript's times ("00:12:34"),
/// `said_by` its speakers; `page` the PDF page ("12", or "12-13" across two); empty for
/// other articles.
pub const COLUMNS: [&str; 29] = [
    "id",
    "tag",
    "start",
    "end",
    "text",
    "prefix",
    "suffix",
    "note",
    "status",
    "verdict",
    "verdict_value",
    "normalized_claim",
    "claimant",
    "rationale",
    "evidence_count",
    "evidence",
    "speaker",
    "quote_verified",
    "citation_target",
    "citation_checked",
    "links",
    "created",
    "created_by",
    "modified",
    "modified_by",
    "said_from",
    "said_to",
    "said_by",
    "page",
];

/// Characters that make a spreadsheet read a cell as a formula when they start it (OWASP,
/// "CSV Injection").
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell a spreadsheet will not run: one that starts like a formula gets a `'` in front,
/// as OWASP recommends (and so does one that starts with `'`, so reading back is exact).
pub fn neutralize(cell: &str) -> String {
    if cell.starts_with(FORMULA_STARTS) || cell.starts_with('\'') {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// The text of a cell written by [`neutralize`], for programs that read the table back.
pub fn unneutralize(cell: &str) -> &str {
    cell.strip_prefix('\'').unwrap_or(cell)
}

/// Writes one row per annotation in document order. Offsets are Unicode code points. Text
/// cells that start like a spreadsheet formula are [neutralized](neutralize).
pub fn to_csv(report: &Report<'_>) -> Result<String, ExportError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let error = |e: csv::Error| ExportError::Csv(e.to_string());
    writer.write_record(COLUMNS).map_err(error)?;
    for a in report.annotations.in_order() {
        let r = &a.review;
        let verdict_value = r
            .verdict
            .as_deref()
            .and_then(|v| report.scale.get(v))
            .map(|rating| rating.value.to_string())
            .unwrap_or_default();
        let evidence = r
            .evidence
            .iter()
            .map(|e| {
                [
                    e.title.as_str(),
                    e.reference.as_str(),
                    e.accessed.as_str(),
                    e.note.as_str(),
                ]
                .iter()
                .filter(|s| !s.trim().is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" | ")
            })
            .collect::<Vec<_>>()
            .join("\n");
        let links = report
            .links_of(a.id)
            .iter()
            .map(|(how, other)| format!("{how} #{}", other.id.0))
            .collect::<Vec<_>>()
            .join("; ");
        let is_claim = a.tag == crate::model::Tag::Claim;
        let said = report
            .document
            .timeline()
            .and_then(|t| t.said_at(a.span))
            .unwrap_or_default();
        let clock = |ms: Option<u64>| ms.map(crate::model::clock).unwrap_or_default();
        let page = match report.document.pdf().and_then(|p| p.pages_of(a.span)) {
            Some(range) if range.first == range.last => range.first.to_string(),
            Some(range) => format!("{}-{}", range.first, range.last),
            None => String::new(),
        };
        let record = [
            a.id.0.to_string(),
            a.tag.key_name().to_owned(),
            a.span.start.to_string(),
            a.span.end.to_string(),
            a.text.clone(),
            a.prefix.clone(),
            a.suffix.clone(),
            a.note.clone(),
            if is_claim {
                r.status.label().to_owned()
            } else {
                String::new()
            },
            r.verdict.clone().unwrap_or_default(),
            verdict_value,
            r.normalized.clone(),
            r.claimant.clone(),
            r.rationale.clone(),
            r.evidence.len().to_string(),
            evidence,
            r.speaker.clone(),
            r.quote_verified.to_string(),
            r.target.clone(),
            r.citation_checked.to_string(),
            links,
            a.created.clone(),
            r.created_by.clone(),
            a.modified.clone(),
            r.modified_by.clone(),
            clock(said.from_ms),
            clock(said.to_ms),
            said.speakers.join(", "),
            page,
        ];
        let record = record.map(|cell| neutralize(&cell));
        writer.write_record(&record).map_err(error)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| ExportError::Csv(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| ExportError::Csv(e.to_string()))
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn formula_starts_are_neutralized_and_read_back() {
        for cell in [
            "=1+1",
            "+49 30 1234",
            "-5% growth",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "'=x",
            "'a",
        ] {
            let safe = neutralize(cell);
            assert!(safe.starts_with('\''), "{cell:?}");
            assert_eq!(unneutralize(&safe), cell);
        }
        for cell in ["plain", "5-4", "", "a'b"] {
            assert_eq!(neutralize(cell), cell);
            assert_eq!(unneutralize(cell), cell);
        }
    }
}
