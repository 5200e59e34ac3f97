//! SubRip and WebVTT cues: timing lines, WebVTT's header, notes, styles and regions, voice tags
//! (`<v Speaker>`), inline word timings and classes (`<00:00:01.234><c>`), and entities.

use super::Cue;

/// Milliseconds of `HH:MM:SS,mmm`, `HH:MM:SS.mmm` or `MM:SS.mmm`.
fn timestamp(text: &str) -> Option<u64> {
    let text = text.trim();
    let (clock, fraction) = text.rsplit_once([',', '.'])?;
    if fraction.len() != 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let parts: Vec<&str> = clock.split(':').collect();
    let number = |s: &str| -> Option<u64> {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    // Minutes and seconds are two digits each (WebVTT's "collect a timestamp"); hours any.
    let two = |s: &str| if s.len() == 2 { number(s) } else { None };
    let (h, m, s) = match parts.as_slice() {
        [h, m, s] => (number(h)?, two(m)?, two(s)?),
        [m, s] => (0, two(m)?, two(s)?),
        _ => return None,
    };
    if m >= 60 || s >= 60 {
        return None;
    }
    Some(((h * 60 + m) * 60 + s) * 1000 + number(fraction)?)
}

/// (start, end) of a timing line `A --> B [settings]` (settings may follow B without a space).
fn timing(line: &str) -> Option<(u64, u64)> {
    let (from, rest) = line.split_once("-->")?;
    let rest = rest.trim_start();
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, ':' | '.' | ',')))
        .unwrap_or(rest.len());
    let to = rest.get(..end)?;
    let (from, to) = (timestamp(from)?, timestamp(to)?);
    (from <= to).then_some((from, to))
}

/// Decodes the few entities captions use.
fn entities(text: &str) -> String {
    text.replace("&nbsp;", "\u{a0}")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lrm;", "\u{200e}")
        .replace("&rlm;", "\u{200f}")
        .replace("&amp;", "&")
}

/// A cue line without its tags; the voice of a `<v Name>` tag, if any.
fn untagged(line: &str) -> (String, Option<String>) {
    let mut out = String::new();
    let mut voice = None;
    let mut rest = line;
    while let Some(open) = rest.find('<') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open + 1..).unwrap_or_default();
        let Some(close) = after.find('>') else {
            // A lone "<" is text.
            out.push('<');
            rest = after;
            continue;
        };
        let tag = after.get(..close).unwrap_or_default();
        // A voice tag: `<v Name>` or, with classes, `<v.loud Name>`.
        if (tag.starts_with("v ") || tag.starts_with("v."))
            && let Some((_, name)) = tag.split_once(' ')
        {
            voice = Some(name.trim().to_owned());
        }
        rest = after.get(close + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    (entities(&out).trim().to_owned(), voice)
}

/// The cues of one file's blocks (separated by blank lines). A timing line starts a cue (a
/// line before it is the cue's identifier); the lines after it, up to the next timing line,
/// are its words. A block with no timing line, or with lines before its first timing line
/// other than one identifier, is not a cue. A line with `-->` that is not a timing line ends
/// the cue before it, and the rest of its block is not read (as WebVTT's parser does).
fn cues_of(blocks: &[Vec<&str>]) -> (Vec<Cue>, usize) {
    let mut cues: Vec<Cue> = Vec::new();
    let mut skipped = 0;
    for block in blocks {
        let mut current: Option<Cue> = None;
        let mut before = 0;
        let mut broken = false;
        for line in block {
            if line.contains("-->") && timing(line).is_none() {
                broken = true;
                break;
            }
            if let Some((from, to)) = timing(line) {
                cues.extend(current.take());
                current = Some(Cue {
                    from_ms: Some(from),
                    to_ms: Some(to),
                    ..Cue::default()
                });
                continue;
            }
            match current.as_mut() {
                Some(cue) => {
                    let (words, voice) = untagged(line);
                    if let Some(voice) = voice {
                        cue.speaker = voice;
                    }
                    if !words.is_empty() {
                        cue.lines.push(words);
                    }
                }
                None => before += 1,
            }
        }
        match current {
            Some(cue) if before <= 1 && !broken => cues.push(cue),
            Some(cue) => {
                cues.push(cue);
                skipped += 1;
            }
            None => skipped += 1,
        }
    }
    (cues, skipped)
}

fn blocks(text: &str) -> Vec<Vec<&str>> {
    let mut blocks = Vec::new();
    let mut current = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    blocks
}

/// The cues of a SubRip file, and how many blocks were not cues.
pub fn read_srt(text: &str) -> (Vec<Cue>, usize) {
    cues_of(&blocks(text))
}

/// The cues of a WebVTT file (its header, notes, styles and regions left out), and how many
/// blocks were not cues.
pub fn read_vtt(text: &str) -> (Vec<Cue>, usize) {
    let all = blocks(text.trim_start_matches('\u{feff}'));
    let body: Vec<Vec<&str>> = all
        .into_iter()
        .enumerate()
        .filter(|(i, block)| {
            let first = block.first().copied().unwrap_or_default();
            let header = *i == 0 && first.starts_with("WEBVTT");
            let aside = ["NOTE", "STYLE", "REGION"]
                .iter()
                .any(|word| first == *word || first.starts_with(&format!("{word} ")));
            !header && (!aside || first.contains("-->"))
        })
        .map(|(_, block)| block)
        .collect();
    cues_of(&body)
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn timestamps_of_both_formats() {
        assert_eq!(timestamp("01:02:03,456"), Some(3_723_456));
        assert_eq!(timestamp("02:03.456"), Some(123_456));
        assert_eq!(timestamp("00:61:00.000"), None);
        assert_eq!(timestamp("1:2"), None);
        assert_eq!(
            timing("00:00:01.000 --> 00:00:02.500 align:start position:0%"),
            Some((1000, 2500))
        );
        assert_eq!(timing("00:00:03.000 --> 00:00:02.000"), None);
    }

    #[test]
    fn voices_and_word_timings_leave_the_words() {
        assert_eq!(
            untagged("<v Roger Bingham>We are in New York City"),
            (
                "We are in New York City".to_owned(),
                Some("Roger Bingham".to_owned())
            )
        );
        assert_eq!(
            untagged("so<00:00:01.234><c> this</c><00:00:01.500><c> is</c> &amp; 3 &lt; 4").0,
            "so this is & 3 < 4"
        );
        assert_eq!(
            untagged("<v.loud Esme>It’s a blue apple tree!")
                .1
                .as_deref(),
            Some("Esme")
        );
    }

    #[test]
    fn a_malformed_cue_is_skipped_and_counted() {
        let srt = "1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n2\nnot a time\nLost.\n\n3\n00:00:03,000 --> 00:00:04,000\nBye.\n";
        let (cues, skipped) = read_srt(srt);
        assert_eq!(cues.len(), 2);
        assert_eq!(skipped, 1);
        assert_eq!(cues[1].lines, vec!["Bye."]);
    }

    #[test]
    fn a_vtt_header_note_and_style_are_not_cues() {
        let vtt = "WEBVTT - a title\nKind: captions\n\nNOTE a comment\n\nSTYLE\n::cue { color: red }\n\nintro\n00:01.000 --> 00:02.000\n<v Ana>Hi.\n";
        let (cues, skipped) = read_vtt(vtt);
        assert_eq!(skipped, 0);
        assert_eq!(cues.len(), 1);
        assert_eq!(cues[0].speaker, "Ana");
        assert_eq!(cues[0].from_ms, Some(1000));
    }
}
