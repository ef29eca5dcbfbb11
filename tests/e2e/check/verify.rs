//! `grader list` and `grader verify` on fixture books and on the real book: a malformed spec is
//! named by file, line and field; `list` prints the exercises in book order; `verify` ends with
//! the count and names the file and line of a wrong listing; the real book verifies.

use super::basic_book;
use crate::support::{fixture, grader_run};

#[test]
fn a_malformed_spec_names_file_line_and_field() {
    let book = fixture("books/grader-bad-spec");
    let r = grader_run(&["list", "--root", book.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("exercises/moves/use-after-move/exercise.toml:4: field `codes`: `E382` is not a rustc error code"),
        "{}",
        r.stderr
    );
}

#[test]
fn list_prints_every_exercise_in_book_order() {
    let r = grader_run(&["list", "--json", "--root", &basic_book()]);
    assert_eq!(r.code, 0);
    let ids: Vec<String> = r
        .json_lines()
        .iter()
        .map(|v| v["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["moves/print-twice", "moves/use-after-move"]);
    assert_eq!(r.json_lines()[1]["kind"], "compile-fail");
}

#[test]
fn verify_passes_on_a_correct_book_and_ends_with_the_count() {
    let r = grader_run(&["verify", "--root", &basic_book()]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(r.stdout.lines().last(), Some("7 passed, 0 failed"));
}

#[test]
fn verify_names_the_file_and_line_of_a_wrong_listing() {
    let book = fixture("books/grader-broken");
    let r = grader_run(&["verify", "--root", book.to_str().unwrap()]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout
            .contains("FAIL src/moves.md:32: expected E0499, rustc reported E0382"),
        "{}",
        r.stdout
    );
    assert_eq!(r.stdout.lines().last(), Some("7 passed, 1 failed"));
}

#[test]
fn the_real_book_verifies() {
    let r = grader_run(&[
        "verify",
        "--root",
        crate::support::repo_root().to_str().unwrap(),
    ]);
    let failures: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.starts_with("FAIL") || l.starts_with("ERROR"))
        .collect();
    assert_eq!(
        r.code,
        0,
        "{failures:#?}\n{}",
        r.stdout.lines().last().unwrap_or_default()
    );
}
