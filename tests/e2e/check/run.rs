//! Run-time verdicts of `grader check --file`: run-pass compares normalised stdout and names the
//! first differing line, and fails on a non-zero exit or a panic; run-panic passes only on the
//! expected message; an endless program is stopped at the time limit.

use super::check_file;
use crate::support::fixture;

#[test]
fn run_pass_compares_normalised_stdout() {
    let want = fixture("check/hello.stdout");
    let r = check_file(
        "hello.rs",
        &["--expect", "run-pass", "--stdout", want.to_str().unwrap()],
    );
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(r.json()["stdout"], "hello\nworld\n");
}

#[test]
fn run_pass_names_the_first_differing_line() {
    let want = fixture("check/hello_wrong.stdout");
    let r = check_file(
        "hello.rs",
        &["--expect", "run-pass", "--stdout", want.to_str().unwrap()],
    );
    assert_eq!(r.code, 1);
    assert_eq!(
        r.json()["message"],
        "output differs on line 2: expected \"moon\", got \"world\""
    );
}

#[test]
fn run_pass_fails_on_a_non_zero_exit() {
    let r = check_file("exit_code.rs", &["--expect", "run-pass"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.json()["message"], "the program exited with status 3");
}

#[test]
fn run_pass_fails_when_the_program_panics() {
    let r = check_file("refcell_panic.rs", &["--expect", "run-pass"]);
    assert_eq!(r.code, 1);
    assert!(
        r.json()["message"]
            .as_str()
            .unwrap()
            .starts_with("the program panicked: RefCell already borrowed")
    );
}

#[test]
fn run_panic_passes_on_the_expected_message() {
    let r = check_file(
        "refcell_panic.rs",
        &["--expect", "run-panic", "--panic", "already borrowed"],
    );
    assert_eq!(r.code, 0, "{}", r.stdout);
}

#[test]
fn run_panic_fails_on_another_message_or_no_panic() {
    let r = check_file(
        "refcell_panic.rs",
        &["--expect", "run-panic", "--panic", "index out of bounds"],
    );
    assert_eq!(r.code, 1);
    assert!(
        r.json()["message"]
            .as_str()
            .unwrap()
            .contains("expected a message containing \"index out of bounds\"")
    );
    let r = check_file("hello.rs", &["--expect", "run-panic", "--panic", "boom"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.json()["message"],
        "the program finished normally; expected it to panic"
    );
}

#[test]
fn an_endless_program_is_stopped_at_the_time_limit() {
    let r = check_file("spin.rs", &["--expect", "run-pass", "--run-timeout", "1"]);
    assert_eq!(r.code, 1);
    let v = r.json();
    assert_eq!(v["status"], "fail");
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .starts_with("time limit exceeded (1 s)"),
        "{v}"
    );
}
