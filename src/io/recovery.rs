//! Recovery files: unsaved work written to the user's data folder a few seconds after each
//! change (and when the app crashes), offered back on the next start, removed after a save.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::clock::unix_seconds;
use super::open::open_annotation_text;
use super::{IoError, Opened, create_parent_folder, write_bytes};

/// The folder recovery files are kept in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoveryStore {
    dir: PathBuf,
}

impl RecoveryStore {
    /// The user's store: `$CLAIMMARK_DATA_DIR/recovery` when set, else the local data folder
    /// (`~/.local/share/claimmark/recovery` on Linux).
    pub fn user() -> Option<Self> {
        let base = std::env::var_os("CLAIMMARK_DATA_DIR")
            .map(PathBuf::from)
            .or_else(|| dirs::data_local_dir().map(|d| d.join("claimmark")))?;
        Some(Self::in_folder(base.join("recovery")))
    }

    /// A store in `dir` (tests use a temporary one).
    pub fn in_folder(dir: PathBuf) -> Self {
        Self { dir }
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// What is known about a recovery file without reading it whole.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryInfo {
    /// Which session wrote it.
    pub key: String,
    /// The annotation file the work belongs to, if it had been saved before.
    pub original: Option<PathBuf>,
    /// The article's title.
    pub title: String,
    /// When it was written (seconds since 1970).
    pub written_secs: u64,
}

impl RecoveryInfo {
    /// How long ago it was written, in words.
    pub fn age(&self) -> String {
        let seconds = unix_seconds().saturating_sub(self.written_secs);
        match seconds {
            0..=59 => "less than a minute ago".to_owned(),
            60..=3599 => format!("{} minutes ago", seconds / 60),
            3600..=86_399 => format!("{} hours ago", seconds / 3600),
            _ => format!("{} days ago", seconds / 86_400),
        }
    }
}

impl RecoveryStore {
    fn paths(&self, key: &str) -> Option<(PathBuf, PathBuf)> {
        let dir = &self.dir;
        let safe: String = key
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        Some((
            dir.join(format!("{safe}.ron")),
            dir.join(format!("{safe}.info.ron")),
        ))
    }

    /// Writes (or replaces) the recovery file of a session.
    pub fn write(
        &self,
        key: &str,
        original: Option<&Path>,
        title: &str,
        content: &str,
    ) -> Result<(), IoError> {
        let Some((data, info_path)) = self.paths(key) else {
            return Ok(());
        };
        create_parent_folder(&data)?;
        write_bytes(&data, content.as_bytes())?;
        let info = RecoveryInfo {
            key: key.to_owned(),
            original: original.map(Path::to_owned),
            title: title.to_owned(),
            written_secs: unix_seconds(),
        };
        let text = ron::ser::to_string_pretty(&info, ron::ser::PrettyConfig::new())
            .map_err(|e| IoError::write(&info_path, std::io::Error::other(e.to_string())))?;
        write_bytes(&info_path, text.as_bytes())
    }

    /// Removes a session's recovery file (after a save, or when the user discards the work).
    pub fn remove(&self, key: &str) {
        if let Some((data, info)) = self.paths(key) {
            let _ = fs::remove_file(data);
            let _ = fs::remove_file(info);
        }
    }

    /// Recovery files waiting to be restored, newest first.
    pub fn list(&self) -> Vec<RecoveryInfo> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut found: Vec<RecoveryInfo> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().ends_with(".info.ron"))
            .filter_map(|p| fs::read_to_string(p).ok())
            .filter_map(|text| ron::from_str::<RecoveryInfo>(&text).ok())
            .filter(|info| {
                self.paths(&info.key)
                    .is_some_and(|(data, _)| data.is_file())
            })
            .collect();
        found.sort_by_key(|info| std::cmp::Reverse(info.written_secs));
        found
    }

    /// Reads a recovery file back as an opened document (its path is the original file's).
    pub fn read(&self, info: &RecoveryInfo) -> Result<Opened, IoError> {
        let Some((data, _)) = self.paths(&info.key) else {
            return Err(IoError::Read {
                path: PathBuf::from(&info.key),
                source: std::io::Error::other("no data folder"),
            });
        };
        let text = fs::read_to_string(&data).map_err(|source| IoError::Read {
            path: data.clone(),
            source,
        })?;
        let mut opened = open_annotation_text(&text, &data)?;
        opened.annotation_path = info.original.clone();
        Ok(opened)
    }

    /// Writes a short note about a crash beside the recovery files; returns its path.
    pub fn write_crash_note(&self, message: &str) -> Option<PathBuf> {
        let dir = &self.dir;
        fs::create_dir_all(dir).ok()?;
        let secs = unix_seconds();
        let path = dir.join(format!("crash-{secs}.txt"));
        let text = format!(
            "claimmark stopped because of an internal error at {secs} (seconds since 1970).\n\
         Your unsaved work was written to a recovery file and will be offered when claimmark\n\
         starts again. Please report this note to the developers.\n\n{message}\n"
        );
        fs::write(&path, text).ok()?;
        Some(path)
    }
}
