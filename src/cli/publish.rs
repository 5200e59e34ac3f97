//! `claimmark export-desk DESK -o SITE`: a desk published as static files, one annotated
//! article per file of the desk, its web archive copied beside it, and an index of every claim
//! with a verdict.

use std::path::Path;

use super::CliError;
use crate::i18n::Language;
use crate::io;
use crate::report::{PageOptions, Report, site, to_annotated_html};

/// Writes the site; says what it wrote and which files it could not read (exit 1 then).
pub fn export_desk(
    desk: &Path,
    output: &Path,
    language: Language,
    title: &str,
) -> Result<(String, u8), CliError> {
    let desk = super::desk::open(desk)?;
    let mut opened = Vec::new();
    let mut failed = 0;
    for file in desk.files() {
        if let Err(why) = file.record {
            eprintln!(
                "claimmark: {}: left out, it could not be read: {why}",
                file.file
            );
            failed += 1;
            continue;
        }
        let path = desk.path_of(file.file);
        match io::open_annotations(&path) {
            Ok(article) => opened.push((file.file.to_owned(), path, article)),
            Err(error) => {
                eprintln!("claimmark: {}: left out: {error}", file.file);
                failed += 1;
            }
        }
    }
    crate::i18n::set_language(language);
    let written = write_site(output, title, &opened);
    crate::i18n::set_language(Language::English);
    let pages = written?;
    let summary = format!(
        "wrote {pages} article page(s) and index.html to {}",
        output.display()
    );
    Ok((summary, u8::from(failed > 0)))
}

fn write_site(
    output: &Path,
    title: &str,
    opened: &[(String, std::path::PathBuf, io::Opened)],
) -> Result<usize, CliError> {
    io::create_parent_folder(&output.join("index.html"))?;
    let mut articles = Vec::new();
    for (file, path, article) in opened {
        let page = site::page_name(file);
        let archive_source = crate::capture::archive_path(path);
        let archive = if io::exists(&archive_source) {
            let name = format!("{}.warc.gz", page.trim_end_matches(".html"));
            io::copy_file(&archive_source, &output.join(&name))?;
            Some(name)
        } else {
            None
        };
        let report = Report::new(&article.document, &article.annotations, &article.scale);
        let html = to_annotated_html(
            &report,
            &PageOptions {
                fragment: false,
                archive,
            },
        );
        io::write_text(&output.join(&page), &html)?;
        articles.push(site::SiteArticle { page, report });
    }
    io::write_text(
        &output.join("index.html"),
        &site::index_page(title, &articles),
    )?;
    Ok(articles.len())
}
