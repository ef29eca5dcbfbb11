//! Attacks on whoever reads what the grader shows: a program that prints terminal escape
//! sequences and workflow commands, and learner folders whose names collide once shown. They need
//! no protection of the machine, only the grader's own escaping (`output-escaping`).

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;

use crate::Case;
use crate::harness::{Attack, GRADER_LIMIT, run_bounded};
use crate::protections::Needs;
use crate::support::{fixture, grader};

/// The attacks of this module, with the protection each needs.
pub(crate) const CASES: &[Case] = &[
    case!(
        escape_sequences_a_program_prints_reach_no_terminal_and_issue_no_workflow_command,
        Needs::Protection("output-escaping")
    ),
    case!(
        two_learners_whose_folder_names_collide_when_shown_are_both_graded_apart,
        Needs::Protection("output-escaping")
    ),
];

/// The program clears the screen, retitles the terminal and issues workflow commands; graded in
/// text mode under GitHub Actions.
fn escape_sequences_a_program_prints_reach_no_terminal_and_issue_no_workflow_command() {
    let t = Attack::new();
    let file = t.path().join("escapes.rs");
    std::fs::write(
        &file,
        "fn main() {\n    print!(\"\\x1b[2J\\x1b]0;pwned\\x07\");\n    println!(\"::error title=x::pwned\");\n    println!(\"##[warning]pwned\");\n    panic!(\"\\x1b[31mred\");\n}\n",
    )
    .unwrap();
    let r = run_bounded(
        grader()
            .args(["check", "--expect", "run-pass", "--file"])
            .arg(&file)
            .env("GITHUB_ACTIONS", "true")
            .env("GRADER_CACHE_DIR", "off"),
        GRADER_LIMIT,
    );
    for (stream, text) in [("stdout", &r.stdout), ("stderr", &r.stderr)] {
        assert!(
            !text.contains('\x1b'),
            "a raw escape reached {stream}:\n{text}"
        );
        assert!(
            !text.contains('\x07'),
            "a raw bell reached {stream}:\n{text}"
        );
        for line in text.lines() {
            assert!(
                !line.trim_start().starts_with("::error") && !line.contains("##[warning]"),
                "a workflow command on {stream}: {line}"
            );
        }
    }
    assert!(
        r.stdout.contains("\\x1b[2J"),
        "shown escaped:\n{}",
        r.stdout
    );
}

/// Two learner folders named `a` + 0xff and `a` + 0xfe, both `a\u{FFFD}` in a lossy conversion.
fn two_learners_whose_folder_names_collide_when_shown_are_both_graded_apart() {
    let t = Attack::new();
    let book = fixture("books/grader-basic");
    let solution =
        std::fs::read_to_string(book.join("exercises/moves/print-twice/solution.rs")).unwrap();
    let folders: Vec<_> = [&b"a\xff"[..], b"a\xfe"]
        .iter()
        .map(|name| t.path().join(OsStr::from_bytes(name)))
        .collect();
    for dir in &folders {
        std::fs::create_dir_all(dir.join("moves")).unwrap();
        std::fs::write(dir.join("moves/print-twice.rs"), &solution).unwrap();
    }
    let report = t.path().join("class.json");
    let r = run_bounded(
        grader()
            .arg("grade")
            .args(&folders)
            .arg("--root")
            .arg(&book)
            .args(["--exercises", "moves/print-twice", "--report"])
            .arg(format!("json={}", report.display()))
            .env("GRADER_CACHE_DIR", "off"),
        GRADER_LIMIT,
    );
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let names: Vec<&str> = doc["learners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert_ne!(names[0], names[1], "two learners under one name");
}
