//! One thing to check: a source, its edition and what it must do, with the exercise's rules of
//! honest grading when it answers an exercise ([`Exercise::case`](crate::Exercise::case) builds
//! it). Checking it is the `grader` crate's.

use crate::expect::Expectation;
use crate::spec::Edition;

/// One thing to check: a source and what it must do.
#[derive(Debug, Clone)]
pub struct Case {
    /// The file name diagnostics show, e.g. `starter.rs` (a plain name, no directories).
    pub file_name: String,
    /// The Rust source.
    pub source: String,
    /// The edition to compile with.
    pub edition: Edition,
    /// What it must do.
    pub expect: Expectation,
    /// The exercise's rules of honest grading, if any (see [`crate::rules`]).
    pub rules: Option<std::sync::Arc<crate::rules::Rules>>,
}

impl Case {
    /// The hidden checks to run on this case: its rules' checks, when its kind runs.
    pub fn checks(&self) -> Option<&crate::checks::Checks> {
        let checks = self.rules.as_ref()?.checks.as_ref()?;
        self.expect.kind().runs().then_some(checks)
    }
}
