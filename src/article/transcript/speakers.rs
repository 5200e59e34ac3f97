//! Transcripts that name their speakers but give no times: lines that start with a speaker
//! label (`SEN. ALVAREZ: …`, `MODERATOR (HOLT): …`), and CheckThat!'s tab-separated debates
//! (`line number, speaker, text[, label]`).

use super::Cue;

/// The speaker label a line starts with, and the rest of the line: an upper-case label (or a
/// short capitalized name) of at most five words, then a colon and a space.
fn labelled(line: &str) -> Option<(&str, &str)> {
    let (label, rest) = line.split_once(": ")?;
    let label = label.trim();
    let words = label.split_whitespace().count();
    if label.is_empty() || words > 5 || label.chars().count() > 48 || rest.trim().is_empty() {
        return None;
    }
    let first = label.chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    let allowed = |c: char| c.is_alphabetic() || " .'’-()".contains(c);
    if !label.chars().all(allowed) {
        return None;
    }
    let shouting = !label.chars().any(char::is_lowercase);
    let name_like = words <= 3
        && label
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    (shouting || name_like).then_some((label, rest.trim()))
}

/// A plain transcript's cues, one per speaker turn, when most of its paragraphs start with a
/// speaker label (at least three, by at least two speakers); `None` for any other text.
pub fn read_speaker_lines(text: &str) -> Option<Vec<Cue>> {
    let paragraphs: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let labelled_count = paragraphs.iter().filter(|l| labelled(l).is_some()).count();
    let mut speakers: Vec<&str> = paragraphs
        .iter()
        .filter_map(|l| labelled(l).map(|(s, _)| s))
        .collect();
    speakers.sort_unstable();
    speakers.dedup();
    if labelled_count < 3 || speakers.len() < 2 || labelled_count * 2 < paragraphs.len() {
        return None;
    }
    let mut cues: Vec<Cue> = Vec::new();
    for line in paragraphs {
        match labelled(line) {
            Some((speaker, words)) => cues.push(Cue {
                speaker: speaker.to_owned(),
                lines: vec![words.to_owned()],
                ..Cue::default()
            }),
            // A paragraph without a label goes on with the same speaker.
            None => match cues.last_mut() {
                Some(cue) => cue.lines.push(line.trim().to_owned()),
                None => cues.push(Cue {
                    lines: vec![line.trim().to_owned()],
                    ..Cue::default()
                }),
            },
        }
    }
    Some(cues)
}

/// The cues of a tab-separated debate (a header line, if any, is skipped), and how many lines
/// could not be read.
pub fn read_tsv(text: &str) -> (Vec<Cue>, usize) {
    let mut cues: Vec<Cue> = Vec::new();
    let mut skipped = 0;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let columns: Vec<&str> = line.split('\t').collect();
        let (Some(number), Some(speaker), Some(words)) =
            (columns.first(), columns.get(1), columns.get(2))
        else {
            skipped += 1;
            continue;
        };
        if number.trim().parse::<u64>().is_err() {
            if i > 0 {
                skipped += 1;
            }
            continue;
        }
        let words = words.trim();
        if words.is_empty() {
            continue;
        }
        let speaker = speaker.trim();
        match cues.last_mut() {
            Some(cue) if cue.speaker == speaker => cue.lines.push(words.to_owned()),
            _ => cues.push(Cue {
                speaker: speaker.to_owned(),
                lines: vec![words.to_owned()],
                ..Cue::default()
            }),
        }
    }
    (cues, skipped)
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn labels_that_are_speakers_and_ones_that_are_not() {
        assert_eq!(
            labelled("MODERATOR (HOLT): Good evening."),
            Some(("MODERATOR (HOLT)", "Good evening."))
        );
        assert_eq!(
            labelled("Sen. Alvarez: We cut taxes."),
            Some(("Sen. Alvarez", "We cut taxes."))
        );
        assert_eq!(
            labelled("Note: the figures are from 2020."),
            Some(("Note", "the figures are from 2020."))
        );
        assert_eq!(labelled("The council said this: taxes rose."), None);
        assert_eq!(labelled("At 10:30 the vote began."), None);
    }

    #[test]
    fn an_article_is_not_a_transcript() {
        let article = "City council approves bonds\n\nThe council voted 31–4.\n\nNote: figures are provisional.";
        assert_eq!(read_speaker_lines(article), None);
    }

    #[test]
    fn turns_go_on_until_the_next_label() {
        let debate = "HOLT: Good evening.\nCLINTON: Thank you, Lester.\nWe created 15 million jobs.\nTRUMP: Our jobs are fleeing.\n";
        let cues = read_speaker_lines(debate).unwrap();
        assert_eq!(cues.len(), 3);
        assert_eq!(cues[1].speaker, "CLINTON");
        assert_eq!(
            cues[1].lines,
            vec!["Thank you, Lester.", "We created 15 million jobs."]
        );
    }

    #[test]
    fn a_checkthat_debate_joins_a_speakers_lines() {
        let tsv = "line_number\tspeaker\ttext\tlabel\n1\tHOLT\tGood evening.\t0\n2\tCLINTON\tThank you.\t0\n3\tCLINTON\tWe created 15 million jobs.\t1\nbroken line\n";
        let (cues, skipped) = read_tsv(tsv);
        assert_eq!(cues.len(), 2);
        assert_eq!(cues[1].lines.len(), 2);
        assert_eq!(skipped, 1);
    }
}
