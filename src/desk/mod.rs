//! The desk: a folder of annotation files (in subfolders or not, shared through git or a synced
//! drive) searched as one. Its index lives in the user's cache, never in the folder; it is
//! built on first use and afterwards only files whose size, time and content changed are read
//! again. Checks published by other sites (ClaimReview) kept in the folder's `outside-checks/`
//! are searched too.
//!
//! This module reads the folder and keeps the index on disk (like [`crate::io`]); what it
//! derives from a file ([`records`]) and how text becomes search terms ([`tokens`]) are pure.
// The desk reads its folder and keeps its index on disk: the filesystem is allowed here
// (clippy.toml keeps it out of the core).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod filters;
mod index;
mod listing;
mod lock;
mod manifest;
mod meaning;
pub mod query;
pub mod records;
mod refresh;
mod search;
pub mod tokens;
mod vectors;

use std::path::{Path, PathBuf};

use crate::interop::OutsideCheck;
pub use crate::semantic::fuse::Weighing;
pub use filters::{ArticleFilter, ArticleSort, ClaimFilter, ClaimListing, ClaimSort, verdicts_in};
pub use meaning::{Matchable, VectorProgress};
pub use records::{ArticleRecord, ClaimRow, QuoteRow};
pub use refresh::RefreshSummary;

use index::DeskIndex;
use lock::UpdateLock;
use manifest::{Manifest, Outcome};

/// The folder in a desk that holds checks published by other sites.
pub const OUTSIDE_CHECKS: &str = "outside-checks";

/// Why the desk could not be read or searched.
#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    /// The desk folder cannot be read.
    #[error("could not read the desk folder “{}”: {source}", path.display())]
    Folder {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The index could not be opened, written or searched.
    #[error("the desk's index in “{}” failed: {message}. Delete that folder to rebuild it", path.display())]
    Index {
        /// The index folder.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// A file of the desk could not be written.
    #[error("{0}")]
    Write(#[from] crate::io::IoError),
}

/// What a search hit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HitKind {
    /// An article (its title or text matched).
    Article,
    /// A claim of the desk.
    Claim,
    /// A quote of the desk.
    Quote,
    /// A check published by another site.
    Outside,
}

impl HitKind {
    /// Its name in the index and in JSON output.
    pub fn name(self) -> &'static str {
        match self {
            HitKind::Article => "article",
            HitKind::Claim => "claim",
            HitKind::Quote => "quote",
            HitKind::Outside => "outside",
        }
    }

    fn from_name(name: &str) -> Self {
        match name {
            "claim" => HitKind::Claim,
            "quote" => HitKind::Quote,
            "outside" => HitKind::Outside,
            _ => HitKind::Article,
        }
    }
}

/// A search result.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Hit {
    /// What it is.
    #[serde(rename = "tag")]
    pub kind: HitKind,
    /// Its file, relative to the desk folder.
    pub file: String,
    /// The annotation's id in that file (0 for an article).
    pub id: u64,
    /// The article's title (the publisher for an outside check).
    pub title: String,
    /// The claim's or quote's words; an article's whole text.
    #[serde(skip)]
    pub text: String,
    /// A claim's normalized claim; an outside check's headline.
    pub normalized: String,
    /// Who made the claim.
    pub claimant: String,
    /// Its verdict (an outside check's rating).
    pub verdict: Option<String>,
    /// A claim's status.
    pub status: String,
    /// When it last changed or was published.
    pub date: String,
    /// An outside check's address.
    pub url: String,
    /// How well it matches: BM25, or with the matching model, words and meaning joined.
    pub score: f32,
    /// How close its meaning is (cosine similarity, up to 1), when the model compared it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meaning: Option<f32>,
    /// The query's words (and numbers) it shares, as the query wrote them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub shared: Vec<String>,
    /// The words around the match.
    #[serde(rename = "text")]
    pub context: String,
}

/// One file of the desk as the desk panel lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct DeskFile<'a> {
    /// Relative to the desk folder.
    pub file: &'a str,
    /// Its summary, or why it could not be read.
    pub record: Result<&'a ArticleRecord, &'a str>,
}

/// One file of the desk, owned (as the desk thread sends it to the window).
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleRow {
    /// The file, relative to the desk.
    pub file: String,
    /// Its summary, or why it could not be read.
    pub record: Result<ArticleRecord, String>,
}

impl From<DeskFile<'_>> for ArticleRow {
    fn from(file: DeskFile<'_>) -> Self {
        Self {
            file: file.file.to_owned(),
            record: file.record.cloned().map_err(str::to_owned),
        }
    }
}

/// `path` relative to the desk `folder`, with `/` between folders, when it is inside it.
pub fn file_in_desk(folder: &Path, path: &Path) -> Option<String> {
    let folder = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_owned());
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    let relative = path.strip_prefix(&folder).ok()?;
    Some(
        relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/"),
    )
}

/// An open desk.
pub struct Desk {
    folder: PathBuf,
    index_folder: PathBuf,
    index: DeskIndex,
    manifest: Manifest,
    /// The manifest file's size and time when this process last read or wrote it.
    manifest_stamp: Option<manifest::Stamp>,
    /// Why the index was built again from the files when the desk was opened.
    rebuilt: Option<String>,
    /// The matching model's vectors, once a model is in use.
    vectors: Option<vectors::VectorCache>,
    /// Every claim and check with its text's key (made again when a refresh changes the desk).
    matchable: Vec<meaning::Keyed>,
    /// `matchable` was made from the manifest as it now is.
    matchable_current: bool,
    /// `matchable` was made again since the vectors of texts gone from the desk were dropped.
    prune_vectors: bool,
    /// `matchable` holds the texts (not only their keys, as when read from the desk's cache).
    matchable_texts: bool,
    /// How the loaded model's similarities are weighed against words.
    weighing: Weighing,
}

impl Desk {
    /// Where the index of `folder` lives under `cache_root`: a folder named by a hash of the
    /// desk's full path.
    pub fn index_folder(folder: &Path, cache_root: &Path) -> PathBuf {
        let full = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_owned());
        let hash = crate::model::sha256_hex(&full.display().to_string());
        cache_root.join(hash.get(..16).unwrap_or(&hash))
    }

    /// The user's cache folder for desk indexes (`$CLAIMMARK_CACHE_DIR` when set).
    pub fn user_cache_root() -> Option<PathBuf> {
        std::env::var_os("CLAIMMARK_CACHE_DIR")
            .map(PathBuf::from)
            .or_else(|| dirs::cache_dir().map(|d| d.join("claimmark").join("desks")))
    }

    /// Opens the desk in `folder` with its index under `cache_root` (nothing is read yet: call
    /// [`Desk::refresh`]). A missing or damaged index is started again (see
    /// [`Desk::rebuilt`]); while another process updates it, this waits (see
    /// [`Desk::open_waiting`]).
    pub fn open(folder: &Path, cache_root: &Path) -> Result<Self, DeskError> {
        Self::open_waiting(folder, cache_root, &mut || {})
    }

    /// [`Desk::open`], calling `waiting()` once when another process is updating the index.
    pub fn open_waiting(
        folder: &Path,
        cache_root: &Path,
        waiting: &mut dyn FnMut(),
    ) -> Result<Self, DeskError> {
        let metadata = std::fs::metadata(folder).map_err(|source| DeskError::Folder {
            path: folder.to_owned(),
            source,
        })?;
        if !metadata.is_dir() {
            return Err(DeskError::Folder {
                path: folder.to_owned(),
                source: std::io::Error::other("not a folder"),
            });
        }
        let index_folder = Self::index_folder(folder, cache_root);
        let _lock = UpdateLock::take(&index_folder, waiting)?;
        let index_path = index_folder.join("index");
        let mut rebuilt = None;
        let index = match DeskIndex::open(&index_path) {
            Ok(index) => index,
            Err(damaged) => {
                rebuilt = Some(damaged.to_string());
                std::fs::remove_dir_all(&index_path).map_err(|e| DeskError::Index {
                    path: index_path.clone(),
                    message: format!("it is damaged and could not be removed ({e})"),
                })?;
                DeskIndex::open(&index_path)?
            }
        };
        // The manifests of claimmark 0.1's first desks: replaced by files.json and outcomes.jsonl.
        let _ = std::fs::remove_file(index_folder.join("manifest.json"));
        let _ = std::fs::remove_file(index_folder.join("outcomes.json"));
        let mut manifest = Manifest::load(&index_folder);
        // An index whose manifest is gone (or the reverse) is rebuilt from scratch.
        if manifest.files.is_empty() || index.document_count() == 0 {
            if rebuilt.is_none() && !manifest.files.is_empty() {
                rebuilt = Some(format!(
                    "the index in “{}” was missing",
                    index_path.display()
                ));
            }
            if index.document_count() > 0 {
                // Its record of the files it was built from is missing or damaged.
                if rebuilt.is_none() {
                    rebuilt = Some(format!(
                        "the list of files in “{}” was missing or damaged",
                        index_folder.display()
                    ));
                }
                index.clear()?;
            }
            manifest = Manifest::to_rebuild(&index_folder);
            // So that a process opening the desk next does not take the empty index for a
            // lost one and say so again.
            Manifest::remove_files(&index_folder);
        }
        let manifest_stamp = manifest::Stamp::of(&index_folder.join(manifest::FILES));
        Ok(Self {
            folder: folder.to_owned(),
            index_folder,
            index,
            manifest,
            manifest_stamp,
            rebuilt,
            vectors: None,
            matchable: Vec::new(),
            matchable_current: false,
            prune_vectors: false,
            matchable_texts: false,
            weighing: Weighing::default(),
        })
    }

    /// Why the index was started again from the desk's files when it was opened (it was
    /// missing or damaged), to be said once.
    pub fn rebuilt(&self) -> Option<&str> {
        self.rebuilt.as_deref()
    }

    /// The desk folder.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// Every file of the desk, readable or not, by path.
    pub fn files(&self) -> Vec<DeskFile<'_>> {
        self.manifest
            .outcomes()
            .iter()
            .filter_map(|(file, outcome)| match outcome {
                Outcome::Article(record) => Some(DeskFile {
                    file,
                    record: Ok(record),
                }),
                Outcome::Failed(why) => Some(DeskFile {
                    file,
                    record: Err(why),
                }),
                Outcome::Outside(_) => None,
            })
            .collect()
    }

    /// How many files of the desk could not be read (known without reading what the others
    /// gave).
    pub fn unreadable_count(&self) -> usize {
        self.manifest.failed_count()
    }

    /// Every claim of the desk: (file, article title, claim).
    pub fn claims(&self) -> Vec<ClaimListing<'_>> {
        self.files()
            .into_iter()
            .filter_map(|f| f.record.ok().map(|r| (f.file, r)))
            .flat_map(|(file, record)| {
                record.claims.iter().map(move |claim| ClaimListing {
                    file,
                    title: record.title.as_str(),
                    claim,
                })
            })
            .collect()
    }

    /// What the desk has shown of its taste: each claim's text (worth checking) and each
    /// rejected suggestion (not), at most `limit`, the most recently changed files first.
    pub fn taste_examples(&self, limit: usize) -> Vec<(String, bool)> {
        let mut records: Vec<&records::ArticleRecord> = self
            .files()
            .into_iter()
            .filter_map(|f| f.record.ok())
            .collect();
        records.sort_by(|a, b| b.date.cmp(&a.date));
        records
            .into_iter()
            .flat_map(|record| {
                let claims = record.claims.iter().map(|c| (c.text.clone(), true));
                let rejected = record.rejected.iter().map(|t| (t.clone(), false));
                claims.chain(rejected)
            })
            .take(limit)
            .collect()
    }

    /// Every outside check of the desk: (file, check).
    pub fn outside_checks(&self) -> Vec<(&str, &OutsideCheck)> {
        self.manifest
            .outcomes()
            .iter()
            .filter_map(|(file, outcome)| match outcome {
                Outcome::Outside(checks) => Some(checks.iter().map(move |c| (file.as_str(), c))),
                _ => None,
            })
            .flatten()
            .collect()
    }

    /// The full path of a file of the desk.
    pub fn path_of(&self, file: &str) -> PathBuf {
        file.split('/')
            .fold(self.folder.clone(), |p, part| p.join(part))
    }

    /// Adds checks published by other sites to the desk: they are written, as claimmark reads
    /// them, to `outside-checks/NAME.json` (shared with the desk like any file).
    pub fn add_outside_checks(
        folder: &Path,
        name: &str,
        checks: &[OutsideCheck],
    ) -> Result<PathBuf, DeskError> {
        let target = folder
            .join(OUTSIDE_CHECKS)
            .join(format!("{}.json", crate::model::safe_file_stem(name)));
        let text = crate::interop::claimreview::outside_checks_json(checks);
        crate::io::create_parent_folder(&target)?;
        crate::io::write_text(&target, &text)?;
        Ok(target)
    }
}

/// The claims table as CSV (cells neutralized against spreadsheet formulas).
pub fn claims_csv(claims: &[ClaimListing<'_>]) -> Result<String, String> {
    use crate::report::neutralize;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let failed = |e: csv::Error| e.to_string();
    writer
        .write_record([
            "file",
            "id",
            "article",
            "text",
            "normalized",
            "claimant",
            "status",
            "verdict",
            "date",
        ])
        .map_err(failed)?;
    for ClaimListing {
        file,
        title,
        claim: c,
    } in claims
    {
        let row = [
            file.to_string(),
            c.id.to_string(),
            title.to_string(),
            c.text.clone(),
            c.normalized.clone(),
            c.claimant.clone(),
            c.status.label().to_owned(),
            c.verdict.clone().unwrap_or_default(),
            c.date.clone(),
        ]
        .map(|cell| neutralize(&cell));
        writer.write_record(&row).map_err(failed)?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}
