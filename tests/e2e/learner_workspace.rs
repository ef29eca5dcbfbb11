//! The learner's workspace beyond the basics: made anywhere from the exercises built into the
//! grader (recording a version, not a path), a Cargo project that cargo and rust-analyzer read,
//! a comment header on every file that line pins look past, the goal printed after a fail,
//! workspace-relative paths in diagnostics, `grader list` with each exercise's status, and
//! commands that default to the current exercise.

use std::path::Path;
use std::process::Command;

use crate::learner::{book, file, first_of, in_ws, read, workspace};
use crate::support::{grader, repo_root, run};

/// `cargo metadata` of the workspace: the paths of its binaries, relative to it.
pub(crate) fn cargo_bins(ws: &Path) -> Vec<String> {
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(ws)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let root = ws.canonicalize().unwrap();
    let mut bins = Vec::new();
    for package in meta["packages"].as_array().unwrap() {
        for target in package["targets"].as_array().unwrap() {
            assert_eq!(target["kind"][0], "bin", "{target}");
            let path = Path::new(target["src_path"].as_str().unwrap())
                .canonicalize()
                .unwrap();
            bins.push(path.strip_prefix(&root).unwrap().display().to_string());
        }
    }
    bins.sort();
    bins
}

/// Every exercise file of the book, relative to a workspace, sorted.
pub(crate) fn every_file() -> Vec<String> {
    let mut files: Vec<String> = book().iter().map(|e| format!("{}.rs", e.id)).collect();
    files.sort();
    files
}

#[test]
fn init_outside_any_book_uses_the_exercises_built_into_the_grader_and_records_a_version() {
    let tmp = tempfile::tempdir().unwrap();
    let r = run(grader().current_dir(tmp.path()).args(["init", "mine"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("built into this grader"), "{}", r.stdout);
    let ws = tmp.path().join("mine");
    let marker = read(&ws.join(".grader/workspace.toml"));
    assert!(marker.contains("exercise_set = \"0."), "{marker}");
    assert!(
        !marker.contains(&repo_root().display().to_string()) && !marker.contains("exercises ="),
        "the marker records a path: {marker}"
    );
    // The same version as a workspace made from the book on disk: the set is the book's.
    let (_tmp2, from_book) = workspace();
    let other = read(&from_book.join(".grader/workspace.toml"));
    let version = |m: &str| {
        m.lines()
            .find(|l| l.starts_with("exercise_set"))
            .map(str::to_string)
    };
    assert_eq!(version(&marker), version(&other));
    // Grading works there with no book anywhere around.
    let ex = first_of("compile-fail");
    std::fs::write(file(&ws, &ex.id), ex.solution()).unwrap();
    let r = in_ws(&ws, &["check", &ex.id]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    // And the listing without a workspace comes from the grader's own set too.
    let listed = run(grader().current_dir(tmp.path()).args(["list", "--json"]));
    assert_eq!(listed.code, 0, "{}", listed.stderr);
    assert_eq!(listed.json_lines().len(), book().len());
}

#[test]
fn the_workspace_is_a_cargo_project_with_one_binary_per_exercise_file() {
    let (_tmp, ws) = workspace();
    assert_eq!(cargo_bins(&ws), every_file());
    let ra = read(&ws.join("rust-analyzer.toml"));
    assert!(ra.contains("--keep-going"), "{ra}");
    // `cargo check --bin NAME` checks that one file; the starter of a fix-it exercise fails
    // with the error its spec documents, and a solved exercise beside it is clean.
    let manifest = read(&ws.join("Cargo.toml"));
    let ex = first_of("run-pass");
    let bin = ex.id.rsplit('/').next().unwrap();
    assert!(
        manifest.contains(&format!("name = \"{bin}\"")),
        "{manifest}"
    );
    std::fs::write(file(&ws, &ex.id), ex.solution()).unwrap();
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["check", "--offline", "--quiet", "--bin", bin])
        .env("CARGO_TARGET_DIR", ws.join("target"))
        .current_dir(&ws)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn init_adds_new_exercises_and_rewrites_its_manifest_keeping_the_old_one() {
    let (_tmp, ws) = workspace();
    let all = book();
    let last = all.last().unwrap();
    // As if the workspace were made before the last exercise existed.
    let marker_path = ws.join(".grader/workspace.toml");
    let marker = read(&marker_path).replace(&format!(", \"{}\"", last.id), "");
    std::fs::write(&marker_path, marker).unwrap();
    std::fs::remove_file(file(&ws, &last.id)).unwrap();
    let old = read(&ws.join("Cargo.toml")) + "# my note\n";
    std::fs::write(ws.join("Cargo.toml"), &old).unwrap();
    let r = in_ws(&ws, &["init"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("1 new exercise file(s)"), "{}", r.stdout);
    assert!(
        r.stdout.contains("Cargo.toml was rewritten"),
        "{}",
        r.stdout
    );
    assert_eq!(cargo_bins(&ws), every_file());
    let backups: Vec<String> = std::fs::read_dir(ws.join(".grader/backups"))
        .unwrap()
        .map(|e| read(&e.unwrap().path()))
        .collect();
    assert_eq!(backups, [old]);
    // A Cargo.toml of the learner's own is never replaced.
    std::fs::write(ws.join("Cargo.toml"), "[package]\nname = \"mine\"\n").unwrap();
    let r = in_ws(&ws, &["init"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("left as it is"), "{}", r.stdout);
    assert_eq!(read(&ws.join("Cargo.toml")), "[package]\nname = \"mine\"\n");
}

#[test]
fn line_pins_count_from_below_the_header_and_a_fail_prints_the_goal() {
    let (_tmp, ws) = workspace();
    // An exercise whose spec pins its error code to a line of the starter.
    let id = "borrowing/assign-while-borrowed";
    let ex = book().into_iter().find(|e| e.id == id).unwrap();
    let path = file(&ws, id);
    let header: String = read(&path)
        .lines()
        .take_while(|l| l.starts_with("//"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(header.contains("Goal: rustc rejects"), "{header}");
    assert!(header.contains(&format!("grader check {id}")), "{header}");
    std::fs::write(&path, format!("{header}{}", ex.solution())).unwrap();
    let r = in_ws(&ws, &["check", id]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    // A wrong answer: the goal follows rustc's output.
    std::fs::write(&path, format!("{header}fn main() {{}}\n")).unwrap();
    let r = in_ws(&ws, &["check", id]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let fail = r.stdout.find(&format!("FAIL {id}")).unwrap();
    let goal = r.stdout.find("Goal: rustc rejects").expect("the goal");
    assert!(goal > fail, "{}", r.stdout);
}

#[test]
fn diagnostics_name_the_file_by_its_path_in_the_workspace() {
    let (_tmp, ws) = workspace();
    let ex = book()
        .into_iter()
        .find(|e| e.id == "stack-and-heap/pointer-sizes")
        .unwrap();
    let r = in_ws(&ws, &["check", &ex.id]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout.contains("--> stack-and-heap/pointer-sizes.rs:"),
        "{}",
        r.stdout
    );
    assert!(
        !r.stdout.contains("\u{1b}["),
        "colour on a pipe: {}",
        r.stdout
    );
}

#[test]
fn list_in_a_workspace_shows_each_exercises_status_and_points() {
    let (_tmp, ws) = workspace();
    let all = book();
    std::fs::write(file(&ws, &all[0].id), all[0].solution()).unwrap();
    assert_eq!(in_ws(&ws, &["check", &all[0].id]).code, 0);
    assert_eq!(in_ws(&ws, &["check", &all[1].id]).code, 1);
    let r = in_ws(&ws, &["list", "--json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows = r.json_lines();
    assert_eq!(rows.len(), all.len());
    assert_eq!(rows[0]["status"], "solved");
    assert_eq!(rows[0]["points_earned"], rows[0]["points"]);
    assert_eq!(rows[1]["status"], "attempted");
    assert_eq!(rows[1]["current"], true);
    assert_eq!(rows[2]["status"], "not-started");
    let text = in_ws(&ws, &["list"]).stdout;
    let second = text.lines().nth(1).unwrap();
    assert!(
        second.starts_with('>') && second.contains("attempted"),
        "{text}"
    );
}

#[test]
fn solution_and_reset_work_on_the_current_exercise_without_an_id() {
    let (_tmp, ws) = workspace();
    let all = book();
    std::fs::write(file(&ws, &all[0].id), "// my attempt\n").unwrap();
    let r = in_ws(&ws, &["reset"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains(&all[0].id), "{}", r.stdout);
    crate::learner::assert_starter(&read(&file(&ws, &all[0].id)), &all[0]);
    let r = in_ws(&ws, &["solution", "--give-up"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains(&format!("Reference solution of {}", all[0].id)),
        "{}",
        r.stdout
    );
}

#[test]
fn every_command_takes_root_and_its_alias_book_and_shows_an_example() {
    for args in [["list", "--root"], ["list", "--book"]] {
        let r = run(grader().args(args).arg(repo_root()).arg("--json"));
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    }
    for cmd in [
        "list", "check", "verify", "build", "serve", "init", "watch", "progress", "hint",
        "solution", "reset", "grade", "merge", "doctor",
    ] {
        let r = run(grader().args([cmd, "--help"]));
        assert_eq!(r.code, 0, "{cmd}: {}", r.stderr);
        assert!(r.stdout.contains("Example"), "{cmd} --help has no example");
        if !matches!(cmd, "merge" | "doctor") {
            assert!(r.stdout.contains("--root"), "{cmd} --help has no --root");
        }
    }
}

#[test]
fn an_installed_grader_makes_a_workspace_in_an_empty_folder_outside_the_repository() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(
        !tmp.path().starts_with(repo_root().canonicalize().unwrap()),
        "the temporary folder is inside the repository"
    );
    // Installed as a learner installs it, offline, reusing this build's target folder (so the
    // install only links and copies what the tests already built).
    let target = Path::new(env!("CARGO_BIN_EXE_grader"))
        .ancestors()
        .nth(2)
        .unwrap()
        .to_path_buf();
    let install = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["install", "--offline", "--debug", "--quiet", "--path"])
        .arg(repo_root().join("cli"))
        .arg("--root")
        .arg(tmp.path().join("prefix"))
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .unwrap();
    assert!(
        install.status.success(),
        "{}",
        String::from_utf8_lossy(&install.stderr)
    );
    let installed = tmp.path().join("prefix/bin/grader");
    let home = tmp.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let r = run(Command::new(&installed)
        .current_dir(&home)
        .env_remove("GRADER_ROOT")
        .env("NO_COLOR", "1")
        .args(["init", "rust-memory"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ws = home.join("rust-memory");
    assert_eq!(cargo_bins(&ws), every_file());
    let r = run(Command::new(&installed)
        .current_dir(&ws)
        .env_remove("GRADER_ROOT")
        .env("NO_COLOR", "1")
        .arg("check"));
    assert_eq!(
        r.code, 1,
        "the first starter fails: {}\n{}",
        r.stdout, r.stderr
    );
    assert!(r.stdout.contains("Goal:"), "{}", r.stdout);
}

#[test]
fn a_solved_trigger_it_exercise_failing_on_purpose_does_not_hide_another_files_errors() {
    let (_tmp, ws) = workspace();
    let trigger = book()
        .into_iter()
        .find(|e| {
            e.kind == "compile-fail"
                && crate::classroom::spec_of(e)["starter"]["kind"].as_str() != Some("compile-fail")
        })
        .expect("a trigger-it exercise");
    let fix = first_of("run-pass");
    std::fs::write(file(&ws, &trigger.id), trigger.solution()).unwrap();
    let bin = |id: &str| id.rsplit('/').next().unwrap().to_string();
    // What rust-analyzer runs, with the arguments `rust-analyzer.toml` adds: both files'
    // errors are reported, the one failing on purpose and the starter still to fix.
    let ra = read(&ws.join("rust-analyzer.toml"));
    assert!(ra.contains("extraArgs = [\"--keep-going\"]"), "{ra}");
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args([
            "check",
            "--offline",
            "--keep-going",
            "-j",
            "1",
            "--message-format",
            "short",
        ])
        .args(["--bin", &bin(&trigger.id), "--bin", &bin(&fix.id)])
        .env("CARGO_TARGET_DIR", ws.join("target"))
        .current_dir(&ws)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    for id in [&trigger.id, &fix.id] {
        assert!(
            stderr.contains(&format!("{id}.rs:")),
            "no diagnostics of {id}: {stderr}"
        );
    }
}
