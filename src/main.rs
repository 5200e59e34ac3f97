//! The `claimmark` binary: reads the command line and starts the app.
#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use claimmark::app::{ClaimmarkApp, DesktopPlatform, startup_document};

/// Mark up claims, quotes and citations in news articles.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    /// An article (.txt, .md) or an annotation file (.ron) to open.
    /// Without one, the bundled sample article opens.
    file: Option<PathBuf>,
}

const ICON_PNG: &[u8] = include_bytes!("../assets/icon.png");

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (opened, notices) = startup_document(cli.file.as_deref());
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
            Ok(Box::new(ClaimmarkApp::new(
                opened,
                notices,
                Box::new(DesktopPlatform),
            )))
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
