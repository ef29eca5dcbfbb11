//! `grader check`, `grader list` and `grader verify` on fixture submissions and fixture books:
//! every kind passing and failing, wrong and extra codes, syntax errors, line pins, time-outs,
//! and every kind of bad input getting a clear message and exit code 2.

use crate::support::{fixture, grader, grader_run, run};

fn check_file(file: &str, extra: &[&str]) -> crate::support::Run {
    let path = fixture(&format!("check/{file}"));
    let mut args = vec!["check", "--json", "--file", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    grader_run(&args)
}

fn codes(v: &serde_json::Value) -> Vec<String> {
    v["error_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn compile_fail_passes_when_the_codes_match_exactly() {
    let r = check_file(
        "two_mut.rs",
        &["--expect", "compile-fail", "--code", "E0499"],
    );
    assert_eq!(r.code, 0, "{}", r.stdout);
    let v = r.json();
    assert_eq!(v["status"], "pass");
    assert_eq!(codes(&v), ["E0499"]);
    assert_eq!(v["expected"]["codes"][0], "E0499");
}

#[test]
fn compile_fail_with_the_wrong_code_fails_and_names_both() {
    let r = check_file(
        "two_mut.rs",
        &["--expect", "compile-fail", "--code", "E0502"],
    );
    assert_eq!(r.code, 1);
    let v = r.json();
    assert_eq!(v["status"], "fail");
    assert_eq!(v["message"], "expected E0502, rustc reported E0499");
}

#[test]
fn an_extra_code_makes_compile_fail_fail() {
    let r = check_file(
        "two_codes.rs",
        &["--expect", "compile-fail", "--code", "E0499"],
    );
    assert_eq!(r.code, 1);
    let v = r.json();
    assert_eq!(codes(&v), ["E0382", "E0499"]);
    assert_eq!(v["message"], "expected E0499, rustc reported E0382, E0499");
}

#[test]
fn compile_fail_fails_when_rustc_accepts_the_code() {
    let r = check_file("hello.rs", &["--expect", "compile-fail", "--code", "E0382"]);
    assert_eq!(r.code, 1);
    assert!(
        r.json()["message"]
            .as_str()
            .unwrap()
            .starts_with("rustc accepted the code")
    );
}

#[test]
fn a_syntax_error_is_a_fail_saying_the_code_does_not_compile() {
    let r = check_file(
        "syntax_error.rs",
        &["--expect", "compile-fail", "--code", "E0382"],
    );
    assert_eq!(r.code, 1);
    let v = r.json();
    assert_eq!(v["status"], "fail");
    assert!(codes(&v).is_empty());
    let msg = v["message"].as_str().unwrap();
    assert!(
        msg.contains("error without a code") && msg.contains("line 2"),
        "{msg}"
    );
}

#[test]
fn a_tilde_pin_on_the_right_line_passes() {
    let r = check_file(
        "two_mut.rs",
        &["--expect", "compile-fail", "--code", "E0499"],
    );
    assert_eq!(r.json()["expected"]["lines"][0]["line"], 4);
    assert_eq!(r.code, 0);
}

#[test]
fn a_tilde_pin_on_the_wrong_line_fails_naming_both_lines() {
    let r = check_file(
        "two_mut_wrong_pin.rs",
        &["--expect", "compile-fail", "--code", "E0499"],
    );
    assert_eq!(r.code, 1);
    assert_eq!(
        r.json()["message"],
        "expected E0499 on line 3, rustc reported it on line 4"
    );
}

#[test]
fn compile_pass_passes_and_reports_warnings() {
    let r = check_file("warns.rs", &["--expect", "compile-pass"]);
    assert_eq!(r.code, 0);
    let v = r.json();
    assert_eq!(v["warnings"], 1);
    assert!(
        v["diagnostics"]
            .as_str()
            .unwrap()
            .contains("unused variable")
    );
}

#[test]
fn compile_pass_fails_on_an_error() {
    let r = check_file("two_mut.rs", &["--expect", "compile-pass"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.json()["message"],
        "rustc rejected the code with E0499; expected it to compile"
    );
}

#[test]
fn run_pass_compares_normalised_stdout() {
    let want = fixture("check/hello.stdout");
    let r = check_file(
        "hello.rs",
        &["--expect", "run-pass", "--stdout", want.to_str().unwrap()],
    );
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(r.json()["stdout"], "hello\nworld\n");
}

#[test]
fn run_pass_names_the_first_differing_line() {
    let want = fixture("check/hello_wrong.stdout");
    let r = check_file(
        "hello.rs",
        &["--expect", "run-pass", "--stdout", want.to_str().unwrap()],
    );
    assert_eq!(r.code, 1);
    assert_eq!(
        r.json()["message"],
        "output differs on line 2: expected \"moon\", got \"world\""
    );
}

#[test]
fn run_pass_fails_on_a_non_zero_exit() {
    let r = check_file("exit_code.rs", &["--expect", "run-pass"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.json()["message"], "the program exited with status 3");
}

#[test]
fn run_pass_fails_when_the_program_panics() {
    let r = check_file("refcell_panic.rs", &["--expect", "run-pass"]);
    assert_eq!(r.code, 1);
    assert!(
        r.json()["message"]
            .as_str()
            .unwrap()
            .starts_with("the program panicked: RefCell already borrowed")
    );
}

#[test]
fn run_panic_passes_on_the_expected_message() {
    let r = check_file(
        "refcell_panic.rs",
        &["--expect", "run-panic", "--panic", "already borrowed"],
    );
    assert_eq!(r.code, 0, "{}", r.stdout);
}

#[test]
fn run_panic_fails_on_another_message_or_no_panic() {
    let r = check_file(
        "refcell_panic.rs",
        &["--expect", "run-panic", "--panic", "index out of bounds"],
    );
    assert_eq!(r.code, 1);
    assert!(
        r.json()["message"]
            .as_str()
            .unwrap()
            .contains("expected a message containing \"index out of bounds\"")
    );
    let r = check_file("hello.rs", &["--expect", "run-panic", "--panic", "boom"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.json()["message"],
        "the program finished normally; expected it to panic"
    );
}

#[test]
fn an_endless_program_is_stopped_at_the_time_limit() {
    let r = check_file("spin.rs", &["--expect", "run-pass", "--run-timeout", "1"]);
    assert_eq!(r.code, 1);
    let v = r.json();
    assert_eq!(v["status"], "fail");
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .starts_with("time limit exceeded (1 s)"),
        "{v}"
    );
}

#[test]
fn human_output_shows_rustc_diagnostics_and_a_verdict_line() {
    let path = fixture("check/two_mut.rs");
    let r = grader_run(&[
        "check",
        "--file",
        path.to_str().unwrap(),
        "--expect",
        "compile-pass",
    ]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout
            .contains("error[E0499]: cannot borrow `s` as mutable more than once at a time")
    );
    assert!(r.stdout.contains("--> two_mut.rs:4:13"), "{}", r.stdout);
    assert!(r.stdout.lines().last().unwrap().starts_with("FAIL "));
    assert!(
        !r.stdout.contains("\u{1b}["),
        "no colour when stdout is not a terminal"
    );
}

fn basic_book() -> String {
    fixture("books/grader-basic").to_str().unwrap().to_string()
}

#[test]
fn check_by_id_grades_a_file_against_the_exercise_spec() {
    let book = basic_book();
    let answer = fixture("books/grader-basic/exercises/moves/print-twice/solution.rs");
    let r = grader_run(&[
        "check",
        "moves/print-twice",
        "--root",
        &book,
        "--file",
        answer.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert_eq!(r.json()["id"], "moves/print-twice");
    let r = grader_run(&["check", "moves/print-twice", "--root", &book]);
    assert_eq!(r.code, 1, "the starter does not pass");
}

#[test]
fn an_unknown_id_suggests_the_closest_ids() {
    let r = grader_run(&["check", "moves/print-twise", "--root", &basic_book()]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("no exercise `moves/print-twise`; did you mean `moves/print-twice`"),
        "{}",
        r.stderr
    );
}

#[test]
fn ids_that_escape_the_exercises_folder_are_refused() {
    for id in [
        "../../etc/passwd",
        "/etc/passwd",
        "moves/../moves/print-twice",
    ] {
        let r = grader_run(&["check", id, "--root", &basic_book()]);
        assert_eq!(r.code, 2, "{id}");
        assert!(
            r.stderr.contains("is not a valid exercise id"),
            "{}",
            r.stderr
        );
    }
}

#[test]
fn bad_files_are_refused_with_exit_2() {
    for (file, says) in [
        ("missing.rs", "cannot read"),
        ("not_utf8.rs", "is not UTF-8 text"),
        ("binary.rs", "is a binary file"),
    ] {
        let r = check_file(file, &["--expect", "compile-pass"]);
        assert_eq!(r.code, 2, "{file}");
        assert!(r.stderr.contains(says), "{file}: {}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    }
}

#[test]
fn a_source_over_one_mebibyte_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.rs");
    std::fs::write(
        &big,
        format!("fn main() {{}}\n{}", "// padding\n".repeat(110_000)),
    )
    .unwrap();
    let r = grader_run(&[
        "check",
        "--file",
        big.to_str().unwrap(),
        "--expect",
        "compile-pass",
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("sources over 1024 KiB are not graded"),
        "{}",
        r.stderr
    );
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    let path = fixture("check/hello.rs");
    let p = path.to_str().unwrap();
    for (args, says) in [
        (
            vec!["check", "--expect", "compile-pass"],
            "--expect needs --file",
        ),
        (
            vec![
                "check",
                "--file",
                p,
                "--expect",
                "compile-pass",
                "--code",
                "E0499",
            ],
            "--code only goes with --expect compile-fail",
        ),
        (
            vec!["check", "--file", p, "--expect", "compile-fail"],
            "needs at least one --code",
        ),
        (
            vec![
                "check",
                "--file",
                p,
                "--expect",
                "compile-fail",
                "--code",
                "E99",
            ],
            "not a rustc error code",
        ),
        (
            vec!["check", "--file", p, "--expect", "compiles"],
            "unknown kind",
        ),
    ] {
        let r = grader_run(&args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(says), "{args:?}: {}", r.stderr);
    }
}

#[test]
fn a_missing_rustc_is_reported_not_a_crash() {
    let path = fixture("check/hello.rs");
    let r = run(grader().env("RUSTC", "/nonexistent/rustc").args([
        "check",
        "--file",
        path.to_str().unwrap(),
        "--expect",
        "compile-pass",
    ]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("rustc not found"), "{}", r.stderr);
}

#[test]
fn a_malformed_spec_names_file_line_and_field() {
    let book = fixture("books/grader-bad-spec");
    let r = grader_run(&["list", "--root", book.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("exercises/moves/use-after-move/exercise.toml:4: field `codes`: `E382` is not a rustc error code"),
        "{}",
        r.stderr
    );
}

#[test]
fn list_prints_every_exercise_in_book_order() {
    let r = grader_run(&["list", "--json", "--root", &basic_book()]);
    assert_eq!(r.code, 0);
    let ids: Vec<String> = r
        .json_lines()
        .iter()
        .map(|v| v["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["moves/print-twice", "moves/use-after-move"]);
    assert_eq!(r.json_lines()[1]["kind"], "compile-fail");
}

#[test]
fn verify_passes_on_a_correct_book_and_ends_with_the_count() {
    let r = grader_run(&["verify", "--root", &basic_book()]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(r.stdout.lines().last(), Some("7 passed, 0 failed"));
}

#[test]
fn verify_names_the_file_and_line_of_a_wrong_listing() {
    let book = fixture("books/grader-broken");
    let r = grader_run(&["verify", "--root", book.to_str().unwrap()]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout
            .contains("FAIL src/moves.md:32: expected E0499, rustc reported E0382"),
        "{}",
        r.stdout
    );
    assert_eq!(r.stdout.lines().last(), Some("7 passed, 1 failed"));
}

#[test]
fn the_real_book_verifies() {
    let r = grader_run(&[
        "verify",
        "--root",
        crate::support::repo_root().to_str().unwrap(),
    ]);
    let failures: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.starts_with("FAIL") || l.starts_with("ERROR"))
        .collect();
    assert_eq!(
        r.code,
        0,
        "{failures:#?}\n{}",
        r.stdout.lines().last().unwrap_or_default()
    );
}

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
