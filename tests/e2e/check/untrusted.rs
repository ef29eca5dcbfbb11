//! What a learner's program prints, and what rustc quotes of its code, in the text output of
//! `grader check`: control and escape sequences are shown escaped (`\x1b[2J`), never sent raw to
//! the terminal, with newlines and tabs kept; under GitHub Actions no line of it can issue a
//! workflow command.

use std::path::Path;

use crate::classroom::assert_no_workflow_command;
use crate::support::{Run, grader, run};

/// Runs `grader check --file DIR/main.rs` (text output) on `source` with `args`.
fn check_text(dir: &Path, source: &str, args: &[&str], actions: bool) -> Run {
    let file = dir.join("main.rs");
    std::fs::write(&file, source).unwrap();
    let mut cmd = grader();
    cmd.env("GRADER_CACHE_DIR", "off")
        .arg("check")
        .arg("--file")
        .arg(&file)
        .args(args);
    if actions {
        cmd.env("GITHUB_ACTIONS", "true");
    } else {
        cmd.env_remove("GITHUB_ACTIONS");
    }
    run(&mut cmd)
}

#[test]
fn text_output_shows_escape_sequences_a_program_prints_escaped_and_keeps_newlines_and_tabs() {
    let tmp = tempfile::tempdir().unwrap();
    let source = r#"fn main() {
    print!("\x1b[2J\x1b]0;owned\x07col\tumn\nnext\rover\n");
    eprintln!("\x1b[31mred\u{9b}2J");
    std::process::exit(1);
}
"#;
    let r = check_text(tmp.path(), source, &["--expect", "run-pass"], false);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    let raw: Vec<char> = r
        .stdout
        .chars()
        .filter(|c| c.is_control() && *c != '\n' && *c != '\t')
        .collect();
    assert!(
        raw.is_empty(),
        "raw control characters {raw:?} in:\n{}",
        r.stdout
    );
    for shown in [
        "\\x1b[2J\\x1b]0;owned\\x07col\tumn\nnext\\x0dover\n",
        "\\x1b[31mred\\u{9b}2J",
    ] {
        assert!(r.stdout.contains(shown), "no {shown:?} in:\n{}", r.stdout);
    }
}

#[test]
fn in_github_actions_check_output_cannot_issue_a_workflow_command() {
    let tmp = tempfile::tempdir().unwrap();
    let prints = r#"fn main() {
    println!("::error::pwned\n  ::add-mask::x\nsee ##[warning]pwned");
    eprintln!("::set-output name=a::pwned");
}
"#;
    let r = check_text(tmp.path(), prints, &["--expect", "run-pass"], true);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    // rustc quotes the learner's code in its diagnostics.
    let quoted = "fn main() {\n    let x: i32 = \"##[error]pwned\";\n}\n";
    let d = check_text(tmp.path(), quoted, &["--expect", "compile-pass"], true);
    assert_eq!(d.code, 1, "{}\n{}", d.stdout, d.stderr);
    for r in [r, d] {
        assert!(r.stdout.contains("pwned"), "{}", r.stdout);
        assert!(r.stdout.contains("::stop-commands::"), "{}", r.stdout);
        assert_no_workflow_command(&r);
    }
}
