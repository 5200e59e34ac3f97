//! All filesystem access, and the clock: opening articles and annotation files ([`open`]),
//! reading with a size limit ([`read_bytes`]), saving safely with a backup ([`save`]),
//! preferences ([`preferences`]), recovery files ([`recovery`]) and the time ([`clock`]).
//! Every failure is an [`IoError`] naming the file.
// The filesystem and the clock are used here, and only here (with `desk` and `cli`): the
// rest of the crate is checked by the `disallowed-methods` list in clippy.toml.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

pub mod clock;
pub mod embedded;
mod error;
pub mod model;
mod open;
mod original;
pub mod preferences;
mod read;
pub mod recovery;
mod save;

use std::path::Path;

pub use error::IoError;
pub use open::{
    Notice, Opened, is_annotation_file, open, open_annotations, open_with, read_annotation_file,
};
pub use original::{Kept, keep_original_pdf, original_pdf_path};
pub use preferences::{Preferences, RECENT_FILES, Theme, load_preferences, save_preferences};
pub use read::{FileStamp, MAX_FILE_BYTES, exists, is_folder, read_bytes, read_text, stamp};
pub use save::{
    append_bytes, backup_path, copy_file, create_parent_folder, save, save_text, write_bytes,
    write_export, write_streamed, write_text,
};

/// The file name of a path, for messages and titles.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The name of `annotation_file`'s web archive (`NAME.warc.gz`) when it exists and a report
/// written to `report` sits in the same folder, so the report can link to it by name.
pub fn archive_beside(annotation_file: &Path, report: &Path) -> Option<String> {
    let archive = crate::capture::archive_path(annotation_file);
    let folder = |p: &Path| {
        p.parent()
            .map(|f| {
                if f.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    f
                }
            })
            .and_then(|f| std::path::absolute(f).ok())
    };
    if !exists(&archive) || folder(&archive) != folder(report) {
        return None;
    }
    archive.file_name()?.to_str().map(str::to_owned)
}
