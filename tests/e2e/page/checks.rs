//! The page's hidden checks and panic sources (exercises-grade.js) against grader::checks and
//! grader::rules, under Node: this test writes, from the Rust implementation, the program the
//! page sends to the Playground for every answer of every exercise with checks (and odd
//! sources), what a checks run's output does to a verdict, and whether a panic came from the
//! traced function; `node --test` then checks that the page gives the same, byte for byte. The
//! page's program is also compiled and run here, so its report is proven to read as the
//! grader's. Node is required (`.ci/run` installs it): without it the test fails saying so.

use std::process::Command;

use grader::checks::{Checks, failure};
use grader::rules::PanicSource;
use serde_json::{Value, json};

use crate::support::{fixture, repo_root};

const NONCE: &str = "0123456789abcdef0123456789abcdef";

/// Every exercise with hidden checks, in the book and in the checks fixture book.
fn exercises_with_checks() -> Vec<grader::Exercise> {
    let mut out = Vec::new();
    for root in [repo_root(), fixture("books/grader-checks")] {
        let catalog = grader::Catalog::load(&root.join("exercises")).expect("the exercises load");
        out.extend(
            catalog
                .exercises
                .into_iter()
                .filter(|ex| ex.rules.checks.is_some()),
        );
    }
    assert!(out.len() >= 2, "exercises with checks: {}", out.len());
    out
}

fn program_cases() -> Vec<Value> {
    let mut cases = Vec::new();
    for ex in exercises_with_checks() {
        let checks = ex.rules.checks.as_ref().unwrap();
        let mut sources = vec![ex.starter.clone(), ex.solution.clone()];
        sources.extend(ex.shortcuts.iter().map(|(_, s)| s.clone()));
        sources.extend(
            [
                "fn helper() {}\n",
                "mod m { fn main() {} }\n",
                "fn r#main() {}\n",
                "/* fn main */ const É: &str = \"fn main\"; fn main() { main2() }\nfn main2() {}",
                "fn main() {}\r\nfn other() {}\r\n",
                "",
                "fn main() { \"unterminated }",
            ]
            .map(String::from),
        );
        for source in sources {
            cases.push(json!({
                "label": format!("{} on {:?}", ex.id, source.lines().next().unwrap_or_default()),
                "checks": checks.for_page(),
                "source": source,
                "program": checks.program_for_page(&source, NONCE),
            }));
        }
    }
    cases
}

fn failure_cases() -> Vec<Value> {
    let names: Vec<String> = ["first", "second", "third"].map(String::from).to_vec();
    let n = NONCE;
    let outputs = [
        (
            format!("{n} pass 0\n{n} pass 1\n{n} pass 2\n{n} done\n"),
            Some(0),
            None,
        ),
        (
            format!("printed {n} fail 1 `f(2)` returned 3, expected 4\n{n} pass 2\n{n} done\n"),
            Some(0),
            None,
        ),
        (
            format!("{n} fail 0 a\\\\b\\nc\n{n} fail 7 odd\n{n} done"),
            Some(0),
            None,
        ),
        (
            format!("{n} pass 0\nbad fail 1 forged\nbad done\n"),
            Some(0),
            None,
        ),
        (format!("{n} pass 0\n"), None, Some(9)),
        (String::new(), Some(3), None),
        (format!("{n} fail 2\n{n} done\n"), None, None),
        (
            format!("{n} pass 0\n{n} timeout 1 did not finish within 5 s\n{n} done\n"),
            Some(0),
            None,
        ),
    ];
    outputs
        .into_iter()
        .map(|(stdout, code, signal)| {
            let got = failure(&stdout, NONCE, &names, code, signal);
            json!({
                "names": names,
                "stdout": stdout,
                "exit": {"code": code, "signal": signal},
                "failure": got.map(|(message, check, _)| json!({"message": message, "check": check})),
            })
        })
        .collect()
}

fn panic_cases() -> Vec<Value> {
    let borrowed = "thread 'main' (9) panicked at a.rs:5:16:\nRefCell already borrowed\nstack backtrace:\n   0: __rustc::rust_begin_unwind\n             at /rustc/x/library/std/src/panicking.rs:689:5\n   4: core::cell::panic_already_borrowed::do_panic::runtime\n   5: core::cell::RefCell<T>::borrow_mut\n   6: playground::main\nnote: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.\n";
    let explicit = "thread 'main' (9) panicked at a.rs:5:16:\nRefCell already borrowed\nstack backtrace:\n   0: __rustc::rust_begin_unwind\n   1: core::panicking::panic_fmt\n   2: playground::main\nnote: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.\n";
    let source = PanicSource {
        frame: "core::cell::panic_already_borrowed".into(),
        reason: "r".into(),
    };
    let near = PanicSource {
        frame: "core::cell::panic_already".into(),
        reason: "r".into(),
    };
    let mut cases = Vec::new();
    for stderr in [
        borrowed.to_string(),
        explicit.to_string(),
        format!("{borrowed}{explicit}"),
        format!("{explicit}\n{borrowed}"),
        "thread 'main' panicked at a.rs:1:1:\nmulti\nline\n".to_string(),
        String::new(),
    ] {
        for (frame, wanted) in [
            (&source, "already borrowed"),
            (&near, "already borrowed"),
            (&source, "poisoned"),
        ] {
            cases.push(json!({
                "source": frame,
                "wanted": wanted,
                "stderr": stderr,
                "holds": frame.holds(wanted, &stderr),
                "without": grader::rules::without_backtraces(&stderr),
            }));
        }
    }
    cases
}

#[test]
fn the_pages_checks_program_report_and_panic_source_agree_with_the_grader() {
    let root = repo_root();
    let cases = json!({
        "programs": program_cases(),
        "failures": failure_cases(),
        "panics": panic_cases(),
    });
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cases.json");
    std::fs::write(&file, serde_json::to_string(&cases).unwrap()).unwrap();
    let out = Command::new("node")
        .arg("--test")
        .arg(fixture("page/checks-parity.test.mjs"))
        .env("CHECKS_CASES", &file)
        .env(
            "GRADE_JS",
            root.join("preprocessor/assets/exercises-grade.js"),
        )
        .output()
        .unwrap_or_else(|e| {
            panic!("this test needs Node.js (`apt-get install nodejs`; .ci/run installs it): {e}")
        });
    assert!(
        out.status.success(),
        "the page disagrees with grader::checks:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_program_the_page_sends_runs_the_checks_and_reports_as_the_grader_reads() {
    let ex = exercises_with_checks()
        .into_iter()
        .find(|ex| ex.id == "lifetimes/longest")
        .expect("lifetimes/longest has checks");
    let checks: &Checks = ex.rules.checks.as_ref().unwrap();
    let shortcut = &ex
        .shortcuts
        .iter()
        .find(|(name, _)| name == "off-by-one.rs")
        .expect("the off-by-one shortcut")
        .1;
    let dir = tempfile::tempdir().unwrap();
    for (source, passes) in [(&ex.solution, true), (shortcut, false)] {
        let program = checks.program_for_page(source, NONCE).unwrap();
        let main = dir.path().join("main.rs");
        std::fs::write(&main, program).unwrap();
        let built = Command::new("rustc")
            .args(["--edition", "2024", "-o"])
            .arg(dir.path().join("page"))
            .arg(&main)
            .output()
            .expect("rustc runs");
        assert!(
            built.status.success(),
            "{}",
            String::from_utf8_lossy(&built.stderr)
        );
        let run = Command::new(dir.path().join("page")).output().unwrap();
        let stdout = String::from_utf8_lossy(&run.stdout);
        let got = failure(&stdout, NONCE, &checks.names, run.status.code(), None);
        assert_eq!(got.is_none(), passes, "{stdout}");
    }
}
