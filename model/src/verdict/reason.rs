//! Why a verdict is what it is, as data ([`Reason`]), and the one place its words are written:
//! [`Reason`]'s `Display`, which is the verdict's `message`.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::MissedPin;
use crate::checks::FailedCheck;
use crate::expect::ErrorCode;
use crate::rules::Breach;
use crate::sandbox::{Denial, Limit};

/// Why a verdict is what it is. Its `Display` is the verdict's `message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Reason {
    /// rustc rejected a compile-fail answer with exactly the expected codes (on their lines).
    CodesMet {
        /// The expected codes.
        codes: Vec<ErrorCode>,
    },
    /// A compile-pass answer compiled.
    Compiles {
        /// How many warnings rustc reported.
        warnings: usize,
    },
    /// rustc reported other codes than the expected ones.
    WrongCodes {
        /// The expected codes.
        expected: Vec<ErrorCode>,
        /// The codes rustc reported.
        reported: Vec<ErrorCode>,
    },
    /// rustc accepted an answer expected to fail with `expected`.
    CompiledButExpectedToFail {
        /// The expected codes.
        expected: Vec<ErrorCode>,
    },
    /// rustc rejected an answer expected to compile.
    RejectedButExpectedToCompile {
        /// The codes rustc reported.
        reported: Vec<ErrorCode>,
    },
    /// rustc reported an error without a code, and no error with one.
    Uncoded {
        /// The line of the checked file rustc pointed at, if it did.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        line: Option<u32>,
        /// rustc's message.
        error: String,
    },
    /// rustc reported an error without a code besides the expected codes.
    AlsoUncoded {
        /// rustc's message.
        error: String,
    },
    /// rustc reported the expected codes, but a pinned one not on its line.
    MissedPin(MissedPin),
    /// rustc crashed.
    CompilerCrashed,
    /// rustc was stopped at the compile time limit.
    CompileTimeLimit {
        /// The limit's length in seconds.
        secs: u64,
    },
    /// rustc was stopped at the memory limit.
    CompileMemoryLimit,
    /// The sandbox denied rustc something (a build script or proc macro's doing) and rustc
    /// failed: `reason` is what the judge said of that.
    DeniedAtCompileTime {
        /// What was denied.
        denied: Denial,
        /// The reason of the verdict on the compile.
        reason: Box<Reason>,
    },
    /// A program that should have run was not run.
    NotRun,
    /// The program ran; `outcome` says how it did against the expectation.
    Ran {
        /// How the run went.
        #[serde(flatten)]
        outcome: RunOutcomeReason,
        /// When the output was cut at the cap: the cap in KiB (noted only for outcomes where
        /// the output matters: a stop, a missing panic, an exit code, the output itself).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        truncated_kib: Option<usize>,
        /// What the sandbox denied the program, as its error said, when the run failed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        denied: Option<Denial>,
    },
    /// The answer broke one of the exercise's rules.
    RuleBroken(Breach),
    /// A hidden check failed: the first that did, and how many of how many failed.
    CheckFailed {
        /// The first failed check.
        check: FailedCheck,
        /// How many checks failed.
        failed: usize,
        /// How many checks there are.
        of: usize,
    },
    /// The run of the hidden checks ended before they were done.
    ChecksUnfinished {
        /// The exit code, if the program exited by itself.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        exit_code: Option<i32>,
        /// The signal that ended it, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        signal: Option<i32>,
    },
    /// A limit of the sandbox stopped the run of the hidden checks.
    ChecksStopped {
        /// The limit.
        #[serde(flatten)]
        limit: Limit,
    },
    /// The answer compiles alone, but the hidden checks cannot use it.
    ChecksCannotUse {
        /// rustc's first error on the answer with the checks attached.
        error: String,
    },
    /// The hidden checks cannot be attached: the answer has no top-level `fn main`.
    ChecksNeedMain,
    /// The hidden checks cannot run with an answer that names `name`, which places code
    /// outside `main`.
    ChecksOutsideMain {
        /// The identifier.
        name: String,
    },
    /// The hidden checks could not be run (not the answer's fault).
    ChecksNotRun {
        /// What went wrong.
        error: String,
    },
    /// Output that must match byte for byte differs at byte `at`.
    NotByteExact {
        /// The first differing byte.
        at: usize,
        /// Up to 20 characters expected from there.
        expected: String,
        /// Up to 20 characters printed from there.
        got: String,
    },
    /// A shortcut answer failed, as it must: `reason` is why.
    ShortcutRefused {
        /// The reason of the shortcut's verdict.
        reason: Box<Reason>,
    },
    /// A shortcut answer passed.
    ShortcutPasses,
    /// The check could not be carried out.
    Internal {
        /// What went wrong.
        error: String,
    },
}

/// How a run went against the expectation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum RunOutcomeReason {
    /// A limit of the sandbox stopped it.
    Stopped {
        /// The limit.
        #[serde(flatten)]
        limit: Limit,
    },
    /// It panicked with a message containing the expected text.
    PanickedAsExpected {
        /// The panic's message.
        panic: String,
    },
    /// It panicked with another message than the expected one.
    PanicMismatch {
        /// The last panic's message.
        panic: String,
        /// The text the message should contain.
        expected: String,
    },
    /// It finished normally, but should have panicked.
    NoPanic,
    /// It panicked, but should not have.
    Panicked {
        /// The last panic's message.
        panic: String,
    },
    /// It ended otherwise than normally: an exit code or a signal.
    Ended {
        /// The exit code, if it exited by itself.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        exit_code: Option<i32>,
        /// The signal that ended it, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        signal: Option<i32>,
    },
    /// It printed the expected output.
    OutputMatches,
    /// Its output differs from the expected one, first on output line `line` (1-based):
    /// `expected` is missing when the output has an extra line, `got` when it ends early.
    OutputDiffers {
        /// The first differing line of the output, if one does.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        line: Option<usize>,
        /// The expected line.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        expected: Option<String>,
        /// The line printed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        got: Option<String>,
    },
    /// It exited normally (no output was expected).
    ExitsNormally,
}

/// `E0499, E0502`, or `no error code`.
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

impl Reason {
    /// The verdict's one-line message, in words a learner understands.
    pub fn message(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::CodesMet { codes } => {
                write!(
                    f,
                    "rustc rejected the code with {}, as expected",
                    list(codes)
                )
            }
            Reason::Compiles { warnings: 0 } => f.write_str("compiles"),
            Reason::Compiles { warnings } => write!(f, "compiles ({warnings} warning(s))"),
            Reason::WrongCodes { expected, reported } => {
                write!(
                    f,
                    "expected {}, rustc reported {}",
                    list(expected),
                    list(reported)
                )
            }
            Reason::CompiledButExpectedToFail { expected } => write!(
                f,
                "rustc accepted the code; expected it to reject it with {}",
                list(expected)
            ),
            Reason::RejectedButExpectedToCompile { reported } => write!(
                f,
                "rustc rejected the code with {}; expected it to compile",
                list(reported)
            ),
            Reason::Uncoded { line, error } => {
                let at = line.map(|l| format!(" (line {l})")).unwrap_or_default();
                write!(
                    f,
                    "the code does not compile: rustc reported an error without a code{at}: {error}"
                )
            }
            Reason::AlsoUncoded { error } => {
                write!(f, "rustc also reported an error without a code: {error}")
            }
            Reason::MissedPin(missed) => f.write_str(&missed.message()),
            Reason::CompilerCrashed => {
                f.write_str("rustc crashed (internal compiler error); this is not your fault")
            }
            Reason::CompileTimeLimit { secs } => {
                write!(
                    f,
                    "compile time limit exceeded ({secs} s): rustc was stopped"
                )
            }
            Reason::CompileMemoryLimit => {
                f.write_str("memory limit exceeded while compiling: rustc was stopped")
            }
            Reason::DeniedAtCompileTime { denied, reason } => {
                write!(f, "{denied} at compile time: {reason}")
            }
            Reason::NotRun => f.write_str("the program was not run"),
            Reason::Ran {
                outcome,
                truncated_kib,
                denied,
            } => {
                if let Some(denied) = denied {
                    write!(f, "{denied}: ")?;
                }
                outcome.fmt(f)?;
                match (outcome, truncated_kib) {
                    (
                        RunOutcomeReason::PanickedAsExpected { .. }
                        | RunOutcomeReason::PanicMismatch { .. }
                        | RunOutcomeReason::Panicked { .. }
                        | RunOutcomeReason::OutputMatches,
                        _,
                    )
                    | (_, None) => Ok(()),
                    (_, Some(kib)) => write!(f, "; output truncated at {kib} KiB"),
                }
            }
            Reason::RuleBroken(breach) => f.write_str(&breach.message()),
            Reason::CheckFailed { check, failed, of } => {
                write!(f, "hidden check failed: {}: {}", check.name, check.message)?;
                if *failed > 1 {
                    write!(f, " ({failed} of {of} checks failed)")?;
                }
                Ok(())
            }
            Reason::ChecksUnfinished { exit_code, signal } => {
                let how = match (exit_code, signal) {
                    (_, Some(sig)) => format!("was ended by signal {sig}"),
                    (Some(code), None) => format!("exited with status {code}"),
                    (None, None) => "ended".to_string(),
                };
                write!(
                    f,
                    "the hidden checks did not finish: the program {how} while they ran (does \
                     your code end the program?)"
                )
            }
            Reason::ChecksStopped { limit } => {
                write!(f, "the hidden checks did not finish: {limit}")
            }
            Reason::ChecksCannotUse { error } => write!(
                f,
                "the exercise's hidden checks cannot use your answer: {error} (keep the names \
                 and signatures the instructions give)"
            ),
            Reason::ChecksNeedMain => f.write_str(
                "the exercise's hidden checks cannot run: they need the answer's `fn main` \
                 defined at its top level (not imported with `use`)",
            ),
            Reason::ChecksOutsideMain { name } => write!(
                f,
                "the exercise's hidden checks cannot run with `{name}`: code that runs before \
                 `main` or replaces symbols could answer for them"
            ),
            Reason::ChecksNotRun { error } => {
                write!(f, "could not run the hidden checks: {error}")
            }
            Reason::NotByteExact { at, expected, got } => write!(
                f,
                "output differs byte for byte (stdout_exact) at byte {at}: expected {expected:?}, \
                 got {got:?}"
            ),
            Reason::ShortcutRefused { reason } => write!(f, "the shortcut is refused: {reason}"),
            Reason::ShortcutPasses => f.write_str(
                "this shortcut answer passes: the exercise needs a rule (or a line pin) that \
                 refuses it",
            ),
            Reason::Internal { error } => f.write_str(error),
        }
    }
}

impl fmt::Display for RunOutcomeReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunOutcomeReason::Stopped { limit } => limit.fmt(f),
            RunOutcomeReason::PanickedAsExpected { panic } => {
                write!(f, "panicked with {panic:?}, as expected")
            }
            RunOutcomeReason::PanicMismatch { panic, expected } => write!(
                f,
                "panicked with {panic:?}; expected a message containing {expected:?}"
            ),
            RunOutcomeReason::NoPanic => {
                f.write_str("the program finished normally; expected it to panic")
            }
            RunOutcomeReason::Panicked { panic } => write!(f, "the program panicked: {panic}"),
            RunOutcomeReason::Ended { exit_code, signal } => {
                f.write_str("the program ")?;
                match (exit_code, signal) {
                    (_, Some(9)) => {
                        f.write_str("was killed (signal 9): memory or process limit exceeded?")
                    }
                    (_, Some(11)) => f.write_str(
                        "crashed with a segmentation fault (signal 11), e.g. a stack overflow",
                    ),
                    (_, Some(6)) => {
                        f.write_str("aborted (signal 6), e.g. a stack overflow or a double panic")
                    }
                    (_, Some(sig)) => write!(f, "was ended by signal {sig}"),
                    (Some(code), None) => write!(f, "exited with status {code}"),
                    (None, None) => f.write_str("ended abnormally"),
                }
            }
            RunOutcomeReason::OutputMatches => f.write_str("runs and prints the expected output"),
            RunOutcomeReason::OutputDiffers {
                line: Some(line),
                expected: Some(a),
                got: Some(b),
            } => write!(
                f,
                "output differs on line {line}: expected {a:?}, got {b:?}"
            ),
            RunOutcomeReason::OutputDiffers {
                line: Some(line),
                expected: Some(a),
                got: None,
            } => write!(f, "output ends early: line {line} should be {a:?}"),
            RunOutcomeReason::OutputDiffers {
                line: Some(line),
                expected: None,
                got: Some(b),
            } => write!(f, "output has an extra line {line}: {b:?}"),
            RunOutcomeReason::OutputDiffers { .. } => f.write_str("output differs"),
            RunOutcomeReason::ExitsNormally => f.write_str("runs and exits normally"),
        }
    }
}

#[cfg(test)]
mod tests;
