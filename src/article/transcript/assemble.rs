//! Cues into a readable transcript: rolling repeats removed (automatic captions show each line
//! twice, the second time above the next), cues of one speaker joined into a paragraph that
//! starts with the speaker's name, a new paragraph at each change of speaker (or, without
//! speakers, after a pause at the end of a sentence), each cue's words one timed run.

use super::{Cue, Transcript};
use crate::model::{TimedRun, Timeline};

/// A pause after which, at the end of a sentence, a transcript without speakers starts a new
/// paragraph.
const PARAGRAPH_PAUSE_MS: u64 = 2_000;
/// Lines remembered to drop rolling repeats.
const REMEMBERED_LINES: usize = 3;

/// The readable transcript of `cues`.
pub fn assemble(cues: &[Cue]) -> Transcript {
    let mut text = String::new();
    let mut length = 0usize;
    let mut runs: Vec<TimedRun> = Vec::new();
    let mut recent: Vec<String> = Vec::new();
    let mut speaker: Option<&str> = None;
    let mut last_end: Option<u64> = None;
    let push = |text: &mut String, length: &mut usize, words: &str| {
        text.push_str(words);
        *length += words.chars().count();
    };
    for cue in cues {
        let mut words: Vec<String> = Vec::new();
        for line in &cue.lines {
            let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
            if line.is_empty() || recent.contains(&line) {
                continue;
            }
            // A line that goes on from the last one shown adds only its new words.
            let new = recent
                .last()
                .and_then(|last| line.strip_prefix(last.as_str()))
                .filter(|rest| rest.starts_with(' '))
                .map_or(line.as_str(), str::trim);
            words.push(new.to_owned());
            recent.push(line.clone());
            if recent.len() > REMEMBERED_LINES {
                recent.remove(0);
            }
        }
        let words = words.join(" ");
        if words.is_empty() {
            continue;
        }
        let new_speaker = !cue.speaker.is_empty() && speaker != Some(cue.speaker.as_str());
        let paused = cue.speaker.is_empty()
            && matches!((last_end, cue.from_ms), (Some(end), Some(from)) if from >= end + PARAGRAPH_PAUSE_MS)
            && text.trim_end().ends_with(['.', '!', '?', '…', '؟', '。']);
        if text.is_empty() {
        } else if new_speaker || paused {
            push(&mut text, &mut length, "\n\n");
        } else {
            push(&mut text, &mut length, " ");
        }
        if new_speaker {
            speaker = Some(cue.speaker.as_str());
            push(&mut text, &mut length, &format!("{}: ", cue.speaker));
        }
        let start = length;
        push(&mut text, &mut length, &words);
        runs.push(TimedRun {
            start,
            end: length,
            from_ms: cue.from_ms,
            to_ms: cue.to_ms,
            speaker: cue.speaker.clone(),
        });
        last_end = cue.to_ms.or(last_end);
    }
    Transcript {
        text,
        timeline: Timeline { media: None, runs },
        skipped: 0,
    }
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::model::Span;

    fn cue(from: u64, to: u64, speaker: &str, lines: &[&str]) -> Cue {
        Cue {
            from_ms: Some(from),
            to_ms: Some(to),
            speaker: speaker.to_owned(),
            lines: lines.iter().map(|l| (*l).to_owned()).collect(),
        }
    }

    #[test]
    fn rolling_captions_say_each_line_once() {
        // As YouTube's automatic captions come: each line again above the next one.
        let cues = [
            cue(0, 2_000, "", &["we cut taxes for"]),
            cue(2_000, 2_010, "", &["we cut taxes for"]),
            cue(
                2_010,
                4_000,
                "",
                &["we cut taxes for", "every family in the state"],
            ),
            cue(4_000, 4_010, "", &["every family in the state"]),
            cue(
                4_010,
                6_000,
                "",
                &["every family in the state", "by 12 percent."],
            ),
        ];
        let t = assemble(&cues);
        assert_eq!(
            t.text,
            "we cut taxes for every family in the state by 12 percent."
        );
        assert_eq!(t.timeline.runs.len(), 3);
        let said = t.timeline.said_at(Span::new(49, 59)).unwrap();
        assert_eq!(said.from_ms, Some(4_010));
    }

    #[test]
    fn each_speaker_starts_a_paragraph_with_the_name() {
        let cues = [
            cue(0, 1_000, "HOLT", &["Good evening."]),
            cue(1_000, 2_000, "HOLT", &["Welcome."]),
            cue(2_000, 3_000, "CLINTON", &["Thank you."]),
        ];
        let t = assemble(&cues);
        assert_eq!(
            t.text,
            "HOLT: Good evening. Welcome.\n\nCLINTON: Thank you."
        );
        let clinton = t.text.chars().count() - "Thank you.".chars().count();
        let said = t.timeline.said_at(Span::new(clinton, clinton + 5)).unwrap();
        assert_eq!(said.speakers, vec!["CLINTON"]);
        assert_eq!(t.timeline.problem(t.text.chars().count()), None);
    }

    #[test]
    fn a_pause_after_a_sentence_starts_a_paragraph() {
        let cues = [
            cue(0, 1_000, "", &["First point."]),
            cue(5_000, 6_000, "", &["Second point"]),
            cue(6_100, 7_000, "", &["goes on."]),
        ];
        assert_eq!(
            assemble(&cues).text,
            "First point.\n\nSecond point goes on."
        );
    }
}
