//! The rules of honest grading through the command line, on a copy of the `grader-basic` book
//! whose print-twice exercise forbids `.clone()`, keeps `fn main` and refuses new items: a
//! shortcut answer fails every front end that reads it (`check`, `verify`, `grade`) with the rule
//! named and its reason quoted; `verify` fails when a shortcut passes, and names it; a malformed
//! rule is a spec error with file, line and field.

use std::path::{Path, PathBuf};

use crate::support::grader_run;

const RULES: &str = r#"
[[forbid]]
tokens = "clone"
reason = "the lesson is to lend the String, not to copy it"

[scope]
keep = ["fn main"]
new_items = false
reason = "change how `show` takes its argument, not the code that calls it"
"#;

/// A copy of the basic book with the rules above added to print-twice, and `shortcuts` (name,
/// source) in its `shortcuts/` folder.
fn book_with_rules(shortcuts: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    copy(&crate::support::fixture("books/grader-basic"), dir.path());
    let ex = dir.path().join("exercises/moves/print-twice");
    let spec = std::fs::read_to_string(ex.join("exercise.toml")).unwrap();
    let (head, starter) = spec.split_once("[starter]").unwrap();
    std::fs::write(
        ex.join("exercise.toml"),
        format!("{head}{RULES}\n[starter]{starter}"),
    )
    .unwrap();
    // A starter whose `main` already lends: the lesson is in `show`'s parameter.
    std::fs::write(
        ex.join("starter.rs"),
        "fn show(s: String) {\n    println!(\"{s}\");\n}\n\nfn main() {\n    let a = String::from(\"hi\");\n    show(&a);\n    show(&a);\n}\n",
    )
    .unwrap();
    let spec = std::fs::read_to_string(ex.join("exercise.toml")).unwrap();
    std::fs::write(ex.join("exercise.toml"), spec.replace("E0382", "E0308")).unwrap();
    std::fs::create_dir_all(ex.join("shortcuts")).unwrap();
    for (name, source) in shortcuts {
        std::fs::write(ex.join("shortcuts").join(name), source).unwrap();
    }
    (dir, ex)
}

fn copy(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

const CLONING: &str = "// Shortcut: clone instead of lending\nfn show(s: String) {\n    println!(\"{s}\");\n}\n\nfn main() {\n    let a = String::from(\"hi\");\n    show(a.clone());\n    show(a);\n}\n";
const PRINTING: &str = "// Shortcut: print the output from main\nfn show(s: String) {\n    println!(\"{s}\");\n}\n\nfn main() {\n    println!(\"hi\\nhi\");\n}\n";
const HELPER: &str = "fn show(s: &str) {\n    println!(\"{s}\");\n}\n\nfn main() {\n    let a = String::from(\"hi\");\n    show(&a);\n    show(&a);\n}\n\nfn unused() {}\n";

#[test]
fn a_shortcut_answer_fails_check_with_the_rule_and_its_reason() {
    let (book, ex) = book_with_rules(&[]);
    let root = book.path().to_str().unwrap();
    let answer = ex.join("cloning.rs");
    std::fs::write(&answer, CLONING).unwrap();
    let args = ["check", "moves/print-twice", "--root", root, "--file"];
    let r = grader_run(&[&args[..], &[answer.to_str().unwrap(), "--json"]].concat());
    assert_eq!(r.code, 1, "{}", r.stdout);
    let v = r.json();
    assert_eq!(v["status"], "fail");
    assert_eq!(
        v["message"],
        "rule: `clone` is not allowed here (line 8): the lesson is to lend the String, not to copy it"
    );
    assert_eq!(v["rule"]["rule"], "forbid");
    assert_eq!(v["rule"]["line"], 8);
    assert!(
        v.get("partly").is_none(),
        "a shortcut earns no partial credit"
    );
    for (source, words) in [
        (
            PRINTING,
            "`fn main` must stay as in the starter; it changed on line 7",
        ),
        (
            HELPER,
            "`fn unused` (line 11) is new: add no items to the starter",
        ),
    ] {
        std::fs::write(&answer, source).unwrap();
        let r = grader_run(&[&args[..], &[answer.to_str().unwrap()]].concat());
        assert_eq!(r.code, 1, "{}", r.stdout);
        assert!(r.stdout.contains(words), "{}", r.stdout);
        assert!(
            r.stdout.contains("not the code that calls it"),
            "{}",
            r.stdout
        );
    }
    // The honest answer still passes, comments and layout notwithstanding.
    let honest = "fn show(s: &str) {\n    println!(\"{s}\"); // lend it\n}\n\nfn main() {\n    let a = String::from(\"hi\");\n    show(a);\n    show(a);\n}\n";
    std::fs::write(&answer, honest.replace("show(a)", "show(&a)")).unwrap();
    let r = grader_run(&[&args[..], &[answer.to_str().unwrap()]].concat());
    assert_eq!(r.code, 0, "{}", r.stdout);
}

#[test]
fn verify_proves_every_shortcut_fails_and_names_one_that_passes() {
    let (book, _) = book_with_rules(&[("cloning.rs", CLONING), ("printing.rs", PRINTING)]);
    let root = book.path().to_str().unwrap();
    let r = grader_run(&["verify", "--root", root]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(r.stdout.lines().last(), Some("9 passed, 0 failed"));
    let (book, _) = book_with_rules(&[("honest.rs", &HELPER.replace("\nfn unused() {}\n", ""))]);
    let r = grader_run(&["verify", "--root", book.path().to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout.contains(
            "FAIL exercises/moves/print-twice/shortcuts/honest.rs: this shortcut answer passes"
        ),
        "{}",
        r.stdout
    );
}

#[test]
fn grade_reports_the_broken_rule() {
    let (book, _) = book_with_rules(&[]);
    let class = tempfile::tempdir().unwrap();
    let learner = class.path().join("ann/moves");
    std::fs::create_dir_all(&learner).unwrap();
    std::fs::write(learner.join("print-twice.rs"), CLONING).unwrap();
    let report = class.path().join("report.json");
    let r = grader_run(&[
        "grade",
        class.path().join("ann").to_str().unwrap(),
        "--root",
        book.path().to_str().unwrap(),
        "--report",
        &format!("json={}", report.display()),
    ]);
    assert_ne!(r.code, 2, "{}\n{}", r.stdout, r.stderr);
    let text = std::fs::read_to_string(&report).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let result = &v["learners"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["exercise"] == "moves/print-twice")
        .cloned()
        .unwrap_or_else(|| panic!("no print-twice result: {text}"));
    assert_eq!(result["rule"]["rule"], "forbid", "{result}");
    assert_eq!(result["points"], 0);
}

#[test]
fn a_rule_that_can_never_match_is_a_spec_error_naming_file_line_and_field() {
    for (rules, words) in [
        (
            "[[forbid]]\ntokens = \"// only a comment\"\nreason = \"r\"\n",
            "exercise.toml:11: field `forbid`: `// only a comment` is not Rust tokens",
        ),
        (
            "[[require]]\ntokens = \"Rc\"\nreason = \"\"\n",
            "exercise.toml:11: field `require`: every rule needs a `reason`",
        ),
        (
            "[scope]\nkeep = [\"fn missing\"]\nreason = \"r\"\n",
            "exercise.toml:11: field `scope.keep`: the starter has no item `fn missing`",
        ),
    ] {
        let (book, ex) = book_with_rules(&[]);
        let spec = std::fs::read_to_string(ex.join("exercise.toml")).unwrap();
        let (head, starter) = spec.split_once("\n[[forbid]]").unwrap();
        let (_, starter) = starter.split_once("[starter]").unwrap();
        std::fs::write(
            ex.join("exercise.toml"),
            format!("{head}\n{rules}\n[starter]{starter}"),
        )
        .unwrap();
        let r = grader_run(&["verify", "--root", book.path().to_str().unwrap()]);
        assert_eq!(r.code, 2, "{}", r.stdout);
        assert!(r.stderr.contains(words), "{words}\n{}", r.stderr);
    }
}
