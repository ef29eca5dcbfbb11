//! Input `grader check` refuses with a clear message and exit code 2: unreadable, non-UTF-8,
//! binary and oversized sources, bad combinations of arguments, and a missing rustc.

use super::check_file;
use crate::support::{fixture, grader, grader_run, run};

#[test]
fn bad_files_are_refused_with_exit_2() {
    for (file, says) in [
        ("missing.rs", "cannot read"),
        ("not_utf8.rs", "is not UTF-8 text"),
        ("binary.rs", "is a binary file"),
    ] {
        let r = check_file(file, &["--expect", "compile-pass"]);
        assert_eq!(r.code, 2, "{file}");
        assert!(r.stderr.contains(says), "{file}: {}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    }
}

#[test]
fn a_source_over_one_mebibyte_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.rs");
    std::fs::write(
        &big,
        format!("fn main() {{}}\n{}", "// padding\n".repeat(110_000)),
    )
    .unwrap();
    let r = grader_run(&[
        "check",
        "--file",
        big.to_str().unwrap(),
        "--expect",
        "compile-pass",
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("sources over 1024 KiB are not graded"),
        "{}",
        r.stderr
    );
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    let path = fixture("check/hello.rs");
    let p = path.to_str().unwrap();
    for (args, says) in [
        (
            vec!["check", "--expect", "compile-pass"],
            "--expect needs --file",
        ),
        (
            vec![
                "check",
                "--file",
                p,
                "--expect",
                "compile-pass",
                "--code",
                "E0499",
            ],
            "--code only goes with --expect compile-fail",
        ),
        (
            vec!["check", "--file", p, "--expect", "compile-fail"],
            "needs at least one --code",
        ),
        (
            vec![
                "check",
                "--file",
                p,
                "--expect",
                "compile-fail",
                "--code",
                "E99",
            ],
            "not a rustc error code",
        ),
        (
            vec!["check", "--file", p, "--expect", "compiles"],
            "unknown kind",
        ),
    ] {
        let r = grader_run(&args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(says), "{args:?}: {}", r.stderr);
    }
}

#[test]
fn a_missing_rustc_is_reported_not_a_crash() {
    let path = fixture("check/hello.rs");
    let r = run(grader().env("RUSTC", "/nonexistent/rustc").args([
        "check",
        "--file",
        path.to_str().unwrap(),
        "--expect",
        "compile-pass",
    ]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("rustc not found"), "{}", r.stderr);
}
