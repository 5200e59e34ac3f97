//! claimmark: a fast, offline desktop app in which fact-checkers mark up news articles.
//!
//! The crate is layered (ARCHITECTURE.md has the map); a layer uses only those below it:
//! - the pure core: [`model`] (documents, spans, selections, annotations, review fields),
//!   [`edit`] and [`history`] (undoable changes), [`session`] (one open document),
//!   [`mod@format`] (the RON file), [`article`] (bytes to article text), [`capture`] (a web
//!   page as received, and its WARC records), [`reattach`],
//!   [`find`], [`report`] and [`interop`] (reports and other tools' formats), [`merge`] and
//!   [`compare`] (two people's work). No egui, no filesystem, no clock: times come in as
//!   values.
//! - [`io`]: the filesystem and the clock; [`desk`] also reads its folder and keeps its index
//!   on disk, and [`web`] fetches pages (and times them). `clippy.toml` enforces it: `std::fs`
//!   and the clock are disallowed everywhere else; each of the three allows them at its top.
//! - [`cli`]: the command-line tools, on the core, [`io`] and [`desk`].
//! - [`ui`] and [`app`] (feature `gui`): widgets read state and emit [`ui::command::Command`]s
//!   and actions (they never import the app); the app applies them through the history.
// The no-panic lints are in Cargo.toml's [lints]; unit tests may unwrap.
#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic,
        clippy::disallowed_methods,
        clippy::disallowed_types
    )
)]

#[cfg(feature = "gui")]
pub mod app;
pub mod article;
pub mod capture;
pub mod cli;
pub mod compare;
pub mod desk;
pub mod edit;
pub mod find;
pub mod format;
pub mod history;
pub mod i18n;
pub mod interop;
pub mod io;
pub mod merge;
pub mod model;
pub mod reattach;
pub mod report;
pub mod semantic;
pub mod session;
pub mod suggest;
pub mod synthetic;
#[cfg(feature = "gui")]
pub mod ui;
pub mod web;
