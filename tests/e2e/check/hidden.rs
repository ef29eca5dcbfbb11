//! Hidden checks through the command line, on the `grader-checks` fixture book, whose
//! numbers/double exercise has a checks.rs calling `double` on inputs its `main` never uses: an
//! answer that fits only `main` fails the check, named with what it expected; a learner's code
//! cannot forge the checks' report nor end the program to skip them; a check that never ends is
//! stopped; an answer the checks cannot call fails saying so while its own compile errors read as
//! rustc's; and `grade` (batched) gives each answer the verdict `check` (alone) gives.

use std::path::Path;

use crate::support::{fixture, grader_run};

fn book() -> String {
    fixture("books/grader-checks").to_str().unwrap().to_string()
}

/// `grader check numbers/double --json` on `source`.
fn check(source: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let answer = dir.path().join("double.rs");
    std::fs::write(&answer, source).unwrap();
    let r = grader_run(&[
        "check",
        "numbers/double",
        "--root",
        &book(),
        "--json",
        "--file",
        answer.to_str().unwrap(),
    ]);
    assert!(r.code == 0 || r.code == 1, "{}{}", r.stdout, r.stderr);
    r.json()
}

const MAIN: &str = "\nfn main() {\n    println!(\"{}\", double(2));\n}\n";

fn answer(body: &str) -> String {
    format!("fn double(x: i32) -> i32 {{\n{body}\n}}\n{MAIN}")
}

#[test]
fn an_answer_that_fits_only_main_fails_the_hidden_check_with_what_it_expected() {
    let v = check(&answer("    x + 2"));
    assert_eq!(v["status"], "fail");
    assert_eq!(
        v["message"],
        "hidden check failed: `double` doubles a negative number: `double(x)` returned -1, expected -6 (2 of 2 checks failed)"
    );
    assert_eq!(v["check"]["name"], "`double` doubles a negative number");
    assert_eq!(
        v["partly"], "compiles",
        "the output was right: partial credit"
    );
    assert_eq!(v["stdout"], "4\n", "the program's own output is kept");
    let v = check(&answer("    x * 2"));
    assert_eq!(v["status"], "pass", "{v}");
    assert!(v.get("check").is_none());
}

#[test]
fn an_answer_returning_a_type_whose_eq_is_always_true_does_not_pass_check_eq() {
    let fake = "#[derive(Debug)]\nstruct Any(i32);\n\
                impl PartialEq<i32> for Any { fn eq(&self, _: &i32) -> bool { true } }\n\
                impl std::fmt::Display for Any {\n\
                    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { write!(f, \"{}\", self.0 * 2) }\n\
                }\n\
                fn double(x: i32) -> Any { Any(x) }\n";
    let v = check(&format!("{fake}{MAIN}"));
    assert_eq!(v["status"], "fail", "{v}");
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .starts_with("the exercise's hidden checks cannot use your answer: mismatched types"),
        "{v}"
    );
}

#[test]
fn a_panic_in_the_learners_code_under_a_check_names_its_place() {
    let v = check(&answer("    if x < 0 { panic!(\"negative\") }\n    x * 2"));
    assert_eq!(v["status"], "fail");
    let message = v["message"].as_str().unwrap();
    assert!(
        message.contains("`double` doubles a negative number: negative (at double.rs:2:16)"),
        "{message}"
    );
}

#[test]
fn printed_check_results_and_an_early_exit_do_not_pass() {
    let forged = answer(
        "    if x != 2 {\n        let mut nonce = String::new();\n        let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut nonce);\n        println!(\"{nonce} pass 0\\n{nonce} pass 1\\n{nonce} done\\npass 0\\ndone\");\n        std::process::exit(0);\n    }\n    x * 2",
    );
    let v = check(&forged);
    assert_eq!(v["status"], "fail", "{v}");
    assert_eq!(
        v["message"],
        "the hidden checks did not finish: the program exited with status 0 while they ran (does your code end the program?)"
    );
}

/// An answer whose `main` lives in a module and is imported: the checks cannot be attached.
const IMPORTED_MAIN: &str = "mod m {\n    pub fn double(x: i32) -> i32 {\n        x + 2\n    }\n    pub fn main() {\n        println!(\"{}\", double(2));\n    }\n}\nuse m::*;\n";

#[test]
fn an_answer_that_imports_main_cannot_skip_the_checks() {
    let v = check(IMPORTED_MAIN);
    assert_eq!(v["status"], "fail", "{v}");
    assert_eq!(
        v["message"],
        "the exercise's hidden checks cannot run: they need the answer's `fn main` defined at its top level (not imported with `use`)"
    );
}

#[test]
fn a_check_that_never_ends_is_stopped_and_fails() {
    let v = check(&answer("    while x < 0 {}\n    x * 2"));
    assert_eq!(v["status"], "fail");
    let message = v["message"].as_str().unwrap();
    assert!(
        message.contains("`double` doubles a negative number: did not finish within 5 s"),
        "{message}"
    );
    assert_eq!(
        v["stopped"], "check-time",
        "a verdict a limit decided is marked, never cached"
    );
}

#[test]
fn an_answer_the_checks_cannot_call_fails_saying_so_and_its_own_errors_read_as_rustcs() {
    let changed = "fn double(x: i64) -> i64 {\n    x * 2\n}\n".to_string() + MAIN;
    let v = check(&changed);
    assert_eq!(v["status"], "fail");
    let message = v["message"].as_str().unwrap();
    assert!(
        message
            .starts_with("the exercise's hidden checks cannot use your answer: mismatched types (checks.rs line 10)"),
        "{message}"
    );
    assert_eq!(v["partly"], "compiles");
    // An answer with its own error: rustc's diagnostics for the answer alone, lines as written.
    let broken = answer("    x * \"2\"");
    let v = check(&broken);
    assert_eq!(v["status"], "fail");
    let diagnostics = v["diagnostics"].as_str().unwrap();
    assert!(diagnostics.contains("--> double.rs:2:7"), "{diagnostics}");
    assert!(!diagnostics.contains("__grader"), "{diagnostics}");
    assert!(v.get("partly").is_none());
}

#[test]
fn grade_gives_every_answer_the_verdict_check_gives() {
    let answers = [
        ("ann", answer("    x * 2")),
        ("bob", answer("    x + 2")),
        (
            "cat",
            answer("    if x < 0 { panic!(\"negative\") }\n    x * 2"),
        ),
        ("dan", answer("    x * \"2\"")),
        (
            "eve",
            "fn double(x: i64) -> i64 {\n    x * 2\n}\n".to_string() + MAIN,
        ),
    ];
    let class = tempfile::tempdir().unwrap();
    for (name, source) in &answers {
        write(&class.path().join(name).join("numbers/double.rs"), source);
    }
    let report = class.path().join("report.json");
    let learners: Vec<String> = answers
        .iter()
        .map(|(name, _)| class.path().join(name).to_str().unwrap().to_string())
        .collect();
    let mut args = vec!["grade"];
    args.extend(learners.iter().map(String::as_str));
    let book = book();
    let report_arg = format!("json={}", report.display());
    args.extend(["--root", &book, "--report", &report_arg]);
    let r = grader_run(&args);
    assert!(r.code == 0 || r.code == 1, "{}{}", r.stdout, r.stderr);
    let graded: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    for (name, source) in &answers {
        let alone = check(source);
        let learner = graded["learners"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["name"] == *name)
            .unwrap_or_else(|| panic!("{name} in {graded}"));
        let result = &learner["results"][0];
        assert_eq!(
            result["status"], alone["status"],
            "{name}: {result} vs {alone}"
        );
        assert_eq!(result["message"], alone["message"], "{name}");
    }
    // The answer that only fits `main` earns the partial credit for compiling, no more.
    assert_eq!(graded["learners"][1]["score"], 3, "{graded}");
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}
