//! What the index was built from, kept beside the index as two JSON files: `files.json`, each
//! file's size, time and SHA-256 when it was read (all a search needs to tell the index is
//! current, so it stays small), and `outcomes.jsonl`, what each file gave (an article's summary,
//! outside checks, or why it failed), one file a line, read only when the desk's lists are
//! asked for and otherwise rewritten line by line, so that a large desk's first build does not
//! hold it in memory. A lost or damaged manifest means a rebuild.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};

use super::records::ArticleRecord;
use crate::interop::OutsideCheck;

/// The version of these files' shape; another one is rebuilt.
const VERSION: u32 = 3;

/// The file of stamps (written last: its stamp says the manifest changed).
pub const FILES: &str = "files.json";

/// The file of what each file gave.
const OUTCOMES: &str = "outcomes.jsonl";

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
    /// In `files.json`: the length of the `outcomes.jsonl` written with it (another length: the
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
    /// `outcomes.jsonl` was missing or damaged when read: the next refresh reads every file.
    outcomes_lost: AtomicBool,
    /// What is on disk does not count (a new or rebuilt index): it starts empty.
    fresh: bool,
    /// Files whose outcome changed since `outcomes.jsonl` was written (added, changed, gone).
    changed: BTreeSet<String>,
    /// While the outcomes are not in memory, the new ones go here until the manifest is saved,
    /// so that a large desk's first build does not hold them all.
    spool: Option<Spool>,
    /// Why writing the spool failed, said when saving.
    spool_error: Option<std::io::Error>,
}

/// New outcomes as lines of a file beside the manifest, removed when dropped.
#[derive(Debug)]
struct Spool {
    path: PathBuf,
    out: BufWriter<File>,
}

impl Drop for Spool {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// One line of `outcomes.jsonl` after the first.
#[derive(Serialize, Deserialize)]
struct Line<F, O>(F, O);

/// The first line of `outcomes.jsonl`.
#[derive(Serialize, Deserialize)]
struct Header {
    version: u32,
}

impl Manifest {
    /// An empty manifest kept in `folder`.
    pub fn empty(folder: &Path) -> Self {
        Self {
            folder: folder.to_owned(),
            fresh: true,
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

    /// What each file gave (read from disk the first time; not to be asked while a refresh
    /// is recording new outcomes, which are on disk only once saved).
    pub fn outcomes(&self) -> &BTreeMap<String, Outcome> {
        self.outcomes.get_or_init(|| {
            if self.fresh {
                return BTreeMap::new();
            }
            read_lines(&self.folder.join(OUTCOMES)).unwrap_or_else(|| {
                self.outcomes_lost.store(true, Ordering::Relaxed);
                BTreeMap::new()
            })
        })
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
        self.changed.insert(file.clone());
        if let Some(outcomes) = self.outcomes.get_mut() {
            outcomes.insert(file.clone(), outcome);
        } else if self.spool_error.is_none()
            && let Err(error) = self.spool_line(&file, &outcome)
        {
            self.spool_error = Some(error);
        }
        self.files.insert(file, entry);
    }

    fn spool_line(&mut self, file: &str, outcome: &Outcome) -> std::io::Result<()> {
        if self.spool.is_none() {
            let path = self
                .folder
                .join(format!(".outcomes.{}.new", std::process::id()));
            let out = BufWriter::new(File::create(&path)?);
            self.spool = Some(Spool { path, out });
        }
        if let Some(spool) = &mut self.spool {
            serde_json::to_writer(&mut spool.out, &Line(file, outcome))?;
            spool.out.write_all(b"\n")?;
        }
        Ok(())
    }

    /// Forgets `file`.
    pub fn remove(&mut self, file: &str) {
        if let Some(outcomes) = self.outcomes.get_mut() {
            outcomes.remove(file);
        }
        self.changed.insert(file.to_owned());
        self.files.remove(file);
    }

    /// Writes both files (atomically each; the stamps last). Without the outcomes in memory,
    /// the unchanged lines of the old file are copied and the new ones appended.
    pub fn save(&mut self) -> Result<(), crate::io::IoError> {
        let path = self.folder.join(OUTCOMES);
        if let Some(error) = self.spool_error.take() {
            self.spool = None;
            return Err(crate::io::IoError::write(&path, error));
        }
        let spool = self.spool.take();
        let written = if let Some(outcomes) = self.outcomes.get() {
            crate::io::write_streamed(&path, |out| {
                write_header(out)?;
                for (file, outcome) in outcomes {
                    write_line(out, &Line(file, outcome))?;
                }
                Ok(())
            })?
        } else {
            let old = if self.fresh {
                None
            } else {
                File::open(&path).ok().map(BufReader::new)
            };
            let mut spooled = spool;
            if let Some(spool) = &mut spooled {
                spool
                    .out
                    .flush()
                    .map_err(|e| crate::io::IoError::write(&spool.path, e))?;
            }
            let changed = &self.changed;
            crate::io::write_streamed(&path, |out| {
                write_header(out)?;
                if let Some(old) = old {
                    for line in old.lines().skip(1) {
                        let line = line?;
                        let Ok(Line(file, _)) =
                            serde_json::from_str::<Line<String, serde::de::IgnoredAny>>(&line)
                        else {
                            continue;
                        };
                        if !changed.contains(&file) {
                            out.write_all(line.as_bytes())?;
                            out.write_all(b"\n")?;
                        }
                    }
                }
                if let Some(spool) = &spooled {
                    std::io::copy(&mut File::open(&spool.path)?, out)?;
                }
                Ok(())
            })?
        };
        self.changed.clear();
        self.fresh = false;
        save_map(&self.folder.join(FILES), &self.files, Some(written)).map(|_| ())
    }

    /// Removes both files (the next process to open the desk builds it again).
    pub fn remove_files(folder: &Path) {
        let _ = std::fs::remove_file(folder.join(FILES));
        let _ = std::fs::remove_file(folder.join(OUTCOMES));
    }
}

fn write_header(out: &mut dyn Write) -> std::io::Result<()> {
    write_line(out, &Header { version: VERSION })
}

fn write_line<T: Serialize>(out: &mut dyn Write, value: &T) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
}

/// The outcomes in `path`; None when the file is missing, of another version or damaged.
fn read_lines(path: &Path) -> Option<BTreeMap<String, Outcome>> {
    let mut lines = BufReader::new(File::open(path).ok()?).lines();
    let header: Header = serde_json::from_str(&lines.next()?.ok()?).ok()?;
    if header.version != VERSION {
        return None;
    }
    let mut outcomes = BTreeMap::new();
    for line in lines {
        let Line(file, outcome) =
            serde_json::from_str::<Line<String, Outcome>>(&line.ok()?).ok()?;
        outcomes.insert(file, outcome);
    }
    Some(outcomes)
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
