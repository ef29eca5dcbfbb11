//! The page reads the local grader's verdict by its structured reason, never by its words: the
//! line of the code it shows comes from the reason (run under Node, no browser).

use std::process::Command;

use grader::verdict::{CompileOutcome, RunOutcome, judge};
use grader::{Expectation, Verdict};
use serde_json::json;

use crate::support::repo_root;

/// The grader's verdict on `source` compiled by rustc (and, when it builds, on `run`).
fn verdict_on(source: &str, run: Option<RunOutcome>) -> Verdict {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.rs"), source).unwrap();
    let out = Command::new("rustc")
        .args([
            "--edition",
            "2024",
            "--emit=metadata",
            "--error-format=json",
        ])
        .args(["-o", "out.rmeta", "main.rs"])
        .current_dir(dir.path())
        .output()
        .expect("rustc runs");
    let compile = CompileOutcome {
        parsed: grader::diagnostics::parse(&String::from_utf8_lossy(&out.stderr), "main.rs"),
        success: out.status.success(),
        timed_out: None,
    };
    let want = Expectation::RunPass {
        stdout: Some("a\nb\n".into()),
    };
    judge(&want, &compile, run.as_ref(), "main.rs")
}

#[test]
#[cfg_attr(
    no_node,
    ignore = "needs Node.js (apt-get install nodejs; .ci/run installs it)"
)]
fn the_page_takes_the_line_of_the_code_from_the_reason_not_the_message() {
    let uncoded = verdict_on("fn main() {\n    let x = ;\n}\n", None);
    assert_eq!(uncoded.reason().message(), uncoded.message());
    let ran = RunOutcome {
        exit_code: Some(0),
        stdout: "a\nc\n".into(),
        ..RunOutcome::default()
    };
    let differs = verdict_on("fn main() {}\n", Some(ran));
    assert!(
        differs.message().contains("on line 2"),
        "{}",
        differs.message()
    );
    // The words of a verdict are always its reason's; the page must not need them.
    let mut unworded = serde_json::to_value(&uncoded).unwrap();
    unworded["message"] = "the words say nothing of a line".into();
    let cases = json!([
        {"verdict": uncoded, "line": 2},
        {"verdict": unworded, "line": 2},
        {"verdict": differs, "line": null},
    ]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cases.json");
    std::fs::write(&file, cases.to_string()).unwrap();
    let script = r#"
        const { readFileSync } = require('node:fs');
        const vm = require('node:vm');
        const context = { window: {} };
        vm.createContext(context);
        vm.runInContext(readFileSync(process.env.GRADE_JS, 'utf8'), context);
        const g = context.window.mdbookExercisesGrading;
        const spec = { expect: { kind: 'run-pass', stdout: 'a\nb\n' } };
        let bad = 0;
        for (const c of JSON.parse(readFileSync(process.env.CASES, 'utf8'))) {
            const got = g.grade(spec, { backend: 'local', verdict: c.verdict });
            if (got.line !== c.line) {
                bad++;
                console.log('line', got.line, 'expected', c.line, 'for', c.verdict.message);
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
