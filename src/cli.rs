//! The command-line tools (everything except starting the GUI): reading the input, writing the
//! output, and turning errors into messages and exit codes.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::export::{ExportFormat, Report};
use crate::io;

/// Why a command failed; the binary prints it and exits with [`CliError::exit_code`].
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The input could not be read or is not a valid annotation file.
    #[error("{0}")]
    Input(#[from] io::IoError),
    /// The input is an article, not an annotation file.
    #[error("“{}” is an article, not a claimmark annotation file (.ron); open it in the app and save the annotations first", .0.display())]
    NotAnnotationFile(PathBuf),
    /// The export could not be produced.
    #[error("{0}")]
    Export(#[from] crate::export::ExportError),
    /// The command was given the wrong inputs.
    #[error("{0}")]
    Usage(String),
    /// The output could not be written.
    #[error("could not write “{}”: {source}", path.display())]
    Output {
        /// Where.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

impl CliError {
    /// 2 for unreadable or bad input and failed writes (the tools' "bad usage or input").
    pub fn exit_code(&self) -> u8 {
        2
    }
}

/// `claimmark export`: writes a report of `input` in `format` to `output` (or stdout).
pub fn export(format: ExportFormat, input: &Path, output: Option<&Path>) -> Result<(), CliError> {
    if !io::is_annotation_file(input) {
        return Err(CliError::NotAnnotationFile(input.to_owned()));
    }
    let opened = io::open(input)?;
    for notice in &opened.notices {
        eprintln!("claimmark: note: {notice}");
    }
    let report = Report::new(&opened.document, &opened.annotations, &opened.scale);
    let text = format.write(&report)?;
    write_output(output, &text)
}

/// Writes `text` to `output`, or to standard output without one.
pub fn write_output(output: Option<&Path>, text: &str) -> Result<(), CliError> {
    match output {
        Some(path) => io::write_text(path, text).map_err(|source| CliError::Output {
            path: path.to_owned(),
            source,
        }),
        None => std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(|source| CliError::Output {
                path: PathBuf::from("standard output"),
                source,
            }),
    }
}

/// Formats `claimmark export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportTarget {
    /// A report or table (Markdown, HTML, CSV).
    Report(ExportFormat),
    /// W3C Web Annotation JSON-LD.
    W3c,
    /// schema.org ClaimReview JSON-LD.
    ClaimReview,
    /// brat standoff: `OUT.txt` and `OUT.ann`.
    Brat,
}

/// `claimmark export` for every format.
pub fn export_any(
    target: ExportTarget,
    input: &Path,
    output: Option<&Path>,
) -> Result<(), CliError> {
    match target {
        ExportTarget::Report(format) => export(format, input, output),
        other => {
            if !io::is_annotation_file(input) {
                return Err(CliError::NotAnnotationFile(input.to_owned()));
            }
            let opened = io::open(input)?;
            for notice in &opened.notices {
                eprintln!("claimmark: note: {notice}");
            }
            match other {
                ExportTarget::W3c => write_output(
                    output,
                    &crate::interop::w3c::export(&opened.document, &opened.annotations),
                ),
                ExportTarget::ClaimReview => {
                    let reviews = crate::interop::claimreview::export(
                        &opened.document,
                        &opened.annotations,
                        &opened.scale,
                    );
                    for warning in &reviews.warnings {
                        eprintln!("claimmark: warning: {warning}");
                    }
                    write_output(output, &reviews.json)
                }
                ExportTarget::Brat => {
                    let base = output
                        .map(Path::to_owned)
                        .unwrap_or_else(|| input.with_extension(""));
                    let txt = base.with_extension("txt");
                    let ann = base.with_extension("ann");
                    write_output(Some(&txt), opened.document.text())?;
                    write_output(
                        Some(&ann),
                        &crate::interop::brat::export_ann(&opened.document, &opened.annotations),
                    )?;
                    eprintln!("claimmark: wrote {} and {}", txt.display(), ann.display());
                    Ok(())
                }
                ExportTarget::Report(_) => Ok(()),
            }
        }
    }
}

/// What `check` found in one file.
pub struct CheckResult {
    /// Lines to print.
    pub lines: Vec<String>,
    /// True when something needs attention.
    pub problems: bool,
}

/// `claimmark check FILE…`: validates each file and lists its problems.
pub fn check(files: &[PathBuf]) -> (String, u8) {
    let mut out = String::new();
    let mut code = 0;
    for file in files {
        match io::open(file) {
            Err(error) => {
                out.push_str(&format!("{}: error: {error}\n", file.display()));
                code = 2;
            }
            Ok(opened) => {
                let mut problems = Vec::new();
                problems.extend(opened.notices.iter().map(|n| format!("note: {n}")));
                for a in opened.annotations.in_order() {
                    if let Some(flag) = &a.flag {
                        problems.push(format!(
                            "annotation {} ({}): {}",
                            a.id,
                            a.tag.key_name(),
                            flag.describe()
                        ));
                    }
                    if !a.check.is_empty() {
                        problems.push(format!(
                            "annotation {} ({}): {}",
                            a.id,
                            a.tag.key_name(),
                            a.check
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
                if problems.is_empty() {
                    out.push_str(&format!(
                        "{}: ok ({} annotations)\n",
                        file.display(),
                        opened.annotations.len()
                    ));
                } else {
                    if code == 0 {
                        code = 1;
                    }
                    for p in problems {
                        out.push_str(&format!("{}: {p}\n", file.display()));
                    }
                }
            }
        }
    }
    (out, code)
}

/// `claimmark stats FILE…`: counts by tag, status and verdict.
pub fn stats(files: &[PathBuf]) -> (String, u8) {
    use crate::model::{ClaimStatus, Tag};
    let mut out = String::new();
    let mut code = 0;
    for file in files {
        let opened = match io::open(file) {
            Ok(opened) => opened,
            Err(error) => {
                out.push_str(&format!("{}: error: {error}\n", file.display()));
                code = 2;
                continue;
            }
        };
        let set = &opened.annotations;
        let [claims, quotes, citations] = set.counts();
        out.push_str(&format!(
            "{}\n  {}\n",
            file.display(),
            opened.document.title()
        ));
        out.push_str(&format!("  annotations: {} (claims {claims}, quotes {quotes}, citations {citations}; flagged {})\n", set.len(), set.flagged_count()));
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
    }
    (out, code)
}

/// Formats `claimmark import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportSource {
    /// brat `.ann` (+ `.txt` beside it or given).
    Brat,
    /// W3C Web Annotation JSON (+ the article text file).
    W3c,
    /// doccano JSONL.
    Doccano,
    /// Label Studio JSON.
    LabelStudio,
}

/// `claimmark import --from … INPUT… -o FILE.ron`; returns the summary and whether anything
/// was skipped.
pub fn import(
    source: ImportSource,
    inputs: &[PathBuf],
    output: &Path,
    mapping: &[(String, crate::model::Tag)],
) -> Result<(String, bool), CliError> {
    use crate::interop;
    let now = crate::session::now_rfc3339();
    let read = |path: &Path| -> Result<String, CliError> {
        std::fs::metadata(path)
            .ok()
            .filter(|m| m.len() <= io::MAX_FILE_BYTES)
            .ok_or_else(|| {
                CliError::Usage(format!(
                    "cannot read “{}” (missing, or larger than 64 MB)",
                    path.display()
                ))
            })?;
        std::fs::read_to_string(path)
            .map_err(|e| CliError::Usage(format!("cannot read “{}”: {e}", path.display())))
    };
    let shape = |e: interop::InteropError, path: &Path| {
        CliError::Usage(format!("“{}”: {e}", path.display()))
    };
    let pick = |ext: &str| {
        inputs.iter().find(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case(ext))
        })
    };
    let (document, annotations, report) = match source {
        ImportSource::Brat => {
            let ann =
                pick("ann").ok_or_else(|| CliError::Usage("give the brat .ann file".to_owned()))?;
            let txt = pick("txt")
                .cloned()
                .unwrap_or_else(|| ann.with_extension("txt"));
            let opened = io::open(&txt)?;
            let map: std::collections::HashMap<String, crate::model::Tag> =
                mapping.iter().cloned().collect();
            let (set, report) = interop::brat::import(&opened.document, &read(ann)?, &map, &now)
                .map_err(|e| shape(e, ann))?;
            (opened.document, set, report)
        }
        ImportSource::W3c => {
            let json = inputs
                .iter()
                .find(|p| {
                    p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                        e.eq_ignore_ascii_case("json") || e.eq_ignore_ascii_case("jsonld")
                    })
                })
                .ok_or_else(|| {
                    CliError::Usage("give the W3C annotations (.json or .jsonld)".to_owned())
                })?;
            let article = inputs.iter().find(|p| *p != json).ok_or_else(|| {
                CliError::Usage(
                    "give the article text too (the file the annotations point into)".to_owned(),
                )
            })?;
            let opened = io::open(article)?;
            let (set, report) = interop::w3c::import(&opened.document, &read(json)?, &now)
                .map_err(|e| shape(e, json))?;
            (opened.document, set, report)
        }
        ImportSource::Doccano | ImportSource::LabelStudio => {
            let input = inputs
                .first()
                .ok_or_else(|| CliError::Usage("give the file to import".to_owned()))?;
            let text = read(input)?;
            let result = if source == ImportSource::Doccano {
                interop::doccano::import(&text, &now)
            } else {
                interop::label_studio::import(&text, &now)
            };
            result.map_err(|e| shape(e, input))?
        }
    };
    io::save(
        output,
        &document,
        &annotations,
        &crate::model::RatingScale::default(),
    )?;
    let skipped = !report.skipped.is_empty();
    Ok((
        format!("{}\nwrote {}", report.describe(), output.display()),
        skipped,
    ))
}
