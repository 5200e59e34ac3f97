//! Two checkers sharing a desk through git: the real `git` in a temporary repository, with
//! claimmark as its merge driver (`claimmark merge %O %A %B`) and diff driver
//! (`claimmark diff`), and `claimmark agree` on two people's files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use claimmark::model::{
    Annotation, AnnotationId, AnnotationSet, ClaimStatus, Document, Link, LinkKind, RatingScale,
    Span, Tag,
};

const TEXT: &str = "The minister said exports rose 12% last year. Customs data show 7%.\n\
                    “We are the fastest-growing economy,” she added.\n\
                    The new bridge cost €1.8 billion, twice its budget, the council said.";

use super::util::claimmark;

fn claimmark_bin() -> &'static str {
    env!("CARGO_BIN_EXE_claimmark")
}

fn document() -> Document {
    Document::new(TEXT.to_owned(), Some("story.txt".to_owned()), "utf-8")
}

/// An annotation on the first occurrence of `words`.
fn on(id: u64, tag: Tag, words: &str) -> Annotation {
    let doc = document();
    let byte = TEXT.find(words).unwrap();
    let start = TEXT[..byte].chars().count();
    Annotation::new(
        AnnotationId(id),
        tag,
        Span::new(start, start + words.chars().count()),
        &doc,
        "2026-11-20T09:00:00Z",
    )
    .unwrap()
}

fn save(path: &Path, list: Vec<Annotation>) {
    let set = AnnotationSet::from_annotations(list).unwrap();
    claimmark::io::save(path, &document(), &set, &RatingScale::default()).unwrap();
    let _ = std::fs::remove_file(claimmark::io::backup_path(path));
}

fn load(path: &Path) -> AnnotationSet {
    claimmark::io::open(path).unwrap().annotations
}

/// `a` changed by `by` (Ben works on the 21st, Ana on the 22nd).
fn edited(a: &Annotation, by: &str, change: impl FnOnce(&mut Annotation)) -> Annotation {
    let mut a = a.clone();
    change(&mut a);
    a.modified = if by == "Ana" {
        "2026-11-22T09:00:00Z"
    } else {
        "2026-11-21T09:00:00Z"
    }
    .to_owned();
    a.review.modified_by = by.to_owned();
    a
}

/// A repository with claimmark as merge and diff driver for `*.ron`.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Self {
        let repo = Repo {
            dir: tempfile::tempdir().unwrap(),
        };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["config", "user.name", "Desk"]);
        repo.git(&["config", "user.email", "desk@example.org"]);
        repo.git(&[
            "config",
            "merge.claimmark.driver",
            &format!("{} merge %O %A %B", claimmark_bin()),
        ]);
        repo.git(&["config", "merge.claimmark.name", "claimmark annotations"]);
        repo.git(&[
            "config",
            "diff.claimmark.command",
            &format!("{} diff", claimmark_bin()),
        ]);
        std::fs::write(
            repo.path().join(".gitattributes"),
            "*.ron merge=claimmark diff=claimmark\n",
        )
        .unwrap();
        repo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn file(&self) -> PathBuf {
        self.path().join("story.ron")
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("git")
            .args(args)
            .current_dir(self.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", self.path())
            .output()
            .unwrap()
    }

    fn git(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "git {args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    /// Starts from `base`; `ana` on branch ana, `ben` on main; merges ana into main.
    fn merge(&self, base: Vec<Annotation>, ana: Vec<Annotation>, ben: Vec<Annotation>) -> Output {
        save(&self.file(), base);
        self.commit("base");
        self.git(&["checkout", "-q", "-b", "ana"]);
        save(&self.file(), ana);
        self.commit("Ana's check");
        self.git(&["checkout", "-q", "main"]);
        save(&self.file(), ben);
        self.commit("Ben's check");
        self.run(&["merge", "--no-edit", "ana"])
    }
}

fn base() -> Vec<Annotation> {
    vec![
        on(1, Tag::Claim, "exports rose 12% last year"),
        on(2, Tag::Quote, "We are the fastest-growing economy"),
        on(3, Tag::Claim, "The new bridge cost €1.8 billion"),
    ]
}

#[test]
fn two_branches_merge_cleanly_through_the_driver() {
    let repo = Repo::new();
    let [one, two, three] = <[Annotation; 3]>::try_from(base()).unwrap();
    // Ana: verdict on #1, deletes #3, adds #4 (a citation).
    let ana = vec![
        edited(&one, "Ana", |a| a.review.verdict = Some("False".to_owned())),
        two.clone(),
        on(4, Tag::Citation, "Customs data"),
    ];
    // Ben: status of #1, speaker of #2, leaves #3 alone, adds his own #4 (the same id as
    // Ana's new one).
    let ben = vec![
        edited(&one, "Ben", |a| a.review.status = ClaimStatus::InProgress),
        edited(&two, "Ben", |a| {
            a.review.speaker = "the minister".to_owned()
        }),
        three.clone(),
        on(4, Tag::Claim, "twice its budget"),
    ];
    let out = repo.merge(base(), ana, ben);
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let merged = load(&repo.file());
    let one = merged.get(AnnotationId(1)).unwrap();
    assert_eq!(one.review.verdict.as_deref(), Some("False"));
    assert_eq!(one.review.status, ClaimStatus::InProgress);
    assert_eq!(
        merged.get(AnnotationId(2)).unwrap().review.speaker,
        "the minister"
    );
    assert!(
        merged.get(AnnotationId(3)).is_none(),
        "Ana deleted it; Ben left it alone"
    );
    // Ben's #4 stays; Ana's #4 is renumbered to #5.
    assert_eq!(
        merged.get(AnnotationId(4)).unwrap().text,
        "twice its budget"
    );
    assert_eq!(merged.get(AnnotationId(5)).unwrap().text, "Customs data");
    assert!(merged.in_order().all(|a| a.conflicts.is_empty()));
    // Nothing left behind in the work tree (no .bak of git's temporary files).
    assert_eq!(repo.git(&["status", "--porcelain"]), "");
    // git diff, through claimmark: the merge commit against Ben's, in words.
    let diff = repo.git(&["diff", "HEAD~1", "HEAD", "--", "story.ron"]);
    assert!(
        diff.contains("claim #1: verdict (none) → False (Ana)"),
        "{diff}"
    );
    assert!(diff.contains("claim #3 deleted"), "{diff}");
    assert!(diff.contains("citation #5 added: “Customs data”"), "{diff}");
}

#[test]
fn the_same_field_conflicts_and_the_file_still_loads() {
    let repo = Repo::new();
    let [one, two, three] = <[Annotation; 3]>::try_from(base()).unwrap();
    let ana = vec![
        edited(&one, "Ana", |a| a.review.verdict = Some("False".to_owned())),
        two.clone(),
        three.clone(),
    ];
    let ben = vec![
        edited(&one, "Ben", |a| {
            a.review.verdict = Some("Misleading".to_owned())
        }),
        two,
        three,
    ];
    let out = repo.merge(base(), ana, ben);
    assert!(
        !out.status.success(),
        "a conflict stops the merge for the user to decide"
    );
    let said =
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("1 conflict(s) kept in the file"), "{said}");
    let text = std::fs::read_to_string(repo.file()).unwrap();
    assert!(!text.contains("<<<<<<<"), "no text markers: {text}");
    let opened = claimmark::io::open(&repo.file()).unwrap();
    let one = opened.annotations.get(AnnotationId(1)).unwrap();
    assert_eq!(
        one.review.verdict.as_deref(),
        Some("Misleading"),
        "ours (Ben's) in place"
    );
    assert_eq!(one.conflicts.len(), 1);
    assert!(
        opened
            .describe_notices()
            .contains("a merge left 1 conflict in 1 annotation"),
        "{}",
        opened.describe_notices()
    );
    let check = claimmark().arg("check").arg(repo.file()).expect_code(1);
    let report = String::from_utf8_lossy(&check.stdout);
    assert!(
        report.contains(
            "annotation #1 (claim): merge conflict: verdict: ours Misleading, theirs False (Ana)"
        ),
        "{report}"
    );
}

#[test]
fn clashing_ids_are_renumbered_with_their_links() {
    let repo = Repo::new();
    let [one, two, three] = <[Annotation; 3]>::try_from(base()).unwrap();
    // Ana adds citation #4 and links claim #1 to it; Ben adds another #4.
    let ana = vec![
        edited(&one, "Ana", |a| {
            a.review.links.push(Link {
                kind: LinkKind::SupportedBy,
                target: AnnotationId(4),
            });
        }),
        two.clone(),
        three.clone(),
        on(4, Tag::Citation, "Customs data"),
    ];
    let ben = vec![one, two, three, on(4, Tag::Quote, "the council said")];
    let out = repo.merge(base(), ana, ben);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let merged = load(&repo.file());
    assert_eq!(merged.len(), 5);
    assert_eq!(merged.get(AnnotationId(4)).unwrap().tag, Tag::Quote);
    let citation = merged.get(AnnotationId(5)).unwrap();
    assert_eq!(citation.text, "Customs data");
    let links = &merged.get(AnnotationId(1)).unwrap().review.links;
    assert_eq!(links.len(), 1);
    assert_eq!(
        links[0].target,
        AnnotationId(5),
        "the link follows its renumbered target"
    );
}

#[test]
fn different_articles_are_refused_and_ours_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let ours = dir.path().join("ours.ron");
    let theirs = dir.path().join("theirs.ron");
    save(&ours, base());
    let other = Document::new(format!("{TEXT} Updated."), None, "utf-8");
    claimmark::io::save(
        &theirs,
        &other,
        &AnnotationSet::new(),
        &RatingScale::default(),
    )
    .unwrap();
    let before = std::fs::read_to_string(&ours).unwrap();
    let out = claimmark()
        .args(["merge"])
        .args([&ours, &ours, &theirs])
        .expect_code(2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("Update article text"));
    assert_eq!(std::fs::read_to_string(&ours).unwrap(), before);
}

#[test]
fn agree_prints_the_figures() {
    let dir = tempfile::tempdir().unwrap();
    let ana = dir.path().join("ana.ron");
    let ben = dir.path().join("ben.ron");
    let mut ana_claim = on(1, Tag::Claim, "exports rose 12% last year");
    ana_claim.review.verdict = Some("False".to_owned());
    save(
        &ana,
        vec![
            ana_claim,
            on(2, Tag::Quote, "We are the fastest-growing economy"),
        ],
    );
    // Ben: the same claim a little longer with the same verdict; no quote.
    let mut ben_claim = on(7, Tag::Claim, "exports rose 12% last year. Customs");
    ben_claim.review.verdict = Some("False".to_owned());
    save(&ben, vec![ben_claim]);
    let out = claimmark()
        .arg("agree")
        .args([&ana, &ben])
        .arg("--json")
        .run();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // Exact: 0 of 2 + 1 → 0; overlap: 1 pair → 2·1/3.
    assert_eq!(json["span_f1_exact"], 0.0);
    assert!((json["span_f1_overlap"].as_f64().unwrap() - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(json["verdicts"]["share_equal"], 1.0);
    assert_eq!(json["per_tag"][0]["tag"], "Claim");
    // A file agrees perfectly with itself; the table says so.
    let out = claimmark().arg("agree").args([&ana, &ana]).run();
    let table = String::from_utf8_lossy(&out.stdout);
    let all: Vec<&str> = table
        .lines()
        .find(|line| line.starts_with("all"))
        .unwrap_or_else(|| panic!("no “all” row: {table}"))
        .split_whitespace()
        .collect();
    // all, first, second, exact, overlap, F1 exact, F1 overlap, char κ.
    assert_eq!(
        all,
        ["all", "2", "2", "2", "2", "1.000", "1.000", "1.000"],
        "{table}"
    );
}
