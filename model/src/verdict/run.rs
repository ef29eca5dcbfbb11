//! Judging a program's run: its exit, its panics and its output against the expectation, naming
//! what the sandbox stopped when it stopped something.

use super::{Reason, RunOutcome, RunOutcomeReason, Status};
use crate::expect::{Expectation, normalise_output};

/// The panic messages in a Rust program's stderr, in order: the text after each
/// `panicked at FILE:L:C:` line. A program whose thread panicked and whose `main` then panicked
/// (e.g. on a poisoned lock) has two.
pub fn panic_messages(stderr: &str) -> Vec<String> {
    let mut messages = Vec::new();
    let mut lines = stderr.lines().peekable();
    while let Some(line) = lines.next() {
        if !line.contains("panicked at ") {
            continue;
        }
        let mut msg = Vec::new();
        while let Some(next) = lines.peek() {
            if next.starts_with("note: ")
                || next.starts_with("stack backtrace:")
                || next.contains("panicked at ")
            {
                break;
            }
            msg.push(*next);
            lines.next();
        }
        messages.push(msg.join("\n").trim_end().to_string());
    }
    messages
}

/// The verdict on a run, naming what the sandbox stopped (time, memory, processes, files,
/// network) when it stopped something.
pub(super) fn judge_run(expected: &Expectation, run: &RunOutcome) -> (Status, Reason) {
    let truncated_kib = (run.dropped > 0).then_some(run.cap / 1024);
    let ran = |outcome, denied| Reason::Ran {
        outcome,
        truncated_kib,
        denied,
    };
    if let Some(limit) = crate::sandbox::stopped(run) {
        return (Status::Fail, ran(RunOutcomeReason::Stopped { limit }, None));
    }
    let (status, outcome) = judge_run_outcome(expected, run);
    let denied = crate::sandbox::hostile_behaviour(&run.stderr).filter(|_| status != Status::Pass);
    (status, ran(outcome, denied))
}

fn judge_run_outcome(expected: &Expectation, run: &RunOutcome) -> (Status, RunOutcomeReason) {
    let panics = if run.exit_code == Some(101) {
        panic_messages(&run.stderr)
    } else {
        Vec::new()
    };
    let panic = panics.last().cloned();
    match (expected, panic) {
        (Expectation::RunPanic { panic: want }, Some(_))
            if panics.iter().any(|m| m.contains(want.as_str())) =>
        {
            let got = panics
                .iter()
                .find(|m| m.contains(want.as_str()))
                .cloned()
                .unwrap_or_default();
            (
                Status::Pass,
                RunOutcomeReason::PanickedAsExpected { panic: got },
            )
        }
        (Expectation::RunPanic { panic: want }, Some(got)) => (
            Status::Fail,
            RunOutcomeReason::PanicMismatch {
                panic: got,
                expected: want.clone(),
            },
        ),
        (Expectation::RunPanic { .. }, None) if run.exit_code == Some(0) => {
            (Status::Fail, RunOutcomeReason::NoPanic)
        }
        (Expectation::RunPass { .. }, Some(got)) => {
            (Status::Fail, RunOutcomeReason::Panicked { panic: got })
        }
        (_, _) if run.exit_code != Some(0) => (
            Status::Fail,
            RunOutcomeReason::Ended {
                exit_code: run.exit_code,
                signal: run.signal,
            },
        ),
        (Expectation::RunPass { stdout: Some(want) }, None) => {
            let (want, got) = (normalise_output(want), normalise_output(&run.stdout));
            if want == got {
                (Status::Pass, RunOutcomeReason::OutputMatches)
            } else {
                (Status::Fail, first_difference(&want, &got))
            }
        }
        _ => (Status::Pass, RunOutcomeReason::ExitsNormally),
    }
}

fn first_difference(want: &str, got: &str) -> RunOutcomeReason {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    for i in 0..w.len().max(g.len()) {
        match (w.get(i), g.get(i)) {
            (Some(a), Some(b)) if a == b => continue,
            (a, b) => {
                return RunOutcomeReason::OutputDiffers {
                    line: Some(i + 1),
                    expected: a.map(|a| a.to_string()),
                    got: b.map(|b| b.to_string()),
                };
            }
        }
    }
    RunOutcomeReason::OutputDiffers {
        line: None,
        expected: None,
        got: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_panic_message_is_read_from_stderr() {
        let stderr = "\nthread 'main' (123) panicked at src/main.rs:4:5:\nalready borrowed: BorrowMutError\nnote: run with `RUST_BACKTRACE=1`\n";
        assert_eq!(
            panic_messages(stderr),
            vec!["already borrowed: BorrowMutError".to_string()]
        );
    }

    #[test]
    fn every_panic_of_a_program_is_read() {
        let stderr = "thread '<unnamed>' (5) panicked at a.rs:3:9:\nboom\nnote: run with\n\nthread 'main' (4) panicked at a.rs:9:5:\ncalled `Result::unwrap()` on an `Err` value: PoisonError { .. }\n";
        let got = panic_messages(stderr);
        assert_eq!(got.len(), 2);
        assert!(got[1].contains("PoisonError"));
    }

    #[test]
    fn the_first_differing_line_is_named() {
        assert_eq!(
            first_difference("a\nb", "a\nc").to_string(),
            "output differs on line 2: expected \"b\", got \"c\""
        );
        assert!(
            first_difference("a\nb", "a")
                .to_string()
                .starts_with("output ends early")
        );
    }
}
