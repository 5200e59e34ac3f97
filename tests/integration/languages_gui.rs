//! The interface in the checker's own language, driven through egui_kittest: a Spanish and an
//! Arabic desktop (their locale as the system gives it) tag a claim, review it and save; the
//! Arabic window is mirrored; in the pseudo-locale (accented and 40 % longer) nothing at the
//! default window size runs out of the window or over another label.

use std::path::{Path, PathBuf};

use super::common::TestPlatform;
use super::util::app;
use claimmark::app::ClaimmarkApp;
use claimmark::i18n::{Language, message_in};
use claimmark::model::{ClaimStatus, Span, Tag};
use egui::{Key, Modifiers, Rect, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

const ARTICLE: &str = "El alcalde dijo que el crimen bajó un 12 % en 2025.\n\
    قال الوزير إن البطالة انخفضت إلى 7 في المئة.\n";

/// The app on a desktop whose locale is `locale`, with a new article from the clipboard (so
/// the rating scale is a new document's, in the interface's language).
fn desktop(locale: &str, save_to: &Path) -> Harness<'static, ClaimmarkApp> {
    let mut opened = claimmark::app::sample();
    opened.annotations = Default::default();
    let mut h = app().max_steps(64).bundled_fonts().open(
        opened,
        TestPlatform {
            locale: Some(locale.to_owned()),
            clipboard: Some(ARTICLE.to_owned()),
            save_to: Some(save_to.to_owned()),
            ..TestPlatform::default()
        },
    );
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    h.run();
    h
}

/// Drags over `phrase` in the article, as a user would.
fn drag_over(h: &mut Harness<'_, ClaimmarkApp>, phrase: &str) -> Span {
    let text = h.state().session().document().text().to_owned();
    let byte = text.find(phrase).expect("the phrase is in the article");
    let start = text[..byte].chars().count();
    let span = Span::new(start, start + phrase.chars().count());
    let rects: Vec<Rect> = h.state().article_rects(span);
    let (Some(first), Some(last)) = (rects.first(), rects.last()) else {
        panic!("“{phrase}” is not on screen");
    };
    let from = first.left_center() + vec2(1.0, 0.0);
    let to = last.right_center() - vec2(1.0, 0.0);
    h.hover_at(from);
    h.run();
    h.drag_at(from);
    h.run();
    for step in 1..=4 {
        h.hover_at(from + (to - from) * (step as f32 / 4.0));
        h.run();
    }
    h.drop_at(to);
    h.run();
    span
}

/// A message in `language`, as the window shows it (right to left in visual order).
fn shown(language: Language, id: &str) -> String {
    let text = message_in(language, id, &[]);
    claimmark::i18n::set_language(language);
    claimmark::ui::direction::shown(text)
}

/// The toolbar's claim button, as the window shows it.
fn toolbar_tag(language: Language) -> String {
    claimmark::i18n::set_language(language);
    let tag = claimmark::i18n::words::tag_label(Tag::Claim);
    let key = message_in(
        language,
        "toolbar-tag",
        &[
            ("tag", claimmark::i18n::value(tag.as_str())),
            ("key", claimmark::i18n::value("C")),
        ],
    );
    claimmark::ui::direction::shown(key)
}

/// Tags `phrase` as a claim with the toolbar's button, selects it in the list, sets its
/// status and verdict with the form's buttons, saves with Ctrl+S; returns the saved file.
fn tag_review_save(
    h: &mut Harness<'_, ClaimmarkApp>,
    language: Language,
    phrase: &str,
    verdict: &str,
    save_to: &Path,
) -> PathBuf {
    let span = drag_over(h, phrase);
    h.get_by_label(&toolbar_tag(language)).click();
    let tag = claimmark::i18n::words::tag_label(Tag::Claim);
    h.run();
    let claim = h
        .state()
        .session()
        .annotations()
        .in_order()
        .next()
        .expect("the phrase is tagged")
        .clone();
    assert_eq!((claim.tag, claim.span), (Tag::Claim, span));

    // The list names the row in the interface's language (in reading order for screen
    // readers): clicking it selects the claim and opens its form.
    let row = message_in(
        language,
        "list-row-name",
        &[
            ("tag", claimmark::i18n::value(tag.as_str())),
            ("id", claimmark::i18n::value(claim.id.to_string())),
            ("mark", claimmark::i18n::value("none")),
            ("text", claimmark::i18n::value(phrase)),
        ],
    );
    h.get_by_label(&row).click();
    h.run();
    assert_eq!(h.state().selected(), Some(claim.id));
    let in_progress = claimmark::i18n::words::status_label(ClaimStatus::InProgress);
    claimmark::i18n::set_language(language);
    h.get_by_label(&claimmark::ui::direction::shown(in_progress))
        .click();
    h.run();
    h.get_by_label(&claimmark::ui::direction::shown(verdict))
        .click();
    h.run();

    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(!h.state().session().is_dirty());
    save_to.to_owned()
}

#[test]
fn a_spanish_desktop_tags_reviews_and_saves_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let save_to = dir.path().join("alcalde.ron");
    let mut h = desktop("es_ES.UTF-8", &save_to);
    // Menus, toolbar and tabs speak Spanish.
    for id in [
        "menu-file",
        "menu-edit",
        "menu-review",
        "toolbar-undo",
        "tab-review",
    ] {
        h.get_by_label(&message_in(Language::Spanish, id, &[]));
    }
    assert!(h.query_by_label("File").is_none());
    // A new document's rating scale is in Spanish; its sixth verdict is "Engañoso".
    let scale: Vec<String> = h
        .state()
        .session()
        .scale
        .ratings
        .iter()
        .map(|r| r.label.clone())
        .collect();
    assert_eq!(scale[4], "Falso");
    assert_eq!(scale[5], "Engañoso");

    let phrase = "el crimen bajó un 12 %";
    let saved = tag_review_save(&mut h, Language::Spanish, phrase, "Engañoso", &save_to);
    let status = h.state().status().expect("a status").text.clone();
    assert!(status.starts_with("Guardado en"), "{status}");

    let reopened = claimmark::io::open(&saved).unwrap();
    let claim = reopened.annotations.in_order().next().unwrap();
    assert_eq!(claim.text, phrase);
    assert_eq!(claim.review.status, ClaimStatus::InProgress);
    assert_eq!(claim.review.verdict.as_deref(), Some("Engañoso"));
    // The file keeps its own scale: Spanish labels, whatever language opens it next.
    assert_eq!(reopened.scale.ratings[4].label, "Falso");
}

#[test]
fn an_arabic_desktop_is_mirrored_and_tags_reviews_and_saves_in_arabic() {
    let dir = tempfile::tempdir().unwrap();
    let save_to = dir.path().join("wazir.ron");
    let mut h = desktop("ar_EG.UTF-8", &save_to);
    let width = 1280.0;

    // The menu bar starts at the right: File is right of Edit, both in the right half.
    let file = h.get_by_label(&shown(Language::Arabic, "menu-file")).rect();
    let edit = h.get_by_label(&shown(Language::Arabic, "menu-edit")).rect();
    assert!(file.center().x > edit.center().x, "{file:?} {edit:?}");
    assert!(
        file.right() > width - 60.0,
        "File at the right edge: {file:?}"
    );
    // The toolbar too: the claim button is the rightmost tag button.
    let claim_button = h.get_by_label(&toolbar_tag(Language::Arabic)).rect();
    assert!(claim_button.center().x > width / 2.0, "{claim_button:?}");
    // The side panel is on the left: its tabs are in the left half.
    let tab = h
        .get_by_label(&shown(Language::Arabic, "tab-review"))
        .rect();
    assert!(tab.center().x < width / 2.0, "{tab:?}");

    let phrase = "البطالة انخفضت إلى 7 في المئة";
    let verdict = message_in(
        Language::Arabic,
        "verdict-label",
        &[("verdict", claimmark::i18n::value("misleading"))],
    );
    let saved = tag_review_save(&mut h, Language::Arabic, phrase, &verdict, &save_to);
    // With the claim's form open, evidence fields too, the side panel keeps its width.
    h.get_by_label(&shown(Language::Arabic, "cmd-add-evidence"))
        .click();
    h.run();
    assert_eq!(selected_evidence(&h), 1);
    let tab = h
        .get_by_label(&shown(Language::Arabic, "tab-review"))
        .rect();
    assert!(tab.right() < 420.0, "the side panel grew: {tab:?}");
    // The review table runs from the right (the claim's words first) in the same width.
    h.get_by_label(&shown(Language::Arabic, "tab-review"))
        .click();
    h.run();
    let tab = h
        .get_by_label(&shown(Language::Arabic, "tab-review"))
        .rect();
    assert!(tab.right() < 420.0, "the side panel grew: {tab:?}");
    let claim_column = message_in(Language::Arabic, "column-claim", &[]);
    let words = h
        .get_by_label(&claimmark::ui::direction::shown(format!(
            "{claim_column} ⏶"
        )))
        .rect();
    let evidence = h
        .get_by_label(&shown(Language::Arabic, "column-evidence"))
        .rect();
    assert!(words.left() > evidence.right(), "{words:?} {evidence:?}");
    // The form's labels sit at the right of the side panel.
    let status_label = h
        .get_by_label(&shown(Language::Arabic, "form-status"))
        .rect();
    let verdict_label = h
        .get_by_label(&shown(Language::Arabic, "form-verdict"))
        .rect();
    assert!(
        status_label.right() > verdict_label.left() && status_label.center().x > 200.0,
        "{status_label:?}"
    );

    let reopened = claimmark::io::open(&saved).unwrap();
    let claim = reopened.annotations.in_order().next().unwrap();
    assert_eq!(claim.text, phrase);
    assert_eq!(claim.review.status, ClaimStatus::InProgress);
    assert_eq!(claim.review.verdict.as_deref(), Some("مضلِّل"));
}

/// How many evidence items the selected annotation has.
fn selected_evidence(h: &Harness<'_, ClaimmarkApp>) -> usize {
    let id = h.state().selected().expect("a claim is selected");
    h.state()
        .session()
        .annotations()
        .get(id)
        .map_or(0, |a| a.review.evidence.len())
}

/// Labelled nodes of the window: (label, rect).
fn labelled(h: &Harness<'_, ClaimmarkApp>) -> Vec<(String, Rect)> {
    h.query_all_by(|node| node.label().is_some_and(|l| !l.trim().is_empty()))
        .map(|node| {
            (
                node.accesskit_node().label().unwrap_or_default(),
                node.rect(),
            )
        })
        .collect()
}

#[test]
fn the_pseudo_locale_fits_the_default_window() {
    let desk = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample-openai-microsoft.ron");
    std::fs::copy(&sample, desk.path().join("sample.ron")).unwrap();
    let mut h = app().max_steps(64).open(
        claimmark::app::sample(),
        TestPlatform {
            locale: Some("en-XA".to_owned()),
            folder: Some(desk.path().to_owned()),
            desk_cache: Some(cache.path().to_owned()),
            ..TestPlatform::default()
        },
    );
    h.run();
    // A claim selected, so its form shows too.
    let first = h
        .state()
        .session()
        .annotations()
        .in_order()
        .find(|a| a.tag == Tag::Claim)
        .unwrap()
        .clone();
    h.state_mut().apply(
        &egui::Context::default(),
        claimmark::app::Action::SelectAnnotation(Some(first.id)),
    );
    h.run();
    let mut problems = fit_problems(&h, "the annotation list and form");

    // The review table.
    claimmark::i18n::set_language(Language::Pseudo);
    h.get_by_label(&claimmark::tr!("tab-review")).click();
    h.run();
    problems.extend(fit_problems(&h, "the review table"));

    // The desk panel, once the desk is read.
    h.state_mut().apply(
        &egui::Context::default(),
        claimmark::app::Action::Run(claimmark::app::Command::OpenDesk),
    );
    for _ in 0..300 {
        h.run();
        if h.state().desk_article_count() > 0 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(h.state().desk_article_count() > 0, "the desk was read");
    h.run();
    problems.extend(fit_problems(&h, "the desk's articles"));
    h.get_by_label(&claimmark::tr!("desk-tab-claims")).click();
    h.run();
    problems.extend(fit_problems(&h, "the desk's claims"));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// What does not fit in the window as it is now: labelled widgets of the bars, tabs and
/// legend out of the window or over each other, and any of the interface's words (the
/// pseudo-locale's, marked with ~) cut by the edge of what holds them or shortened with an
/// ellipsis.
fn fit_problems(h: &Harness<'_, ClaimmarkApp>, view: &str) -> Vec<String> {
    let window = Rect::from_min_size(egui::Pos2::ZERO, vec2(1280.0, 820.0));
    let nodes = labelled(h);
    assert!(
        nodes.iter().any(|(l, _)| l.contains('~')),
        "the pseudo-locale is in use"
    );
    let mut problems = Vec::new();
    let bars: Vec<&(String, Rect)> = nodes
        .iter()
        .filter(|(label, rect)| {
            rect.is_positive()
                && window.intersects(*rect)
                && label.contains('~')
                && (rect.top() < 130.0 || rect.bottom() > 790.0)
        })
        .collect();
    assert!(bars.len() > 10, "{view}: {}", bars.len());
    for (i, (a, ra)) in bars.iter().enumerate() {
        if ra.left() < -0.5 || ra.right() > window.right() + 0.5 {
            problems.push(format!("{view}: out of the window: {a:?} {ra:?}"));
        }
        for (b, rb) in bars.iter().skip(i + 1) {
            let overlap = ra.intersect(*rb);
            if overlap.width() > 1.0
                && overlap.height() > 1.0
                && !ra.contains_rect(*rb)
                && !rb.contains_rect(*ra)
            {
                problems.push(format!("{view}: {a:?} {ra:?} runs over {b:?} {rb:?}"));
            }
        }
    }
    // Scrolled lists are cut at their top and bottom, never at their sides.
    let mut texts = 0;
    for clipped in &h.output().shapes {
        for text in texts_of(&clipped.shape) {
            let words = &text.galley.job.text;
            if !words.contains('~') {
                continue;
            }
            texts += 1;
            let rect = text.visual_bounding_rect();
            let clip = clipped.clip_rect;
            if rect.left() < clip.left() - 1.0 || rect.right() > clip.right() + 1.0 {
                problems.push(format!("{view}: cut: {words:?} {rect:?} in {clip:?}"));
            }
            // An ellipsis may shorten an article's words in a list, never the interface's.
            if text.galley.elided {
                let visible: String = text
                    .galley
                    .rows
                    .iter()
                    .flat_map(|row| row.row.glyphs.iter().map(|g| g.chr))
                    .collect();
                let pseudo = words
                    .split('[')
                    .skip(1)
                    .filter_map(|piece| piece.split(']').next())
                    .filter(|piece| piece.contains('~'));
                for piece in pseudo {
                    if !visible.contains(piece) {
                        problems.push(format!("{view}: shortened: {piece:?} of {words:?}"));
                    }
                }
            }
        }
    }
    assert!(texts > 30, "{view}: {texts}");
    problems
}

/// The text shapes in `shape`.
fn texts_of(shape: &egui::Shape) -> Vec<&egui::epaint::TextShape> {
    match shape {
        egui::Shape::Text(text) => vec![text],
        egui::Shape::Vec(shapes) => shapes.iter().flat_map(texts_of).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn the_language_chosen_in_preferences_wins_over_the_system_and_is_remembered() {
    let mut h = app().max_steps(64).open(
        claimmark::app::sample(),
        TestPlatform {
            locale: Some("es_ES.UTF-8".to_owned()),
            ..TestPlatform::default()
        },
    );
    h.run();
    h.get_by_label("Archivo");
    h.state_mut().apply(
        &egui::Context::default(),
        claimmark::app::Action::Run(claimmark::app::Command::Preferences),
    );
    h.run();
    h.state_mut().apply(
        &egui::Context::default(),
        claimmark::app::Action::PreferencesAnswer(Some(claimmark::app::PreferencesForm {
            name: "Test Reviewer".to_owned(),
            language: Some(Language::French),
            suggestions: true,
            threshold: None,
        })),
    );
    h.run();
    h.get_by_label("Fichier");
    assert!(h.query_by_label("Archivo").is_none());
    let status = h.state().status().expect("a status").text.clone();
    assert_eq!(status, "Langue de l'interface\u{a0}: Français");

    // Next time, on the same Spanish desktop, the choice holds.
    let preferences = claimmark::io::Preferences {
        language: Some("fr".to_owned()),
        ..claimmark::io::Preferences::default()
    };
    let mut again = app().max_steps(64).open(
        claimmark::app::sample(),
        TestPlatform {
            locale: Some("es_ES.UTF-8".to_owned()),
            preferences,
            ..TestPlatform::default()
        },
    );
    again.run();
    again.get_by_label("Fichier");
}
