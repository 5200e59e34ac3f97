//! `claimmark new ARTICLE… [-o OUT]`: an annotation file, with no annotations yet, for each
//! article (plain text, Markdown or a saved web page), so a folder of saved pages becomes a
//! folder of files to annotate.

use std::path::{Path, PathBuf};

use crate::io;

/// Where the annotation file of `article` goes: `OUT` for one article (or `OUT/name.ron`
/// when `OUT` is a folder or there are several), else beside the article.
fn target(article: &Path, output: Option<&Path>, several: bool) -> PathBuf {
    let name = article.with_extension("ron");
    let file_name = name
        .file_name()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("article.ron"));
    match output {
        Some(out) if several || io::is_folder(out) || !io::is_annotation_file(out) => {
            out.join(file_name)
        }
        Some(out) => out.to_owned(),
        None => name,
    }
}

/// Makes the files; returns what it says and the exit code (2 when an article could not be
/// read or a file not written; the others are still made).
pub fn new_files(articles: &[PathBuf], output: Option<&Path>) -> (String, u8) {
    let several = articles.len() > 1;
    let mut lines = Vec::new();
    let mut code = 0;
    for article in articles {
        if io::is_annotation_file(article) {
            lines.push(format!(
                "{}: already an annotation file; give the article (.txt, .md, .html)",
                article.display()
            ));
            code = 2;
            continue;
        }
        let opened = match io::open(article) {
            Ok(opened) => opened,
            Err(error) => {
                lines.push(format!("{}: error: {error}", article.display()));
                code = 2;
                continue;
            }
        };
        let path = target(article, output, several);
        if io::exists(&path) {
            lines.push(format!(
                "{}: not written, {} exists (its annotations are kept; remove it first)",
                article.display(),
                path.display()
            ));
            code = 2;
            continue;
        }
        let written = io::create_parent_folder(&path)
            .and_then(|()| io::save(&path, &opened.document, &opened.annotations, &opened.scale));
        match written {
            Ok(()) => {
                let notes = opened.describe_notices();
                let notes = if notes.is_empty() {
                    String::new()
                } else {
                    format!(" (note: {notes})")
                };
                lines.push(format!(
                    "wrote {} — “{}”, {} characters{notes}",
                    path.display(),
                    opened.document.title(),
                    opened.document.char_len()
                ));
            }
            Err(error) => {
                lines.push(format!("{}: error: {error}", article.display()));
                code = 2;
            }
        }
    }
    (lines.join("\n"), code)
}
