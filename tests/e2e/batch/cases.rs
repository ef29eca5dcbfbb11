//! `grader check --cases`: one verdict per line in input order, and what may share a batch — a
//! flood that cuts a batch's diagnostics short does not cost the other cases their verdicts.

use std::io::Write;
use std::path::Path;

use crate::support::{grader, run};

/// A compile-fail answer with E0499.
const TWO_MUT: &str = "fn main() {\n    let mut s = String::new();\n    let a = &mut s;\n    let b = &mut s;\n    a.push('a');\n    b.push('b');\n}\n";

/// Writes `text` to `dir/name` (making its folder); returns the path as a `--cases` line gives it.
fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

/// Runs `grader check --cases` on `lines` (JSON values) with `extra` arguments, with batch
/// statistics on stderr.
fn check_cases(lines: &[serde_json::Value], extra: &[&str]) -> crate::support::Run {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("cases.jsonl");
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(&list, text).unwrap();
    let mut cmd = grader();
    cmd.args(["check", "--cases", list.to_str().unwrap()])
        .args(extra)
        .env("GRADER_CACHE_DIR", "off")
        .env("GRADER_BATCH_STATS", "1");
    run(&mut cmd)
}

/// The statuses of the verdicts printed.
fn statuses(r: &crate::support::Run) -> Vec<String> {
    r.json_lines()
        .iter()
        .map(|v| v["status"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn check_cases_prints_one_verdict_per_line_in_input_order() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| write(dir.path(), name, text);
    let two_mut = write("two_mut.rs", TWO_MUT);
    let hello = write("hello.rs", "fn main() {\n    println!(\"hello\");\n}\n");
    let boom = write("boom.rs", "fn main() {\n    panic!(\"boom\");\n}\n");
    let lines = [
        serde_json::json!({"file": two_mut, "expect": "compile-fail", "codes": ["E0499"]}),
        serde_json::json!({"file": hello, "expect": "run-pass", "stdout": "hello\n"}),
        serde_json::json!({"file": boom, "expect": "run-panic", "panic": "boom"}),
        serde_json::json!({"file": hello, "expect": "compile-fail", "codes": ["E0382"]}),
    ];
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let mut child = grader()
        .args(["check", "--cases", "-"])
        .env("GRADER_CACHE_DIR", "off")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let printed: Vec<&str> = stdout.lines().collect();
    assert_eq!(printed.len(), 5, "{stdout}");
    let verdicts: Vec<serde_json::Value> = printed[..4]
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let statuses: Vec<&str> = verdicts
        .iter()
        .map(|v| v["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["pass", "pass", "pass", "fail"]);
    assert_eq!(verdicts[1]["file"], hello.as_str());
    assert_eq!(printed[4], "3 passed, 1 failed");
    assert_eq!(out.status.code(), Some(1));
    // A bad line gets an error verdict with its number; the others are still judged.
    let bad = dir.path().join("cases.jsonl");
    std::fs::write(&bad, format!("{}\n{{\"file\": 3}}\n", lines[0])).unwrap();
    let r = run(grader().args(["check", "--cases", bad.to_str().unwrap()]));
    assert_eq!(r.code, 2);
    let after: Vec<serde_json::Value> =
        r.json_lines().iter().map(|v| v["status"].clone()).collect();
    assert_eq!(after, ["pass", "error"], "{}", r.stdout);
    assert!(
        r.json_lines()[1]["message"]
            .as_str()
            .unwrap()
            .starts_with("cases line 2: "),
        "{}",
        r.stdout
    );
}

#[test]
fn a_batch_cut_short_by_a_flood_is_rechecked_and_only_the_flood_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| write(dir.path(), name, text);
    let flood = write("flood.rs", &crate::support::flood_source());
    let two_mut = write("two_mut.rs", TWO_MUT);
    let moved = write(
        "moved.rs",
        "fn main() {\n    let s = String::new();\n    let t = s;\n    println!(\"{s} {t}\");\n}\n",
    );
    let r = check_cases(
        &[
            serde_json::json!({"file": flood, "expect": "compile-fail", "codes": ["E0499"]}),
            serde_json::json!({"file": two_mut, "expect": "compile-fail", "codes": ["E0499"]}),
            serde_json::json!({"file": moved, "expect": "compile-fail", "codes": ["E0382"]}),
        ],
        &[],
    );
    assert_eq!(statuses(&r), ["error", "pass", "pass"], "{}", r.stdout);
    let message = r.json_lines()[0]["message"].clone();
    assert!(
        message
            .as_str()
            .unwrap()
            .starts_with("rustc's diagnostics exceeded 64 MiB"),
        "{message}"
    );
    // The other two were judged from a batch of their own, not each alone.
    assert!(r.stderr.contains("2 judged from"), "{}", r.stderr);
    assert_eq!(r.code, 2);
}

/// A learner's answer that prints the source of the case after it in its batch: a macro takes
/// the name of the macro to call (`m!(include_str)`), and the path is built by `concat!` so no
/// literal spells the batch's names.
const PEEK: &str = "macro_rules! m {\n    ($m:ident) => { $m!(concat!(\"../__gra\", \"der_case_1/answer.rs\")) };\n}\nfn main() {\n    print!(\"{}\", m!(include_str));\n}\n";

/// Another learner's answer, with a comment nobody else may see.
const ANSWER: &str =
    "// bob's answer: 7c1e-secret-marker\nfn main() {\n    println!(\"hello\");\n}\n";

#[test]
fn a_case_never_prints_another_folders_case_and_both_get_their_isolated_verdicts() {
    let dir = tempfile::tempdir().unwrap();
    let peek = write(dir.path(), "alice/peek.rs", PEEK);
    let answer = write(dir.path(), "bob/answer.rs", ANSWER);
    let stdout = write(dir.path(), "hello.txt", "hello\n");
    let alone: Vec<serde_json::Value> = [&peek, &answer]
        .into_iter()
        .map(|file| {
            run(grader()
                .args(["check", "--json", "--file", file, "--expect", "run-pass"])
                .args(["--stdout", &stdout])
                .env("GRADER_CACHE_DIR", "off"))
            .json()
        })
        .collect();
    // Apart by folder; and, told they are one author's, still apart for the macro.
    for extra in [&[][..], &["--single-author"][..]] {
        let r = check_cases(
            &[
                serde_json::json!({"file": peek, "expect": "run-pass", "stdout": "hello\n"}),
                serde_json::json!({"file": answer, "expect": "run-pass", "stdout": "hello\n"}),
            ],
            extra,
        );
        assert!(!r.stdout.contains("7c1e-secret-marker"), "{}", r.stdout);
        assert!(!r.stderr.contains("7c1e-secret-marker"), "{}", r.stderr);
        let batched = r.json_lines();
        assert_eq!(batched.len(), 2, "{}", r.stdout);
        for (a, b) in alone.iter().zip(&batched) {
            for field in ["status", "message", "error_codes"] {
                assert_eq!(a[field], b[field], "{extra:?} {}: {field}", b["file"]);
            }
        }
        assert_eq!(statuses(&r), ["fail", "pass"]);
    }
}

#[test]
fn files_of_different_folders_share_a_batch_only_for_a_single_author() {
    let dir = tempfile::tempdir().unwrap();
    let lines: Vec<serde_json::Value> = ["alice/a.rs", "bob/b.rs"]
        .into_iter()
        .map(|name| {
            let file = write(dir.path(), name, TWO_MUT);
            serde_json::json!({"file": file, "expect": "compile-fail", "codes": ["E0499"]})
        })
        .collect();
    let apart = check_cases(&lines, &[]);
    assert_eq!(statuses(&apart), ["pass", "pass"], "{}", apart.stdout);
    assert!(
        apart.stderr.contains("0 judged from 0 batch compiles"),
        "{}",
        apart.stderr
    );
    let together = check_cases(&lines, &["--single-author"]);
    assert_eq!(statuses(&together), ["pass", "pass"], "{}", together.stdout);
    assert!(
        together.stderr.contains("2 judged from 1 batch compiles"),
        "{}",
        together.stderr
    );
}
