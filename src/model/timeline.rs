//! A transcript's timing: for runs of the article's text, when they were said (milliseconds
//! from the start of the recording) and by whom, so a claim knows its time range and speaker.

use serde::{Deserialize, Serialize};

use super::Span;

/// When and by whom a run of the text was said.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "run")]
pub struct TimedRun {
    /// First character of the run.
    pub start: usize,
    /// One past its last character.
    pub end: usize,
    /// When it began, in milliseconds from the start (`None` in a transcript without times).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_ms: Option<u64>,
    /// When it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_ms: Option<u64>,
    /// Who said it (empty when the transcript does not say).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub speaker: String,
}

/// The runs of a transcript, in text order, not overlapping.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "timeline")]
pub struct Timeline {
    /// The recording's address, when known (a video link a report can point to at a time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<String>,
    /// The runs.
    pub runs: Vec<TimedRun>,
}

/// What the timeline says of a span: the time range its runs cover and who said it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SaidAt {
    /// Start of the first run, in milliseconds.
    pub from_ms: Option<u64>,
    /// End of the last run.
    pub to_ms: Option<u64>,
    /// The speakers of its runs, in order, each once.
    pub speakers: Vec<String>,
}

impl Timeline {
    /// When and by whom `span` was said; `None` when no run overlaps it.
    pub fn said_at(&self, span: Span) -> Option<SaidAt> {
        let mut said: Option<SaidAt> = None;
        for run in super::runs::touched(&self.runs, span, |r| (r.start, r.end)) {
            let said = said.get_or_insert_with(SaidAt::default);
            said.from_ms = said.from_ms.or(run.from_ms);
            said.to_ms = run.to_ms.or(said.to_ms);
            if !run.speaker.is_empty() && !said.speakers.contains(&run.speaker) {
                said.speakers.push(run.speaker.clone());
            }
        }
        said
    }

    /// What is wrong with the runs against a text of `char_len` characters, if anything.
    pub fn problem(&self, char_len: usize) -> Option<String> {
        let bounds = self.runs.iter().map(|r| (r.start, r.end));
        if let Some(problem) = super::runs::placement_problem(bounds, char_len, "timed run") {
            return Some(problem);
        }
        self.runs
            .iter()
            .enumerate()
            .find_map(|(i, run)| match (run.from_ms, run.to_ms) {
                (Some(from), Some(to)) if from > to => Some(format!(
                    "timed run {} ends ({}) before it begins ({})",
                    i + 1,
                    clock(to),
                    clock(from)
                )),
                _ => None,
            })
    }
}

/// The address of `media` at `ms` from its start: YouTube's `t=` parameter for a YouTube
/// video, a Media Fragments `#t=` (seconds) for any other recording.
pub fn media_at(media: &str, ms: u64) -> String {
    let seconds = ms / 1000;
    let youtube = ["youtube.com/", "youtu.be/", "youtube-nocookie.com/"]
        .iter()
        .any(|host| media.contains(host));
    let base = media.split('#').next().unwrap_or(media);
    if youtube {
        let separator = if base.contains('?') { '&' } else { '?' };
        format!("{base}{separator}t={seconds}s")
    } else {
        format!("{base}#t={seconds}")
    }
}

/// The YouTube video a subtitle file was downloaded for, from the video id yt-dlp puts in
/// its file names (`Debate night [dQw4w9WgXcQ].en.vtt`).
pub fn youtube_video_of(file_name: &str) -> Option<String> {
    let open = file_name.rfind('[')?;
    let rest = file_name.get(open + 1..)?;
    let close = rest.find(']')?;
    let id = rest.get(..close)?;
    let is_id = id.len() == 11
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    is_id.then(|| format!("https://www.youtube.com/watch?v={id}"))
}

/// A time as a checker writes it: "00:12:34" (hours always shown, as in transcripts).
pub fn clock(ms: u64) -> String {
    let seconds = ms / 1000;
    format!(
        "{:02}:{:02}:{:02}",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

#[cfg(test)]
mod test {
    use super::*;

    fn run(start: usize, end: usize, from: u64, to: u64, speaker: &str) -> TimedRun {
        TimedRun {
            start,
            end,
            from_ms: Some(from),
            to_ms: Some(to),
            speaker: speaker.to_owned(),
        }
    }

    #[test]
    fn a_span_over_two_runs_has_both_times_and_speakers() {
        let timeline = Timeline {
            media: None,
            runs: vec![
                run(0, 10, 1_000, 4_000, "ANA"),
                run(11, 20, 4_500, 9_000, "ANA"),
                run(21, 30, 9_500, 12_000, "BEN"),
            ],
        };
        let said = timeline.said_at(Span::new(5, 25)).unwrap();
        assert_eq!(said.from_ms, Some(1_000));
        assert_eq!(said.to_ms, Some(12_000));
        assert_eq!(said.speakers, vec!["ANA", "BEN"]);
        let inside = timeline.said_at(Span::new(12, 14)).unwrap();
        assert_eq!((inside.from_ms, inside.to_ms), (Some(4_500), Some(9_000)));
        assert_eq!(timeline.said_at(Span::new(40, 45)), None);
        assert_eq!(
            timeline.said_at(Span::new(10, 11)),
            None,
            "the gap between runs"
        );
    }

    #[test]
    fn bad_runs_are_named() {
        let mut timeline = Timeline {
            media: None,
            runs: vec![run(0, 10, 5_000, 1_000, "")],
        };
        assert!(timeline.problem(20).unwrap().contains("ends (00:00:01)"));
        timeline.runs = vec![run(0, 30, 0, 1, "")];
        assert!(timeline.problem(20).unwrap().contains("outside the text"));
        timeline.runs = vec![run(0, 10, 0, 1, ""), run(5, 12, 1, 2, "")];
        assert!(
            timeline
                .problem(20)
                .unwrap()
                .contains("before the previous one ends")
        );
        timeline.runs = vec![run(0, 10, 0, 1, ""), run(10, 12, 1, 2, "")];
        assert_eq!(timeline.problem(20), None);
    }

    #[test]
    fn a_recording_is_addressed_at_a_time() {
        let youtube = youtube_video_of("Debate night [dQw4w9WgXcQ].en.vtt").unwrap();
        assert_eq!(youtube, "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assert_eq!(
            media_at(&youtube, 754_900),
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=754s"
        );
        assert_eq!(
            media_at("https://youtu.be/dQw4w9WgXcQ", 5_000),
            "https://youtu.be/dQw4w9WgXcQ?t=5s"
        );
        assert_eq!(
            media_at("https://media.example/debate.mp4", 754_000),
            "https://media.example/debate.mp4#t=754"
        );
        assert_eq!(youtube_video_of("debate [draft].vtt"), None);
        assert_eq!(youtube_video_of("debate.vtt"), None);
    }

    #[test]
    fn times_read_like_a_transcript() {
        assert_eq!(clock(754_321), "00:12:34");
        assert_eq!(clock(3 * 3_600_000 + 5_000), "03:00:05");
    }
}
