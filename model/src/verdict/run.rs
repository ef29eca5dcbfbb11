//! Judging a program's run: its exit, its panics and its output against the expectation, naming
//! what the sandbox stopped when it stopped something.

use super::{RunOutcome, Status};
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
pub(super) fn judge_run(expected: &Expectation, run: &RunOutcome) -> (Status, String) {
    let truncated = if run.dropped > 0 {
        format!("; output truncated at {} KiB", run.cap / 1024)
    } else {
        String::new()
    };
    if let Some(message) = crate::sandbox::stopped(run) {
        return (Status::Fail, format!("{message}{truncated}"));
    }
    let (status, message) = judge_run_outcome(expected, run, &truncated);
    match crate::sandbox::hostile_behaviour(&run.stderr) {
        Some(what) if status != Status::Pass => (status, format!("{what}: {message}")),
        _ => (status, message),
    }
}

fn judge_run_outcome(
    expected: &Expectation,
    run: &RunOutcome,
    truncated: &str,
) -> (Status, String) {
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
            (Status::Pass, format!("panicked with {got:?}, as expected"))
        }
        (Expectation::RunPanic { panic: want }, Some(got)) => (
            Status::Fail,
            format!("panicked with {got:?}; expected a message containing {want:?}"),
        ),
        (Expectation::RunPanic { .. }, None) if run.exit_code == Some(0) => (
            Status::Fail,
            format!("the program finished normally; expected it to panic{truncated}"),
        ),
        (Expectation::RunPass { .. }, Some(got)) => {
            (Status::Fail, format!("the program panicked: {got}"))
        }
        (_, _) if run.exit_code != Some(0) => {
            let how = match (run.exit_code, run.signal) {
                (_, Some(9)) => {
                    "was killed (signal 9): memory or process limit exceeded?".to_string()
                }
                (_, Some(11)) => {
                    "crashed with a segmentation fault (signal 11), e.g. a stack overflow"
                        .to_string()
                }
                (_, Some(6)) => {
                    "aborted (signal 6), e.g. a stack overflow or a double panic".to_string()
                }
                (_, Some(sig)) => format!("was ended by signal {sig}"),
                (Some(code), None) => format!("exited with status {code}"),
                (None, None) => "ended abnormally".to_string(),
            };
            (Status::Fail, format!("the program {how}{truncated}"))
        }
        (Expectation::RunPass { stdout: Some(want) }, None) => {
            let (want, got) = (normalise_output(want), normalise_output(&run.stdout));
            if want == got {
                (
                    Status::Pass,
                    "runs and prints the expected output".to_string(),
                )
            } else {
                (
                    Status::Fail,
                    format!("{}{truncated}", first_difference(&want, &got)),
                )
            }
        }
        _ => (Status::Pass, format!("runs and exits normally{truncated}")),
    }
}

fn first_difference(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    for i in 0..w.len().max(g.len()) {
        match (w.get(i), g.get(i)) {
            (Some(a), Some(b)) if a == b => continue,
            (Some(a), Some(b)) => {
                return format!(
                    "output differs on line {}: expected {a:?}, got {b:?}",
                    i + 1
                );
            }
            (Some(a), None) => return format!("output ends early: line {} should be {a:?}", i + 1),
            (None, Some(b)) => return format!("output has an extra line {}: {b:?}", i + 1),
            (None, None) => break,
        }
    }
    "output differs".to_string()
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
            first_difference("a\nb", "a\nc"),
            "output differs on line 2: expected \"b\", got \"c\""
        );
        assert!(first_difference("a\nb", "a").starts_with("output ends early"));
    }
}
