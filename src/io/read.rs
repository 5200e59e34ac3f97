//! Reading files with a size limit, and what is known about a file without reading it (its
//! stamp, whether it is a folder).

use std::fs;
use std::path::Path;

use super::IoError;

/// Largest file claimmark opens, in bytes. Larger files are refused with a message.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The bytes of a file, refusing folders and files larger than [`MAX_FILE_BYTES`].
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, IoError> {
    read_limited(path)
}

/// A UTF-8 text file (another tool's export), refusing folders and oversized files.
pub fn read_text(path: &Path) -> Result<String, IoError> {
    let bytes = read_limited(path)?;
    String::from_utf8(bytes).map_err(|_| IoError::NotUtf8Text {
        path: path.to_owned(),
    })
}

pub(super) fn read_limited(path: &Path) -> Result<Vec<u8>, IoError> {
    let read_error = |source| IoError::Read {
        path: path.to_owned(),
        source,
    };
    let metadata = fs::metadata(path).map_err(read_error)?;
    if metadata.is_dir() {
        return Err(IoError::IsDirectory {
            path: path.to_owned(),
        });
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(IoError::TooLarge {
            path: path.to_owned(),
            size: metadata.len(),
        });
    }
    fs::read(path).map_err(read_error)
}

/// Size and modification time of a file, to notice when someone else changed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileStamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
}

/// The file's current stamp, or `None` when it does not exist (or cannot be read).
pub fn stamp(path: &Path) -> Option<FileStamp> {
    let metadata = fs::metadata(path).ok()?;
    Some(FileStamp {
        len: metadata.len(),
        modified: metadata.modified().ok(),
    })
}

/// True when `path` is a folder that exists.
pub fn is_folder(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.is_dir())
}

/// True when something (a file, a folder, a socket) exists at `path`.
pub fn exists(path: &Path) -> bool {
    fs::metadata(path).is_ok()
}
