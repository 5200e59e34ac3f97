//! `claimmark update FILE.ron [--from ARTICLE]` (the page fetched again, or a new version from
//! disk, with every annotation re-attached) and `claimmark archive FILE.ron` (every web source
//! of the file's evidence and citations kept in its archive).

use std::path::Path;
use std::sync::atomic::AtomicBool;

use super::CliError;
use crate::capture::warc::Earlier;
use crate::io::{self, clock};
use crate::session::{PageUpdate, Session};
use crate::web::{FetchOptions, ToArchive, append_to_archive, fetch, open_page};

fn load(file: &Path) -> Result<Session, CliError> {
    let opened = io::open_annotations(file)?;
    for notice in &opened.notices {
        eprintln!("claimmark: note: {notice}");
    }
    Ok(opened.into_session())
}

fn save(session: &mut Session, file: &Path) -> Result<(), CliError> {
    let text = session.serialize().map_err(|source| io::IoError::Format {
        path: file.to_owned(),
        source,
    })?;
    io::save_text(file, &text)?;
    session.mark_saved(file.to_owned());
    Ok(())
}

/// `claimmark update`: returns what it says and the exit code (1 when an annotation moved or
/// lost its place).
pub fn update(file: &Path, from: Option<&Path>) -> Result<(String, u8), CliError> {
    let mut session = load(file)?;
    let deadline = Some(clock::deadline_in(crate::reattach::DIFF_TIME));
    let (update, archive, source) = match from {
        Some(article) => {
            if io::is_annotation_file(article) {
                return Err(CliError::Usage(format!(
                    "“{}” is an annotation file; give the new version of the article",
                    article.display()
                )));
            }
            let opened = io::open(article)?;
            let web = session.document().web().cloned();
            let document = opened.document.with_web(web);
            let update = if document.text() == session.document().text() {
                PageUpdate::Unchanged
            } else {
                match session.replace_article(document, opened.links, deadline) {
                    Ok(summary) => PageUpdate::Changed(summary),
                    Err(e) => return Err(CliError::Usage(e.to_string())),
                }
            };
            (update, None, article.display().to_string())
        }
        None => {
            let Some(web) = session.document().web().cloned() else {
                return Err(CliError::Usage(format!(
                    "“{}” was not read from a web page; give the new version with --from ARTICLE",
                    file.display()
                )));
            };
            let page = open_page(
                &web.url,
                &FetchOptions::default(),
                &mut |_| {},
                &AtomicBool::new(false),
            )
            .map_err(|e| CliError::Usage(e.to_string()))?;
            let earlier = Earlier {
                url: web.final_url.clone(),
                date: web.retrieved.clone(),
                sha256: web.sha256.clone(),
            };
            let update = session
                .update_from_page(page.article.document, page.article.links, deadline)
                .map_err(|e| CliError::Usage(e.to_string()))?;
            let archive = ToArchive {
                capture: page.capture,
                earlier: Some(earlier),
            };
            (update, Some(archive), web.url)
        }
    };
    let words = match &update {
        PageUpdate::Unchanged => format!("{source}: unchanged since it was read"),
        PageUpdate::SameText => {
            format!("{source}: the page changed, but not the article's text")
        }
        PageUpdate::Changed(summary) => {
            format!("{source}: the article changed: {}", summary.describe())
        }
    };
    if update != PageUpdate::Unchanged {
        save(&mut session, file)?;
    }
    let mut lines = vec![words];
    if let Some(archive) = archive {
        let path = append_to_archive(file, std::slice::from_ref(&archive))?;
        lines.push(format!("kept in {}", path.display()));
    }
    Ok((lines.join("\n"), u8::from(update.needs_attention())))
}

/// `claimmark archive`: fetches every web source not archived yet; returns what it says and
/// the exit code (1 when any could not be archived).
pub fn archive(file: &Path, again: bool) -> Result<(String, u8), CliError> {
    let mut session = load(file)?;
    let addresses = session.addresses_to_archive(again);
    if addresses.is_empty() {
        return Ok((
            format!(
                "{}: no web source to archive (evidence and citations with an address{})",
                file.display(),
                if again { "" } else { " not archived yet" }
            ),
            0,
        ));
    }
    let options = FetchOptions::default();
    let cancel = AtomicBool::new(false);
    let mut kept = Vec::new();
    let mut captures = Vec::new();
    let mut failed = Vec::new();
    for address in &addresses {
        match fetch(address, &options, &mut |_| {}, &cancel) {
            Ok(capture) => {
                kept.push((address.clone(), capture.archived()));
                captures.push(ToArchive::new(capture));
            }
            Err(error) => failed.push(format!("not archived: {error}")),
        }
    }
    let mut lines = Vec::new();
    if !captures.is_empty() {
        // The archive first: the file never claims a page the archive lacks.
        let path = append_to_archive(file, &captures)?;
        let count = session
            .record_archives(&kept, &clock::now_rfc3339())
            .map_err(|e| CliError::Usage(e.to_string()))?;
        save(&mut session, file)?;
        for (address, archived) in &kept {
            lines.push(format!("{address}: {}", archived.describe()));
        }
        lines.push(format!(
            "{} of {} addresses archived in {} ({count} sources recorded in {})",
            kept.len(),
            addresses.len(),
            path.display(),
            file.display()
        ));
    }
    lines.extend(failed.iter().cloned());
    Ok((lines.join("\n"), u8::from(!failed.is_empty())))
}
