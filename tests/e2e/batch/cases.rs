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
    // A bad line is reported with its number.
    let bad = dir.path().join("cases.jsonl");
    std::fs::write(&bad, format!("{}\n{{\"file\": 3}}\n", lines[0])).unwrap();
    let r = run(grader().args(["check", "--cases", bad.to_str().unwrap()]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("line 2"), "{}", r.stderr);
}

#[test]
fn a_batch_cut_short_by_a_flood_is_rechecked_and_only_the_flood_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| write(dir.path(), name, text);
    let flood = write("flood.rs", &crate::check::flood_source());
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
