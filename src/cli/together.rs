//! `claimmark merge`, `claimmark agree` and `claimmark diff`: two people's work on one
//! article, merged (as git's merge driver), measured and compared, on top of [`crate::merge`]
//! and [`crate::compare`].

use std::path::{Path, PathBuf};

use super::CliError;
use crate::io::{self, Opened};
use crate::merge::{Side, three_way};

fn read(path: &Path) -> Result<Option<Opened>, CliError> {
    Ok(io::read_annotation_file(path)?)
}

fn required(path: &Path) -> Result<Opened, CliError> {
    read(path)?.ok_or_else(|| {
        CliError::Usage(format!(
            "“{}” is empty: it is not an annotation file",
            path.display()
        ))
    })
}

/// `claimmark merge BASE OURS THEIRS [-o OUT]`: returns the summary (for standard error) and
/// the exit code: 0 clean, 1 conflicts kept in the file.
pub fn merge(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    output: Option<&Path>,
) -> Result<(String, u8), CliError> {
    let our = required(ours)?;
    let their = required(theirs)?;
    let base = read(base)?;
    let empty = crate::model::AnnotationSet::new();
    let base_side = match &base {
        Some(base) => Side {
            document: &base.document,
            annotations: &base.annotations,
            scale: &base.scale,
        },
        None => Side {
            document: &our.document,
            annotations: &empty,
            scale: &our.scale,
        },
    };
    let merged = three_way(base_side, side(&our), side(&their))
        .map_err(|e| CliError::Usage(format!("cannot merge “{}”: {e}", ours.display())))?;
    let target = output.unwrap_or(ours);
    let text = crate::format::to_ron(&our.document, &merged.annotations, &merged.scale)
        .map_err(|e| CliError::Usage(e.to_string()))?;
    io::write_text(target, &text)?;
    let report = &merged.report;
    let title = our.document.title();
    let mut lines = vec![format!(
        "claimmark merge “{title}”: {}",
        if report.is_clean() {
            "merged cleanly".to_owned()
        } else {
            format!(
                "{} conflict(s) kept in the file (both values); open it in claimmark or run \
                 `claimmark check` to see them",
                report.conflicts.len()
            )
        }
    )];
    lines.extend(report.describe().into_iter().map(|l| format!("  {l}")));
    Ok((lines.join("\n"), u8::from(!report.is_clean())))
}

fn side(opened: &Opened) -> Side<'_> {
    Side {
        document: &opened.document,
        annotations: &opened.annotations,
        scale: &opened.scale,
    }
}

fn same_article(first: &Opened, second: &Opened, paths: [&Path; 2]) -> Result<(), CliError> {
    if first.document.text() == second.document.text() {
        return Ok(());
    }
    Err(CliError::Usage(format!(
        "“{}” and “{}” annotate different texts ({} and {} characters); compare files of the \
         same article (File → Update article text… brings one onto the other's text)",
        paths[0].display(),
        paths[1].display(),
        first.document.char_len(),
        second.document.char_len()
    )))
}

/// `claimmark agree A.ron B.ron [--json]`.
pub fn agree(first: &Path, second: &Path, json: bool) -> Result<String, CliError> {
    let a = required(first)?;
    let b = required(second)?;
    same_article(&a, &b, [first, second])?;
    let agreement =
        crate::compare::agreement(a.document.char_len(), &a.annotations, &b.annotations);
    if json {
        return serde_json::to_string_pretty(&agreement)
            .map_err(|e| CliError::Usage(e.to_string()));
    }
    let mut lines = vec![
        format!(
            "Agreement of {} ({} annotations) and {} ({})",
            io::file_name(first),
            a.annotations.len(),
            io::file_name(second),
            b.annotations.len()
        ),
        String::new(),
        format!(
            "{:<10} {:>6} {:>7} {:>6} {:>8} {:>9} {:>11} {:>7}",
            "tag", "first", "second", "exact", "overlap", "F1 exact", "F1 overlap", "char κ"
        ),
    ];
    for t in &agreement.per_tag {
        lines.push(format!(
            "{:<10} {:>6} {:>7} {:>6} {:>8} {:>9.3} {:>11.3} {:>7.3}",
            t.tag.key_name(),
            t.first,
            t.second,
            t.exact_matches,
            t.overlap_matches,
            t.span_f1_exact,
            t.span_f1_overlap,
            t.char_kappa
        ));
    }
    lines.push(format!(
        "{:<10} {:>6} {:>7} {:>6} {:>8} {:>9.3} {:>11.3} {:>7.3}",
        "all",
        a.annotations.len(),
        b.annotations.len(),
        agreement
            .per_tag
            .iter()
            .map(|t| t.exact_matches)
            .sum::<usize>(),
        agreement
            .per_tag
            .iter()
            .map(|t| t.overlap_matches)
            .sum::<usize>(),
        agreement.span_f1_exact,
        agreement.span_f1_overlap,
        agreement.char_kappa
    ));
    let v = &agreement.verdicts;
    lines.push(String::new());
    lines.push(match (v.share_equal, v.kappa) {
        (Some(share), Some(kappa)) => format!(
            "Verdicts of paired claims: {} pairs, {} with two verdicts, {} the same ({:.0}%), κ {:.3}",
            v.pairs,
            v.both_judged,
            v.equal,
            share * 100.0,
            kappa
        ),
        _ => format!(
            "Verdicts of paired claims: {} pairs, none with a verdict on both sides",
            v.pairs
        ),
    });
    Ok(lines.join("\n"))
}

/// `claimmark diff OLD NEW`, or git's seven arguments (PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE
/// NEW-HEX NEW-MODE).
pub fn diff(files: &[PathBuf]) -> Result<String, CliError> {
    let (name, old, new) = match files {
        [old, new] => (None, old, new),
        [path, old, _, _, new, _, _] => (Some(path), old, new),
        _ => {
            return Err(CliError::Usage(
                "give the old and the new version (or git's seven diff arguments)".to_owned(),
            ));
        }
    };
    let old = read(old)?;
    let new = read(new)?;
    let header = name.map(|p| format!("{}:", p.display()));
    let nothing = crate::model::AnnotationSet::new();
    let lines = match (&old, &new) {
        (_, Some(new)) => crate::compare::changes(
            old.as_ref().map(|o| &o.document),
            old.as_ref().map_or(&nothing, |o| &o.annotations),
            &new.document,
            &new.annotations,
        ),
        (Some(old), None) => vec![format!(
            "file deleted ({} annotations)",
            old.annotations.len()
        )],
        (None, None) => Vec::new(),
    };
    let body = if lines.is_empty() {
        "no changes to the annotations".to_owned()
    } else {
        lines.join("\n")
    };
    Ok(match header {
        Some(header) => format!("{header}\n{body}"),
        None => body,
    })
}
