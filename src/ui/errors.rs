//! What the window says about errors and notices, in the interface's language. The library's
//! errors keep their English `Display` (the command line prints it, and scripts parse it);
//! these say the same things through the catalog. A detail only the system or a parser can
//! give (an OS error, a RON parse message) is passed along as it came.

use crate::article::pdf::PdfError;
use crate::article::{ArticleNotice, DecodeError, PageError};
use crate::capture::{DecodeBodyError, PageProblem};
use crate::format::{FormatError, LoadWarning};
use crate::io::{IoError, Notice};
use crate::model::Flag;
use crate::reattach::Summary;
use crate::session::SessionError;
use crate::tr;
use crate::web::{FetchError, WebError};

fn path_name(path: &std::path::Path) -> String {
    path.display().to_string()
}

/// A failed file operation.
pub fn io(error: &IoError) -> String {
    match error {
        IoError::Read { path, source } => {
            tr!("err-read", file = path_name(path), why = source.to_string())
        }
        IoError::Save { path, source } => {
            tr!("err-save", file = path_name(path), why = source.to_string())
        }
        IoError::Write { path, source } => {
            tr!(
                "err-write",
                file = path_name(path),
                why = source.to_string()
            )
        }
        IoError::TooLarge { path, size } => tr!(
            "err-too-large",
            file = path_name(path),
            size = size / 1_000_000,
            limit = crate::io::MAX_FILE_BYTES / 1_000_000
        ),
        IoError::IsDirectory { path } => tr!("err-is-folder", file = path_name(path)),
        IoError::Decode { path, source } => {
            tr!("err-decode", file = path_name(path), why = decode(source))
        }
        IoError::Format { path, source } => {
            tr!("err-format", file = path_name(path), why = format(source))
        }
        IoError::NotAnnotationFile { path } => {
            tr!("err-not-annotation-file", file = path_name(path))
        }
        IoError::NotUtf8Text { path } => tr!("err-not-utf8-text", file = path_name(path)),
        IoError::NotUtf8 { path } => tr!("err-not-utf8", file = path_name(path)),
    }
}

fn decode(error: &DecodeError) -> String {
    match error {
        DecodeError::Binary => tr!("err-binary"),
        DecodeError::ReaderFailed(detail) => tr!("err-reader-failed", detail = detail.as_str()),
        DecodeError::Pdf(error) => pdf(error),
    }
}

/// Why a PDF could not be read.
pub fn pdf(error: &PdfError) -> String {
    match error {
        PdfError::NeedsPassword => tr!("err-pdf-password"),
        PdfError::WrongPassword => tr!("err-pdf-wrong-password"),
        PdfError::NoText { pages } => tr!("err-pdf-no-text", pages = *pages),
        PdfError::NoUnicode => tr!("err-pdf-no-unicode"),
        PdfError::NoPages => tr!("err-pdf-no-pages"),
        PdfError::Unreadable(detail) => tr!("err-pdf-unreadable", detail = detail.as_str()),
        PdfError::Cancelled => tr!("err-pdf-cancelled"),
    }
}

/// What is wrong with an annotation file.
pub fn format(error: &FormatError) -> String {
    match error {
        FormatError::Syntax {
            line,
            column,
            message,
            near,
        } => tr!(
            "err-syntax",
            line = *line,
            column = *column,
            near = near.as_str(),
            detail = message.as_str()
        ),
        FormatError::NotAnAnnotationFile => tr!("err-not-claimmark"),
        FormatError::UnsupportedVersion { found, supported } => {
            tr!("err-version", found = *found, supported = *supported)
        }
        FormatError::DuplicateId { id, line } => {
            tr!("err-duplicate-id", line = *line, id = *id)
        }
        FormatError::Write(detail) => tr!("err-serialize", detail = detail.as_str()),
    }
}

/// Why an operation on the document did nothing.
pub fn session(error: &SessionError) -> String {
    match error {
        SessionError::EmptySelection => tr!("err-empty-selection"),
        SessionError::OutOfRange => tr!("err-out-of-range"),
        SessionError::AlreadyTagged(tag) => tr!("err-already-tagged", tag = *tag),
        SessionError::Set(error) => tr!("err-internal", detail = error.to_string()),
    }
}

/// Why there are no suggestions for the article.
pub fn suggest_problem(problem: &crate::suggest::SuggestProblem) -> String {
    use crate::suggest::SuggestProblem;
    match problem {
        SuggestProblem::NoModel => tr!("suggest-no-model"),
        SuggestProblem::OtherModel => tr!("suggest-other-model"),
        SuggestProblem::Failed(why) => tr!("suggest-failed", why = why.as_str()),
    }
}

/// Why a web page could not be fetched.
pub fn fetch(error: &FetchError) -> String {
    match error {
        FetchError::NotWeb { address, .. } => refusal(address),
        FetchError::HostNotFound { address } => tr!("err-host-not-found", address = address),
        FetchError::Connect { address, why } => {
            tr!("err-connect", address = address, why = why)
        }
        FetchError::Timeout { address, seconds } => {
            tr!("err-timeout", address = address, seconds = *seconds)
        }
        FetchError::Status { address, status } => {
            tr!("err-status", address = address, status = u32::from(*status))
        }
        FetchError::TooLarge { address, max_bytes } => tr!(
            "err-page-too-large",
            address = address,
            limit = max_bytes / 1_000_000
        ),
        FetchError::TooManyRedirects { address, count } => {
            tr!("err-redirects", address = address, count = *count)
        }
        FetchError::BadRedirect {
            address, location, ..
        } => tr!("err-bad-redirect", address = address, location = location),
        FetchError::Read { address, why } => tr!("err-fetch-read", address = address, why = why),
        FetchError::Cancelled => tr!("status-cancelled"),
    }
}

/// Why a fetched page is not an article.
pub fn web(error: &WebError) -> String {
    match error {
        WebError::Fetch(error) => fetch(error),
        WebError::Page(PageProblem::Body { address, source }) => {
            let why = match source {
                DecodeBodyError::UnknownEncoding(name) => tr!("err-compression", name = name),
                DecodeBodyError::Damaged(detail) => tr!("err-compressed-damaged", detail = detail),
                DecodeBodyError::TooLarge(limit) => {
                    tr!("err-decompressed-too-large", limit = limit / 1_000_000)
                }
            };
            tr!("err-page", address = address, why = why)
        }
        WebError::Page(PageProblem::NotAPage { address, source }) => {
            let why = match source {
                PageError::NotAPage(what) => tr!("err-not-a-page", what = what),
                PageError::Binary => tr!("err-binary-page"),
                PageError::ReaderFailed(detail) => {
                    tr!("err-reader-failed-page", detail = detail.as_str())
                }
            };
            tr!("err-page", address = address, why = why)
        }
    }
}

/// Why a typed address is not opened, or `None` when it can be.
pub fn refusal(address: &str) -> String {
    let trimmed = address.trim();
    if trimmed.is_empty() {
        return tr!("err-address-empty");
    }
    match url::Url::parse(trimmed) {
        Ok(parsed) if matches!(parsed.scheme(), "http" | "https") => {
            tr!("err-address-no-host", address = trimmed)
        }
        Ok(parsed) => tr!(
            "err-address-scheme",
            address = trimmed,
            scheme = parsed.scheme()
        ),
        Err(_) => tr!("err-address-not-web", address = trimmed),
    }
}

/// What happened to the annotations when the article's text was replaced.
pub fn summary(summary: &Summary) -> String {
    tr!(
        "reattach-summary",
        exact = summary.exact,
        moved = summary.moved,
        orphaned = summary.orphaned
    )
}

/// Why an annotation does not match the article.
pub fn flag(flag: &Flag) -> String {
    match flag {
        Flag::EndBeforeStart => tr!("flag-end-before-start"),
        Flag::OutOfRange => tr!("flag-out-of-range"),
        Flag::TextMismatch { found } => tr!(
            "flag-text-mismatch",
            found = found.chars().take(60).collect::<String>()
        ),
        Flag::Orphaned => tr!("flag-orphaned"),
    }
}

/// What opening a file noticed, as one list ("a; b").
pub fn notices(notices: &[Notice]) -> String {
    notices.iter().map(notice).collect::<Vec<_>>().join("; ")
}

fn notice(notice: &Notice) -> String {
    match notice {
        Notice::Article(notice) => article_notice(notice),
        Notice::File(warning) => match warning {
            LoadWarning::TextChanged => tr!("notice-text-changed"),
            LoadWarning::TimelineDropped(problem) => {
                tr!("notice-timeline-dropped", problem = problem.as_str())
            }
            LoadWarning::PagesDropped(problem) => {
                tr!("notice-pages-dropped", problem = problem.as_str())
            }
            LoadWarning::Flagged { count } => tr!("notice-flagged", count = *count),
            LoadWarning::Reattached { found_again, moved } => {
                tr!("notice-reattached", found = *found_again, moved = *moved)
            }
            LoadWarning::Conflicts { count, annotations } => tr!(
                "notice-conflicts",
                count = *count,
                annotations = *annotations
            ),
        },
        Notice::OldVersion { found } => tr!(
            "notice-old-version",
            found = *found,
            version = crate::format::PLAIN_VERSION
        ),
    }
}

/// What reading an article's bytes noticed.
pub fn article_notice(notice: &ArticleNotice) -> String {
    match notice {
        ArticleNotice::AssumedEncoding(name) => tr!("notice-assumed-encoding", name = *name),
        ArticleNotice::Replacements => tr!("notice-replacements"),
        ArticleNotice::ExtractedFromPage => tr!("notice-extracted"),
        ArticleNotice::GuessedEncoding(name) => tr!("notice-guessed-encoding", name = *name),
        ArticleNotice::Transcript { cues, skipped } => {
            tr!("notice-transcript", cues = *cues, skipped = *skipped)
        }
        ArticleNotice::Pdf {
            pages,
            without_text,
        } => tr!("notice-pdf", pages = *pages, without = *without_text),
    }
}
