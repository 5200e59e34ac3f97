//! The `claimmark` binary: reads the command line, then runs a tool or starts the app.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use claimmark::app::{ClaimmarkApp, DesktopPlatform, speak_users_language, startup_document};
use claimmark::cli::Cli;

const ICON_PNG: &[u8] = include_bytes!("../assets/icon.png");

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(tool) => {
            claimmark::article::quiet_panics_in_readers();
            ExitCode::from(claimmark::cli::run(tool))
        }
        None => run_app(cli.file, cli.desk),
    }
}

fn run_app(file: Option<PathBuf>, desk: Option<PathBuf>) -> ExitCode {
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
    // A reader's panic on one bad input is that input's error, not a crash (no recovery note).
    claimmark::article::quiet_panics_in_readers();
    let recoveries = claimmark::io::recovery::RecoveryStore::user()
        .map(|store| store.list())
        .unwrap_or_default();
    // A web address (or an Internet shortcut, .webloc or link entry naming one) opens the page
    // once the window is up; its fetch shows progress there.
    let address = file.as_ref().and_then(|f| {
        let name = f.to_string_lossy();
        claimmark::capture::link_file::web_address(&name).or_else(|| {
            claimmark::capture::link_file::is_link_file(&name)
                .then(|| claimmark::io::read_text(f).ok())
                .flatten()
                .and_then(|text| claimmark::capture::link_file::address_in(&text))
        })
    });
    let file = file.filter(|_| address.is_none());
    speak_users_language(&mut DesktopPlatform);
    // An article (a long PDF, a big saved page) is read once the window is up, with progress
    // and Cancel there; an annotation file opens before the window shows.
    let (file, article) = match file {
        Some(f)
            if !claimmark::io::is_annotation_file(&f)
                && claimmark::io::exists(&f)
                && !claimmark::io::is_folder(&f) =>
        {
            (None, Some(f))
        }
        other => (other, None),
    };
    let (opened, notices) = startup_document(file.as_deref());
    let opened_file = file.filter(|_| {
        notices
            .iter()
            .all(|n| n.kind != claimmark::app::StatusKind::Error)
    });
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
            claimmark::ui::fonts::install(&cc.egui_ctx);
            let mut app = ClaimmarkApp::new(opened, notices, Box::new(DesktopPlatform));
            app.offer_recoveries(recoveries);
            if let Some(file) = &opened_file {
                app.note_recent_file(file);
            }
            match &desk {
                Some(folder) => app.open_desk_folder(&cc.egui_ctx, folder),
                None => app.open_remembered_desk(&cc.egui_ctx),
            }
            if let Some(address) = &address {
                app.open_address(&cc.egui_ctx, address);
            }
            if let Some(article) = &article {
                app.open_file(&cc.egui_ctx, article);
            }
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
