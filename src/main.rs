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
    /// Write a report or table of an annotation file.
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
    Markdown,
    Html,
    Csv,
}

impl From<Format> for ExportFormat {
    fn from(format: Format) -> Self {
        match format {
            Format::Markdown => ExportFormat::Markdown,
            Format::Html => ExportFormat::Html,
            Format::Csv => ExportFormat::Csv,
        }
    }
}

const ICON_PNG: &[u8] = include_bytes!("../assets/icon.png");

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Export {
            format,
            file,
            output,
        }) => match claimmark::cli::export(format.into(), &file, output.as_deref()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("claimmark: {error}");
                ExitCode::from(error.exit_code())
            }
        },
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
