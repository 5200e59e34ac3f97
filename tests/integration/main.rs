//! claimmark's whole workflows, end to end, in one test binary (it links egui once): formats
//! and files, the command line, other tools' formats, and the GUI driven by egui_kittest.
//! One module per topic; each test works in its own temporary folder.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::disallowed_methods,
    clippy::disallowed_types,
    missing_docs
)]

mod common;
mod util;

mod compare_gui;

mod access_gui;
mod articles;
mod bad_files;
mod cli;
mod crash_safe_save;
mod desk;
mod desk_gui;
mod desk_together;
mod exports;
mod gui;
mod import_gui;
mod interop;
mod languages_gui;
mod meaning;
mod packaging;
mod pdf_gui;
mod pdfs;
mod reattach_edits;
mod recovery;
mod report_browser;
mod review_gui;
mod selection_gui;
mod suggest;
mod suggest_gui;
mod text_geometry;
mod together;
mod transcripts;
mod update_text;
mod versions;
mod view_gui;
mod web;
mod web_gui;
mod web_server;
