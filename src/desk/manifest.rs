//! What the index was built from: for each file of the desk, its size, time and SHA-256 when
//! it was read, and what it gave (an article's summary, outside checks, or why it failed).
//! Kept beside the index as JSON; a lost or damaged manifest means a rebuild.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::records::ArticleRecord;
use crate::interop::OutsideCheck;

/// The version of this file's shape; another one is rebuilt.
const VERSION: u32 = 1;

/// What one file gave.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// An annotation file's summary.
    Article(ArticleRecord),
    /// Checks published by other sites.
    Outside(Vec<OutsideCheck>),
    /// Why it could not be read.
    Failed(String),
}

/// One file as it was when read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Its size in bytes.
    pub size: u64,
    /// Its modification time, in nanoseconds since 1970.
    pub modified: u64,
    /// SHA-256 of its bytes.
    pub sha256: String,
    /// What it gave.
    pub outcome: Outcome,
}

/// Every file of the desk, by path relative to the desk folder.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    version: u32,
    /// The files.
    pub files: BTreeMap<String, Entry>,
}

/// A file's size and modification time: when they are as they were, this process's copy of
/// the manifest is the one on disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    size: u64,
    modified: Option<std::time::SystemTime>,
}

impl Stamp {
    /// The stamp of the file at `path`, when it exists.
    pub fn of(path: &Path) -> Option<Self> {
        let metadata = std::fs::metadata(path).ok()?;
        Some(Self {
            size: metadata.len(),
            modified: metadata.modified().ok(),
        })
    }
}

impl Manifest {
    /// The manifest at `path`, or an empty one when it is missing, damaged or of another
    /// version.
    pub fn load(path: &Path) -> Self {
        std::fs::read(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Manifest>(&bytes).ok())
            .filter(|m| m.version == VERSION)
            .unwrap_or_default()
    }

    /// Writes it (atomically).
    pub fn save(&mut self, path: &Path) -> Result<(), crate::io::IoError> {
        self.version = VERSION;
        let bytes = serde_json::to_vec(self)
            .map_err(|e| crate::io::IoError::write(path, std::io::Error::other(e)))?;
        crate::io::write_bytes(path, &bytes)
    }
}
