//! `claimmark new ARTICLE|URL… [-o OUT] [--password P] [--media URL]`: an annotation file, with no
//! annotations yet, for each article (plain text, Markdown, a saved web page, a PDF, subtitles)
//! or web address (fetched, with the page kept as it was in `NAME.warc.gz` beside `NAME.ron`;
//! a PDF's original is kept as `NAME.pdf`), so a folder of saved pages or a list of links
//! becomes a folder of files to annotate.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use crate::capture::link_file::web_address;
use crate::io::{self, Opened};
use crate::web::{FetchOptions, ToArchive};

/// Where the annotation file named `file_name` goes: `OUT` for one article (or `OUT/name.ron`
/// when `OUT` is a folder or there are several), else `beside`.
fn target(file_name: &str, output: Option<&Path>, several: bool, beside: &Path) -> PathBuf {
    match output {
        Some(out) if several || io::is_folder(out) || !io::is_annotation_file(out) => {
            out.join(file_name)
        }
        Some(out) => out.to_owned(),
        None => beside.join(file_name),
    }
}

/// How the inputs are read: a protected PDF's password, a transcript's recording.
#[derive(Clone, Copy, Debug, Default)]
pub struct Reading<'a> {
    /// The password of a protected PDF.
    pub password: Option<&'a str>,
    /// The web address of a transcript's recording.
    pub media: Option<&'a str>,
}

/// What one input gives before anything is written.
struct Made {
    opened: Opened,
    path: PathBuf,
    archive: Option<ToArchive>,
}

fn from_file(
    article: &Path,
    output: Option<&Path>,
    several: bool,
    reading: &Reading<'_>,
) -> Result<Made, String> {
    if io::is_annotation_file(article) {
        return Err(
            "already an annotation file; give the article (.txt, .md, .html, .pdf, .vtt, .srt)"
                .to_owned(),
        );
    }
    let mut opened =
        io::open_with(article, reading.password, &mut |_, _| true).map_err(|e| e.to_string())?;
    if let Some(media) = reading.media {
        let address = web_address(media)
            .ok_or_else(|| format!("--media {media}: not a web address (http:// or https://)"))?;
        let Some(mut timeline) = opened.document.timeline().cloned() else {
            return Err("--media is for transcripts (.vtt, .srt, .tsv, speaker lines)".to_owned());
        };
        timeline.media = Some(address);
        opened.document = opened.document.clone().with_timeline(Some(timeline));
    }
    let name = article.with_extension("ron");
    let file_name = io::file_name(&name);
    let beside = article.parent().unwrap_or(Path::new(""));
    Ok(Made {
        opened,
        path: target(&file_name, output, several, beside),
        archive: None,
    })
}

fn from_web(address: &str, output: Option<&Path>, several: bool) -> Result<Made, String> {
    let options = FetchOptions::default();
    let page = crate::web::open_page(address, &options, &mut |_| {}, &AtomicBool::new(false))
        .map_err(|e| e.to_string())?;
    let document = page.article.document;
    let stem = crate::capture::file_stem_for(page.capture.final_url(), document.title());
    let opened = Opened {
        document,
        annotations: Default::default(),
        scale: Default::default(),
        annotation_path: None,
        notices: page
            .article
            .notices
            .into_iter()
            .map(io::Notice::Article)
            .collect(),
        links: page.article.links,
        original_pdf: None,
    };
    Ok(Made {
        opened,
        path: target(&format!("{stem}.ron"), output, several, Path::new("")),
        archive: Some(ToArchive::new(page.capture)),
    })
}

/// Writes the annotation file (and the page's archive); nothing when the file exists.
fn write(made: &Made) -> Result<String, String> {
    let path = &made.path;
    if io::exists(path) {
        return Err(format!(
            "not written, {} exists (its annotations are kept; remove it first)",
            path.display()
        ));
    }
    let opened = &made.opened;
    io::create_parent_folder(path).map_err(|e| e.to_string())?;
    io::save(path, &opened.document, &opened.annotations, &opened.scale)
        .map_err(|e| e.to_string())?;
    let mut archived = String::new();
    if let Some(capture) = &made.archive {
        let archive = crate::web::append_to_archive(path, std::slice::from_ref(capture))
            .map_err(|e| e.to_string())?;
        archived = format!(", the page kept in {}", archive.display());
    }
    if let Some(bytes) = &opened.original_pdf {
        archived = match io::keep_original_pdf(path, bytes).map_err(|e| e.to_string())? {
            io::Kept::Written(kept) | io::Kept::AlreadyThere(kept) => {
                format!(", the original PDF kept as {}", kept.display())
            }
            io::Kept::Different(other) => format!(
                ", the original PDF not kept: {} is another file",
                other.display()
            ),
        };
    }
    let notes = opened.describe_notices();
    let notes = if notes.is_empty() {
        String::new()
    } else {
        format!(" (note: {notes})")
    };
    Ok(format!(
        "wrote {} — “{}”, {} characters{archived}{notes}",
        path.display(),
        opened.document.title(),
        opened.document.char_len()
    ))
}

/// Makes the files; returns what it says and the exit code (2 when an input could not be read
/// or fetched, or a file not written; the others are still made).
pub fn new_files(inputs: &[PathBuf], output: Option<&Path>, reading: &Reading<'_>) -> (String, u8) {
    let several = inputs.len() > 1;
    let mut lines = Vec::new();
    let mut code = 0;
    for input in inputs {
        let text = input.to_string_lossy();
        let is_address = text.contains("://");
        let made = match is_address {
            true => match web_address(&text) {
                Some(address) => from_web(&address, output, several),
                None => Err(crate::capture::link_file::refusal(&text).unwrap_or_default()),
            },
            false => from_file(input, output, several, reading),
        };
        match made.and_then(|made| write(&made)) {
            Ok(line) => lines.push(line),
            // A web error names its address already.
            Err(error) if is_address => {
                lines.push(format!("error: {error}"));
                code = 2;
            }
            Err(error) => {
                lines.push(format!("{}: error: {error}", input.display()));
                code = 2;
            }
        }
    }
    (lines.join("\n"), code)
}
