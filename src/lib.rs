//! claimmark: a fast, offline desktop app in which fact-checkers mark up news articles.
//!
//! The crate is layered (ARCHITECTURE.md has the map):
//! - the pure core: [`model`] (documents, spans, selections, annotations, review fields),
//!   [`edit`] and [`history`] (undoable changes), [`session`] (one open document),
//!   [`mod@format`] (the RON file), [`article`] (bytes to article text), [`reattach`],
//!   [`find`], [`report`] and [`interop`] (reports and other tools' formats), [`merge`] and
//!   [`compare`] (two people's work). No egui, no filesystem.
//! - [`io`]: the only module that touches the filesystem.
//! - [`cli`]: the command-line tools, on top of the core and [`io`].
//! - [`app`] and [`ui`] (feature `gui`): the egui application; the UI reads state and emits
//!   commands, and the app applies them through the history.
// The no-panic lints are in Cargo.toml's [lints]; unit tests may unwrap.
#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

#[cfg(feature = "gui")]
pub mod app;
pub mod article;
pub mod cli;
pub mod compare;
pub mod desk;
pub mod edit;
pub mod find;
pub mod format;
pub mod history;
pub mod interop;
pub mod io;
pub mod merge;
pub mod model;
pub mod reattach;
pub mod report;
pub mod session;
pub mod synthetic;
#[cfg(feature = "gui")]
pub mod ui;
