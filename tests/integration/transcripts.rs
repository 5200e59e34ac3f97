//! Transcripts that other tools' test suites ship, opened as articles: each opens with its
//! times (and speakers where it has them) or is refused with one sentence; the counts and
//! texts webvtt-py's own tests expect of its files are what claimmark reads too. Files in
//! `tests/fixtures/transcripts/webvtt-py/` come from glut23/webvtt-py (MIT, its LICENSE beside
//! them), `tests/subtitles/` at commit 2f78325d96f260540fe4ba729d3624daaf3f9be6.

use claimmark::article::transcript::{read_srt, read_vtt};
use claimmark::article::{ArticleNotice, read_article};
use claimmark::model::Span;

use super::util::{claimmark, fixture};

/// The article with "Unemployment fell by half since 2020" tagged as a claim rated Mostly
/// false, and a function giving its report in a format.
fn claim_rated_in(
    article: claimmark::article::Article,
) -> (
    claimmark::session::Session,
    impl Fn(claimmark::interop::Format) -> String,
) {
    use claimmark::interop::export;
    use claimmark::model::{AnnotationSet, RatingScale, Tag};
    use claimmark::session::Session;
    let mut session = Session::new(article.document, AnnotationSet::new(), None);
    session.reviewer = "Ana".to_owned();
    let text = session.document().text().to_owned();
    let start = text[..text.find("Unemployment").unwrap()].chars().count();
    let claim = session
        .tag(
            Span::new(start, start + 37),
            Tag::Claim,
            "2026-12-07T10:00:00Z",
        )
        .unwrap();
    session
        .edit(claim, "review", None, "2026-12-07T10:05:00Z", |a| {
            a.review.verdict = Some("Mostly false".to_owned());
        })
        .unwrap();
    let copy = session.clone();
    let report = move |format| {
        let scale = RatingScale::default();
        let out = export(format, copy.document(), copy.annotations(), &scale).unwrap();
        out.files[0].content.clone()
    };
    (session, report)
}

/// The first review of a ClaimReview export.
fn first_review(json: &str) -> serde_json::Value {
    let review: serde_json::Value = serde_json::from_str(json).unwrap();
    if review.is_array() {
        review[0].clone()
    } else {
        review
    }
}

fn webvtt_py(name: &str) -> Vec<u8> {
    std::fs::read(fixture(&format!("transcripts/webvtt-py/{name}"))).unwrap()
}

fn text(name: &str) -> String {
    String::from_utf8(webvtt_py(name)).unwrap()
}

#[test]
fn webvtt_pys_files_read_as_its_tests_expect() {
    // test_webvtt_total_length: 16 captions, 64 whole seconds (its seconds are whole).
    let (cues, skipped) = read_vtt(&text("sample.vtt"));
    assert_eq!((cues.len(), skipped), (16, 0));
    assert_eq!(cues.last().unwrap().to_ms.unwrap() / 1000, 64);
    assert_eq!(
        cues[2].from_ms,
        Some(11_890),
        "test_webvtt_timestamps_format"
    );
    assert_eq!(
        read_vtt(&text("comments.vtt")).0.len(),
        3,
        "test_parse_with_comments"
    );
    assert_eq!(
        read_vtt(&text("comments.vtt")).0[0].lines,
        vec!["- Ta en kopp varmt te.", "- Det är inte varmt."]
    );
    assert_eq!(
        read_vtt(&text("styles.vtt")).0.len(),
        1,
        "test_parse_styles"
    );
    assert_eq!(read_vtt(&text("metadata_headers.vtt")).0.len(), 2);
    assert_eq!(read_vtt(&text("metadata_headers_multiline.vtt")).0.len(), 2);
    assert_eq!(read_vtt(&text("using_identifiers.vtt")).0.len(), 6);
    let tags = read_vtt(&text("cue_tags.vtt")).0;
    assert_eq!(tags[1].lines.join("\n"), "Like a big-a pizza pie");
    assert_eq!(tags[2].lines.join("\n"), "That's amore");
    let netflix = read_vtt(&text("netflix_chicas_del_cable.vtt")).0;
    assert_eq!(netflix[0].lines.join("\n"), "[Alba] En 1928,");
    assert_eq!(
        netflix[netflix.len() - 2].lines.join("\n"),
        "Diez años no son suficientes\npara olvidarte..."
    );
    // test_webvtt_parse_invalid_timeframe_in_cue_text: 4 captions, the second empty.
    let (cues, _) = read_vtt(&text("invalid_timeframe_in_cue_text.vtt"));
    assert_eq!(cues.len(), 4);
    assert!(cues[1].lines.is_empty());
    // The SubRip sample has the same five first captions.
    let (srt, skipped) = read_srt(&text("sample.srt"));
    assert_eq!((srt.len(), skipped), (5, 0));
    assert_eq!(srt[2].from_ms, Some(11_890));
}

#[test]
fn youtubes_rolling_captions_read_once_with_word_timings_gone() {
    let article = read_article(&webvtt_py("youtube_dl.vtt"), "youtube_dl.vtt").unwrap();
    let text = article.document.text();
    // test_can_parse_youtube_dl_files: the third caption reads "this will happen is I'm telling".
    assert!(
        text.contains("yeah what this will happen is I'm telling"),
        "{text}"
    );
    assert_eq!(text.matches("this will happen").count(), 1, "{text}");
    assert!(!text.contains("<c") && !text.contains("00:05"), "{text}");
    let timeline = article.document.timeline().unwrap();
    let at = text.find("telling").unwrap();
    let at = text[..at].chars().count();
    let said = timeline.said_at(Span::new(at, at + 7)).unwrap();
    assert_eq!(said.from_ms, Some(5 * 60_000 + 4_080));
}

#[test]
fn every_file_opens_or_is_refused_in_a_sentence_and_none_crashes() {
    let folder = fixture("transcripts/webvtt-py");
    let mut opened = 0;
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name == "LICENSE" {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        match read_article(&bytes, &name) {
            Ok(article) => {
                opened += 1;
                let Some(timeline) = article.document.timeline() else {
                    panic!("{name}: no timeline");
                };
                assert_eq!(
                    timeline.problem(article.document.char_len()),
                    None,
                    "{name}"
                );
                assert!(
                    article
                        .notices
                        .iter()
                        .any(|n| matches!(n, ArticleNotice::Transcript { .. })),
                    "{name}"
                );
            }
            Err(error) => panic!("{name}: {error}"),
        }
    }
    assert!(opened >= 25, "{opened}");
    // A malformed cue is left out and counted, in one sentence.
    let broken = read_article(&webvtt_py("missing_timeframe.srt"), "x.srt").unwrap();
    let said: Vec<String> = broken.notices.iter().map(ToString::to_string).collect();
    assert!(
        said.iter()
            .any(|s| s.contains("1 malformed cue(s) could not be read and were left out")),
        "{said:?}"
    );
}

#[test]
fn subtitles_in_utf16_and_windows_1252_open_like_utf8() {
    // webvtt-py's sample.srt with accents added, re-encoded as other subtitle tools save it.
    let sample = text("sample.srt").replace("Caption text #1", "Café déjà vu #1");
    let utf8 = read_article(sample.as_bytes(), "s.srt").unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in sample.encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(&sample);
    for bytes in [utf16, latin.into_owned()] {
        let other = read_article(&bytes, "s.srt").unwrap();
        assert_eq!(other.document.text(), utf8.document.text());
        assert_eq!(other.document.timeline(), utf8.document.timeline());
    }
    assert!(utf8.document.text().starts_with("Café déjà vu #1"));
}

#[test]
fn claimmark_new_makes_a_transcript_file_that_keeps_its_times() {
    let dir = tempfile::tempdir().unwrap();
    let vtt = dir.path().join("debate.vtt");
    std::fs::write(
        &vtt,
        "WEBVTT\n\n00:12:34.000 --> 00:12:38.500\n<v SEN. ALVAREZ>Unemployment fell by half \
         since 2020.\n\n00:12:39.000 --> 00:12:41.000\n<v MODERATOR>Thank you, senator.\n\n\
         00:12:42.000 --> nonsense\nLost words.\n",
    )
    .unwrap();
    let ron = dir.path().join("debate.ron");
    let made = claimmark().arg("new").arg(&vtt).arg("-o").arg(&ron).run();
    let said =
        String::from_utf8_lossy(&made.stdout).into_owned() + &String::from_utf8_lossy(&made.stderr);
    assert!(said.contains("malformed"), "{said}");
    let file = std::fs::read_to_string(&ron).unwrap();
    assert!(file.contains("version: 4,"), "{file}");
    assert!(file.contains("from_ms: Some(754000)"), "{file}");
    let text = claimmark().args(["export", "-f", "text"]).arg(&ron).run();
    assert_eq!(
        String::from_utf8_lossy(&text.stdout),
        "SEN. ALVAREZ: Unemployment fell by half since 2020.\n\nMODERATOR: Thank you, senator."
    );
    claimmark().arg("check").arg(&ron).run();
}

#[test]
fn a_claim_in_a_transcript_knows_when_and_by_whom_it_was_said_in_every_report() {
    use claimmark::interop::Format;
    let vtt = "WEBVTT\n\n00:12:34.000 --> 00:12:38.500\n<v SEN. ALVAREZ>Unemployment fell by half \
               since 2020.\n\n00:12:39.000 --> 00:12:41.000\n<v MODERATOR>Thank you, senator.\n";
    let (session, report) = claim_rated_in(read_article(vtt.as_bytes(), "debate.vtt").unwrap());
    let claim = session.annotations().in_order().next().unwrap();
    assert_eq!(
        claim.review.claimant, "SEN. ALVAREZ",
        "the claimant comes from the speaker"
    );
    let said = "said 00:12:34–00:12:38 by SEN. ALVAREZ";
    assert!(report(Format::Html).contains(said));
    assert!(report(Format::Markdown).contains(said));
    // ClaimReview: the claim appeared in a clip of the recording, from 754 s to 759 s.
    let review = first_review(&report(Format::Claimreview));
    let appearance = &review["itemReviewed"]["appearance"];
    assert_eq!(appearance["@type"], "Clip", "{review:#}");
    assert_eq!(appearance["startOffset"], 754);
    assert_eq!(appearance["endOffset"], 759);
    assert_eq!(review["itemReviewed"]["author"]["name"], "SEN. ALVAREZ");
    let csv = report(Format::Csv);
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let headers = rows.headers().unwrap().clone();
    let row = rows.records().next().unwrap().unwrap();
    let cell = |name: &str| row[headers.iter().position(|h| h == name).unwrap()].to_owned();
    assert_eq!(
        (cell("said_from"), cell("said_to"), cell("said_by")),
        (
            "00:12:34".to_owned(),
            "00:12:38".to_owned(),
            "SEN. ALVAREZ".to_owned()
        )
    );
}

#[test]
fn a_claim_links_to_its_recording_at_the_time_it_was_said() {
    use claimmark::interop::Format;
    let vtt = "WEBVTT\n\n00:12:34.000 --> 00:12:38.500\n<v SEN. ALVAREZ>Unemployment fell by half \
               since 2020.\n";
    // yt-dlp names the subtitles it saves after the video: "Title [VIDEO-ID].en.vtt".
    let article = read_article(vtt.as_bytes(), "Debate night [dQw4w9WgXcQ].en.vtt").unwrap();
    let media = article.document.timeline().unwrap().media.clone();
    assert_eq!(
        media.as_deref(),
        Some("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    );
    let (_, report) = claim_rated_in(article);
    let at = "https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=754s";
    assert!(
        report(Format::Html).contains(at),
        "{}",
        report(Format::Html)
    );
    assert!(report(Format::Markdown).contains("watch?v=dQw4w9WgXcQ&t=754s"));
    let review = first_review(&report(Format::Claimreview));
    assert_eq!(
        review["itemReviewed"]["appearance"]["url"],
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=754s"
    );
}

#[test]
fn the_command_line_records_a_transcripts_recording() {
    let dir = tempfile::tempdir().unwrap();
    let vtt = dir.path().join("debate.vtt");
    std::fs::write(
        &vtt,
        "WEBVTT\n\n00:00:05.000 --> 00:00:09.000\n<v ANA>Taxes went down.\n",
    )
    .unwrap();
    let ron = dir.path().join("debate.ron");
    claimmark()
        .arg("new")
        .arg(&vtt)
        .arg("-o")
        .arg(&ron)
        .args(["--media", "https://media.example/debate.mp4"])
        .run();
    let file = std::fs::read_to_string(&ron).unwrap();
    assert!(
        file.contains("media: Some(\"https://media.example/debate.mp4\")"),
        "{file}"
    );
    let text = dir.path().join("plain.txt");
    std::fs::write(&text, "Not a transcript.").unwrap();
    let refused = claimmark()
        .arg("new")
        .arg(&text)
        .args(["--media", "https://media.example/debate.mp4"])
        .expect_code(2);
    assert!(String::from_utf8_lossy(&refused.stdout).contains("--media is for transcripts"));
}

/// vtt.js's parser tests: each `.vtt` beside the `.json` of the cues vtt.js reads from it.
/// Files in `tests/fixtures/transcripts/vtt.js/` come from mozilla/vtt.js (Apache-2.0, its
/// LICENSE beside them), `tests/` at commit 42ca104e8845bfc4485e8579d62cac6feaa00de9.
#[test]
fn vtt_jss_files_give_the_cues_its_tests_expect() {
    fn walk(folder: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "vtt") {
                found.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&fixture("transcripts/vtt.js"), &mut files);
    files.sort();
    assert!(files.len() > 100);
    let mut differ = Vec::new();
    for vtt in &files {
        let expected: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(vtt.with_extension("json")).unwrap())
                .unwrap();
        let expected: Vec<(u64, u64)> = expected["cues"]
            .as_array()
            .unwrap()
            .iter()
            // Cues with no text are no words in a transcript.
            .filter(|c| !c["text"].as_str().unwrap_or_default().trim().is_empty())
            .map(|c| {
                let ms = |key: &str| (c[key].as_f64().unwrap() * 1000.0).round() as u64;
                (ms("startTime"), ms("endTime"))
            })
            .collect();
        let bytes = std::fs::read(vtt).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let (cues, _) = read_vtt(&text);
        let got: Vec<(u64, u64)> = cues
            .iter()
            .filter(|c| !c.lines.join("").trim().is_empty())
            .map(|c| (c.from_ms.unwrap_or(0), c.to_ms.unwrap_or(0)))
            .collect();
        if got != expected {
            differ.push(format!(
                "{}: {got:?} vs {expected:?}",
                vtt.strip_prefix(fixture("transcripts/vtt.js"))
                    .unwrap()
                    .display()
            ));
        }
        // Whatever the file, opening it gives an article or one sentence.
        match read_article(&bytes, "t.vtt") {
            Ok(article) => {
                let timeline = article.document.timeline();
                assert!(timeline.is_none_or(|t| t.problem(article.document.char_len()).is_none()));
            }
            Err(error) => assert!(!error.to_string().contains('\n')),
        }
    }
    // Where claimmark follows the WebVTT specification and vtt.js does not: a timestamp whose
    // first part is hours ("000:00.000", "120:00.000") needs seconds after a second colon
    // ("collect a WebVTT timestamp", step 12; mozilla/vtt.js#345); and a start tag without its
    // ">" takes the words after it into the tag, so the cue shows no words (vtt.js's JSON keeps
    // the raw text).
    let known = [
        "cue-times/min-top-digits.vtt",
        "cue-times/minimum-spots-over-sixty.vtt",
        "cuetext/tag-format/start-tag-missing-gt.vtt",
    ];
    differ.retain(|d| !known.iter().any(|k| d.starts_with(k)));
    assert!(
        differ.is_empty(),
        "{} of {}:\n{}",
        differ.len(),
        files.len(),
        differ.join("\n")
    );
}
