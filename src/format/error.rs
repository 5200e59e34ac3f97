//! What can be wrong with an annotation file, in words a user can act on.

/// Why an annotation file could not be read. Nothing is loaded when this happens.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// The text is not valid RON, or a value has the wrong type.
    #[error(
        "line {line}, column {column}{near}: {message}. The file is damaged or was edited by \
         hand; fix that spot or open a backup copy"
    )]
    Syntax {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What the parser expected or found.
        message: String,
        /// The start of the offending line, quoted (empty when the line is blank).
        near: String,
    },
    /// The file parses, but is not a claimmark annotation file.
    #[error("this is not a claimmark annotation file (it has no `format: \"claimmark\"` header)")]
    NotAnAnnotationFile,
    /// The file was written by a newer (or unknown) version of claimmark.
    #[error(
        "the file is format version {found}, but this claimmark reads only version {supported}; \
         open it with a newer claimmark"
    )]
    UnsupportedVersion {
        /// The version the file declares.
        found: u64,
        /// The newest version this build reads.
        supported: u32,
    },
    /// Two annotations share one id.
    #[error("line {line}: two annotations have the id {id}; give one of them an unused id")]
    DuplicateId {
        /// The repeated id.
        id: u64,
        /// 1-based line of the second use (0 when it cannot be found).
        line: usize,
    },
    /// The annotation set could not be written (should not happen).
    #[error("could not write the annotations: {0}")]
    Write(String),
}

/// Something noticed while loading that the user should know, though the file loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadWarning {
    /// The embedded article text does not match its stored checksum.
    TextChanged,
    /// Some annotations do not match the article and were loaded flagged.
    Flagged {
        /// How many.
        count: usize,
    },
    /// Some annotations' offsets did not match, and they were found again by their text.
    Reattached {
        /// Found unchanged with their context (now at the right offsets).
        found_again: usize,
        /// Found with confidence but not exactly: marked "moved — check".
        moved: usize,
    },
    /// The transcript's timing does not fit the text and was left out (the text and the
    /// annotations are kept).
    TimelineDropped(String),
    /// The PDF's pages do not fit the text and were left out (the text and the annotations
    /// are kept).
    PagesDropped(String),
    /// A merge left conflicts in the file: both sides' values are kept.
    Conflicts {
        /// How many conflicts.
        count: usize,
        /// In how many annotations.
        annotations: usize,
    },
}

impl LoadWarning {
    /// A sentence a user understands.
    pub fn describe(&self) -> String {
        match self {
            LoadWarning::TextChanged => "the article text in this file was changed outside \
                 claimmark (its checksum differs); every annotation was re-checked against it"
                .to_owned(),
            LoadWarning::Reattached { found_again, moved } => format!(
                "{found_again} annotation(s) whose offsets did not match were found again by \
                 their text; {moved} moved onto changed text and marked “moved — check”"
            ),
            LoadWarning::Conflicts { count, annotations } => format!(
                "a merge left {count} conflict{} in {annotations} annotation{}: both sides are \
                 kept; pick one in each annotation marked “conflict”",
                if *count == 1 { "" } else { "s" },
                if *annotations == 1 { "" } else { "s" },
            ),
            LoadWarning::TimelineDropped(problem) => format!(
                "the transcript's times and speakers do not fit the text ({problem}), so they \
                 were left out; the text and every annotation are kept"
            ),
            LoadWarning::PagesDropped(problem) => format!(
                "the PDF's pages do not fit the text ({problem}), so they were left out; the \
                 text and every annotation are kept"
            ),
            LoadWarning::Flagged { count } => format!(
                "{count} annotation{} no longer match{} the article and {} flagged [!] in the list",
                if *count == 1 { "" } else { "s" },
                if *count == 1 { "es" } else { "" },
                if *count == 1 { "is" } else { "are" },
            ),
        }
    }
}
