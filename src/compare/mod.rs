//! Comparing two people's annotations of one article: agreement figures
//! ([`agreement::agreement`]), differences to accept one by one ([`differences::differences`],
//! paired by position), and what changed between two versions of one file
//! ([`changes::changes`], by id). Pure.

pub mod agreement;
pub mod changes;
pub mod differences;

pub use agreement::{Agreement, TagAgreement, VerdictAgreement, agreement};
pub use changes::changes;
pub use differences::{Difference, DifferenceKind, differences};
