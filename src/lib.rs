//! claimmark: a fast, offline desktop app in which fact-checkers mark up news articles.
//!
//! The crate is layered:
//! - [`model`], [`edit`], [`history`] and [`format`] are the pure core: documents, spans,
//!   annotations, undoable edits and the RON file format. They never touch egui or the disk.
//! - [`io`] is the only module that touches the filesystem.
//! - [`app`] and [`ui`] are the egui application: the UI reads state and emits commands, and
//!   the app applies them through the history.
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

#[cfg(feature = "gui")]
pub mod app;
pub mod cli;
pub mod edit;
pub mod export;
pub mod find;
pub mod format;
pub mod history;
pub mod interop;
pub mod io;
pub mod model;
pub mod reattach;
pub mod session;
pub mod synthetic;
#[cfg(feature = "gui")]
pub mod ui;
