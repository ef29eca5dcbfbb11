//! Judging: codes, pins, partial credit, stops, and the verdict's JSON.

use super::pins::e0499_on;
use super::*;
use crate::expect::LinePin;

fn pinned(code: &str, line: u32) -> Expectation {
    Expectation::CompileFail {
        codes: [code.parse().unwrap()].into(),
        lines: vec![LinePin {
            code: code.parse().unwrap(),
            line,
            about: None,
        }],
    }
}

fn rejected(lines: &[u32]) -> CompileOutcome {
    CompileOutcome {
        parsed: e0499_on(lines),
        ..CompileOutcome::default()
    }
}

#[test]
fn the_right_codes_on_other_lines_are_partly_right() {
    let v = judge(&pinned("E0499", 4), &rejected(&[5]), None, "answer.rs");
    assert_eq!(v.status, Status::Fail);
    assert_eq!(v.partly(), Some(Partly::CodesOnOtherLines));
    let pass = judge(&pinned("E0499", 5), &rejected(&[5]), None, "answer.rs");
    assert_eq!((pass.status, pass.partly()), (Status::Pass, None));
    let other_code = judge(&pinned("E0502", 5), &rejected(&[5]), None, "answer.rs");
    assert_eq!(
        (other_code.status, other_code.partly()),
        (Status::Fail, None)
    );
}

#[test]
fn a_program_that_ran_but_printed_something_else_compiles() {
    let want = Expectation::RunPass {
        stdout: Some("hello\n".into()),
    };
    let compiled = CompileOutcome {
        success: true,
        ..CompileOutcome::default()
    };
    let ran = |stdout: &str| RunOutcome {
        exit_code: Some(0),
        stdout: stdout.into(),
        ..RunOutcome::default()
    };
    let v = judge(&want, &compiled, Some(&ran("bye\n")), "answer.rs");
    assert_eq!(
        (v.status, v.partly()),
        (Status::Fail, Some(Partly::Compiles))
    );
    let v = judge(&want, &compiled, Some(&ran("hello\n")), "answer.rs");
    assert_eq!((v.status, v.partly()), (Status::Pass, None));
    let v = judge(&want, &rejected(&[3]), None, "answer.rs");
    assert_eq!((v.status, v.partly()), (Status::Fail, None));
}

#[test]
fn a_verdict_reads_back_from_json_with_its_reason_and_message() {
    let v = judge(&pinned("E0499", 4), &rejected(&[5]), None, "answer.rs");
    let back: Verdict = serde_json::from_str(&serde_json::to_string(&v).unwrap()).unwrap();
    assert_eq!(back.reason(), v.reason());
    assert!(matches!(back.reason(), Reason::MissedPin(_)));
    assert_eq!(back.message(), v.reason().message());
    assert_eq!(back.pin(), v.pin());
    assert_eq!(
        serde_json::to_string(&back).unwrap(),
        serde_json::to_string(&v).unwrap()
    );
}

#[test]
fn partly_is_kebab_case_in_json_and_absent_when_none() {
    let v = judge(&pinned("E0499", 4), &rejected(&[5]), None, "answer.rs");
    let json = serde_json::to_value(&v).unwrap();
    assert_eq!(json["partly"], "codes-on-other-lines");
    let v = judge(&pinned("E0499", 5), &rejected(&[5]), None, "answer.rs");
    assert!(serde_json::to_value(&v).unwrap().get("partly").is_none());
}

#[test]
fn where_the_reason_names_a_stop_stopped_agrees_with_it() {
    let timed_out = CompileOutcome {
        timed_out: Some(20),
        ..CompileOutcome::default()
    };
    let v = judge(&Expectation::CompilePass, &timed_out, None, "answer.rs");
    assert_eq!(*v.reason(), Reason::CompileTimeLimit { secs: 20 });
    assert_eq!(v.stopped, Some(Stopped::CompileTime));
    let compiled = CompileOutcome {
        success: true,
        ..CompileOutcome::default()
    };
    let killed = RunOutcome {
        signal: Some(9),
        ..RunOutcome::default()
    };
    let want = Expectation::RunPass { stdout: None };
    let v = judge(&want, &compiled, Some(&killed), "answer.rs");
    assert!(v.message().contains("signal 9"), "{}", v.message());
    assert_eq!(v.stopped, Some(Stopped::Signal));
    let fine = RunOutcome {
        exit_code: Some(0),
        ..RunOutcome::default()
    };
    assert_eq!(
        judge(&want, &compiled, Some(&fine), "answer.rs").stopped,
        None
    );
}
