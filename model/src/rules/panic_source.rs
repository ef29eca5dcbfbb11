//! Where a panic comes from: a run-panic exercise about a `RefCell` borrowed twice or a poisoned
//! lock passes only when the panic comes from that operation, not from a `panic!` that prints
//! the same words. The program of such an exercise runs with `RUST_BACKTRACE=1`; the standard
//! library's panic report then names the functions the panic passed through, and the one the
//! lesson is about (`core::cell::panic_already_borrowed`) must be among them. The backtrace is
//! taken out of the output the learner is shown.

use serde::{Deserialize, Serialize};

/// The function a run-panic answer's panic must pass through, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PanicSource {
    /// The function's path as a backtrace names it, e.g. `core::cell::panic_already_borrowed`.
    pub frame: String,
    /// Why, shown when the panic came from elsewhere.
    pub reason: String,
}

/// One panic report in a program's stderr: its message and the functions its backtrace names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PanicReport {
    pub message: String,
    pub frames: Vec<String>,
}

/// The panic reports in `stderr`, in order.
pub(crate) fn reports(stderr: &str) -> Vec<PanicReport> {
    let mut out: Vec<PanicReport> = Vec::new();
    let mut in_message = false;
    let mut in_trace = false;
    for line in stderr.lines() {
        if line.contains("panicked at ") {
            out.push(PanicReport {
                message: String::new(),
                frames: Vec::new(),
            });
            (in_message, in_trace) = (true, false);
        } else if line.starts_with("stack backtrace:") {
            (in_message, in_trace) = (false, true);
        } else if line.starts_with("note: ") {
            (in_message, in_trace) = (false, false);
        } else if let Some(report) = out.last_mut() {
            if in_message {
                if !report.message.is_empty() {
                    report.message.push('\n');
                }
                report.message.push_str(line);
            } else if in_trace && let Some(frame) = frame_name(line) {
                report.frames.push(frame.to_string());
            }
        }
    }
    out
}

/// The function a backtrace line names (`  12: core::cell::panic_already_borrowed`), if it is
/// such a line and not an `at FILE:LINE` line.
fn frame_name(line: &str) -> Option<&str> {
    let (number, name) = line.trim_start().split_once(": ")?;
    number
        .chars()
        .all(|c| c.is_ascii_digit())
        .then_some(name.trim())
}

impl PanicSource {
    /// Whether the program's last panic (the one that ended it) has a message containing
    /// `wanted` and passed through this function. Only the last counts: a report printed
    /// before it by the program itself proves nothing.
    pub fn holds(&self, wanted: &str, stderr: &str) -> bool {
        reports(stderr).last().is_some_and(|r| {
            r.message.contains(wanted)
                && r.frames.iter().any(|f| {
                    f == &self.frame
                        || f.strip_prefix(self.frame.as_str())
                            .is_some_and(|rest| rest.starts_with("::"))
                })
        })
    }
}

/// `stderr` without its backtraces (from `stack backtrace:` to the note that ends one), as the
/// program prints it without `RUST_BACKTRACE`.
pub fn without_backtraces(stderr: &str) -> String {
    let mut out = String::with_capacity(stderr.len());
    let mut in_trace = false;
    for line in stderr.split_inclusive('\n') {
        if line.starts_with("stack backtrace:") {
            in_trace = true;
            continue;
        }
        if in_trace {
            if line.starts_with("note: ") {
                in_trace = false;
            }
            continue;
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BORROWED: &str = "\nthread 'main' (9) panicked at a.rs:5:16:\nRefCell already borrowed\nstack backtrace:\n   0: __rustc::rust_begin_unwind\n             at /rustc/x/library/std/src/panicking.rs:689:5\n   4: core::cell::panic_already_borrowed\n             at /rustc/x/library/core/src/panic.rs:177:9\n   5: core::cell::RefCell<T>::borrow_mut\n   6: a::main\nnote: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.\n";
    const EXPLICIT: &str = "\nthread 'main' (9) panicked at a.rs:5:16:\nRefCell already borrowed\nstack backtrace:\n   0: __rustc::rust_begin_unwind\n   1: core::panicking::panic_fmt\n   2: a::main\nnote: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.\n";

    fn source() -> PanicSource {
        PanicSource {
            frame: "core::cell::panic_already_borrowed".into(),
            reason: "the borrow panics".into(),
        }
    }

    #[test]
    fn a_panic_from_the_borrow_holds_and_one_from_panic_does_not() {
        assert!(source().holds("already borrowed", BORROWED));
        assert!(!source().holds("already borrowed", EXPLICIT));
        assert!(
            !source().holds("poisoned", BORROWED),
            "the matching panic must pass through it"
        );
        let printed_before = format!("{BORROWED}{EXPLICIT}");
        assert!(!source().holds("already borrowed", &printed_before));
    }

    #[test]
    fn backtraces_are_taken_out_of_what_the_learner_sees() {
        assert_eq!(
            without_backtraces(BORROWED),
            "\nthread 'main' (9) panicked at a.rs:5:16:\nRefCell already borrowed\n"
        );
    }
}
