//! Compile-time verdicts of `grader check --file`: compile-fail passes only on exactly the
//! expected codes (a wrong or an extra code, code that compiles, or a syntax error fails, naming
//! what rustc said), `~` line pins pass on the right line and name both lines on the wrong one,
//! compile-pass reports warnings and fails on an error, and the human output shows rustc's
//! diagnostics and ends with a verdict line.

use super::check_file;
use crate::support::{fixture, grader_run};

/// The error codes a JSON verdict lists.
fn codes(v: &serde_json::Value) -> Vec<String> {
    v["error_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn compile_fail_passes_when_the_codes_match_exactly() {
    let r = check_file(
        "two_mut.rs",
        &["--expect", "compile-fail", "--code", "E0499"],
    );
    assert_eq!(r.code, 0, "{}", r.stdout);
    let v = r.json();
    assert_eq!(v["status"], "pass");
    assert_eq!(codes(&v), ["E0499"]);
    assert_eq!(v["expected"]["codes"][0], "E0499");
}

#[test]
fn compile_fail_with_the_wrong_code_fails_and_names_both() {
    let r = check_file(
        "two_mut.rs",
        &["--expect", "compile-fail", "--code", "E0502"],
    );
    assert_eq!(r.code, 1);
    let v = r.json();
    assert_eq!(v["status"], "fail");
    assert_eq!(v["message"], "expected E0502, rustc reported E0499");
}

#[test]
fn an_extra_code_makes_compile_fail_fail() {
    let r = check_file(
        "two_codes.rs",
        &["--expect", "compile-fail", "--code", "E0499"],
    );
    assert_eq!(r.code, 1);
    let v = r.json();
    assert_eq!(codes(&v), ["E0382", "E0499"]);
    assert_eq!(v["message"], "expected E0499, rustc reported E0382, E0499");
}

#[test]
fn compile_fail_fails_when_rustc_accepts_the_code() {
    let r = check_file("hello.rs", &["--expect", "compile-fail", "--code", "E0382"]);
    assert_eq!(r.code, 1);
    assert!(
        r.json()["message"]
            .as_str()
            .unwrap()
            .starts_with("rustc accepted the code")
    );
}

#[test]
fn a_syntax_error_is_a_fail_saying_the_code_does_not_compile() {
    let r = check_file(
        "syntax_error.rs",
        &["--expect", "compile-fail", "--code", "E0382"],
    );
    assert_eq!(r.code, 1);
    let v = r.json();
    assert_eq!(v["status"], "fail");
    assert!(codes(&v).is_empty());
    let msg = v["message"].as_str().unwrap();
    assert!(
        msg.contains("error without a code") && msg.contains("line 2"),
        "{msg}"
    );
}

#[test]
fn a_tilde_pin_on_the_right_line_passes() {
    let r = check_file(
        "two_mut.rs",
        &["--expect", "compile-fail", "--code", "E0499"],
    );
    assert_eq!(r.json()["expected"]["lines"][0]["line"], 4);
    assert_eq!(r.code, 0);
}

#[test]
fn a_tilde_pin_on_the_wrong_line_fails_naming_both_lines() {
    let r = check_file(
        "two_mut_wrong_pin.rs",
        &["--expect", "compile-fail", "--code", "E0499"],
    );
    assert_eq!(r.code, 1);
    assert_eq!(
        r.json()["message"],
        "expected E0499 on line 3, rustc reported it on line 4"
    );
}

#[test]
fn compile_pass_passes_and_reports_warnings() {
    let r = check_file("warns.rs", &["--expect", "compile-pass"]);
    assert_eq!(r.code, 0);
    let v = r.json();
    assert_eq!(v["warnings"], 1);
    assert!(
        v["diagnostics"]
            .as_str()
            .unwrap()
            .contains("unused variable")
    );
}

#[test]
fn compile_pass_fails_on_an_error() {
    let r = check_file("two_mut.rs", &["--expect", "compile-pass"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.json()["message"],
        "rustc rejected the code with E0499; expected it to compile"
    );
}

#[test]
fn human_output_shows_rustc_diagnostics_and_a_verdict_line() {
    let path = fixture("check/two_mut.rs");
    let r = grader_run(&[
        "check",
        "--file",
        path.to_str().unwrap(),
        "--expect",
        "compile-pass",
    ]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout
            .contains("error[E0499]: cannot borrow `s` as mutable more than once at a time")
    );
    assert!(r.stdout.contains("--> two_mut.rs:4:13"), "{}", r.stdout);
    assert!(r.stdout.lines().last().unwrap().starts_with("FAIL "));
    assert!(
        !r.stdout.contains("\u{1b}["),
        "no colour when stdout is not a terminal"
    );
}

#[test]
fn diagnostics_over_the_cap_are_an_error_never_a_judged_pass() {
    // E0499, 85 MB of warnings, E0382: judging the first 64 MiB would pass it as "exactly E0499".
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("flood.rs");
    std::fs::write(&path, crate::support::flood_source()).unwrap();
    let r = grader_run(&[
        "check",
        "--json",
        "--file",
        path.to_str().unwrap(),
        "--expect",
        "compile-fail",
        "--code",
        "E0499",
    ]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    let v = r.json();
    assert_eq!(v["status"], "error");
    assert_eq!(
        v["message"],
        "rustc's diagnostics exceeded 64 MiB; the answer cannot be judged from diagnostics cut short"
    );
}
