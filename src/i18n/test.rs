//! The catalogs against each other and against the code: every catalog parses with Fluent's
//! own parser and holds exactly the English messages and attributes; the code uses only
//! messages the English catalog has, and the catalog keeps none the code does not use.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_syntax::ast;

use super::*;

/// (message id, attribute) pairs of a catalog, "id" or "id.attribute".
fn entries(language: Language) -> BTreeSet<String> {
    let text = language.catalog();
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{}: {errors:?}", language.code()),
    };
    let mut found = BTreeSet::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let id = message.id.name.to_owned();
            if message.value.is_some() {
                found.insert(id.clone());
            }
            for attribute in message.attributes {
                found.insert(format!("{id}.{}", attribute.id.name));
            }
        }
    }
    found
}

#[test]
fn every_catalog_parses_and_holds_every_english_message() {
    let english = entries(Language::English);
    assert!(english.len() > 300, "{}", english.len());
    for language in Language::ALL {
        let other = entries(language);
        let missing: Vec<&String> = english.difference(&other).collect();
        let extra: Vec<&String> = other.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.code());
        assert!(
            extra.is_empty(),
            "{} has unknown {extra:?}",
            language.code()
        );
    }
}

/// Every source file of the crate, as (path, text).
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                out.push((path.display().to_string(), text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// The message ids a piece of code names: the first string of `tr!(`, `ui_tr!(`, `message(`,
/// `message_in(…,` and `text_of(` (which uses `id` and `id.tooltip`).
fn ids_in(code: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for (marker, tooltip) in [
        ("tr!(", false),
        ("ui_tr!(", false),
        ("message(", false),
        ("text_of(", true),
        ("message_in(", false),
    ] {
        let mut rest = code;
        while let Some(at) = rest.find(marker) {
            let whole_word = rest[..at]
                .chars()
                .last()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            rest = &rest[at + marker.len()..];
            if !whole_word {
                continue;
            }
            let window: String = rest.chars().take(200).collect();
            let Some(open) = window.find('"') else {
                continue;
            };
            let before = &window[..open];
            // Only a literal that starts the arguments (after whitespace or `language, `).
            if !before.trim().is_empty() && !before.trim_end().ends_with(',') {
                continue;
            }
            let after = &window[open + 1..];
            let Some(close) = after.find('"') else {
                continue;
            };
            let id = &after[..close];
            if id.is_empty() || id.contains(' ') || id.contains('{') {
                continue;
            }
            ids.push(id.to_owned());
            if tooltip {
                ids.push(format!("{id}.tooltip"));
            }
        }
    }
    ids
}

#[test]
fn the_code_and_the_catalog_name_the_same_messages() {
    let english = entries(Language::English);
    let mut used = BTreeSet::new();
    for (path, code) in sources() {
        if path.ends_with("i18n/test.rs") || path.ends_with("i18n/mod.rs") {
            continue;
        }
        for id in ids_in(&code) {
            assert!(english.contains(&id), "{path} uses “{id}”, which en lacks");
            used.insert(id);
        }
    }
    let unused: Vec<&String> = english.difference(&used).collect();
    assert!(unused.is_empty(), "nothing uses {unused:?}");
}

#[test]
fn plurals_follow_each_language() {
    let flagged = |language: Language, count: usize| {
        message_in(language, "list-flagged", &[("count", value(count))])
    };
    assert_eq!(
        flagged(Language::English, 1),
        "1 flagged: they do not match the article"
    );
    let arabic: BTreeSet<String> = [0, 1, 2, 3, 11, 100]
        .into_iter()
        .map(|n| message_in(Language::Arabic, "desk-claim-count", &[("count", value(n))]))
        .collect();
    assert_eq!(
        arabic.len(),
        6,
        "zero, one, two, few, many, other: {arabic:?}"
    );
    let french =
        |n: usize| message_in(Language::French, "desk-claim-count", &[("count", value(n))]);
    assert_ne!(french(1), french(2));
    assert_eq!(
        message_in(
            Language::Spanish,
            "tag-count",
            &[("tag", value("claim")), ("count", value(2))]
        ),
        "2 afirmaciones"
    );
}

#[test]
fn missing_messages_fall_back_to_english_and_show_their_id_last() {
    assert_eq!(
        message_in(Language::Spanish, "no-such-message", &[]),
        "no-such-message"
    );
    set_language(Language::Pseudo);
    let pseudo = crate::tr!("cmd-save");
    set_language(Language::English);
    assert!(pseudo.starts_with('[') && pseudo.contains('~'), "{pseudo}");
    assert_eq!(crate::tr!("cmd-save"), "Save");
}

#[test]
fn locales_name_languages() {
    assert_eq!(
        Language::from_locale("es_ES.UTF-8"),
        Some(Language::Spanish)
    );
    assert_eq!(
        Language::from_locale("pt_PT"),
        Some(Language::PortugueseBrazil)
    );
    assert_eq!(Language::from_locale("ar-EG"), Some(Language::Arabic));
    assert_eq!(Language::from_locale("fr-CA"), Some(Language::French));
    assert_eq!(Language::from_locale("de_DE.UTF-8"), None);
    assert_eq!(Language::from_locale("en-XA"), Some(Language::Pseudo));
    assert!(Language::Arabic.is_rtl() && !Language::French.is_rtl());
}
