//! Partly right fails: `grader check --file` and `grader check --cases` agree on how alike a
//! failing answer is (`partly`), and `grader check` in a workspace names the partial credit an
//! exercise gives on one line.

use super::check_file;
use crate::support::{fixture, grader, run};

#[test]
fn a_fail_that_is_partly_right_says_how_alike_alone_and_batched() {
    let moon = fixture("check/hello_wrong.stdout");
    let moon = moon.to_str().unwrap();
    let moon_text = std::fs::read_to_string(moon).unwrap();
    // (fixture, `grader check` arguments, the same case as a `--cases` line, the `partly` wanted)
    let cases: Vec<(&str, Vec<&str>, serde_json::Value, Option<&str>)> = vec![
        (
            "two_mut_wrong_pin.rs",
            vec!["--expect", "compile-fail", "--code", "E0499"],
            serde_json::json!({"expect": "compile-fail", "codes": ["E0499"]}),
            Some("codes-on-other-lines"),
        ),
        (
            "hello.rs",
            vec!["--expect", "run-pass", "--stdout", moon],
            serde_json::json!({"expect": "run-pass", "stdout": moon_text}),
            Some("compiles"),
        ),
        (
            "hello.rs",
            vec!["--expect", "run-panic", "--panic", "boom"],
            serde_json::json!({"expect": "run-panic", "panic": "boom"}),
            Some("compiles"),
        ),
        (
            "hello.rs",
            vec!["--expect", "compile-fail", "--code", "E0382"],
            serde_json::json!({"expect": "compile-fail", "codes": ["E0382"]}),
            None,
        ),
        (
            "two_mut.rs",
            vec!["--expect", "run-pass"],
            serde_json::json!({"expect": "run-pass"}),
            None,
        ),
    ];
    let list = tempfile::NamedTempFile::new().unwrap();
    let mut lines = String::new();
    for (file, _, line, _) in &cases {
        let mut line = line.clone();
        line["file"] = fixture(&format!("check/{file}")).to_str().unwrap().into();
        lines.push_str(&format!("{line}\n"));
    }
    std::fs::write(list.path(), lines).unwrap();
    let batched = run(grader()
        .env("GRADER_CACHE_DIR", "off")
        .args(["check", "--cases"])
        .arg(list.path()))
    .json_lines();
    assert_eq!(batched.len(), cases.len());
    for ((file, args, _, want), batched) in cases.iter().zip(&batched) {
        let alone = check_file(file, args).json();
        assert_eq!(alone["status"], "fail", "{alone}");
        assert_eq!(alone["partly"].as_str(), *want, "{file} {args:?}: {alone}");
        assert_eq!(
            batched["partly"], alone["partly"],
            "{file} {args:?}: {batched}"
        );
    }
}

#[test]
fn grader_check_in_a_workspace_names_the_partial_credit_on_one_line() {
    use crate::classroom::{partial_credit_exercises, partial_points, partly_right, spec_of};
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    let root = crate::support::repo_root();
    let r = run(grader().arg("init").arg(&ws).arg("--root").arg(&root));
    assert_eq!(r.code, 0, "{}", r.stderr);
    for ex in partial_credit_exercises() {
        std::fs::write(ws.join(format!("{}.rs", ex.id)), partly_right(&ex)).unwrap();
        let r = run(grader().current_dir(&ws).args(["check", &ex.id]));
        assert_eq!(r.code, 1, "{}", r.stdout);
        let but = if ex.kind == "run-pass" {
            "it compiles, but its output is not the expected one"
        } else {
            "rustc reports the expected codes, but not on the pinned lines"
        };
        let line = format!(
            "partial credit: {} of {} points ({but})",
            partial_points(&ex).unwrap(),
            spec_of(&ex)["points"]
        );
        assert!(r.stdout.lines().any(|l| l == line), "{line}\n{}", r.stdout);
    }
}
