//! What the app and the command line do with the web: open a page as an article, and keep
//! captures in the archive beside an annotation file (`NAME.warc.gz`, appended to, a
//! `warcinfo` record first when the file is new).

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use super::{FetchError, FetchOptions, Progress, fetch};
use crate::article::Article;
use crate::capture::warc::{Earlier, capture_records, warcinfo};
use crate::capture::{Capture, PageProblem, archive_path, article_of};
use crate::io::IoError;

/// Why a page could not be opened as an article.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// It could not be fetched.
    #[error(transparent)]
    Fetch(#[from] FetchError),
    /// It was fetched but is not an article.
    #[error(transparent)]
    Page(#[from] PageProblem),
}

/// A page fetched and read as an article.
#[derive(Clone, Debug)]
pub struct OpenedPage {
    /// Everything received.
    pub capture: Capture,
    /// The article (its document records the page).
    pub article: Article,
}

/// Fetches `address` and reads it as an article.
pub fn open_page(
    address: &str,
    options: &FetchOptions,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<OpenedPage, WebError> {
    let capture = fetch(address, options, progress, cancel)?;
    let article = article_of(&capture, options.max_bytes)?;
    Ok(OpenedPage { capture, article })
}

/// A capture waiting to join an archive, with the earlier capture an identical payload refers
/// to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToArchive {
    /// What was received.
    pub capture: Capture,
    /// The page kept before, when this is a new look at it.
    pub earlier: Option<Earlier>,
}

impl ToArchive {
    /// A first capture of a page.
    pub fn new(capture: Capture) -> Self {
        Self {
            capture,
            earlier: None,
        }
    }
}

/// Appends `captures` to the archive beside `annotation_file` (making it, with its `warcinfo`
/// record, when missing). Returns the archive's path.
pub fn append_to_archive(
    annotation_file: &Path,
    captures: &[ToArchive],
) -> Result<PathBuf, IoError> {
    let archive = archive_path(annotation_file);
    if captures.is_empty() {
        return Ok(archive);
    }
    let failed = |e: std::io::Error| IoError::write(&archive, e);
    let mut bytes = Vec::new();
    let mut info_id = None;
    if !crate::io::exists(&archive) {
        let name = crate::io::file_name(&archive);
        let now = crate::io::clock::now_rfc3339();
        let software = concat!("claimmark ", env!("CARGO_PKG_VERSION"));
        let (id, record) = warcinfo(&name, &now, software).map_err(failed)?;
        bytes.extend(record);
        info_id = Some(id);
    }
    for item in captures {
        bytes.extend(
            capture_records(&item.capture, info_id.as_deref(), item.earlier.as_ref())
                .map_err(failed)?,
        );
    }
    crate::io::append_bytes(&archive, &bytes)?;
    Ok(archive)
}
