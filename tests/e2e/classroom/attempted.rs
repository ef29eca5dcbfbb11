//! Class reports tell "not attempted" from "wrong": a workspace file left as handed out (header
//! and all) is `unchanged`, a blank file `empty`, no file `missing`, and a wrong answer `fail`, in
//! every report format; progress lines come in learner order (by name, as in the reports); one learner is "1 learner"; the
//! reports get the user's umask, not the private mode of a temporary file.

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use crate::classroom::{compile_fail_exercises, json, read};
use crate::support::{grader, repo_root, run};

#[test]
fn untouched_empty_and_missing_files_are_not_attempted_and_reported_apart_from_wrong_answers() {
    let tmp = tempfile::tempdir().unwrap();
    let exercises = compile_fail_exercises(4);
    // A real workspace: its files open with the comment header.
    let ws = tmp.path().join("ann");
    let r = run(grader().arg("init").arg(&ws).arg("--root").arg(repo_root()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let path = |i: usize| ws.join(format!("{}.rs", exercises[i].id));
    // 0 stays as handed out; 1 is blanked; 2 is deleted; 3 is wrong.
    std::fs::write(path(1), "\n  \n").unwrap();
    std::fs::remove_file(path(2)).unwrap();
    std::fs::write(path(3), "fn main() {}\n").unwrap();
    let reports = tmp.path().join("out");
    let mut cmd = grader();
    cmd.current_dir(tmp.path())
        .env("GRADER_CACHE_DIR", "off")
        .args(["grade", "--root"])
        .arg(repo_root())
        .arg(&ws);
    for ex in &exercises {
        cmd.args(["--exercises", &ex.id]);
    }
    for (format, file) in [
        ("json", "r.json"),
        ("junit", "r.xml"),
        ("markdown", "r.md"),
        ("classroom", "c.json"),
        ("csv", "r.csv"),
    ] {
        cmd.arg("--report")
            .arg(format!("{format}={}", reports.join(file).display()));
    }
    // A umask that differs from the private mode the reports are written through.
    let mut cmd = umasked(cmd, "027");
    let r = run(&mut cmd);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("1 learner,"), "{}", r.stdout);
    assert!(r.stdout.contains("3 not attempted"), "{}", r.stdout);
    let doc = json(&reports.join("r.json"));
    let statuses: Vec<&str> = doc["learners"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["unchanged", "empty", "missing", "fail"]);
    let xml = read(&reports.join("r.xml"));
    for t in ["unchanged", "empty", "missing", "fail"] {
        assert!(xml.contains(&format!("type=\"{t}\"")), "{t}: {xml}");
    }
    let md = read(&reports.join("r.md"));
    assert!(md.contains("| unchanged | empty |"), "{md}");
    assert!(md.contains("1 learner, 4 exercises"), "{md}");
    let classroom = read(&reports.join("c.json"));
    assert!(
        classroom.contains("unchanged: not attempted"),
        "{classroom}"
    );
    let csv = read(&reports.join("r.csv"));
    assert!(
        csv.contains(&format!("{} (unchanged); ", exercises[0].id)),
        "{csv}"
    );
    assert!(
        csv.contains(&format!("{} (missing)", exercises[2].id)),
        "{csv}"
    );
    for file in ["r.json", "r.xml", "r.md", "c.json", "r.csv"] {
        let mode = std::fs::metadata(reports.join(file))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o640, "{file}");
    }
}

#[test]
fn progress_lines_come_in_learner_order_whichever_finishes_first() {
    let tmp = tempfile::tempdir().unwrap();
    let ex = &compile_fail_exercises(1)[0];
    let names = ["zed", "amy", "kim", "bob", "lou"];
    for name in names {
        let file = tmp.path().join(name).join(format!("{}.rs", ex.id));
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, format!("fn main() {{}} // {name}\n")).unwrap();
    }
    let mut cmd = grader();
    cmd.current_dir(tmp.path())
        .env("GRADER_CACHE_DIR", "off")
        .args(["grade", "-j", "3", "--exercises", &ex.id, "--root"])
        .arg(repo_root())
        .args(names)
        .args(["--report", "json=/dev/null"]);
    let r = run(&mut cmd);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let order: Vec<&str> = r
        .stdout
        .lines()
        .filter_map(|l| l.trim_start_matches("  | ").strip_prefix('['))
        .filter_map(|l| l.split("] ").nth(1)?.split(':').next())
        .collect();
    let mut sorted = names.to_vec();
    sorted.sort();
    assert_eq!(order, sorted, "{}", r.stdout);
}

/// `cmd` run through `sh` with the given umask.
fn umasked(cmd: Command, mask: &str) -> Command {
    let mut sh = Command::new("sh");
    sh.arg("-c")
        .arg(format!("umask {mask} && exec \"$0\" \"$@\""))
        .arg(cmd.get_program())
        .args(cmd.get_args());
    if let Some(dir) = cmd.get_current_dir() {
        sh.current_dir(dir);
    }
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => sh.env(k, v),
            None => sh.env_remove(k),
        };
    }
    sh
}
