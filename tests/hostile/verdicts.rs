//! Attacks on a verdict from inside the graded program: an answer that reads the hidden checks'
//! nonce out of its own process's memory to print a passing report.

use std::path::Path;

use crate::Case;
use crate::harness::{Attack, GRADER_LIMIT, run_bounded};
use crate::protections::Needs;
use crate::support::{fixture, grader};

/// The attacks of this module, with the protection each needs.
pub const CASES: &[Case] = &[case!(
    the_hidden_checks_nonce_cannot_be_read_from_the_programs_own_memory,
    Needs::Protection("landlock-fs")
)];

/// The book whose numbers/double exercise has hidden checks.
fn book() -> String {
    fixture("books/grader-checks").display().to_string()
}

/// A wrong answer to numbers/double that, once the checks call it, scans `/proc/self/mem` for
/// the nonce, prints "<nonce> done" for each candidate and exits: alone (`check`) and batched
/// (`grade`), the check must still fail.
fn the_hidden_checks_nonce_cannot_be_read_from_the_programs_own_memory() {
    let t = Attack::new();
    let answer = t.source("run_forge_checks_nonce.rs", &[]);
    let r = run_bounded(
        grader()
            .args(["check", "numbers/double", "--root", &book(), "--json", "--file"])
            .arg(&answer)
            .env("GRADER_CACHE_DIR", "off"),
        GRADER_LIMIT,
    );
    let v = r.json();
    t.assert_contained(&r, &v);
    assert_eq!(v["status"], "fail", "the forged report passed: {v}");
    assert!(
        v["message"]
            .as_str()
            .is_some_and(|m| m.contains("hidden check failed")),
        "{v}"
    );
    let learner = t.path().join("class/ann");
    std::fs::create_dir_all(learner.join("numbers")).unwrap();
    std::fs::copy(&answer, learner.join("numbers/double.rs")).unwrap();
    let report = t.path().join("report.json");
    let r = run_bounded(
        grader()
            .args(["grade", "--root", &book(), "--report"])
            .arg(format!("json={}", report.display()))
            .arg(&learner)
            .env("GRADER_CACHE_DIR", "off"),
        GRADER_LIMIT,
    );
    assert!(r.code == 0 || r.code == 1, "{}{}", r.stdout, r.stderr);
    let graded = read_json(&report);
    let result = &graded["learners"][0]["results"][0];
    assert_eq!(result["status"], "fail", "the forged report passed: {graded}");
}

/// The JSON file at `path`.
fn read_json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).expect("the report was written");
    serde_json::from_str(&text).expect("the report is JSON")
}
