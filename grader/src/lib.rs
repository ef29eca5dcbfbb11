//! The grader library: the exercise spec, the catalog of exercises, and the checking of Rust
//! sources against expectations with `rustc`. It knows nothing of mdBook.

pub mod catalog;
pub mod expect;
pub mod spec;

pub use catalog::{Catalog, CatalogError};
pub use expect::{ErrorCode, Expectation, Kind, LinePin};
pub use spec::{Edition, Exercise, SpecError};
