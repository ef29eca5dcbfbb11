//! The adversarial suite, a test binary of its own (`cargo test -p grader-cli --test hostile`):
//! submissions that try to read, write, connect, spawn, hang, hog memory, flood output or steal
//! secrets, each graded by the real `grader` binary.
//!
//! A test that needs a protection this machine lacks is reported as skipped, never as passed.
//! libtest cannot skip a test at run time, so this binary has its own `main` on `libtest-mimic`
//! (`harness = false` in `cli/Cargo.toml`): it asks `grader doctor --json` once which protections
//! are active (in this environment, so `GRADER_SANDBOX_DISABLE` applies) and registers each test
//! that needs a missing one as ignored, its reason printed in brackets before its name
//! (`test [skipped: landlock-fs unavailable: …] a_hard_link_to_outside_is_refused ... ignored`)
//! and counted in the summary's `ignored`. The usual arguments work: a name filter, `--exact`,
//! `--list`, `--ignored`, `--include-ignored` (which runs skipped tests anyway), `--test-threads`.

/// A [`Case`] running the function `$test`, named after it, needing `$needs` (nothing if omitted).
macro_rules! case {
    ($test:ident) => {
        case!($test, $crate::protections::Needs::Nothing)
    };
    ($test:ident, $needs:expr) => {
        $crate::Case {
            name: stringify!($test),
            needs: $needs,
            body: $test,
        }
    };
}

mod batches;
mod containment;
mod doctor;
mod escapes;
mod harness;
mod limits;
mod protections;
mod shown;
mod skipping;
#[path = "../e2e/support.rs"]
mod support;
mod verdicts;

use libtest_mimic::{Arguments, Trial};
use protections::{Needs, Sandbox};

/// One hostile test: its name, what it needs of the sandbox, and its body, which panics on
/// failure.
pub struct Case {
    /// The test function's name.
    pub name: &'static str,
    /// What the test needs of the sandbox; without it the test is skipped.
    pub needs: Needs,
    /// The test itself.
    pub body: fn(),
}

/// What begins the kind of a skipped test, before the reason.
pub const SKIPPED: &str = "skipped: ";

/// Every test of the suite with its full name: the former top-level tests under their own name,
/// the others under their module's (`doctor::…`), as when the suite was part of the e2e binary.
pub fn all_cases() -> Vec<(String, &'static Case)> {
    let groups: [(&str, &'static [Case]); 8] = [
        ("", escapes::CASES),
        ("", containment::CASES),
        ("", batches::CASES),
        ("", shown::CASES),
        ("", limits::CASES),
        ("", verdicts::CASES),
        ("doctor::", doctor::CASES),
        ("skipping::", skipping::CASES),
    ];
    groups
        .into_iter()
        .flat_map(|(module, cases)| {
            cases
                .iter()
                .map(move |c| (format!("{module}{}", c.name), c))
        })
        .collect()
}

/// Parses libtest's arguments, asks the grader what the sandbox offers, and runs every test.
fn main() {
    let args = Arguments::from_args();
    let sandbox = Sandbox::from_doctor();
    let trials = all_cases()
        .into_iter()
        .map(|(name, case)| trial(name, case, &sandbox))
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

/// `case` as a trial named `name`: ignored, with the reason as its kind, when `sandbox` lacks
/// what it needs.
fn trial(name: String, case: &Case, sandbox: &Sandbox) -> Trial {
    let body = case.body;
    let trial = Trial::test(name, move || {
        body();
        Ok(())
    });
    match sandbox.lacks(case.needs) {
        Some(reason) => trial
            .with_ignored_flag(true)
            .with_kind(format!("{SKIPPED}{reason}")),
        None => trial,
    }
}
