//! `grader check --cases` as a tool other projects call: rustc-UI-style files checked with
//! their `//~` annotations, relative paths, a bad line judged apart, `meta`, editions written
//! as numbers, byte-exact output, and twins that share one compile.

use std::io::Write;
use std::path::Path;

use crate::support::{Run, fixture, grader, run};

/// Runs `grader check --cases` on the list `lines` written into `dir`, from the folder `cwd`.
fn cases_in(dir: &Path, lines: &[serde_json::Value], cwd: &Path, extra: &[&str]) -> Run {
    let list = dir.join("cases.jsonl");
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(&list, text).unwrap();
    run(grader()
        .current_dir(cwd)
        .args(["check", "--cases"])
        .arg(&list)
        .args(extra)
        .env("GRADER_CACHE_DIR", "off")
        .env("GRADER_BATCH_STATS", "1"))
}

fn status(v: &serde_json::Value) -> &str {
    v["status"].as_str().unwrap()
}

#[test]
fn rustc_ui_test_files_pass_through_cases_when_rustc_agrees_with_their_annotations() {
    let elsewhere = tempfile::tempdir().unwrap();
    let r = run(grader()
        .current_dir(elsewhere.path())
        .args(["check", "--cases"])
        .arg(fixture("ui/cases.jsonl"))
        .env("GRADER_CACHE_DIR", "off"));
    let verdicts = r.json_lines();
    assert_eq!(verdicts.len(), 3, "{}\n{}", r.stdout, r.stderr);
    for v in &verdicts {
        assert_eq!(status(v), "pass", "{v}");
    }
    // `//~^` pinned E0499 to the line above the comment, where rustc reports it.
    assert_eq!(verdicts[0]["expected"]["lines"][0]["line"], 5);
    // `//~v` pinned E0382 to the line below.
    assert_eq!(verdicts[1]["expected"]["lines"][0]["line"], 8);
    assert_eq!(r.code, 0);
}

#[test]
fn an_annotation_rustc_disagrees_with_fails_naming_both_lines_unless_annotations_are_off() {
    let dir = tempfile::tempdir().unwrap();
    let file = fixture("ui/moved-in-loop.rs");
    let line = serde_json::json!({"file": file, "expect": "compile-fail"});
    let r = cases_in(dir.path(), std::slice::from_ref(&line), dir.path(), &[]);
    let v = &r.json_lines()[0];
    assert_eq!(status(v), "fail", "{v}");
    let message = v["message"].as_str().unwrap();
    assert!(
        message.contains("expected E0382 on line 5, rustc reported it on line 6"),
        "{message}"
    );
    let line = serde_json::json!({"file": file, "expect": "compile-fail", "codes": ["E0382"]});
    let r = cases_in(dir.path(), &[line], dir.path(), &["--no-annotations"]);
    assert_eq!(status(&r.json_lines()[0]), "pass", "{}", r.stdout);
}

#[test]
fn a_bad_line_gets_an_error_verdict_naming_it_and_the_other_lines_are_still_judged() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ok.rs"), "fn main() {}\n").unwrap();
    let lines = [
        serde_json::json!({"file": "ok.rs", "expect": "compile-pass", "colour": "blue"}),
        serde_json::json!({"file": "missing.rs", "expect": "compile-pass"}),
        serde_json::json!({"file": "ok.rs", "expect": "compile-pass", "edition": "2020"}),
        serde_json::json!({"file": "ok.rs", "expect": "compile-pass", "meta": [1]}),
        serde_json::json!({"file": 7, "expect": "compile-pass"}),
    ];
    let r = cases_in(dir.path(), &lines, dir.path(), &[]);
    let verdicts = r.json_lines();
    assert_eq!(verdicts.len(), 5, "{}\n{}", r.stdout, r.stderr);
    let expect_error = |i: usize, words: &str| {
        let v = &verdicts[i];
        assert_eq!(status(v), "error", "{v}");
        let message = v["message"].as_str().unwrap();
        assert!(
            message.starts_with(&format!("cases line {}: ", i + 1)),
            "{message}"
        );
        assert!(message.contains(words), "{message}");
    };
    expect_error(0, "unknown field `colour`");
    expect_error(1, "missing.rs");
    expect_error(2, "`2020` is not an edition");
    expect_error(4, "invalid type");
    assert_eq!(status(&verdicts[3]), "pass");
    assert_eq!(verdicts[3]["line"], 4);
    assert_eq!(r.code, 2, "the worst verdict is an error");
    assert!(r.stdout.contains("1 passed, 4 failed"), "{}", r.stdout);
}

#[test]
fn meta_comes_back_untouched_and_an_edition_may_be_written_as_a_number() {
    let dir = tempfile::tempdir().unwrap();
    let keyword = fixture("ui/gen-identifier.rs");
    let meta = serde_json::json!({"id": "ui/gen", "tags": ["edition", 2021], "deep": {"x": null}});
    let lines = [
        serde_json::json!({"file": keyword, "expect": "compile-pass", "edition": 2021, "meta": meta}),
        serde_json::json!({"file": keyword, "expect": "compile-pass", "edition": "2021"}),
        serde_json::json!({"file": keyword, "expect": "compile-pass"}),
    ];
    let r = cases_in(dir.path(), &lines, dir.path(), &[]);
    let verdicts = r.json_lines();
    assert_eq!(verdicts[0]["meta"], meta);
    assert_eq!(status(&verdicts[0]), "pass", "{}", verdicts[0]);
    assert_eq!(status(&verdicts[1]), "pass");
    assert_eq!(status(&verdicts[2]), "fail", "`gen` is a keyword in 2024");
    assert!(verdicts[2].get("meta").is_none());
}

#[test]
fn check_file_takes_an_edition() {
    let keyword = fixture("ui/gen-identifier.rs");
    let keyword = keyword.to_str().unwrap();
    let args = [
        "check",
        "--json",
        "--file",
        keyword,
        "--expect",
        "compile-pass",
    ];
    let r = run(grader().args(args).args(["--edition", "2021"]));
    assert_eq!(r.code, 0, "{}", r.stdout);
    let r = run(grader().args(args));
    assert_eq!(r.code, 1, "{}", r.stdout);
    let r = run(grader().args(args).args(["--edition", "2020"]));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("`2020` is not an edition"),
        "{}",
        r.stderr
    );
}

#[test]
fn stdout_exact_compares_byte_for_byte_and_plain_stdout_is_normalised() {
    let dir = tempfile::tempdir().unwrap();
    let src = "fn main() {\n    print!(\"hi  \\r\\n\");\n}\n";
    std::fs::write(dir.path().join("hi.rs"), src).unwrap();
    let lines = [
        serde_json::json!({"file": "hi.rs", "expect": "run-pass", "stdout": "hi\n"}),
        serde_json::json!({"file": "hi.rs", "expect": "run-pass", "stdout": "hi\n", "stdout_exact": true}),
        serde_json::json!({"file": "hi.rs", "expect": "run-pass", "stdout": "hi  \r\n", "stdout_exact": true}),
        serde_json::json!({"file": "hi.rs", "expect": "run-pass"}),
    ];
    let r = cases_in(dir.path(), &lines, dir.path(), &[]);
    let verdicts = r.json_lines();
    let statuses: Vec<&str> = verdicts.iter().map(status).collect();
    assert_eq!(statuses, ["pass", "fail", "pass", "pass"], "{}", r.stdout);
    assert!(
        verdicts[1]["message"]
            .as_str()
            .unwrap()
            .contains("byte for byte"),
        "{}",
        verdicts[1]
    );
}

#[test]
fn relative_files_are_read_from_the_cases_folder_or_from_the_current_folder_on_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("ok.rs"), "fn main() {}\n").unwrap();
    let line = serde_json::json!({"file": "ok.rs", "expect": "compile-pass"});
    let elsewhere = tempfile::tempdir().unwrap();
    let r = cases_in(&sub, std::slice::from_ref(&line), elsewhere.path(), &[]);
    assert_eq!(status(&r.json_lines()[0]), "pass", "{}", r.stdout);
    let mut child = grader()
        .current_dir(&sub)
        .args(["check", "--cases", "-"])
        .env("GRADER_CACHE_DIR", "off")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{line}").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn a_right_and_a_wrong_expectation_of_one_program_share_its_compile_and_run() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("two.rs"),
        "fn main() {\n    println!(\"two\");\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("one.rs"),
        "fn main() {\n    println!(\"one\");\n}\n",
    )
    .unwrap();
    let lines = [
        serde_json::json!({"file": "two.rs", "expect": "run-pass", "stdout": "two\n"}),
        serde_json::json!({"file": "two.rs", "expect": "run-pass", "stdout": "three\n"}),
        serde_json::json!({"file": "one.rs", "expect": "run-pass", "stdout": "one\n"}),
        serde_json::json!({"file": "one.rs", "expect": "run-panic", "panic": "one"}),
    ];
    let r = cases_in(dir.path(), &lines, dir.path(), &[]);
    let verdicts = r.json_lines();
    let statuses: Vec<&str> = verdicts.iter().map(status).collect();
    assert_eq!(statuses, ["pass", "fail", "pass", "fail"], "{}", r.stdout);
    assert!(r.stderr.contains("2 shared with a twin"), "{}", r.stderr);
}
