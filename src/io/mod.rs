//! All filesystem access: reading articles and annotation files, saving safely with a backup,
//! noticing files changed by someone else, preferences, and recovery files.

pub mod recovery;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::article::{ArticleNotice, DecodeError, read_article};
use crate::format::{self, FormatError, LoadWarning};
use crate::model::{AnnotationSet, Document, RatingScale};
use crate::session::Session;

/// Largest file claimmark opens, in bytes. Larger files are refused with a message.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

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
    /// The file could not be written.
    #[error("could not save to “{}”: {source}. Your work is still open; try another folder with Save As", path.display())]
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

/// Something noticed while opening a file that the user should be told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// About the article's bytes (an assumed encoding, an extracted web page, …).
    Article(ArticleNotice),
    /// About the annotation file (flagged or re-found annotations, a changed text, …).
    File(LoadWarning),
    /// The annotation file was written in an older format version.
    OldVersion {
        /// The file's version.
        found: u32,
    },
}

impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Notice::Article(notice) => notice.fmt(f),
            Notice::File(warning) => f.write_str(&warning.describe()),
            Notice::OldVersion { found } => write!(
                f,
                "this file was written in format version {found}; it opened fine and will be \
                 saved as version {}, which older claimmark versions cannot read",
                format::CURRENT_VERSION
            ),
        }
    }
}

/// What opening a file produced.
#[derive(Clone, Debug)]
pub struct Opened {
    /// The article.
    pub document: Document,
    /// Its annotations (empty for a plain article).
    pub annotations: AnnotationSet,
    /// The verdicts claims can get.
    pub scale: RatingScale,
    /// The annotation file it came from; `None` for a plain article (not saved yet).
    pub annotation_path: Option<PathBuf>,
    /// Things the user should be told (assumed encoding, flagged annotations, …).
    pub notices: Vec<Notice>,
    /// (link text, address) of links in an HTML or Markdown article, for citation targets.
    pub links: Vec<(String, String)>,
}

impl Opened {
    /// The notices as one sentence list ("a; b").
    pub fn describe_notices(&self) -> String {
        self.notices
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// A session on what was opened: clean, saved to its annotation file (if any).
    pub fn into_session(self) -> Session {
        let mut session = Session::new(self.document, self.annotations, self.annotation_path)
            .with_links(self.links);
        session.scale = self.scale;
        session
    }
}

/// True when the path names an annotation file rather than an article.
pub fn is_annotation_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
}

/// Opens an article (`.txt`, `.md`, `.html`, anything else) or an annotation file (`.ron`).
pub fn open(path: &Path) -> Result<Opened, IoError> {
    let bytes = read_limited(path)?;
    if is_annotation_file(path) {
        let text = std::str::from_utf8(&bytes).map_err(|_| IoError::NotUtf8 {
            path: path.to_owned(),
        })?;
        open_annotation_text(text, path)
    } else {
        open_article_bytes(&bytes, path)
    }
}

/// Opens an annotation file; an article is refused with a message that says what to do.
pub fn open_annotations(path: &Path) -> Result<Opened, IoError> {
    if !is_annotation_file(path) {
        return Err(IoError::NotAnnotationFile {
            path: path.to_owned(),
        });
    }
    open(path)
}

/// Reads `path` as an annotation file whatever its name (git hands merge and diff drivers
/// temporary files); `None` when it is empty or `/dev/null` (no version on that side).
pub fn read_annotation_file(path: &Path) -> Result<Option<Opened>, IoError> {
    if path == Path::new("/dev/null") {
        return Ok(None);
    }
    let bytes = read_limited(path)?;
    if bytes.is_empty() {
        return Ok(None);
    }
    let text = std::str::from_utf8(&bytes).map_err(|_| IoError::NotUtf8 {
        path: path.to_owned(),
    })?;
    open_annotation_text(text, path).map(Some)
}

fn open_annotation_text(text: &str, path: &Path) -> Result<Opened, IoError> {
    let loaded = format::from_ron(text).map_err(|source| IoError::Format {
        path: path.to_owned(),
        source,
    })?;
    let mut notices: Vec<Notice> = loaded.warnings.into_iter().map(Notice::File).collect();
    if loaded.version < format::CURRENT_VERSION {
        notices.push(Notice::OldVersion {
            found: loaded.version,
        });
    }
    Ok(Opened {
        document: loaded.document,
        annotations: loaded.annotations,
        scale: loaded.scale,
        annotation_path: Some(path.to_owned()),
        notices,
        links: Vec::new(),
    })
}

fn open_article_bytes(bytes: &[u8], path: &Path) -> Result<Opened, IoError> {
    let article = read_article(bytes, &file_name(path)).map_err(|source| IoError::Decode {
        path: path.to_owned(),
        source,
    })?;
    Ok(Opened {
        document: article.document,
        annotations: AnnotationSet::new(),
        scale: RatingScale::default(),
        annotation_path: None,
        notices: article.notices.into_iter().map(Notice::Article).collect(),
        links: article.links,
    })
}

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

fn read_limited(path: &Path) -> Result<Vec<u8>, IoError> {
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

/// Saves the annotations (with the embedded article) to `path`.
///
/// Writes a temporary file in the same folder, flushes it to disk, then renames it over the
/// target, so an interrupted save leaves either the old file or the new one, whole.
pub fn save(
    path: &Path,
    document: &Document,
    annotations: &AnnotationSet,
    scale: &RatingScale,
) -> Result<(), IoError> {
    let text = format::to_ron(document, annotations, scale).map_err(|source| IoError::Format {
        path: path.to_owned(),
        source,
    })?;
    save_with_backup(path, text.as_bytes()).map_err(|source| IoError::Write {
        path: path.to_owned(),
        source,
    })
}

/// Saves an already serialized annotation file to `path`, safely like [`save`].
pub fn save_text(path: &Path, text: &str) -> Result<(), IoError> {
    save_with_backup(path, text.as_bytes()).map_err(|source| IoError::Write {
        path: path.to_owned(),
        source,
    })
}

/// Writes an export (report, table) to `path`, safely like [`save`].
pub fn write_text(path: &Path, text: &str) -> std::io::Result<()> {
    write_atomically(path, text.as_bytes())
}

/// Writes an export: one file at `path`, or several side by side, each named `path` with its
/// own extension (brat's `.ann` and `.txt`). Returns the paths written; on failure, the path
/// that could not be written and why.
pub fn write_export(
    output: &crate::interop::Output,
    path: &Path,
) -> Result<Vec<PathBuf>, (PathBuf, std::io::Error)> {
    let several = output.files.len() > 1;
    let mut written = Vec::new();
    for file in &output.files {
        let target = if several {
            path.with_extension(file.extension)
        } else {
            path.to_owned()
        };
        write_text(&target, &file.content).map_err(|e| (target.clone(), e))?;
        written.push(target);
    }
    Ok(written)
}

/// The backup of an annotation file: `name.ron.bak` beside it, the previous version.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
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

/// Saves an annotation file: keeps the current file as `name.ron.bak`, then replaces it
/// atomically. At every moment `path` holds either the old file or the new one, whole.
fn save_with_backup(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if fs::metadata(path).is_ok_and(|m| m.is_file()) {
        let backup = backup_path(path);
        let temp_backup = backup.with_extension("bak.tmp");
        fs::copy(path, &temp_backup)?;
        fs::rename(&temp_backup, &backup)?;
    }
    write_atomically(path, bytes)
}

pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    let temp_path = folder.join(format!(".{}.{}.tmp", file_name(path), std::process::id()));
    let result = (|| {
        let mut file = fs::File::create(&temp_path)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temp_path, path)?;
        if let Ok(dir) = fs::File::open(&folder) {
            // Persist the rename; not every platform can sync a folder.
            let _ = dir.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp_path);
    }
    result
}

/// The user's settings, kept in `claimmark/preferences.ron` in the user's config folder.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// The name recorded with each change.
    pub reviewer: String,
    /// The desk folder opened last.
    pub desk: Option<PathBuf>,
    /// The article's zoom, in percent.
    pub zoom_percent: u32,
    /// Light, dark, or as the system says.
    pub theme: Theme,
    /// Files opened or saved lately, newest first.
    pub recent: Vec<PathBuf>,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            reviewer: String::new(),
            desk: None,
            zoom_percent: 100,
            theme: Theme::System,
            recent: Vec::new(),
        }
    }
}

/// The colour theme chosen.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Theme {
    /// As the system says (dark when the desktop is dark).
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// How many recent files are remembered.
pub const RECENT_FILES: usize = 10;

impl Preferences {
    /// Puts `path` first in the recent files (once), keeping at most [`RECENT_FILES`].
    pub fn add_recent(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(RECENT_FILES);
    }
}

fn preferences_path() -> Option<PathBuf> {
    dirs::config_dir().map(|dir| dir.join("claimmark").join("preferences.ron"))
}

/// The saved preferences, or defaults when there are none (or they cannot be read).
pub fn load_preferences() -> Preferences {
    preferences_path()
        .and_then(|path| fs::read_to_string(path).ok())
        .and_then(|text| ron::from_str(&text).ok())
        .unwrap_or_default()
}

/// Saves the preferences.
pub fn save_preferences(preferences: &Preferences) -> Result<(), IoError> {
    let Some(path) = preferences_path() else {
        return Ok(());
    };
    let write_error = |source| IoError::Write {
        path: path.clone(),
        source,
    };
    if let Some(folder) = path.parent() {
        fs::create_dir_all(folder).map_err(write_error)?;
    }
    let text = ron::ser::to_string_pretty(preferences, ron::ser::PrettyConfig::new())
        .map_err(|e| write_error(std::io::Error::other(e.to_string())))?;
    write_atomically(&path, text.as_bytes()).map_err(write_error)
}

/// True when the user's D-Bus session socket exists (`$XDG_RUNTIME_DIR/bus`), which native file
/// dialogs on Linux need.
pub fn user_session_bus_exists() -> bool {
    std::env::var_os("XDG_RUNTIME_DIR")
        .map(|dir| Path::new(&dir).join("bus"))
        .is_some_and(|bus| fs::metadata(bus).is_ok())
}

/// A file name made from a document's name: letters, digits, `-`, `_`, `.` and `@` kept, the
/// rest turned into `_`, at most 80 characters.
pub fn safe_file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || "-_.@".contains(c) {
                c
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    let stem = stem.trim_matches('.').to_owned();
    if stem.is_empty() {
        "document".to_owned()
    } else {
        stem
    }
}

/// Creates the folder a file goes in, if it is missing.
pub fn create_parent_folder(path: &Path) -> std::io::Result<()> {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => fs::create_dir_all(parent),
        _ => Ok(()),
    }
}

/// True when `path` is a folder that exists.
pub fn is_folder(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_dir())
}

/// The file name of a path, for messages and titles.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::model::{Annotation, AnnotationId, Span, Tag};

    #[test]
    fn save_and_open_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let doc = Document::new(
            "Hello 😀 world".to_owned(),
            Some("a.txt".to_owned()),
            "utf-8",
        );
        let mut set = AnnotationSet::new();
        set.insert(
            Annotation::new(AnnotationId(1), Tag::Claim, Span::new(6, 7), &doc, "t").unwrap(),
        )
        .unwrap();
        save(&path, &doc, &set, &RatingScale::default()).unwrap();
        let opened = open(&path).unwrap();
        assert_eq!(opened.document, doc);
        assert_eq!(opened.annotations, set);
        assert_eq!(opened.annotation_path.as_deref(), Some(path.as_path()));
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
        // A second save keeps the first as the backup.
        let first = fs::read(&path).unwrap();
        let mut more = set.clone();
        more.insert(
            Annotation::new(AnnotationId(2), Tag::Quote, Span::new(0, 5), &doc, "t").unwrap(),
        )
        .unwrap();
        save(&path, &doc, &more, &RatingScale::default()).unwrap();
        assert_eq!(fs::read(backup_path(&path)).unwrap(), first);
        assert_eq!(open(&path).unwrap().annotations.len(), 2);
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            2,
            "the file and its backup"
        );
    }

    #[test]
    fn errors_name_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.txt");
        assert!(
            open(&missing)
                .unwrap_err()
                .to_string()
                .contains("missing.txt")
        );
        assert!(matches!(open(dir.path()), Err(IoError::IsDirectory { .. })));
        let bad = dir.path().join("bad.ron");
        fs::write(&bad, "(format: \"claimmark\", version: 1, article: (").unwrap();
        let message = open(&bad).unwrap_err().to_string();
        assert!(
            message.contains("bad.ron") && message.contains("line 1"),
            "{message}"
        );
        let binary = dir.path().join("bin.ron");
        fs::write(&binary, [0xff, 0xfe, 0x00]).unwrap();
        assert!(matches!(open(&binary), Err(IoError::NotUtf8 { .. })));
    }

    #[test]
    fn windows_1252_article_opens_with_a_notice() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.txt");
        fs::write(&path, b"\x93Caf\xe9\x94\r\n").unwrap();
        let opened = open(&path).unwrap();
        assert_eq!(opened.document.text(), "\u{201C}Café\u{201D}\n");
        assert!(opened.describe_notices().contains("windows-1252"));
    }
}
