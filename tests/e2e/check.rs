//! `grader check`, `grader list` and `grader verify` on fixture submissions and fixture books:
//! every kind passing and failing, wrong and extra codes, syntax errors, line pins, time-outs,
//! learner output shown escaped (and disarmed in GitHub Actions), and every kind of bad input
//! getting a clear message and exit code 2.
//!
//! This file holds the helpers the submodules share; the tests live in the submodules, one
//! behaviour each.

use crate::support::{fixture, grader_run};

mod compile;
mod hidden;
mod ids;
mod partial;
mod refused;
mod rules;
mod run;
mod untrusted;
mod verify;

/// Runs `grader check --json --file tests/fixtures/check/<file>` with `extra` arguments.
fn check_file(file: &str, extra: &[&str]) -> crate::support::Run {
    let path = fixture(&format!("check/{file}"));
    let mut args = vec!["check", "--json", "--file", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    grader_run(&args)
}

/// The path of the `grader-basic` fixture book, as an argument.
fn basic_book() -> String {
    fixture("books/grader-basic").to_str().unwrap().to_string()
}
