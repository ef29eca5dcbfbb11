//! The grader library: the exercise spec, the catalog of exercises, and the checking of Rust
//! sources against expectations with `rustc`. It knows nothing of mdBook.

pub mod batch;
pub mod catalog;
pub mod check;
pub mod checks;
pub mod class;
pub mod diagnostics;
pub mod expect;
pub mod listing;
pub mod process;
pub mod progress;
pub mod report;
pub mod rules;
pub mod runner;
pub mod sandbox;
pub mod scratch;
pub mod shown;
pub mod spec;
mod startup_cache;
pub mod toolchain;
pub mod verdict;
pub mod verify;
pub mod workspace;

pub use catalog::{Catalog, CatalogError};
pub use check::{Case, Checker, Limits};
pub use expect::{ErrorCode, Expectation, Kind, LinePin};
pub use spec::{Edition, Exercise, Partial, SpecError};
pub use toolchain::Toolchain;
pub use verdict::{MissedPin, Partly, Status, Stopped, Verdict};
