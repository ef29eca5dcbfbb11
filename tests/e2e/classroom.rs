//! Class grading: a synthetic class of 21 learners made from the book's starters and solutions,
//! and from answers that are partly right (they compile but print the wrong thing, or get the
//! right code on the wrong line), graded into every report with the partial credit the specs give
//! (JUnit validated against the Jenkins JUnit schema with `xmllint`, CSV totals that add up),
//! `--partition` over 3 shares then `merge` equal to the single run, learner output and folder
//! names unable to issue workflow commands in GitHub Actions logs, folders whose names are not
//! UTF-8 graded under distinct names, CSV cells defused, and bad input explained.
//!
//! This file makes the class and holds the helpers the submodules (and `check` and `workflows`)
//! share; the tests live in the submodules, one behaviour each.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::learner::{Ex, book};
use crate::support::{Run, fixture, grader, repo_root, run};

mod actions;
mod attempted;
mod cache;
mod full_disk;
mod input;
mod names;
mod reports;

/// What a learner's answer to one exercise is.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Answer {
    Solution,
    Starter,
    Missing,
    /// Worth the exercise's partial credit: the solution printing a line otherwise (run-pass),
    /// or moved one line down (compile-fail with pinned lines).
    PartlyRight,
}

/// The exercise's `exercise.toml`.
pub(crate) fn spec_of(ex: &Ex) -> toml::Table {
    let path = repo_root()
        .join("exercises")
        .join(&ex.id)
        .join("exercise.toml");
    toml::from_str(&read(&path)).unwrap()
}

/// The points the spec's `[partial]` table gives, if it has one.
pub(crate) fn partial_points(ex: &Ex) -> Option<u64> {
    let partial = spec_of(ex).get("partial")?.as_table()?.clone();
    partial
        .values()
        .find_map(|v| v.as_integer())
        .map(|n| n as u64)
}

/// An answer to `ex` that fails but earns its partial credit: the solution whose first
/// `println!` prints its line with a `~` in front (run-pass; no token changes, so only rules
/// that keep `main` refuse it), or moved one line down (compile-fail with pinned lines).
pub(crate) fn partly_right(ex: &Ex) -> String {
    let solution = ex.solution();
    if ex.kind == "run-pass" {
        assert!(solution.contains("println!(\""), "{}", ex.id);
        solution.replacen("println!(\"", "println!(\"~", 1)
    } else {
        format!("\n{solution}")
    }
}

/// Whether [`partly_right`]'s answer to `ex` earns its partial credit, as `grader check` judges
/// it (an exercise whose rules keep `main`, count its `println`s or keep it outside an edit
/// region refuses the answer by a rule instead).
fn partly_right_earns_credit(ex: &Ex) -> bool {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answer.rs");
    std::fs::write(&file, partly_right(ex)).unwrap();
    let root = repo_root();
    let r = run(grader()
        .args(["check", &ex.id, "--json", "--root"])
        .arg(&root)
        .arg("--file")
        .arg(&file));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap_or_default();
    v["status"] == "fail" && v.get("rule").is_none() && v["partly"].is_string()
}

/// The first run-pass exercise with `[partial] compiles` whose `main` may change, and the first
/// compile-fail one with `[partial] codes`, in book order.
pub(crate) fn partial_credit_exercises() -> Vec<Ex> {
    let mut found: Vec<Ex> = Vec::new();
    for e in book() {
        let wanted = ["run-pass", "compile-fail"].contains(&e.kind.as_str());
        if wanted
            && !found.iter().any(|f| f.kind == e.kind)
            && partial_points(&e).is_some()
            && partly_right_earns_credit(&e)
        {
            found.push(e);
        }
    }
    assert_eq!(
        found.len(),
        2,
        "a run-pass and a compile-fail exercise with [partial]"
    );
    found
}

/// A synthetic class in a temporary folder, made by [`class`].
pub(crate) struct Class {
    _tmp: tempfile::TempDir,
    /// The temporary folder holding `submissions/`.
    pub base: PathBuf,
    /// learner → exercise → answer.
    answers: BTreeMap<String, BTreeMap<String, Answer>>,
}

/// `n` learners answering `exercises` with a mix of solutions, starters and missing files; the
/// first learner's folder is a real workspace made by `grader init`.
pub(crate) fn class(n: usize, exercises: &[Ex], odd_name: &str) -> Class {
    let tmp = tempfile::tempdir().unwrap();
    let base = tmp.path().to_path_buf();
    let subs = base.join("submissions");
    let mut answers = BTreeMap::new();
    for i in 0..n {
        let name = if i == n - 1 {
            odd_name.to_string()
        } else {
            format!("learner-{i:02}")
        };
        let dir = subs.join(&name);
        if i == 0 {
            let r = run(grader()
                .arg("init")
                .arg(&dir)
                .arg("--root")
                .arg(repo_root()));
            assert_eq!(r.code, 0, "{}", r.stderr);
        }
        let mut mine = BTreeMap::new();
        for (j, ex) in exercises.iter().enumerate() {
            let answer = match (i + j) % 3 {
                _ if i % 5 == 4 && j == i % exercises.len() => Answer::Missing,
                0 => Answer::Starter,
                2 if partial_points(ex).is_some() => Answer::PartlyRight,
                _ => Answer::Solution,
            };
            let path = dir.join(format!("{}.rs", ex.id));
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            match answer {
                Answer::Solution => std::fs::write(&path, ex.solution()).unwrap(),
                Answer::Starter => std::fs::write(&path, ex.starter()).unwrap(),
                Answer::PartlyRight => std::fs::write(&path, partly_right(ex)).unwrap(),
                Answer::Missing => {
                    let _ = std::fs::remove_file(&path);
                }
            }
            mine.insert(ex.id.clone(), answer);
        }
        answers.insert(name, mine);
    }
    Class {
        _tmp: tmp,
        base,
        answers,
    }
}

/// Runs `grader grade` on every learner of `class` and the given `exercises`, with `extra`
/// arguments (reports, a partition) and no verdict cache.
fn grade(class: &Class, exercises: &[Ex], extra: &[&str]) -> Run {
    let mut cmd = grader();
    // Hermetic: no verdict remembered from another run (the warm cache is tested in `cache.rs`).
    cmd.current_dir(&class.base)
        .env("GRADER_CACHE_DIR", "off")
        .arg("grade")
        .arg("--root")
        .arg(repo_root());
    for name in class.answers.keys() {
        cmd.arg(Path::new("submissions").join(name));
    }
    for ex in exercises {
        cmd.args(["--exercises", &ex.id]);
    }
    cmd.args(extra);
    run(&mut cmd)
}

/// The text of the file at `path`; a file that cannot be read fails the test, naming it.
pub(crate) fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The JSON document in the file at `path`.
pub(crate) fn json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&read(path)).unwrap()
}

/// Validates a JUnit file against the shipped Jenkins JUnit schema with `xmllint`.
pub(crate) fn assert_valid_junit(path: &Path) {
    let xsd = fixture("junit/jenkins-junit.xsd");
    let out = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&xsd)
        .arg(path)
        .output()
        .expect("xmllint runs: install it with `apt-get install libxml2-utils`");
    assert!(
        out.status.success(),
        "{} does not validate:\n{}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The first `n` compile-fail exercises of the book, in book order.
pub(crate) fn compile_fail_exercises(n: usize) -> Vec<Ex> {
    book()
        .into_iter()
        .filter(|e| e.kind == "compile-fail")
        .take(n)
        .collect()
}

/// The lines of `log` (a stdout or stderr captured under `GITHUB_ACTIONS=true`) that the Actions
/// runner would take for a workflow command if it were not stopped: after leading white space
/// they start with `::`, or they hold `##[` anywhere. The grader's own `::stop-commands::TOKEN`
/// and `::TOKEN::` lines, which open and close a fence, are left out; a line between them is
/// listed too (the runner would ignore it, but a fence on stdout does not cover stderr).
fn workflow_commands(log: &str) -> Vec<String> {
    let mut fence: Option<String> = None;
    let mut found = Vec::new();
    for line in log.lines() {
        if let Some(token) = &fence {
            if line == format!("::{token}::") {
                fence = None;
                continue;
            }
        } else if let Some(token) = line.strip_prefix("::stop-commands::") {
            assert!(token.len() >= 32, "a guessable fence token: {line}");
            fence = Some(token.to_string());
            continue;
        }
        if line.trim_start().starts_with("::") || line.contains("##[") {
            found.push(line.to_string());
        }
    }
    assert!(fence.is_none(), "a fence is never closed:\n{log}");
    found
}

/// Fails the test, naming every line of both streams, if `r` printed anything the Actions runner
/// could take for a workflow command (see [`workflow_commands`]).
pub(crate) fn assert_no_workflow_command(r: &Run) {
    let found: Vec<(&str, String)> = [("stdout", &r.stdout), ("stderr", &r.stderr)]
        .into_iter()
        .flat_map(|(name, log)| workflow_commands(log).into_iter().map(move |l| (name, l)))
        .collect();
    assert!(
        found.is_empty(),
        "workflow commands {found:#?} in\n--- stdout ---\n{}\n--- stderr ---\n{}",
        r.stdout,
        r.stderr
    );
}
