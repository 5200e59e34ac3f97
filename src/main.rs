//! The `claimmark` binary: reads the command line, then runs a tool or starts the app.
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use claimmark::app::{ClaimmarkApp, DesktopPlatform, startup_document};
use claimmark::cli::{ExportTarget, ImportSource};
use claimmark::export::ExportFormat;

/// Mark up claims, quotes and citations in news articles.
#[derive(Parser)]
#[command(version, about, long_about = None, args_conflicts_with_subcommands = true)]
struct Cli {
    /// An article (.txt, .md) or an annotation file (.ron) to open in the app.
    /// Without one, the bundled sample article opens.
    file: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
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
        #[arg(long, value_enum)]
        from: Source,
        /// brat: the .ann (and .txt); w3c: the .json and the article; doccano/label-studio: the export.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// The claimmark file to write.
        #[arg(long, short)]
        output: PathBuf,
        /// brat only: map an entity type to a tag, e.g. --map Statement=claim (repeatable).
        #[arg(long = "map", value_parser = parse_mapping)]
        mapping: Vec<(String, claimmark::model::Tag)>,
    },
    /// Write a report, table or another tool's format from an annotation file.
    Export {
        /// What to write.
        #[arg(long, short, value_enum)]
        format: Format,
        /// The annotation file (.ron).
        file: PathBuf,
        /// Where to write; standard output without it.
        #[arg(long, short)]
        output: Option<PathBuf>,
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

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    W3c,
    Claimreview,
    Brat,
    Csv,
    Markdown,
    Html,
}

impl From<Format> for ExportTarget {
    fn from(format: Format) -> Self {
        match format {
            Format::Markdown => ExportTarget::Report(ExportFormat::Markdown),
            Format::Html => ExportTarget::Report(ExportFormat::Html),
            Format::Csv => ExportTarget::Report(ExportFormat::Csv),
            Format::W3c => ExportTarget::W3c,
            Format::Claimreview => ExportTarget::ClaimReview,
            Format::Brat => ExportTarget::Brat,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Source {
    Brat,
    W3c,
    Doccano,
    LabelStudio,
}

fn parse_mapping(text: &str) -> Result<(String, claimmark::model::Tag), String> {
    let (name, tag) = text
        .split_once('=')
        .ok_or_else(|| format!("“{text}”: write TYPE=claim, TYPE=quote or TYPE=citation"))?;
    let tag = claimmark::model::Tag::from_name(tag)
        .ok_or_else(|| format!("“{tag}” is not claim, quote or citation"))?;
    Ok((name.trim().to_owned(), tag))
}

const ICON_PNG: &[u8] = include_bytes!("../assets/icon.png");

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Export {
            format,
            file,
            output,
        }) => match claimmark::cli::export_any(format.into(), &file, output.as_deref()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("claimmark: {error}");
                ExitCode::from(error.exit_code())
            }
        },
        Some(Command::Check { files }) => {
            let (text, code) = claimmark::cli::check(&files);
            print!("{text}");
            ExitCode::from(code)
        }
        Some(Command::Stats { files }) => {
            let (text, code) = claimmark::cli::stats(&files);
            print!("{text}");
            ExitCode::from(code)
        }
        Some(Command::Import {
            from,
            inputs,
            output,
            mapping,
        }) => {
            let source = match from {
                Source::Brat => ImportSource::Brat,
                Source::W3c => ImportSource::W3c,
                Source::Doccano => ImportSource::Doccano,
                Source::LabelStudio => ImportSource::LabelStudio,
            };
            match claimmark::cli::import(source, &inputs, &output, &mapping) {
                Ok((summary, skipped)) => {
                    println!("{summary}");
                    ExitCode::from(u8::from(skipped))
                }
                Err(error) => {
                    eprintln!("claimmark: {error}");
                    ExitCode::from(error.exit_code())
                }
            }
        }
        Some(Command::GenerateLarge { output, seed }) => {
            let (document, annotations) = claimmark::synthetic::large(seed);
            let scale = claimmark::model::RatingScale::default();
            match claimmark::io::save(&output, &document, &annotations, &scale) {
                Ok(()) => {
                    println!(
                        "wrote {} ({} characters, {} annotations)",
                        output.display(),
                        document.char_len(),
                        annotations.len()
                    );
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("claimmark: {error}");
                    ExitCode::from(2)
                }
            }
        }
        None => run_app(cli.file),
    }
}

fn run_app(file: Option<PathBuf>) -> ExitCode {
    // On an internal error: write the unsaved work and a crash note, then report as usual.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if let Some(note) = claimmark::app::write_recovery_after_panic(&info.to_string()) {
            eprintln!(
                "claimmark: your unsaved work was kept; see {}",
                note.display()
            );
        }
        default_hook(info);
    }));
    let recoveries = claimmark::io::recovery::list();
    let (opened, notices) = startup_document(file.as_deref());
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("claimmark")
        .with_app_id("claimmark")
        .with_inner_size([1280.0, 820.0])
        .with_min_inner_size([640.0, 400.0])
        .with_drag_and_drop(true);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(ICON_PNG) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let result = eframe::run_native(
        "claimmark",
        options,
        Box::new(move |cc| {
            cc.egui_ctx.set_theme(egui::Theme::Light);
            let mut app = ClaimmarkApp::new(opened, notices, Box::new(DesktopPlatform));
            app.offer_recoveries(recoveries);
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("claimmark could not open its window: {error}");
            ExitCode::from(1)
        }
    }
}
