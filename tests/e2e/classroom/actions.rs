//! Grading in GitHub Actions: learner output is fenced with `::stop-commands::` and a random
//! token, so it can neither issue workflow commands nor pass for a points line; outside Actions
//! there is no fence. No folder name (in a warning on stderr too) and no learner output can read as
//! a workflow command, fenced or not.

use std::path::Path;

use super::assert_no_workflow_command;
use crate::support::{fixture, grader, run};

/// Writes `source` as the answer to the run-pass exercise of the `grader-basic` fixture book
/// (whose specs have no rules, so any program is judged by its output) in the learner folder
/// `dir`, and returns the exercise's id.
fn run_pass_answer(dir: &Path, source: &str) -> String {
    let id = "moves/print-twice";
    let file = dir.join(format!("{id}.rs"));
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, source).unwrap();
    id.to_string()
}

/// The root of the book the answers are graded against.
fn book_root() -> std::path::PathBuf {
    fixture("books/grader-basic")
}

#[test]
fn in_github_actions_learner_output_is_fenced_and_cannot_pass_for_points() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("Points 100 of 100");
    let id = run_pass_answer(
        &dir,
        "fn main() {\n    println!(\"::error title=x::pwned\");\n    println!(\"Points 100/100\");\n}\n",
    );
    let mut cmd = grader();
    cmd.env("GITHUB_ACTIONS", "true")
        .arg("grade")
        .arg(&dir)
        .args(["--exercises", &id, "--root"])
        .arg(book_root());
    let r = run(&mut cmd);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with("::stop-commands::"))
        .expect("a fence");
    let token = &lines[start]["::stop-commands::".len()..];
    assert_eq!(token.len(), 32, "{token}");
    let end = lines
        .iter()
        .position(|l| *l == format!("::{token}::"))
        .expect("the fence closes");
    assert!(
        lines[start + 1..end].iter().all(|l| l.starts_with("  | ")),
        "{}",
        r.stdout
    );
    assert!(
        lines[start + 1..end]
            .iter()
            .any(|l| l.contains("::error title=x::pwned")),
        "{}",
        r.stdout
    );
    for (i, l) in lines.iter().enumerate() {
        assert!(!l.starts_with("Points"), "line {i} could fake points: {l}");
        if l.contains("pwned") {
            assert!(i > start && i < end, "unfenced: {l}");
        }
    }
    let plain = run(grader()
        .arg("grade")
        .arg(&dir)
        .args(["--exercises", &id, "--root"])
        .arg(book_root()));
    assert!(!plain.stdout.contains("::stop-commands::"));
}

#[test]
fn in_github_actions_no_folder_name_or_learner_output_can_issue_a_workflow_command() {
    let tmp = tempfile::tempdir().unwrap();
    let id = run_pass_answer(
        &tmp.path().join("ann"),
        "fn main() {\n    println!(\"::error::pwned\\n  ::add-mask::x\\nsee ##[warning]pwned\");\n    eprintln!(\"::set-output name=a::pwned\");\n}\n",
    );
    // Folders with none of the exercise files: each is named in a warning on stderr.
    let odd = ["x\n::warning::pwned", "##[warning]pwned", "::error::pwned"];
    for name in odd {
        std::fs::create_dir_all(tmp.path().join(name)).unwrap();
    }
    let mut cmd = grader();
    cmd.current_dir(tmp.path())
        .env("GITHUB_ACTIONS", "true")
        .env("GRADER_CACHE_DIR", "off")
        .arg("grade")
        .arg("ann")
        .args(odd)
        .args(["--exercises", &id, "--root"])
        .arg(book_root());
    let r = run(&mut cmd);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(
        r.stderr.matches("warning: ").count(),
        odd.len(),
        "{}",
        r.stderr
    );
    assert!(r.stdout.contains("pwned"), "{}", r.stdout);
    assert_no_workflow_command(&r);
}
