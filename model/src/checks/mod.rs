//! Hidden checks: an exercise's `checks.rs`, functions that call the learner's items on inputs
//! the starter's `main` never uses and say what they expected on a failure. This module owns
//! the checks file (what it must hold), how it is compiled together with an answer (one compile:
//! the checks are a module of the answer, and the program runs them when started in checks
//! mode), and how the report the checks print is read back.
//!
//! The program's report is trusted only as far as it carries a nonce the grader hands the
//! checks on standard input, read before any of the learner's code runs: a learner's code can
//! print what it likes, but not a line the grader accepts as a check's result.
//!
//! A checks file holds the checks and a list of them:
//!
//! ```text
//! use super::*;
//!
//! pub const CHECKS: &[(&str, fn())] = &[
//!     ("`longest` returns the second argument when it is longer", second_is_longer),
//! ];
//!
//! fn second_is_longer() {
//!     check_eq!(longest("ab", "xyz"), "xyz");
//! }
//! ```

use serde::{Deserialize, Serialize};

mod glue;
mod report;

pub use report::{FailedCheck, Report, failure, read_report};

/// The file of hidden checks in an exercise folder.
pub const CHECKS_FILE: &str = "checks.rs";

/// The argument that starts a program in checks mode (the nonce follows on standard input).
pub const CHECKS_FLAG: &str = "--grader-checks";

/// How long one check may take, in seconds, before it counts as failed (the whole run of the
/// checks is also under the checker's run time limit).
pub const CHECK_SECS: u64 = 5;

/// An exercise's hidden checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checks {
    /// The checks file as written.
    pub source: String,
    /// What each check checks, in order, as the learner reads it.
    pub names: Vec<String>,
}

/// Why a checks file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChecksError {
    /// It is not Rust tokens.
    #[error("not Rust code: an unterminated string or an unbalanced bracket")]
    NotRust,
    /// It has no `CHECKS` list.
    #[error(
        "no `pub const CHECKS: &[(&str, fn())] = &[(\"what it checks\", function), ...];` list"
    )]
    NoList,
    /// Its `CHECKS` list is empty or names no check.
    #[error("the `CHECKS` list names no check: add `(\"what it checks\", function)` pairs")]
    Empty,
}

impl Checks {
    /// Reads a checks file: its `CHECKS` list must name at least one check.
    pub fn parse(source: &str) -> Result<Checks, ChecksError> {
        let names = glue::check_names(source)?;
        if names.is_empty() {
            return Err(ChecksError::Empty);
        }
        Ok(Checks {
            source: source.to_string(),
            names,
        })
    }

    /// `source` (an answer compiled alone) with the checks attached: its `fn main` renamed, the
    /// checks module after its last line, and a `main` that runs the checks when the program is
    /// started with [`CHECKS_FLAG`] and the answer's `main` otherwise. Every line of the answer
    /// keeps its number. `None` when the answer has no top-level `fn main` to rename (rustc then
    /// says so of the answer alone).
    pub fn attach_to_program(&self, source: &str) -> Option<String> {
        glue::attach_to_program(self, source)
    }

    /// Whether the checks can be attached to `source`: it has a top-level `fn main`.
    pub fn attaches(&self, source: &str) -> bool {
        glue::rename_main(source).is_some()
    }

    /// What follows a case's own source (ending in a newline) in a batch: the checks module and
    /// the case's entry point `pub(crate) fn ENTRY() -> ExitCode`, which runs the checks or the
    /// case's `main` as [`Checks::attach_to_program`]'s `main` does.
    pub fn attach_to_case(&self, source: &str, entry: &str) -> String {
        glue::attach_to_case(self, source, entry)
    }

    /// A whole program for a page to send to a compiler service (which runs a program once,
    /// with no arguments and no input): the answer with the checks, whose `main` always runs
    /// the checks, reporting with `nonce`.
    pub fn program_for_page(&self, source: &str, nonce: &str) -> Option<String> {
        glue::program_for_page(self, source, nonce)
    }

    /// What a page needs to run the checks through a compiler service, as
    /// [`Checks::program_for_page`] does: the check names, the name the answer's `main` gets, the
    /// module (with `own_lines_slot` where the answer's number of lines goes, its last
    /// occurrence) and the `main` (with `nonce_slot` where the nonce goes).
    pub fn for_page(&self) -> serde_json::Value {
        let (renamed_main, module, main) = glue::page_parts(self);
        serde_json::json!({
            "names": self.names,
            "file": CHECKS_FILE,
            "source_lines": self.source.lines().count(),
            "renamed_main": renamed_main,
            "module": module,
            "main": main,
            "own_lines_slot": glue::OWN_LINES_SLOT,
            "nonce_slot": glue::NONCE_SLOT,
        })
    }

    /// The line of the checks file that line `line` of [`Checks::attach_to_program`]'s program
    /// for `source` comes from, if it comes from the checks file.
    pub fn line_in_checks(&self, source: &str, line: u32) -> Option<usize> {
        let own = source.lines().count() + usize::from(source.is_empty());
        let at = (line as usize).checked_sub(own + 1)?;
        (at >= 1 && at <= self.source.lines().count()).then_some(at)
    }

    /// One sentence for the learner saying what is checked, shown with the exercise.
    pub fn describe(&self) -> String {
        let list: Vec<String> = self.names.iter().map(|n| sentence_part(n)).collect();
        format!(
            "Hidden checks call your code and test that {}.",
            list.join("; that ")
        )
    }
}

/// A check's name as a clause: first letter lowercased unless it starts with code.
fn sentence_part(name: &str) -> String {
    let name = name.trim().trim_end_matches('.');
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() && !chars.clone().next().is_some_and(char::is_uppercase) => {
            c.to_lowercase().chain(chars).collect()
        }
        _ => name.to_string(),
    }
}

#[cfg(test)]
mod tests;
