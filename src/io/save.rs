//! Writing files safely: annotation files replaced atomically with the previous version kept as
//! a backup, exports and tables written atomically, and the folders they go in. Every write
//! fails with an [`IoError`] that names the file.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{IoError, file_name};
use crate::format;
use crate::model::{AnnotationSet, Document, RatingScale};

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
    save_text(path, &text)
}

/// Saves an already serialized annotation file to `path`, safely like [`save`].
pub fn save_text(path: &Path, text: &str) -> Result<(), IoError> {
    save_with_backup(path, text.as_bytes()).map_err(|source| IoError::Save {
        path: path.to_owned(),
        source,
    })
}

/// Writes an export (report, table) to `path`, atomically.
pub fn write_text(path: &Path, text: &str) -> Result<(), IoError> {
    write_bytes(path, text.as_bytes())
}

/// Writes `bytes` to `path`, atomically: at every moment `path` holds the old content or the
/// new one, whole.
pub fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), IoError> {
    write_atomically(path, bytes).map_err(|source| IoError::write(path, source))
}

/// Writes an export: one file at `path`, or several side by side, each named `path` with its
/// own extension (brat's `.ann` and `.txt`). Returns the paths written.
pub fn write_export(output: &crate::interop::Output, path: &Path) -> Result<Vec<PathBuf>, IoError> {
    let several = output.files.len() > 1;
    let mut written = Vec::new();
    for file in &output.files {
        let target = if several {
            path.with_extension(file.extension)
        } else {
            path.to_owned()
        };
        write_text(&target, &file.content)?;
        written.push(target);
    }
    Ok(written)
}

/// Appends `bytes` to the file at `path` (made when missing) and flushes them to disk: how
/// records join a web archive, which is only ever added to.
pub fn append_bytes(path: &Path, bytes: &[u8]) -> Result<(), IoError> {
    let failed = |source| IoError::write(path, source);
    let mut file = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(failed)?;
    file.write_all(bytes).map_err(failed)?;
    file.sync_all().map_err(failed)
}

/// Copies the file at `from` to `to` (atomically at `to`), e.g. a web archive following its
/// annotation file to a new name.
pub fn copy_file(from: &Path, to: &Path) -> Result<(), IoError> {
    let bytes = fs::read(from).map_err(|source| IoError::Read {
        path: from.to_owned(),
        source,
    })?;
    write_bytes(to, &bytes)
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

/// Creates the folder a file goes in, if it is missing.
pub fn create_parent_folder(path: &Path) -> Result<(), IoError> {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => {
            fs::create_dir_all(parent).map_err(|source| IoError::write(parent, source))
        }
        _ => Ok(()),
    }
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

fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomically_with(path, |file| file.write_all(bytes))
}

/// Writes `path` as [`write_bytes`] does, from what `write` puts out (through a buffer), so
/// that a large file need not be held in memory first; returns the bytes written.
pub fn write_streamed(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<u64, IoError> {
    let mut written = 0;
    write_atomically_with(path, |file| {
        let mut buffered = std::io::BufWriter::new(file);
        write(&mut buffered)?;
        buffered.flush()?;
        written = buffered.get_ref().metadata()?.len();
        Ok(())
    })
    .map_err(|source| IoError::write(path, source))?;
    Ok(written)
}

fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut fs::File) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    let temp_path = folder.join(format!(".{}.{}.tmp", file_name(path), std::process::id()));
    let result = (|| {
        let mut file = fs::File::create(&temp_path)?;
        write(&mut file)?;
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
        let opened = super::super::open(&path).unwrap();
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
        assert_eq!(super::super::open(&path).unwrap().annotations.len(), 2);
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            2,
            "the file and its backup"
        );
    }

    #[test]
    fn a_failed_write_names_the_file_and_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("no-such-folder").join("report.html");
        let error = write_text(&target, "x").unwrap_err();
        assert!(matches!(error, IoError::Write { .. }));
        assert!(error.to_string().contains("report.html"), "{error}");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
        let error = save_text(&target, "x").unwrap_err();
        assert!(error.to_string().contains("Save As"), "{error}");
    }
}
