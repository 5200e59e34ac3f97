//! `claimmark search`, `claimmark claims` and `claimmark desk import-claimreview`: the desk from
//! the command line, on the same index as the app (brought up to date first).

use std::path::{Path, PathBuf};

use super::CliError;
use crate::desk::{ClaimListing, Desk, Hit};
use crate::interop::OutsideCheck;

fn open(desk: &Path) -> Result<Desk, CliError> {
    let cache = Desk::user_cache_root().ok_or_else(|| {
        CliError::Usage("no cache folder for the desk's index; set CLAIMMARK_CACHE_DIR".to_owned())
    })?;
    let mut opened = Desk::open(desk, &cache).map_err(|e| CliError::Usage(e.to_string()))?;
    let mut shown = false;
    opened
        .refresh(&mut |done, total| {
            if total >= 200 && (done % 500 == 0 || done == total) {
                eprint!("\rclaimmark: indexing {done} of {total} files");
                shown = true;
            }
        })
        .map_err(|e| CliError::Usage(e.to_string()))?;
    if shown {
        eprintln!();
    }
    let failed = opened.files().iter().filter(|f| f.record.is_err()).count();
    if failed > 0 {
        eprintln!(
            "claimmark: note: {failed} file(s) of the desk could not be read (see `claimmark claims`)"
        );
    }
    Ok(opened)
}

/// `claimmark search DESK QUERY [--json] [--limit N]`.
pub fn search(desk: &Path, query: &str, json: bool, limit: usize) -> Result<String, CliError> {
    let desk = open(desk)?;
    let hits = desk
        .search(query, limit)
        .map_err(|e| CliError::Usage(e.to_string()))?;
    if json {
        return serde_json::to_string_pretty(&hits).map_err(|e| CliError::Usage(e.to_string()));
    }
    if hits.is_empty() {
        return Ok(format!("nothing in the desk matches “{query}”"));
    }
    Ok(hits.iter().map(describe).collect::<Vec<_>>().join("\n"))
}

fn describe(hit: &Hit) -> String {
    let verdict = hit
        .verdict
        .as_deref()
        .map_or_else(String::new, |v| format!(" — {v}"));
    let at = if hit.id > 0 && hit.kind != crate::desk::HitKind::Outside {
        format!("{}#{}", hit.file, hit.id)
    } else if !hit.url.is_empty() {
        hit.url.clone()
    } else {
        hit.file.clone()
    };
    format!(
        "{:.2}  {:<7} {at}{verdict}\n       {}\n       “{}”",
        hit.score,
        hit.kind.name(),
        hit.title,
        hit.context
    )
}

/// `claimmark claims DESK [--json|--csv]`: every claim of the desk, and the files that could
/// not be read.
pub fn claims(desk: &Path, json: bool, csv: bool) -> Result<(String, u8), CliError> {
    let desk = open(desk)?;
    let claims = desk.claims();
    let failed: Vec<(String, String)> = desk
        .files()
        .into_iter()
        .filter_map(|f| {
            f.record
                .err()
                .map(|why| (f.file.to_owned(), why.to_owned()))
        })
        .collect();
    let code = u8::from(!failed.is_empty());
    for (file, why) in &failed {
        eprintln!("claimmark: {file}: could not be read: {why}");
    }
    if json {
        let rows: Vec<serde_json::Value> = claims
            .iter()
            .map(
                |&ClaimListing {
                     file,
                     title,
                     claim: c,
                 }| {
                    serde_json::json!({
                        "file": file, "id": c.id, "article": title, "text": c.text,
                        "normalized": c.normalized, "claimant": c.claimant,
                        "status": c.status.label(), "verdict": c.verdict, "date": c.date,
                    })
                },
            )
            .collect();
        let text =
            serde_json::to_string_pretty(&rows).map_err(|e| CliError::Usage(e.to_string()))?;
        return Ok((text, code));
    }
    if csv {
        return Ok((
            crate::desk::claims_csv(&claims).map_err(CliError::Usage)?,
            code,
        ));
    }
    let mut lines = Vec::new();
    for ClaimListing {
        file,
        title,
        claim: c,
    } in &claims
    {
        lines.push(format!(
            "{file}#{}  {:<20} {:<12} “{}” ({title})",
            c.id,
            c.status.label(),
            c.verdict.as_deref().unwrap_or("no verdict"),
            crate::model::excerpt(&c.text, 80)
        ));
    }
    lines.push(format!(
        "{} claims in {} files",
        claims.len(),
        desk.files().len()
    ));
    Ok((lines.join("\n"), code))
}

/// `claimmark desk import-claimreview FILE… DESK`: other sites' checks (JSON-LD, or web pages
/// carrying it) added to the desk's `outside-checks/` folder.
pub fn import_claimreview(files: &[PathBuf], desk: &Path) -> Result<(String, u8), CliError> {
    let mut lines = Vec::new();
    let mut code = 0;
    for file in files {
        let text = crate::io::read_text(file)?;
        let checks: Vec<OutsideCheck> = crate::interop::claimreview::read_claim_reviews(&text);
        if checks.is_empty() {
            lines.push(format!("{}: no ClaimReview found", file.display()));
            code = 1;
            continue;
        }
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "checks".to_owned());
        let written = Desk::add_outside_checks(desk, &stem, &checks)
            .map_err(|e| CliError::Usage(e.to_string()))?;
        let publishers: std::collections::BTreeSet<&str> =
            checks.iter().map(|c| c.publisher.as_str()).collect();
        lines.push(format!(
            "{}: {} check(s) by {} → {}",
            file.display(),
            checks.len(),
            publishers.into_iter().collect::<Vec<_>>().join(", "),
            written.display()
        ));
    }
    Ok((lines.join("\n"), code))
}
