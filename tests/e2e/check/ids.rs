//! `grader check <id>`: an exercise id grades a file (or the starter) against the exercise's
//! spec, an unknown id suggests the closest ones, and an id that escapes the exercises folder is
//! refused.

use super::basic_book;
use crate::support::{fixture, grader_run};

#[test]
fn check_by_id_grades_a_file_against_the_exercise_spec() {
    let book = basic_book();
    let answer = fixture("books/grader-basic/exercises/moves/print-twice/solution.rs");
    let r = grader_run(&[
        "check",
        "moves/print-twice",
        "--root",
        &book,
        "--file",
        answer.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert_eq!(r.json()["id"], "moves/print-twice");
    let r = grader_run(&["check", "moves/print-twice", "--root", &book]);
    assert_eq!(r.code, 1, "the starter does not pass");
}

#[test]
fn an_unknown_id_suggests_the_closest_ids() {
    let r = grader_run(&["check", "moves/print-twise", "--root", &basic_book()]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("no exercise `moves/print-twise`; did you mean `moves/print-twice`"),
        "{}",
        r.stderr
    );
}

#[test]
fn ids_that_escape_the_exercises_folder_are_refused() {
    for id in [
        "../../etc/passwd",
        "/etc/passwd",
        "moves/../moves/print-twice",
    ] {
        let r = grader_run(&["check", id, "--root", &basic_book()]);
        assert_eq!(r.code, 2, "{id}");
        assert!(
            r.stderr.contains("is not a valid exercise id"),
            "{}",
            r.stderr
        );
    }
}

#[test]
fn an_error_about_another_value_on_the_pinned_line_does_not_meet_the_pin() {
    let book = crate::support::repo_root();
    let answer = book
        .join("exercises/borrowing/assign-while-borrowed/shortcuts/second-variable-then-level.rs");
    let r = grader_run(&[
        "check",
        "borrowing/assign-while-borrowed",
        "--root",
        book.to_str().unwrap(),
        "--file",
        answer.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    let v = r.json();
    assert_eq!(
        v["message"],
        "expected E0506 about `level` on line 5, rustc reported it only about other values"
    );
    assert_eq!(v["error_codes"][0], "E0506");
}
