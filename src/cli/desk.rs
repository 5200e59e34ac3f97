//! `claimmark search`, `claimmark claims` and `claimmark desk import-claimreview`: the desk from
//! the command line, on the same index as the app (brought up to date first).

use std::path::{Path, PathBuf};

use super::CliError;
use crate::desk::{ClaimListing, Desk, Hit};
use crate::interop::OutsideCheck;

pub(super) fn open(desk: &Path) -> Result<Desk, CliError> {
    let cache = Desk::user_cache_root().ok_or_else(|| {
        CliError::Usage("no cache folder for the desk's index; set CLAIMMARK_CACHE_DIR".to_owned())
    })?;
    let mut said_waiting = false;
    let mut waiting = || {
        if !said_waiting {
            eprintln!("claimmark: another claimmark is updating the desk's index; waiting for it");
            said_waiting = true;
        }
    };
    let mut opened = Desk::open_waiting(desk, &cache, &mut waiting)
        .map_err(|e| CliError::Usage(e.to_string()))?;
    if let Some(why) = opened.rebuilt() {
        eprintln!("claimmark: note: the desk's index is built again from its files ({why})");
    }
    let mut shown = false;
    opened
        .refresh_waiting(
            &mut |done, total| {
                if total >= 200 && (done % 500 == 0 || done == total) {
                    eprint!("\rclaimmark: indexing {done} of {total} files");
                    shown = true;
                }
            },
            &mut waiting,
        )
        .map_err(|e| CliError::Usage(e.to_string()))?;
    if shown {
        eprintln!();
    }
    let failed = opened.unreadable_count();
    if failed > 0 {
        eprintln!(
            "claimmark: note: {failed} file(s) of the desk could not be read (see `claimmark claims`)"
        );
    }
    Ok(opened)
}

/// `claimmark search DESK QUERY [--json] [--limit N]`.
pub fn search(
    desk: &Path,
    query: &str,
    json: bool,
    limit: usize,
    meaning: bool,
) -> Result<String, CliError> {
    // The model loads (and reads the query) on a second core while the desk opens and reads
    // its vectors.
    let vectors_id = crate::io::model::model_folder()
        .filter(|_| meaning)
        .and_then(|folder| crate::io::model::installed_vectors_id(&folder));
    let (desk, model) = std::thread::scope(|scope| {
        let model = meaning.then(|| scope.spawn(|| model_with_query(query)));
        let desk = open(desk).map(|mut desk| {
            if let Some(id) = &vectors_id {
                desk.read_vectors_ahead(id);
            }
            desk
        });
        let model = model.map(|loading| {
            loading
                .join()
                .unwrap_or_else(|_| Err(CliError::Usage("loading the model stopped".into())))
        });
        (desk, model)
    });
    let mut desk = desk?;
    let vector = match model.transpose()?.flatten() {
        Some((model, vector)) => {
            give_vectors(&mut desk, &model)?;
            Some(vector)
        }
        None => None,
    };
    let hits = desk
        .search(query, limit, vector.as_deref())
        .map_err(|e| CliError::Usage(e.to_string()))?;
    if json {
        return serde_json::to_string_pretty(&hits).map_err(|e| CliError::Usage(e.to_string()));
    }
    if hits.is_empty() {
        return Ok(format!("nothing in the desk matches “{query}”"));
    }
    Ok(hits.iter().map(describe).collect::<Vec<_>>().join("\n"))
}

/// The installed matching model (none, said on stderr, when no model is installed).
pub(super) fn installed_model() -> Result<Option<crate::io::model::LoadedModel>, CliError> {
    let folder = crate::io::model::model_folder().filter(|f| crate::io::model::has_model(f));
    let Some(folder) = folder else {
        eprintln!(
            "claimmark: note: no matching model is installed, so only words are matched (`claimmark model install` turns matching by meaning on)"
        );
        return Ok(None);
    };
    crate::io::model::load_model(&folder)
        .map(Some)
        .map_err(|e| CliError::Usage(e.to_string()))
}

/// The installed model (none when no model is installed) with the vector of `query`.
fn model_with_query(
    query: &str,
) -> Result<Option<(crate::io::model::LoadedModel, Vec<f32>)>, CliError> {
    let Some(model) = installed_model()? else {
        return Ok(None);
    };
    let read = crate::desk::query::for_meaning(query);
    let vector = model
        .embedder
        .embed(crate::semantic::Role::Query, &[read.as_str()])
        .map_err(|e| CliError::Usage(e.to_string()))?;
    Ok(vector.into_iter().next().map(|vector| (model, vector)))
}

/// Gives the desk's claims that lack one their vector from `model`.
fn give_vectors(desk: &mut Desk, model: &crate::io::model::LoadedModel) -> Result<(), CliError> {
    desk.use_model(
        &model.vectors_id(),
        model.embedder.dimensions(),
        model.weighing(),
    );
    let (mut done, total) = desk.vector_progress();
    let mut told = false;
    loop {
        let embedded = desk
            .embed_missing(&model.embedder, 256)
            .map_err(|e| CliError::Usage(e.to_string()))?;
        if embedded == 0 {
            break;
        }
        done += embedded;
        eprint!("\rclaimmark: the model is reading claims: {done} of {total}");
        told = true;
    }
    if told {
        eprintln!();
    }
    desk.save_vectors()?;
    Ok(())
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
    let mut why = Vec::new();
    if !hit.shared.is_empty() {
        why.push(format!("shares “{}”", hit.shared.join("”, “")));
    }
    if let Some(meaning) = hit.meaning {
        why.push(format!("similar meaning {meaning:.2}"));
    }
    let why = if why.is_empty() {
        String::new()
    } else {
        format!("\n       ({})", why.join("; "))
    };
    format!(
        "{:.2}  {:<7} {at}{verdict}\n       {}\n       “{}”{why}",
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
