//! The grader's model: what an exercise is and what grading it means, with no process run and
//! no sandbox. The exercise spec and the catalog of exercises, the [`Expectation`] a source must
//! meet, the [`Case`] to check, rustc's diagnostics as read back, the [`Verdict`] and how it is
//! judged, the rules of honest grading and the hidden checks' files and reports, and finding the
//! [`Toolchain`]. The `grader` crate compiles and runs cases in its sandbox and re-exports all
//! of this; the mdBook preprocessor depends on this crate alone.

pub mod annotations;
pub mod case;
pub mod catalog;
pub mod checks;
pub mod diagnostics;
pub mod expect;
pub mod rules;
pub mod sandbox;
pub mod shown;
pub mod source;
pub mod spec;
pub mod startup_cache;
pub mod toolchain;
pub mod verdict;

pub use case::Case;
pub use catalog::{Catalog, CatalogError};
pub use expect::{ErrorCode, Expectation, Kind, LinePin};
pub use spec::{Edition, Exercise, Partial, SpecError};
pub use toolchain::Toolchain;
pub use verdict::{MissedPin, Partly, Reason, Status, Stopped, Verdict};
