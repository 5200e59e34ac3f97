//! The tools behind `claimmark check`, `stats`, `export` and `import`.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::interop::{self, ExportFailure, Format, ImportFiles, ImportRequest, InteropError};
use crate::io;
use crate::model::{ClaimStatus, Tag};

/// Why a command failed; the binary prints it and exits with [`CliError::exit_code`].
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// A file could not be read (or is not a valid annotation file) or written.
    #[error("{0}")]
    Files(#[from] io::IoError),
    /// The export could not be produced.
    #[error("{0}")]
    Export(#[from] ExportFailure),
    /// The import could not be done.
    #[error("“{}”: {source}", path.display())]
    Import {
        /// The other tool's file.
        path: PathBuf,
        /// What is wrong with it.
        source: InteropError,
    },
    /// The command was given the wrong inputs.
    #[error("{0}")]
    Usage(String),
    /// Standard output could not be written (a closed pipe).
    #[error("could not write to standard output: {0}")]
    Stdout(std::io::Error),
}

impl CliError {
    /// 2 for unreadable or bad input and failed writes (the tools' "bad usage or input").
    pub fn exit_code(&self) -> u8 {
        2
    }
}

/// `claimmark export`: writes `input` in `format` to `output` (or stdout); a format of several
/// files (brat) writes them side by side, named after `output` (or the input). A report's
/// words are in `language`; messages stay English.
pub fn export(
    format: Format,
    input: &Path,
    output: Option<&Path>,
    language: crate::i18n::Language,
    fragment: bool,
) -> Result<(), CliError> {
    let opened = io::open_annotations(input)?;
    for notice in &opened.notices {
        eprintln!("claimmark: note: {notice}");
    }
    let page = crate::report::PageOptions {
        fragment,
        archive: output.and_then(|out| io::archive_beside(input, out)),
    };
    crate::i18n::set_language(language);
    let written = interop::export_with(
        format,
        &opened.document,
        &opened.annotations,
        &opened.scale,
        &page,
    );
    crate::i18n::set_language(crate::i18n::Language::English);
    let written = written?;
    for warning in &written.warnings {
        eprintln!("claimmark: warning: {warning}");
    }
    if format.writes_several_files() {
        let base = output
            .map(Path::to_owned)
            .unwrap_or_else(|| input.with_extension(""));
        let paths = io::write_export(&written, &base)?;
        let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        eprintln!("claimmark: wrote {}", names.join(" and "));
        return Ok(());
    }
    let text = written
        .files
        .first()
        .map(|f| f.content.as_str())
        .unwrap_or_default();
    write_output(output, text)
}

/// Writes `text` to `output`, or to standard output without one.
pub fn write_output(output: Option<&Path>, text: &str) -> Result<(), CliError> {
    match output {
        Some(path) => Ok(io::write_text(path, text)?),
        None => std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(CliError::Stdout),
    }
}

/// `claimmark check FILE…`: validates each file and lists its problems.
pub fn check(files: &[PathBuf]) -> (String, u8) {
    for_each_file(files, |file, opened, out| {
        let mut problems: Vec<String> = opened
            .notices
            .iter()
            .map(|n| format!("note: {n}"))
            .collect();
        for a in opened.annotations.in_order() {
            let who = format!("annotation {} ({})", a.id, a.tag.key_name());
            if let Some(flag) = &a.flag {
                problems.push(format!("{who}: {}", flag.describe()));
            }
            if let Some(check) = &a.check {
                problems.push(format!("{who}: {check}"));
            }
            for conflict in &a.conflicts {
                let ours = match conflict {
                    crate::model::Conflict::Field { field, .. } => Some(field.get(a)),
                    _ => None,
                };
                problems.push(format!(
                    "{who}: merge conflict: {}",
                    conflict.describe(ours.as_ref())
                ));
            }
            for link in &a.review.links {
                if opened.annotations.get(link.target).is_none() {
                    problems.push(format!(
                        "annotation {}: links to {}, which does not exist",
                        a.id, link.target
                    ));
                }
            }
        }
        if let Some(pdf) = opened.document.pdf() {
            let original = io::original_pdf_path(file);
            if let Ok(bytes) = io::read_bytes(&original)
                && crate::model::sha256_bytes_hex(&bytes) != pdf.sha256
            {
                problems.push(format!(
                    "{} is not the PDF this text was read from (its SHA-256 differs from the \
                     one recorded); put the original back beside the file",
                    io::file_name(&original)
                ));
            }
        }
        if problems.is_empty() {
            out.push_str(&format!(
                "{}: ok ({} annotations)\n",
                file.display(),
                opened.annotations.len()
            ));
            0
        } else {
            for p in problems {
                out.push_str(&format!("{}: {p}\n", file.display()));
            }
            1
        }
    })
}

/// `claimmark stats FILE…`: counts by tag, status and verdict.
pub fn stats(files: &[PathBuf]) -> (String, u8) {
    for_each_file(files, |file, opened, out| {
        let set = &opened.annotations;
        let [claims, quotes, citations] = set.counts();
        out.push_str(&format!(
            "{}\n  {}\n",
            file.display(),
            opened.document.title()
        ));
        out.push_str(&format!(
            "  annotations: {} (claims {claims}, quotes {quotes}, citations {citations}; flagged {})\n",
            set.len(),
            set.flagged_count()
        ));
        let claims_only: Vec<_> = set.in_order().filter(|a| a.tag == Tag::Claim).collect();
        for status in ClaimStatus::ALL {
            let n = claims_only
                .iter()
                .filter(|a| a.review.status == status)
                .count();
            out.push_str(&format!(
                "  status {:<22} {n}\n",
                format!("{}:", status.label())
            ));
        }
        for rating in &opened.scale.ratings {
            let n = claims_only
                .iter()
                .filter(|a| a.review.verdict.as_deref() == Some(rating.label.as_str()))
                .count();
            out.push_str(&format!(
                "  verdict {:<21} {n}\n",
                format!("{}:", rating.label)
            ));
        }
        let none = claims_only
            .iter()
            .filter(|a| a.review.verdict.is_none())
            .count();
        out.push_str(&format!("  verdict {:<21} {none}\n", "none yet:"));
        0
    })
}

/// Opens each file and hands it to `report`, which writes to the output and returns its exit
/// code (0 fine, 1 problems); a file that cannot be opened is an error line and exit code 2.
/// The highest code wins.
fn for_each_file(
    files: &[PathBuf],
    mut report: impl FnMut(&Path, io::Opened, &mut String) -> u8,
) -> (String, u8) {
    let mut out = String::new();
    let mut code = 0;
    for file in files {
        match io::open(file) {
            Ok(opened) => code = code.max(report(file, opened, &mut out)),
            Err(error) => {
                out.push_str(&format!("{}: error: {error}\n", file.display()));
                code = 2;
            }
        }
    }
    (out, code)
}

/// `claimmark import --from … INPUT… -o OUT`: one `.ron` at `OUT`, or, when the file holds
/// several documents (or several people's work), one per document in the folder `OUT`.
/// Returns the summary and whether anything was converted or skipped.
pub fn import(
    format: Format,
    inputs: &[PathBuf],
    output: &Path,
    mapping: &[(String, Tag)],
    annotator: Option<&str>,
) -> Result<(String, bool), CliError> {
    let files = ImportFiles::pick(format, inputs).map_err(|e| CliError::Usage(e.to_string()))?;
    let export = io::read_text(&files.export)?;
    let article = match &files.article {
        Some(path) => Some((io::file_name(path), io::read_bytes(path)?)),
        None => None,
    };
    let now = crate::io::clock::now_rfc3339();
    let request = ImportRequest {
        format,
        export: &export,
        article: article
            .as_ref()
            .map(|(name, bytes)| (name.as_str(), bytes.as_slice())),
        mapping,
        annotator,
        now: &now,
    };
    let result = interop::import(&request).map_err(|source| CliError::Import {
        path: files.export.clone(),
        source,
    })?;
    let several = result.documents.len() > 1;
    if several && io::is_annotation_file(output) {
        return Err(CliError::Usage(format!(
            "“{}” holds {} documents: give a folder with -o (one .ron per document is written there)",
            files.export.display(),
            result.documents.len()
        )));
    }
    let scale = crate::model::RatingScale::default();
    let mut summary = Vec::new();
    let mut attention = false;
    let mut used_names = std::collections::BTreeSet::new();
    for doc in &result.documents {
        let path = if several {
            let mut stem = crate::model::safe_file_stem(&doc.name);
            while !used_names.insert(stem.clone()) {
                stem.push('_');
            }
            output.join(format!("{stem}.ron"))
        } else {
            output.to_owned()
        };
        io::create_parent_folder(&path)?;
        io::save(&path, &doc.document, &doc.annotations, &scale)?;
        attention |= doc.report.needs_attention();
        let head = if several {
            format!("{} → {}: ", doc.name, path.display())
        } else {
            String::new()
        };
        summary.push(format!("{head}{}", doc.report.describe()));
        if !several {
            summary.push(format!("wrote {}", path.display()));
        }
    }
    if several {
        summary.push(format!(
            "wrote {} files in {}",
            result.documents.len(),
            output.display()
        ));
    }
    for why in &result.skipped {
        summary.push(format!("skipped a whole document: {why}"));
    }
    attention |= !result.skipped.is_empty();
    summary.extend(result.labels.iter().cloned());
    Ok((summary.join("\n"), attention))
}
