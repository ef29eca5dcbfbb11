//! Writing an exercise: `grader new` scaffolds a folder that loads and places nothing in the
//! book, `grader bless` fills in what the solution does only when told to, and `grader verify`
//! checks the book's placement of exercises and reports every spec problem at once.

use crate::folders::copy_dir;
use std::path::Path;

use crate::support::{Run, fixture, grader_run};

/// A copy of the `grader-basic` fixture book in a temporary folder.
fn basic_book() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("books/grader-basic"), dir.path());
    dir
}

fn in_book(book: &Path, args: &[&str]) -> Run {
    let mut all = args.to_vec();
    all.extend(["--root", book.to_str().unwrap()]);
    grader_run(&all)
}

#[test]
fn a_new_exercise_goes_from_new_through_bless_to_verified_and_placed() {
    let book = basic_book();
    let book = book.path();
    let chapter = std::fs::read_to_string(book.join("src/moves.md")).unwrap();
    let r = in_book(
        book,
        &[
            "new",
            "moves/move-then-print",
            "--kind",
            "run-pass",
            "--code",
            "E0382",
        ],
    );
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stdout
            .lines()
            .any(|l| l == "{{#exercise moves/move-then-print}}"),
        "{}",
        r.stdout
    );
    let dir = book.join("exercises/moves/move-then-print");
    for file in [
        "exercise.toml",
        "starter.rs",
        "solution.rs",
        "instructions.md",
    ] {
        assert!(dir.join(file).is_file(), "{file} is missing");
    }
    assert_eq!(std::fs::read_dir(dir.join("shortcuts")).unwrap().count(), 1);
    assert_eq!(
        std::fs::read_to_string(book.join("src/moves.md")).unwrap(),
        chapter,
        "new adds nothing to the book"
    );
    // Its content, written by the author.
    std::fs::write(
        dir.join("starter.rs"),
        "fn main() {\n    let a = String::from(\"hi\");\n    let b = a;\n    println!(\"{a} {b}\");\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("solution.rs"),
        "fn main() {\n    let a = String::from(\"hi\");\n    let b = a.clone();\n    println!(\"{a} {b}\");\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("shortcuts/print-the-output.rs"),
        "// Shortcut: print the text.\nfn main() {\n    println!(\"hello\");\n}\n",
    )
    .unwrap();
    // Without --yes and without a terminal, bless shows the difference and writes nothing.
    let spec = std::fs::read_to_string(dir.join("exercise.toml")).unwrap();
    let r = in_book(book, &["bless", "moves/move-then-print"]);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("+ hi hi"), "{}", r.stdout);
    assert!(r.stdout.contains("nothing written"), "{}", r.stdout);
    assert_eq!(
        std::fs::read_to_string(dir.join("exercise.toml")).unwrap(),
        spec
    );
    let r = in_book(book, &["bless", "moves/move-then-print", "--yes"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let spec = std::fs::read_to_string(dir.join("exercise.toml")).unwrap();
    assert!(spec.contains("hi hi"), "{spec}");
    // Verified, but not yet placed in a chapter.
    let r = in_book(book, &["verify"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout
            .contains("exercise `moves/move-then-print` is in no chapter"),
        "{}",
        r.stdout
    );
    std::fs::write(
        book.join("src/moves.md"),
        format!("{chapter}\n{{{{#exercise moves/move-then-print}}}}\n"),
    )
    .unwrap();
    let r = in_book(book, &["verify"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
}

#[test]
fn new_never_overwrites_and_refuses_what_cannot_make_an_exercise() {
    let book = basic_book();
    let book = book.path();
    for (args, words) in [
        (
            vec![
                "new",
                "moves/print-twice",
                "--kind",
                "compile-pass",
                "--code",
                "E0382",
            ],
            "already exists",
        ),
        (
            vec![
                "new",
                "nowhere/x",
                "--kind",
                "compile-pass",
                "--code",
                "E0382",
            ],
            "not listed in exercises/chapters.toml",
        ),
        (
            vec!["new", "moves/x", "--kind", "compile-fail"],
            "needs --code",
        ),
        (
            vec!["new", "moves/x", "--kind", "compile-pass"],
            "needs --code",
        ),
        (
            vec!["new", "Moves/../x", "--kind", "compile-pass"],
            "not a valid exercise id",
        ),
    ] {
        let r = in_book(book, &args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stdout);
        assert!(r.stderr.contains(words), "{args:?}: {}", r.stderr);
    }
    assert!(!book.join("exercises/moves/x").exists());
}

#[test]
fn verify_flags_near_misses_unknown_ids_and_exercises_placed_twice_with_file_and_line() {
    let book = basic_book();
    let book = book.path();
    let chapter = book.join("src/moves.md");
    let text = std::fs::read_to_string(&chapter).unwrap();
    let lines = text.lines().count();
    let extra = "\n{{#exercis moves/print-twice}}\n\n{{ #exercise moves/print-twice}}\n\n{{#exercise moves/nope}}\n\n{{#exercise moves/use-after-move}}\n\n`{{#exercis in/code}}`\n";
    std::fs::write(&chapter, format!("{text}{extra}")).unwrap();
    let r = in_book(book, &["verify"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let at = |n: usize| format!("src/moves.md:{}: ", lines + n);
    for (n, words) in [
        (
            2,
            "`{{#exercis moves/print-twice}}` looks like an exercise directive",
        ),
        (
            4,
            "`{{ #exercise moves/print-twice}}` looks like an exercise directive",
        ),
        (6, "`{{#exercise moves/nope}}` names no exercise"),
    ] {
        assert!(
            r.stdout.contains(&format!("{}{words}", at(n))),
            "{words}\n{}",
            r.stdout
        );
    }
    assert!(
        r.stdout
            .contains("exercise `moves/use-after-move` is placed 2 times"),
        "{}",
        r.stdout
    );
    assert!(
        !r.stdout.contains("in/code"),
        "code is never a directive: {}",
        r.stdout
    );
}

#[test]
fn verify_reports_every_spec_problem_at_once_and_names_a_missing_instructions_file() {
    let book = basic_book();
    let book = book.path();
    std::fs::remove_file(book.join("exercises/moves/print-twice/instructions.md")).unwrap();
    let spec = book.join("exercises/moves/use-after-move/exercise.toml");
    let text = std::fs::read_to_string(&spec).unwrap();
    std::fs::write(&spec, text.replace("points = ", "points = 0 #")).unwrap();
    let r = in_book(book, &["verify"]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(
        r.stderr.contains("exercises/moves/print-twice/instructions.md is missing: every exercise folder needs its instructions"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("use-after-move/exercise.toml"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("2 problems in the exercises' folders"),
        "{}",
        r.stderr
    );
}
