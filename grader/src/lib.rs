//! The grader library: checking Rust sources against expectations with `rustc`, in a sandbox,
//! one at a time or batched, and what is built on it (verifying the book, learners' workspaces,
//! grading a class and its reports). It knows nothing of mdBook. The exercise spec, the catalog,
//! expectations, verdicts and the rules of honest grading are the `grader-model` crate's,
//! re-exported here under the same paths.

use grader_model::startup_cache;
pub use grader_model::{
    annotations, catalog, diagnostics, expect, rules, shown, source, spec, toolchain, verdict,
};

pub mod batch;
pub mod check;
pub mod checks {
    //! Hidden checks: the checks file, how it joins an answer and its report are the model's
    //! (re-exported here); running them on an answer is the checker's (`run.rs`).

    pub use grader_model::checks::*;
    pub(crate) mod run;
}
pub mod class;
pub mod listing;
pub mod process;
pub mod progress;
pub mod report;
pub mod runner;
pub mod sandbox;
pub mod scratch;
pub mod verify;
pub mod workspace;

pub use catalog::{Catalog, CatalogError};
pub use check::{Case, Checker, Limits};
pub use expect::{ErrorCode, Expectation, Kind, LinePin};
pub use spec::{Edition, Exercise, Partial, SpecError};
pub use toolchain::Toolchain;
pub use verdict::{MissedPin, Partly, Reason, Status, Stopped, Verdict};
