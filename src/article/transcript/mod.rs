//! Transcripts as articles: SubRip (`.srt`), WebVTT (`.vtt`, YouTube's automatic captions
//! included), CheckThat!'s tab-separated debates (`line, speaker, text`) and plain transcripts
//! with speaker lines (`SPEAKER: words`). The article text is the readable transcript — cues
//! joined into paragraphs, rolling repeats removed, a new paragraph at each change of speaker,
//! starting with the speaker's name — and a [`Timeline`] keeps when and by whom each run of it
//! was said. Pure; malformed cues are skipped and counted.

mod assemble;
mod speakers;
mod subtitles;

pub use assemble::assemble;
pub use speakers::{read_speaker_lines, read_tsv};
pub use subtitles::{read_srt, read_vtt};

use crate::model::Timeline;

/// One cue as a file gives it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cue {
    /// When it starts, in milliseconds (`None` without times).
    pub from_ms: Option<u64>,
    /// When it ends.
    pub to_ms: Option<u64>,
    /// Who speaks (empty when the file does not say).
    pub speaker: String,
    /// Its words, markup removed, one line per line of the cue.
    pub lines: Vec<String>,
}

/// A transcript made readable.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Transcript {
    /// The article text: paragraphs separated by blank lines.
    pub text: String,
    /// When and by whom each run of the text was said.
    pub timeline: Timeline,
    /// Cues that could not be read and were left out.
    pub skipped: usize,
}

/// Which kind of transcript a file is, by its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TranscriptKind {
    /// SubRip.
    Srt,
    /// WebVTT.
    Vtt,
    /// Tab-separated `line, speaker, text` (CheckThat! debates).
    Tsv,
}

impl TranscriptKind {
    /// The kind for a file extension (lower case), if it is a transcript's.
    pub fn from_extension(extension: &str) -> Option<Self> {
        match extension {
            "srt" => Some(Self::Srt),
            "vtt" | "webvtt" => Some(Self::Vtt),
            "tsv" => Some(Self::Tsv),
            _ => None,
        }
    }
}

/// Reads a decoded transcript of `kind`.
pub fn read_transcript(text: &str, kind: TranscriptKind) -> Transcript {
    let (cues, skipped) = match kind {
        TranscriptKind::Srt => read_srt(text),
        TranscriptKind::Vtt => read_vtt(text),
        TranscriptKind::Tsv => read_tsv(text),
    };
    let mut transcript = assemble(&cues);
    transcript.skipped += skipped;
    transcript
}
