//! Attacks on a verdict from inside the graded program, on the hidden checks' report: an answer
//! that reads the checks' nonce out of its own process's memory, one that reads it from standard
//! input in a constructor that runs before `main`, one that replaces the C library's `write` to
//! turn the failures the checks print into passes, one that replaces its own binary for the run
//! of the checks, and one whose macros stand in for the standard ones the checks call.

use std::path::Path;

use crate::Case;
use crate::harness::{Attack, GRADER_LIMIT, run_bounded};
use crate::protections::Needs;
use crate::support::{fixture, grader};

/// The attacks of this module, with the protection each needs.
pub(crate) const CASES: &[Case] = &[
    case!(
        the_hidden_checks_nonce_cannot_be_read_from_the_programs_own_memory,
        Needs::Protection("landlock-fs")
    ),
    case!(a_constructor_that_runs_before_main_cannot_answer_for_the_hidden_checks),
    case!(an_answer_that_replaces_write_cannot_rewrite_the_hidden_checks_report),
    case!(
        an_answer_that_replaces_its_binary_cannot_answer_for_the_hidden_checks,
        Needs::Protection("landlock-fs")
    ),
    case!(an_answers_macros_cannot_stand_in_for_the_standard_ones_the_checks_call),
];

/// The book whose numbers/double exercise has hidden checks.
fn book() -> String {
    fixture("books/grader-checks").display().to_string()
}

/// A copy of the grader-checks book in `t`'s folder whose numbers/double has `checks` as its
/// checks file.
fn book_with_checks(t: &Attack, checks: &Path) -> String {
    let from = fixture("books/grader-checks");
    let to = t.path().join("book");
    copy_tree(&from, &to);
    std::fs::copy(checks, to.join("exercises/numbers/double/checks.rs")).unwrap();
    to.display().to_string()
}

/// Copies the folder `from` to `to`, files and folders only.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Grades `answer` as numbers/double with `check` (alone) and, as the only answer of a learner,
/// with `grade` (batched): both verdicts must be failures of the hidden checks.
fn fails_the_hidden_checks(t: &Attack, answer: &Path) {
    fails_the_hidden_checks_of(t, &book(), answer);
}

/// [`fails_the_hidden_checks`] in the book at `book`.
fn fails_the_hidden_checks_of(t: &Attack, book: &str, answer: &Path) {
    let r = run_bounded(
        grader()
            .args([
                "check",
                "numbers/double",
                "--root",
                book,
                "--json",
                "--file",
            ])
            .arg(answer)
            .env("GRADER_CACHE_DIR", "off"),
        GRADER_LIMIT,
    );
    let v = r.json();
    t.assert_contained(&r, &v);
    assert_eq!(v["status"], "fail", "the answer passed: {v}");
    assert!(
        v["message"]
            .as_str()
            .is_some_and(|m| m.contains("hidden check")),
        "{v}"
    );
    let learner = t.path().join("class/ann");
    std::fs::create_dir_all(learner.join("numbers")).unwrap();
    std::fs::copy(answer, learner.join("numbers/double.rs")).unwrap();
    let report = t.path().join("report.json");
    let r = run_bounded(
        grader()
            .args(["grade", "--root", book, "--report"])
            .arg(format!("json={}", report.display()))
            .arg(&learner)
            .env("GRADER_CACHE_DIR", "off"),
        GRADER_LIMIT,
    );
    assert!(r.code == 0 || r.code == 1, "{}{}", r.stdout, r.stderr);
    let graded = read_json(&report);
    let result = &graded["learners"][0]["results"][0];
    assert_eq!(result["status"], "fail", "the answer passed: {graded}");
}

/// A wrong answer to numbers/double that, once the checks call it, scans `/proc/self/mem` for
/// the nonce, prints "<nonce> done" for each candidate and exits: alone (`check`) and batched
/// (`grade`), the check must still fail.
fn the_hidden_checks_nonce_cannot_be_read_from_the_programs_own_memory() {
    let t = Attack::new();
    let answer = t.source("run_forge_checks_nonce.rs", &[]);
    fails_the_hidden_checks(&t, &answer);
}

/// A wrong answer to numbers/double with a `#[link_section = ".init_array"]` constructor that
/// reads the nonce from standard input before the checks can, and prints "<nonce> done".
fn a_constructor_that_runs_before_main_cannot_answer_for_the_hidden_checks() {
    let t = Attack::new();
    let answer = t.source("run_checks_constructor.rs", &[]);
    fails_the_hidden_checks(&t, &answer);
}

/// A wrong answer to numbers/double that defines `write` with `#[no_mangle]`, so that the
/// checks' "fail" lines reach standard output as "pass".
fn an_answer_that_replaces_write_cannot_rewrite_the_hidden_checks_report() {
    let t = Attack::new();
    let answer = t.source("run_checks_interpose_write.rs", &[]);
    fails_the_hidden_checks(&t, &answer);
}

/// A wrong answer to numbers/double whose own run renames a patched copy of its binary over the
/// binary, so that the run of the checks starts its `main`, which prints "<nonce> done".
///
/// Without Landlock and without a user of its own the program can replace the binary: the
/// grader must then see that the binary changed and never pass the answer.
fn an_answer_that_replaces_its_binary_cannot_answer_for_the_hidden_checks() {
    let t = Attack::new();
    let answer = t.source("run_checks_swap_binary.rs", &[]);
    fails_the_hidden_checks(&t, &answer);
    let r = run_bounded(
        grader()
            .args([
                "check",
                "numbers/double",
                "--root",
                &book(),
                "--json",
                "--file",
            ])
            .arg(&answer)
            .env("GRADER_CACHE_DIR", "off")
            .env("GRADER_SANDBOX_DISABLE", "landlock,tasks"),
        GRADER_LIMIT,
    );
    let v = r.json();
    t.assert_contained(&r, &v);
    assert_ne!(
        v["status"], "pass",
        "the answer passed without Landlock: {v}"
    );
}

/// A wrong answer to a numbers/double whose checks call `matches!` and `vec!` defines macros of
/// those names, re-exported with `pub(crate) use`, so that the checks' calls would expand to
/// `true` and to a value equal to everything.
fn an_answers_macros_cannot_stand_in_for_the_standard_ones_the_checks_call() {
    let t = Attack::new();
    let checks = t.source("checks_std_macros.rs", &[]);
    let book = book_with_checks(&t, &checks);
    let answer = t.source("run_checks_shadow_macros.rs", &[]);
    fails_the_hidden_checks_of(&t, &book, &answer);
}

/// The JSON file at `path`.
fn read_json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).expect("the report was written");
    serde_json::from_str(&text).expect("the report is JSON")
}
