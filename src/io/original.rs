//! The original of a PDF article, kept beside its annotation file (`NAME.pdf` next to
//! `NAME.ron`) the way a web page is kept in `NAME.warc.gz`, so a claim can always be shown on
//! the page it came from. An existing `NAME.pdf` with other bytes is never overwritten.

use std::path::{Path, PathBuf};

use super::{IoError, read::read_limited, save::write_bytes};
use crate::model::sha256_bytes_hex;

/// Where `annotation_file`'s original PDF is kept: `NAME.pdf` beside `NAME.ron`.
pub fn original_pdf_path(annotation_file: &Path) -> PathBuf {
    annotation_file.with_extension("pdf")
}

/// What keeping the original did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kept {
    /// It was written to this path.
    Written(PathBuf),
    /// This path already holds the same bytes.
    AlreadyThere(PathBuf),
    /// This path holds another file, which was left alone.
    Different(PathBuf),
}

/// Keeps `bytes` (the original PDF) beside `annotation_file`.
pub fn keep_original_pdf(annotation_file: &Path, bytes: &[u8]) -> Result<Kept, IoError> {
    let path = original_pdf_path(annotation_file);
    if path == annotation_file {
        return Ok(Kept::AlreadyThere(path));
    }
    if std::fs::metadata(&path).is_ok() {
        let existing = read_limited(&path)?;
        return Ok(if sha256_bytes_hex(&existing) == sha256_bytes_hex(bytes) {
            Kept::AlreadyThere(path)
        } else {
            Kept::Different(path)
        });
    }
    write_bytes(&path, bytes)?;
    Ok(Kept::Written(path))
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn the_original_goes_beside_once_and_another_file_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let ron = dir.path().join("report.ron");
        let pdf = dir.path().join("report.pdf");
        assert_eq!(
            keep_original_pdf(&ron, b"%PDF-1").unwrap(),
            Kept::Written(pdf.clone())
        );
        assert_eq!(
            keep_original_pdf(&ron, b"%PDF-1").unwrap(),
            Kept::AlreadyThere(pdf.clone())
        );
        assert_eq!(
            keep_original_pdf(&ron, b"%PDF-2").unwrap(),
            Kept::Different(pdf.clone())
        );
        assert_eq!(std::fs::read(&pdf).unwrap(), b"%PDF-1");
    }
}
