//! What the index was built from, kept beside the index as two JSON files: `files.json`, each
//! file's size, time and SHA-256 when it was read (all a search needs to tell the index is
//! current, so it stays small), and `outcomes.json`, what each file gave (an article's summary,
//! outside checks, or why it failed), read only when the desk's lists are asked for. A lost or
//! damaged manifest means a rebuild.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};

use super::records::ArticleRecord;
use crate::interop::OutsideCheck;

/// The version of these files' shape; another one is rebuilt.
const VERSION: u32 = 2;

/// The file of stamps (written last: its stamp says the manifest changed).
pub const FILES: &str = "files.json";

/// The file of what each file gave.
const OUTCOMES: &str = "outcomes.json";

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
    /// SHA-256 of its bytes (empty when it could not be read).
    pub sha256: String,
    /// It could not be read as a claimmark file.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub failed: bool,
}

#[derive(Serialize, Deserialize)]
struct Stored<T> {
    version: u32,
    /// In `files.json`: the length of the `outcomes.json` written with it (another length: the
    /// two do not belong together).
    #[serde(default)]
    outcomes_bytes: Option<u64>,
    files: BTreeMap<String, T>,
}

fn load_map<T: for<'de> Deserialize<'de>>(path: &Path) -> Option<Stored<T>> {
    let bytes = std::fs::read(path).ok()?;
    let stored: Stored<T> = serde_json::from_slice(&bytes).ok()?;
    (stored.version == VERSION).then_some(stored)
}

/// Writes `files` to `path`; returns how many bytes it wrote.
fn save_map<T: Serialize + Clone>(
    path: &Path,
    files: &BTreeMap<String, T>,
    outcomes_bytes: Option<u64>,
) -> Result<u64, crate::io::IoError> {
    #[derive(Serialize)]
    struct Borrowed<'a, T> {
        version: u32,
        #[serde(skip_serializing_if = "Option::is_none")]
        outcomes_bytes: Option<u64>,
        files: &'a BTreeMap<String, T>,
    }
    let stored = Borrowed {
        version: VERSION,
        outcomes_bytes,
        files,
    };
    // Streamed: a large desk's manifest is not held in memory a second time as text.
    crate::io::write_streamed(path, |out| {
        serde_json::to_writer(out, &stored).map_err(std::io::Error::other)
    })
}

/// Every file of the desk, by path relative to the desk folder.
#[derive(Debug, Default)]
pub struct Manifest {
    /// The index folder the manifest is kept in.
    folder: PathBuf,
    /// Each file's stamp.
    pub files: BTreeMap<String, Entry>,
    /// What each file gave, read when first asked for.
    outcomes: OnceLock<BTreeMap<String, Outcome>>,
    /// `outcomes.json` was missing or damaged when read: the next refresh reads every file.
    outcomes_lost: AtomicBool,
}

impl Manifest {
    /// An empty manifest kept in `folder`.
    pub fn empty(folder: &Path) -> Self {
        Self {
            folder: folder.to_owned(),
            outcomes: OnceLock::from(BTreeMap::new()),
            ..Self::default()
        }
    }

    /// An empty manifest kept in `folder` for an index that must be built again from scratch
    /// (what it holds is not known): the next refresh clears it first.
    pub fn to_rebuild(folder: &Path) -> Self {
        let manifest = Self::empty(folder);
        manifest.outcomes_lost.store(true, Ordering::Relaxed);
        manifest
    }

    /// The manifest kept in `folder` (only its stamps are read now), or an empty one when it is
    /// missing, damaged, of another version, or its two files were not written together.
    pub fn load(folder: &Path) -> Self {
        let outcomes_bytes = std::fs::metadata(folder.join(OUTCOMES)).map(|m| m.len());
        let files = load_map(&folder.join(FILES))
            .filter(|stored| stored.outcomes_bytes == outcomes_bytes.as_ref().ok().copied())
            .map(|stored| stored.files);
        match files {
            Some(files) => Self {
                folder: folder.to_owned(),
                files,
                ..Self::default()
            },
            None => Self::empty(folder),
        }
    }

    /// What each file gave (read from disk the first time).
    pub fn outcomes(&self) -> &BTreeMap<String, Outcome> {
        self.outcomes.get_or_init(|| self.read_outcomes())
    }

    fn read_outcomes(&self) -> BTreeMap<String, Outcome> {
        load_map(&self.folder.join(OUTCOMES))
            .map(|stored| stored.files)
            .unwrap_or_else(|| {
                self.outcomes_lost.store(true, Ordering::Relaxed);
                BTreeMap::new()
            })
    }

    /// Changes what the files gave.
    fn change_outcomes<R>(
        &mut self,
        change: impl FnOnce(&mut BTreeMap<String, Outcome>) -> R,
    ) -> R {
        let mut outcomes = self.outcomes.take().unwrap_or_else(|| self.read_outcomes());
        let result = change(&mut outcomes);
        self.outcomes = OnceLock::from(outcomes);
        result
    }

    /// True when what the files gave could not be read back, so every file must be read again.
    pub fn lost(&self) -> bool {
        self.outcomes_lost.load(Ordering::Relaxed)
    }

    /// How many files could not be read.
    pub fn failed_count(&self) -> usize {
        self.files.values().filter(|e| e.failed).count()
    }

    /// Records what `file` gave.
    pub fn insert(&mut self, file: String, mut entry: Entry, outcome: Outcome) {
        entry.failed = matches!(outcome, Outcome::Failed(_));
        self.change_outcomes(|outcomes| outcomes.insert(file.clone(), outcome));
        self.files.insert(file, entry);
    }

    /// Forgets `file`.
    pub fn remove(&mut self, file: &str) {
        self.change_outcomes(|outcomes| outcomes.remove(file));
        self.files.remove(file);
    }

    /// Writes both files (atomically each; the stamps last).
    pub fn save(&mut self) -> Result<(), crate::io::IoError> {
        let written = save_map(&self.folder.join(OUTCOMES), self.outcomes(), None)?;
        save_map(&self.folder.join(FILES), &self.files, Some(written)).map(|_| ())
    }

    /// Removes both files (the next process to open the desk builds it again).
    pub fn remove_files(folder: &Path) {
        let _ = std::fs::remove_file(folder.join(FILES));
        let _ = std::fs::remove_file(folder.join(OUTCOMES));
    }
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
