//! The one error type of the filesystem layer: every failed read or write names its file and
//! says what to do.

use std::path::PathBuf;

use super::MAX_FILE_BYTES;
use crate::article::DecodeError;
use crate::format::FormatError;

/// Why a file could not be opened or saved. Each variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum IoError {
    /// The file could not be read (missing, no permission, a folder, …).
    #[error("could not read “{}”: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The annotation file could not be saved.
    #[error("could not save to “{}”: {source}. Your work is still open; try another folder with Save As", path.display())]
    Save {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A file (an export, a table, the preferences, a folder) could not be written.
    #[error("could not write “{}”: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error("“{}” is {} MB, larger than the {} MB claimmark opens", path.display(), size / 1_000_000, MAX_FILE_BYTES / 1_000_000)]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
    },
    /// The path is a folder.
    #[error("“{}” is a folder, not a file", path.display())]
    IsDirectory {
        /// The path.
        path: PathBuf,
    },
    /// The bytes are not text.
    #[error("could not open “{}”: {source}", path.display())]
    Decode {
        /// The file.
        path: PathBuf,
        /// Why.
        source: DecodeError,
    },
    /// The annotation file is damaged or of an unknown version.
    #[error("could not open “{}”: {source}", path.display())]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong, with line and column.
        source: FormatError,
    },
    /// An annotation file was expected.
    #[error("“{}” is an article, not a claimmark annotation file (.ron); open it in the app and save the annotations first", path.display())]
    NotAnnotationFile {
        /// The file.
        path: PathBuf,
    },
    /// Another tool's export is not valid UTF-8.
    #[error("could not read “{}”: it is not UTF-8 text", path.display())]
    NotUtf8Text {
        /// The file.
        path: PathBuf,
    },
    /// The annotation file is not valid UTF-8.
    #[error("could not open “{}”: it is not UTF-8 text, so it is not a claimmark annotation file", path.display())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
    },
}

impl IoError {
    /// A failed write of `path`.
    pub fn write(path: &std::path::Path, source: std::io::Error) -> Self {
        IoError::Write {
            path: path.to_owned(),
            source,
        }
    }
}
