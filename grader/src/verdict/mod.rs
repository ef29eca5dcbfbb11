//! Judging what rustc and the program did against an [`Expectation`], and the [`Verdict`] that
//! every front end (human output, `--json`, reports) prints.

use serde::{Deserialize, Serialize};

use crate::diagnostics::Parsed;
use crate::expect::{ErrorCode, Expectation, LinePin};

mod run;

use run::judge_run;
pub use run::panic_messages;

/// The outcome of one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The submission does what was expected.
    Pass,
    /// The submission does something else.
    Fail,
    /// The check itself could not be carried out (not the submission's fault).
    Error,
}

/// How a failed submission is partly right, in the terms its kind makes meaningful. The verdict
/// says only this; what it is worth is up to the exercise's spec (`[partial]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Partly {
    /// A run-pass or run-panic answer compiled and was run, but its output or panic is not the
    /// expected one (or the run was stopped at a limit).
    Compiles,
    /// A compile-fail answer made rustc report exactly the expected codes, but not on the pinned
    /// lines.
    CodesOnOtherLines,
}

/// The verdict on one submission.
#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    /// Pass, fail or error.
    pub status: Status,
    /// The sorted, distinct error codes rustc reported.
    pub error_codes: Vec<ErrorCode>,
    /// What was expected.
    pub expected: Expectation,
    /// One line saying why, in words a learner understands.
    pub message: String,
    /// On a fail, how the submission is partly right, if it is; never set otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partly: Option<Partly>,
    /// rustc's rendered diagnostics.
    pub diagnostics: String,
    /// How many warnings rustc reported.
    pub warnings: usize,
    /// What the program printed on stdout, when it ran.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stdout: Option<String>,
    /// What the program printed on stderr, when it ran.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stderr: Option<String>,
    /// Wall-clock milliseconds spent compiling and running.
    pub duration_ms: u64,
    /// The sandbox protections the compile and run had, and the isolation level achieved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub isolation: Option<crate::sandbox::IsolationReport>,
}

impl Verdict {
    /// A verdict for a check that could not be carried out.
    pub fn error(expected: &Expectation, message: impl Into<String>) -> Verdict {
        Verdict {
            status: Status::Error,
            error_codes: Vec::new(),
            expected: expected.clone(),
            message: message.into(),
            partly: None,
            diagnostics: String::new(),
            warnings: 0,
            stdout: None,
            stderr: None,
            duration_ms: 0,
            isolation: None,
        }
    }
}

/// What compiling a case produced.
#[derive(Debug, Clone, Default)]
pub struct CompileOutcome {
    /// The diagnostics attributed to the case.
    pub parsed: Parsed,
    /// Whether rustc produced its output (exit status 0).
    pub success: bool,
    /// Whether the compile time limit expired, and its length in seconds.
    pub timed_out: Option<u64>,
}

/// What running a compiled case produced.
#[derive(Debug, Clone, Default)]
pub struct RunOutcome {
    /// The exit code, if the program exited by itself.
    pub exit_code: Option<i32>,
    /// The signal that ended it, if any.
    pub signal: Option<i32>,
    /// Captured stdout (lossily decoded).
    pub stdout: String,
    /// Captured stderr (lossily decoded).
    pub stderr: String,
    /// Bytes of output beyond the cap, discarded.
    pub dropped: u64,
    /// The cap on each stream, in bytes.
    pub cap: usize,
    /// Whether the run time limit expired, and its length in seconds.
    pub timed_out: Option<u64>,
    /// Whether the memory watchdog stopped the program.
    pub memory_exceeded: bool,
}

fn list(codes: &[ErrorCode]) -> String {
    if codes.is_empty() {
        return "no error code".to_string();
    }
    codes
        .iter()
        .map(ErrorCode::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Judges a compile (and, for run kinds, a run) against `expected`. `case_file` is the name the
/// diagnostics give the checked file, for line pins.
pub fn judge(
    expected: &Expectation,
    compile: &CompileOutcome,
    run: Option<&RunOutcome>,
    case_file: &str,
) -> Verdict {
    let parsed = &compile.parsed;
    let codes = parsed.codes();
    let v = Verdict {
        status: Status::Fail,
        error_codes: codes.clone(),
        expected: expected.clone(),
        message: String::new(),
        partly: None,
        diagnostics: parsed.rendered(),
        warnings: parsed.warnings(),
        stdout: run.map(|r| r.stdout.clone()),
        stderr: run.map(|r| r.stderr.clone()),
        duration_ms: 0,
        isolation: None,
    };
    let verdict = |mut v: Verdict, status, message: String| {
        v.status = status;
        v.message = message;
        v
    };
    if let Some(secs) = compile.timed_out {
        return verdict(
            v,
            Status::Fail,
            format!("compile time limit exceeded ({secs} s): rustc was stopped"),
        );
    }
    if parsed.diagnostics.iter().any(|d| d.is_ice()) {
        return verdict(
            v,
            Status::Error,
            "rustc crashed (internal compiler error); this is not your fault".into(),
        );
    }
    let uncoded = parsed.errors().find(|d| d.code.is_none());
    let failed = !compile.success || parsed.errors().next().is_some();
    if let Some(d) = uncoded.filter(|_| codes.is_empty()) {
        let at = d
            .primary
            .as_ref()
            .map(|(_, l)| format!(" (line {l})"))
            .unwrap_or_default();
        return verdict(
            v,
            Status::Fail,
            format!(
                "the code does not compile: rustc reported an error without a code{at}: {}",
                d.message
            ),
        );
    }
    match expected {
        Expectation::CompileFail { codes: want, lines } => {
            let want: Vec<ErrorCode> = want.iter().cloned().collect();
            if !failed {
                return verdict(
                    v,
                    Status::Fail,
                    format!(
                        "rustc accepted the code; expected it to reject it with {}",
                        list(&want)
                    ),
                );
            }
            if let Some(d) = uncoded {
                return verdict(
                    v,
                    Status::Fail,
                    format!("rustc also reported an error without a code: {}", d.message),
                );
            }
            if codes != want {
                return verdict(
                    v,
                    Status::Fail,
                    format!("expected {}, rustc reported {}", list(&want), list(&codes)),
                );
            }
            if let Some(msg) = unmet_pin(lines, parsed, case_file) {
                let mut v = verdict(v, Status::Fail, msg);
                v.partly = Some(Partly::CodesOnOtherLines);
                return v;
            }
            verdict(
                v,
                Status::Pass,
                format!("rustc rejected the code with {}, as expected", list(&want)),
            )
        }
        _ if failed => {
            let msg = format!(
                "rustc rejected the code with {}; expected it to compile",
                list(&codes)
            );
            verdict(v, Status::Fail, msg)
        }
        Expectation::CompilePass => {
            let extra = if v.warnings > 0 {
                format!(" ({} warning(s))", v.warnings)
            } else {
                String::new()
            };
            verdict(v, Status::Pass, format!("compiles{extra}"))
        }
        Expectation::RunPass { .. } | Expectation::RunPanic { .. } => {
            let Some(run) = run else {
                return verdict(v, Status::Error, "the program was not run".into());
            };
            let (status, message) = judge_run(expected, run);
            let mut v = verdict(v, status, message);
            v.partly = (status == Status::Fail).then_some(Partly::Compiles);
            v
        }
    }
}

fn unmet_pin(pins: &[LinePin], parsed: &Parsed, case_file: &str) -> Option<String> {
    for pin in pins {
        let lines: Vec<u32> = parsed
            .errors()
            .filter(|d| d.code.as_ref() == Some(&pin.code))
            .filter_map(|d| {
                d.primary
                    .as_ref()
                    .filter(|(f, _)| f == case_file)
                    .map(|(_, l)| *l)
            })
            .collect();
        if !lines.contains(&pin.line) {
            let mut lines = lines;
            lines.sort_unstable();
            lines.dedup();
            let where_ = match lines.as_slice() {
                [] => "rustc did not point at a line of your code".to_string(),
                [one] => format!("rustc reported it on line {one}"),
                [first @ .., last] => {
                    let first: Vec<String> = first.iter().map(u32::to_string).collect();
                    format!("rustc reported it on lines {} and {last}", first.join(", "))
                }
            };
            return Some(format!(
                "expected {} on line {}, {where_}",
                pin.code, pin.line
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Diagnostic;

    fn e0499_on(lines: &[u32]) -> Parsed {
        Parsed {
            diagnostics: lines
                .iter()
                .map(|&line| Diagnostic {
                    level: "error".into(),
                    code: Some("E0499".parse().unwrap()),
                    message: "cannot borrow `s` as mutable more than once at a time".into(),
                    rendered: String::new(),
                    primary: Some(("answer.rs".into(), line)),
                })
                .collect(),
            ..Parsed::default()
        }
    }

    fn missed(lines: &[u32]) -> Option<String> {
        let pin = LinePin {
            code: "E0499".parse().unwrap(),
            line: 4,
        };
        unmet_pin(&[pin], &e0499_on(lines), "answer.rs")
    }

    #[test]
    fn a_pin_met_on_its_line_says_nothing() {
        assert_eq!(missed(&[9, 4]), None);
    }

    #[test]
    fn a_missed_pin_names_the_lines_rustc_gave_once_each_in_order() {
        assert_eq!(
            missed(&[5]).unwrap(),
            "expected E0499 on line 4, rustc reported it on line 5"
        );
        assert_eq!(
            missed(&[9, 5, 9]).unwrap(),
            "expected E0499 on line 4, rustc reported it on lines 5 and 9"
        );
        assert_eq!(
            missed(&[12, 5, 9]).unwrap(),
            "expected E0499 on line 4, rustc reported it on lines 5, 9 and 12"
        );
    }

    #[test]
    fn a_missed_pin_without_any_line_says_so() {
        assert_eq!(
            missed(&[]).unwrap(),
            "expected E0499 on line 4, rustc did not point at a line of your code"
        );
    }

    fn pinned(code: &str, line: u32) -> Expectation {
        Expectation::CompileFail {
            codes: [code.parse().unwrap()].into(),
            lines: vec![LinePin {
                code: code.parse().unwrap(),
                line,
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
        assert_eq!(v.partly, Some(Partly::CodesOnOtherLines));
        let pass = judge(&pinned("E0499", 5), &rejected(&[5]), None, "answer.rs");
        assert_eq!((pass.status, pass.partly), (Status::Pass, None));
        let other_code = judge(&pinned("E0502", 5), &rejected(&[5]), None, "answer.rs");
        assert_eq!((other_code.status, other_code.partly), (Status::Fail, None));
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
        assert_eq!((v.status, v.partly), (Status::Fail, Some(Partly::Compiles)));
        let v = judge(&want, &compiled, Some(&ran("hello\n")), "answer.rs");
        assert_eq!((v.status, v.partly), (Status::Pass, None));
        let v = judge(&want, &rejected(&[3]), None, "answer.rs");
        assert_eq!((v.status, v.partly), (Status::Fail, None));
    }

    #[test]
    fn partly_is_kebab_case_in_json_and_absent_when_none() {
        let v = judge(&pinned("E0499", 4), &rejected(&[5]), None, "answer.rs");
        let json = serde_json::to_value(&v).unwrap();
        assert_eq!(json["partly"], "codes-on-other-lines");
        let v = judge(&pinned("E0499", 5), &rejected(&[5]), None, "answer.rs");
        assert!(serde_json::to_value(&v).unwrap().get("partly").is_none());
    }
}
