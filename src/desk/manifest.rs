//! What the index was built from: for each file of the desk, its size, time and SHA-256 when
//! it was read, and what it gave (an article's summary, outside checks, or why it failed).
//! Kept beside the index as JSON; a lost or damaged manifest means a rebuild.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::records::{ArticleRecord, OutsideCheck};

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
    pub fn save(&mut self, path: &Path) -> std::io::Result<()> {
        self.version = VERSION;
        let bytes = serde_json::to_vec(self).map_err(std::io::Error::other)?;
        crate::io::write_atomically(path, &bytes)
    }
}

/// The JSON of an outside-checks file.
#[derive(Serialize, Deserialize)]
struct OutsideChecksFile {
    format: String,
    checks: Vec<OutsideCheck>,
}

const OUTSIDE_FORMAT: &str = "claimmark outside checks";

/// An outside-checks file's text.
pub fn outside_checks_json(checks: &[OutsideCheck]) -> String {
    let file = OutsideChecksFile {
        format: OUTSIDE_FORMAT.to_owned(),
        checks: checks.to_vec(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default() + "\n"
}

/// The checks of an outside-checks file (or of raw ClaimReview JSON-LD dropped there).
pub fn read_outside_checks(text: &str) -> Result<Vec<OutsideCheck>, String> {
    match serde_json::from_str::<OutsideChecksFile>(text) {
        Ok(file) if file.format == OUTSIDE_FORMAT => Ok(file.checks),
        _ => {
            let found = crate::interop::claimreview_import::read_claim_reviews(text);
            if found.is_empty() {
                Err("no ClaimReview in it".to_owned())
            } else {
                Ok(found)
            }
        }
    }
}
