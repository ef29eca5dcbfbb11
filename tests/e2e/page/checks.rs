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
                "failure": got.map(|(reason, _)| {
                    let check = match &reason {
                        grader::Reason::CheckFailed { check, .. } => Some(check.clone()),
                        _ => None,
                    };
                    json!({"message": reason.message(), "check": check})
                }),
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
#[cfg_attr(
    no_node,
    ignore = "needs Node.js (apt-get install nodejs; .ci/run installs it)"
)]
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
#[cfg_attr(
    no_node,
    ignore = "needs Node.js (apt-get install nodejs; .ci/run installs it)"
)]
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

/// Sources with code that never runs (or its lint silenced), and one without.
fn never_run_sources() -> Vec<String> {
    let body = "    let mut v = vec![1];\n    let a = &mut v;\n    let b = &mut v;\n    a.push(2);\n    b.push(3);\n}\n";
    let print = "    println!(\"[1, 2, 3]\");\n";
    vec![
        format!("fn main() {{\n{print}    std::process::exit(0);\n{body}"),
        format!("fn stop() -> ! {{ loop {{}} }}\nfn main() {{\n{print}    stop();\n{body}"),
        format!("#![allow(unused)]\nfn main() {{\n{print}    return;\n{body}"),
        format!("#[expect(unreachable_code)]\nfn main() {{\n{print}    todo!();\n{body}"),
        "fn main() {\n    let v = vec![1];\n    println!(\"{v:?}\");\n}\n".to_string(),
    ]
}

#[test]
#[cfg_attr(
    no_node,
    ignore = "needs Node.js (apt-get install nodejs; .ci/run installs it)"
)]
fn the_page_refuses_code_that_never_runs_as_the_grader_does() {
    let dir = tempfile::tempdir().unwrap();
    let main = dir.path().join("main.rs");
    let mut cases = Vec::new();
    for source in never_run_sources() {
        std::fs::write(&main, &source).unwrap();
        let rustc = |format: &str| {
            let out = Command::new("rustc")
                .args([
                    "--edition",
                    "2024",
                    "--emit=metadata",
                    "--error-format",
                    format,
                    "-o",
                ])
                .arg(dir.path().join("out.rmeta"))
                .arg("main.rs")
                .current_dir(dir.path())
                .output()
                .expect("rustc runs");
            String::from_utf8_lossy(&out.stderr).into_owned()
        };
        let parsed = grader::diagnostics::parse(&rustc("json"), "main.rs");
        let mut verdict = grader::Verdict::error(&grader::Expectation::CompilePass, "");
        verdict.status = grader::Status::Pass;
        verdict.never_runs = parsed.never_runs("main.rs");
        let rules = grader::rules::Rules {
            forbid: vec![grader::rules::TokenRule::new("unsafe", "no unsafe")],
            ..Default::default()
        };
        grader::rules::enforce(&rules, &source, &mut verdict);
        cases.push(json!({
            "source": source,
            "stderr": rustc("human"),
            "breach": verdict.rule(),
            "message": verdict.message(),
        }));
    }
    assert!(
        cases.iter().filter(|c| !c["breach"].is_null()).count() >= 4,
        "{cases:?}"
    );
    let file = dir.path().join("never.json");
    std::fs::write(&file, serde_json::to_string(&cases).unwrap()).unwrap();
    let script = r#"
        const { readFileSync } = require('node:fs');
        const vm = require('node:vm');
        const context = { window: {} };
        vm.createContext(context);
        vm.runInContext(readFileSync(process.env.GRADE_JS, 'utf8'), context);
        const g = context.window.mdbookExercisesGrading;
        let bad = 0;
        for (const c of JSON.parse(readFileSync(process.env.CASES, 'utf8'))) {
            const line = g.parseCargoStderr(c.stderr).neverRuns;
            const b = g.neverRunsBreach(line, c.source);
            const got = b === null ? null : JSON.parse(JSON.stringify(b));
            const message = b === null ? '' : g.breachMessage(b);
            let same = true;
            try { require('node:assert').deepStrictEqual(got, c.breach); } catch (e) { same = false; }
            if (!same || (b && message !== c.message)) {
                bad++;
                console.log('differs:', JSON.stringify(c.source), JSON.stringify(got), JSON.stringify(c.breach), message);
            }
        }
        process.exit(bad ? 1 : 0);
    "#;
    let out = Command::new("node")
        .args(["-e", script])
        .env("CASES", &file)
        .env(
            "GRADE_JS",
            repo_root().join("preprocessor/assets/exercises-grade.js"),
        )
        .output()
        .unwrap_or_else(|e| {
            panic!("this test needs Node.js (`apt-get install nodejs`; .ci/run installs it): {e}")
        });
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
