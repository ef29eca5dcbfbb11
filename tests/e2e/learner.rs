//! The learner's commands in temporary workspaces made from the real book: `init` (twice keeps
//! edits), `check` of the current exercise, `hint`, `solution` (refused before a pass), `reset`
//! (keeps a backup), `progress`, a corrupt progress file recovered, and `watch` re-grading a saved
//! file (with file events and with polling, stdin not a terminal).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::support::{Run, grader, repo_root, run};

/// An exercise of the real book.
pub(crate) struct Ex {
    /// Its id.
    pub id: String,
    /// Its kind.
    pub kind: String,
}

impl Ex {
    /// The reference solution.
    pub(crate) fn solution(&self) -> String {
        read(
            &repo_root()
                .join("exercises")
                .join(&self.id)
                .join("solution.rs"),
        )
    }

    /// The starter.
    pub(crate) fn starter(&self) -> String {
        read(
            &repo_root()
                .join("exercises")
                .join(&self.id)
                .join("starter.rs"),
        )
    }

    /// How many hints its spec gives.
    pub(crate) fn hint_count(&self) -> usize {
        let spec = read(
            &repo_root()
                .join("exercises")
                .join(&self.id)
                .join("exercise.toml"),
        );
        let v: toml::Value = toml::from_str(&spec).unwrap();
        v["hints"].as_array().map_or(0, Vec::len)
    }
}

/// The text of `path`.
pub(crate) fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every exercise of the book, in book order.
pub(crate) fn book() -> Vec<Ex> {
    let r = run(grader().args(["list", "--json", "--root"]).arg(repo_root()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.json_lines()
        .into_iter()
        .map(|v| Ex {
            id: v["id"].as_str().unwrap().to_string(),
            kind: v["kind"].as_str().unwrap().to_string(),
        })
        .collect()
}

/// The first exercise of `kind`.
pub(crate) fn first_of(kind: &str) -> Ex {
    book()
        .into_iter()
        .find(|e| e.kind == kind)
        .expect("an exercise of that kind")
}

/// The lines `child` prints on its stdout (which must be piped), read on a thread as they come.
pub(crate) fn stdout_lines(child: &mut Child) -> mpsc::Receiver<String> {
    let stdout = child.stdout.take().expect("stdout is piped");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap_or_default()).is_err() {
                break;
            }
        }
    });
    rx
}

/// A fresh workspace made by `grader init`.
pub(crate) fn workspace() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    let r = run(grader().arg("init").arg(&ws).arg("--root").arg(repo_root()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    (tmp, ws)
}

/// Asserts that a workspace file is `ex`'s starter under its comment header.
pub(crate) fn assert_starter(text: &str, ex: &Ex) {
    assert!(
        text.starts_with(&format!("// === {}: ", ex.id)),
        "no header: {text}"
    );
    assert!(text.ends_with(&ex.starter()), "not the starter: {text}");
}

/// Runs the grader in `ws` with `args`.
pub(crate) fn in_ws(ws: &Path, args: &[&str]) -> Run {
    run(grader().current_dir(ws).args(args))
}

/// The learner's file of `id` in `ws`.
pub(crate) fn file(ws: &Path, id: &str) -> PathBuf {
    ws.join(format!("{id}.rs"))
}

#[test]
fn init_twice_keeps_the_learners_edits_and_adds_only_what_is_missing() {
    let (_tmp, ws) = workspace();
    let all = book();
    assert!(ws.join("README.md").is_file());
    assert!(ws.join(".grader/progress.json").is_file());
    assert_starter(&read(&file(&ws, &all[0].id)), &all[0]);
    std::fs::write(file(&ws, &all[0].id), "// my work\n").unwrap();
    std::fs::remove_file(file(&ws, &all[1].id)).unwrap();
    std::fs::write(ws.join("README.md"), "my notes\n").unwrap();
    let r = run(grader().arg("init").arg(&ws).arg("--root").arg(repo_root()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("1 new exercise file(s)"), "{}", r.stdout);
    assert_eq!(read(&file(&ws, &all[0].id)), "// my work\n");
    assert_starter(&read(&file(&ws, &all[1].id)), &all[1]);
    assert_eq!(read(&ws.join("README.md")), "my notes\n");
    // Inside the workspace, init finds the book from the workspace's own record.
    let again = in_ws(&ws, &["init"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again.stdout.contains("0 new exercise file(s)"),
        "{}",
        again.stdout
    );
}

#[test]
fn check_without_an_id_grades_the_current_exercise_then_names_the_next() {
    let (_tmp, ws) = workspace();
    let all = book();
    std::fs::write(file(&ws, &all[0].id), all[0].solution()).unwrap();
    let r = in_ws(&ws.join(all[1].id.split('/').next().unwrap()), &["check"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains(&format!("PASS {}", all[0].id)),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains(&format!("Next: {}", all[1].id)),
        "{}",
        r.stdout
    );
    let r = in_ws(&ws, &["check"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout.contains(&format!("FAIL {}", all[1].id)),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains(&format!("grader hint {}", all[1].id)),
        "{}",
        r.stdout
    );
    // An explicit id grades that learner file; --json still works.
    let r = in_ws(&ws, &["check", &all[0].id, "--json"]);
    assert_eq!(r.code, 0);
    assert_eq!(r.json()["status"], "pass");
    let p = in_ws(&ws, &["progress", "--json"]).json();
    assert_eq!(p["solved"], 1);
    assert_eq!(p["current"], all[1].id.as_str());
}

#[test]
fn hints_come_one_more_per_call() {
    let (_tmp, ws) = workspace();
    let ex = book()
        .into_iter()
        .find(|e| e.hint_count() >= 2)
        .expect("an exercise with 2 hints");
    let first = in_ws(&ws, &["hint", &ex.id]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        first.stdout.contains("Hint 1/") && !first.stdout.contains("Hint 2/"),
        "{}",
        first.stdout
    );
    let second = in_ws(&ws, &["hint", &ex.id]);
    assert!(second.stdout.contains("Hint 2/"), "{}", second.stdout);
    for _ in 0..ex.hint_count() {
        in_ws(&ws, &["hint", &ex.id]);
    }
    let last = in_ws(&ws, &["hint", &ex.id]);
    assert!(
        last.stdout.contains("That was the last hint"),
        "{}",
        last.stdout
    );
}

#[test]
fn the_solution_is_refused_before_a_pass_and_shown_after_one_or_on_giving_up() {
    let (_tmp, ws) = workspace();
    let ex = first_of("compile-fail");
    let solution = ex.solution();
    let marker = solution
        .lines()
        .find(|l| l.trim().len() > 12)
        .unwrap()
        .trim()
        .to_string();
    let refused = in_ws(&ws, &["solution", &ex.id]);
    assert_eq!(refused.code, 1);
    assert!(
        refused.stderr.contains("once your version passes"),
        "{}",
        refused.stderr
    );
    assert!(refused.stderr.contains("--give-up"), "{}", refused.stderr);
    assert!(!refused.stdout.contains(&marker), "{}", refused.stdout);
    let given = in_ws(&ws, &["solution", &ex.id, "--give-up"]);
    assert_eq!(given.code, 0, "{}", given.stderr);
    assert!(given.stdout.contains(&marker));
    // Another exercise: after the learner's own version passes, it is shown without --give-up.
    let other = book()
        .into_iter()
        .filter(|e| e.kind == "compile-fail")
        .nth(1)
        .unwrap();
    std::fs::write(file(&ws, &other.id), other.solution()).unwrap();
    let shown = in_ws(&ws, &["solution", &other.id]);
    assert_eq!(shown.code, 0, "{}", shown.stderr);
    assert!(
        shown.stdout.contains("Reference solution of"),
        "{}",
        shown.stdout
    );
}

#[test]
fn reset_restores_the_starter_and_keeps_the_learners_version() {
    let (_tmp, ws) = workspace();
    let ex = first_of("compile-fail");
    std::fs::write(file(&ws, &ex.id), "// attempt one\n").unwrap();
    let r = in_ws(&ws, &["reset", &ex.id]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_starter(&read(&file(&ws, &ex.id)), &ex);
    std::fs::write(file(&ws, &ex.id), "// attempt two\n").unwrap();
    assert_eq!(in_ws(&ws, &["reset", &ex.id]).code, 0);
    let chapter = ex.id.split('/').next().unwrap();
    let dir = ws.join(".grader/backups").join(chapter);
    let mut kept: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| read(&e.unwrap().path()))
        .collect();
    kept.sort();
    assert_eq!(kept, ["// attempt one\n", "// attempt two\n"]);
    assert!(r.stdout.contains(".grader/backups/"), "{}", r.stdout);
}

#[test]
fn a_corrupt_progress_file_is_reported_backed_up_and_rebuilt_by_regrading() {
    let (_tmp, ws) = workspace();
    let ex = first_of("compile-fail");
    std::fs::write(file(&ws, &ex.id), ex.solution()).unwrap();
    let progress = ws.join(".grader/progress.json");
    std::fs::write(&progress, "{\"version\": 1, \"exercises\": {\"oops\"").unwrap();
    let r = in_ws(&ws, &["progress"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("is corrupt"), "{}", r.stderr);
    assert!(r.stderr.contains("backed up to"), "{}", r.stderr);
    assert!(
        r.stdout.contains("1/") && r.stdout.contains("solved"),
        "{}",
        r.stdout
    );
    let backups: Vec<PathBuf> = std::fs::read_dir(ws.join(".grader"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("progress.json.corrupt-"))
        .collect();
    assert_eq!(backups.len(), 1);
    assert!(read(&backups[0]).contains("oops"));
    let rebuilt: serde_json::Value = serde_json::from_str(&read(&progress)).unwrap();
    assert_eq!(rebuilt["exercises"][&ex.id]["state"], "solved");
}

#[test]
fn learner_commands_outside_a_workspace_or_with_bad_ids_explain_what_to_do() {
    let tmp = tempfile::tempdir().unwrap();
    let r = run(grader().current_dir(tmp.path()).arg("progress"));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("grader init"), "{}", r.stderr);
    let (_tmp, ws) = workspace();
    let r = in_ws(&ws, &["hint", "borrowing/no-such-exercise"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("no exercise `borrowing/no-such-exercise`"),
        "{}",
        r.stderr
    );
    let r = in_ws(&ws, &["reset", "../../etc/passwd"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("not a valid exercise id"), "{}", r.stderr);
    std::fs::write(ws.join(".grader/workspace.toml"), "version = [").unwrap();
    let r = in_ws(&ws, &["progress"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("workspace.toml"), "{}", r.stderr);
}

/// Starts `grader watch` in `ws`; once it is watching, saves a wrong version of a compile-fail
/// exercise, then its solution, waiting (bounded) for each verdict and the next exercise's name.
fn watch_regrades(ws: &Path, extra: &[&str]) {
    let ex = first_of("compile-fail");
    let mut child = Command::new(env!("CARGO_BIN_EXE_grader"))
        .env_remove("GRADER_ROOT")
        .env("NO_COLOR", "1")
        .current_dir(ws)
        .arg("watch")
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let rx = stdout_lines(&mut child);
    let wait_for = |want: &str, seen: &mut Vec<String>| {
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            match rx.recv_timeout(Duration::from_millis(200)) {
                Ok(line) if line.contains(want) => return true,
                Ok(line) => seen.push(line),
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(_) => break,
            }
        }
        false
    };
    let mut seen = Vec::new();
    let started = wait_for("Watching", &mut seen);
    std::fs::write(
        file(ws, &ex.id),
        format!("{}\n// still thinking\n", ex.starter()),
    )
    .unwrap();
    let failed = started && wait_for(&format!("FAIL {}", ex.id), &mut seen);
    std::fs::write(file(ws, &ex.id), ex.solution()).unwrap();
    let graded = failed && wait_for(&format!("PASS {}", ex.id), &mut seen);
    let next = graded && wait_for("Next: ", &mut seen);
    let _ = child.kill();
    let _ = child.wait();
    assert!(started, "watch did not start: {seen:?}");
    assert!(
        failed,
        "no FAIL verdict after saving a wrong version: {seen:?}"
    );
    assert!(
        graded,
        "no PASS verdict after saving the solution: {seen:?}"
    );
    assert!(next, "the next exercise is not named: {seen:?}");
    assert!(
        !seen.iter().any(|l| l.contains("\u{1b}[2J")),
        "cleared a non-terminal: {seen:?}"
    );
}

#[test]
fn watch_regrades_a_saved_file_with_file_events() {
    let (_tmp, ws) = workspace();
    // A scan interval longer than the test: only file events can make it in time.
    watch_regrades(&ws, &["--interval", "30000"]);
    let p = in_ws(&ws, &["progress", "--json"]).json();
    assert_eq!(p["solved"], 1);
}

#[test]
fn watch_regrades_a_saved_file_when_polling() {
    let (_tmp, ws) = workspace();
    watch_regrades(&ws, &["--poll", "--interval", "100"]);
}
