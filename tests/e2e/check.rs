//! `grader check`, `grader list` and `grader verify` on fixture submissions and fixture books:
//! every kind passing and failing, wrong and extra codes, syntax errors, line pins, time-outs,
//! learner output shown escaped (and disarmed in GitHub Actions), and every kind of bad input
//! getting a clear message and exit code 2.
//!
//! This file holds the helpers the submodules share; the tests live in the submodules, one
//! behaviour each.

use crate::support::{fixture, grader_run};

mod compile;
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

/// A compile-fail answer whose errors are E0499, then a flood of about 85 MB of warnings (a
/// macro's unused variables, each quoting a 130 KB line twice), then E0382: over the grader's
/// 64 MiB cap on rustc's diagnostics, so the E0382 comes after the cut. rustc prints it in about a
/// second.
pub(crate) fn flood_source() -> String {
    let names: Vec<String> = (0..320).map(|i| format!("v{i}")).collect();
    let pad = "x".repeat(130_000);
    format!(
        "macro_rules! flood {{ ($($x:ident)*) => {{ $( let $x = 1; )* }} }}
fn two_borrows() {{
    let mut s = String::new();
    let a = &mut s;
    let b = &mut s;
    a.push('a');
    b.push('b');
}}
fn warnings() {{
    flood!({}); /* {pad} */
}}
fn use_after_move() {{
    let s = String::new();
    let t = s;
    println!(\"{{}} {{}}\", s, t);
}}
fn main() {{
    two_borrows();
    warnings();
    use_after_move();
}}
",
        names.join(" ")
    )
}
