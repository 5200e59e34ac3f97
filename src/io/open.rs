//! Opening what the user names: an article (text, Markdown, a saved web page) or an annotation
//! file, with what the user should be told about it.

use std::path::{Path, PathBuf};

use super::{IoError, file_name, read::read_limited};
use crate::article::{ArticleNotice, read_article_with};
use crate::format::{self, LoadWarning};
use crate::model::{AnnotationSet, Document, RatingScale};
use crate::session::Session;

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
                format::PLAIN_VERSION
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
    /// The bytes of the PDF the article was read from, to keep beside its annotation file at
    /// the first save.
    pub original_pdf: Option<std::sync::Arc<Vec<u8>>>,
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
        session.original_pdf = self.original_pdf;
        session
    }
}

/// True when the path names an annotation file rather than an article.
pub fn is_annotation_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
}

/// Opens an article (`.txt`, `.md`, `.html`, `.pdf`, subtitles, anything else) or an
/// annotation file (`.ron`).
pub fn open(path: &Path) -> Result<Opened, IoError> {
    open_with(path, None, &mut |_, _| true)
}

/// Opens a file as [`open`] does, a PDF with `password` when it needs one, telling
/// `progress` (pages read, of how many) as it goes; `progress` answering `false` cancels.
pub fn open_with(
    path: &Path,
    password: Option<&str>,
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<Opened, IoError> {
    let bytes = read_limited(path)?;
    if is_annotation_file(path) {
        let text = std::str::from_utf8(&bytes).map_err(|_| IoError::NotUtf8 {
            path: path.to_owned(),
        })?;
        open_annotation_text(text, path)
    } else {
        open_article_bytes(bytes, path, password, progress)
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

pub(super) fn open_annotation_text(text: &str, path: &Path) -> Result<Opened, IoError> {
    let loaded = format::from_ron(text).map_err(|source| IoError::Format {
        path: path.to_owned(),
        source,
    })?;
    let mut notices: Vec<Notice> = loaded.warnings.into_iter().map(Notice::File).collect();
    if loaded.version < format::PLAIN_VERSION {
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
        original_pdf: None,
    })
}

fn open_article_bytes(
    bytes: Vec<u8>,
    path: &Path,
    password: Option<&str>,
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<Opened, IoError> {
    let article =
        read_article_with(&bytes, &file_name(path), password, progress).map_err(|source| {
            IoError::Decode {
                path: path.to_owned(),
                source,
            }
        })?;
    let original_pdf = article
        .document
        .pdf()
        .is_some()
        .then(|| std::sync::Arc::new(bytes));
    Ok(Opened {
        original_pdf,
        document: article.document,
        annotations: AnnotationSet::new(),
        scale: RatingScale::default(),
        annotation_path: None,
        notices: article.notices.into_iter().map(Notice::Article).collect(),
        links: article.links,
    })
}

#[cfg(test)]
mod test {
    use std::fs;

    use super::*;

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
