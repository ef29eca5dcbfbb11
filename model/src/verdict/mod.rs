//! Judging what rustc and the program did against an [`Expectation`], and the [`Verdict`] that
//! every front end (human output, `--json`, reports) prints.

use serde::{Deserialize, Serialize};

use crate::diagnostics::Parsed;
use crate::expect::{ErrorCode, Expectation};

mod pins;
mod reason;
mod run;
mod why;

pub use pins::MissedPin;
use pins::unmet_pin;
pub use reason::{Reason, RunOutcomeReason};
use run::judge_run;
pub use run::panic_messages;
use why::Why;

/// The outcome of one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

impl Partly {
    /// What is right, in a few words: "it compiles", "the right codes on other lines".
    pub fn reason(self) -> &'static str {
        match self {
            Partly::Compiles => "it compiles",
            Partly::CodesOnOtherLines => "the right codes on other lines",
        }
    }
}

/// The verdict on one submission. It is stored as it is in the verdict cache (without the
/// isolation report, which is the checker's, not the case's).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Verdict {
    /// Pass, fail or error.
    pub status: Status,
    /// The sorted, distinct error codes rustc reported.
    pub error_codes: Vec<ErrorCode>,
    /// What was expected.
    pub expected: Expectation,
    /// Why, as data, and what follows from it: written into the JSON as `message` (the reason's
    /// words), `reason`, and `partly`, `pin`, `rule` and `check` when the reason gives them (see
    /// [`Verdict::reason`] and the accessors beside it). Private, so that nothing outside this
    /// crate writes one without the others: set it with [`Verdict::set_reason`].
    #[serde(flatten)]
    why: Why,
    /// The first line of the answer that never runs (rustc's `unreachable_code` lint), when
    /// rustc reported one: code after an early exit is never borrow-checked either.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub never_runs: Option<u32>,
    /// What limit stopped rustc, the program or a hidden check, if one did: such a verdict
    /// depends on the machine and its load, and is never cached.
    ///
    /// This is not derived from the reason, because the reason does not always say it: a rule
    /// the answer breaks replaces the reason of a compile or run that was stopped (the verdict
    /// fails for the rule, but what rustc and the program printed still depends on the stop),
    /// and a hidden check that ran out of time need not be the first failed check, the one the
    /// reason names. Where the reason does name a stop (a compile or run limit, a signal that
    /// ended the program, a limit that stopped the hidden checks), the two agree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped: Option<Stopped>,
    /// rustc's rendered diagnostics.
    pub diagnostics: String,
    /// How many warnings rustc reported.
    pub warnings: usize,
    /// What the program printed on stdout, when it ran.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stdout: Option<String>,
    /// What the program printed on stderr, when it ran.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stderr: Option<String>,
    /// Wall-clock milliseconds spent compiling and running.
    pub duration_ms: u64,
    /// The sandbox protections the compile and run had, and the isolation level achieved.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub isolation: Option<crate::sandbox::IsolationReport>,
}

impl Verdict {
    /// A verdict for a check that could not be carried out.
    pub fn error(expected: &Expectation, message: impl Into<String>) -> Verdict {
        Verdict {
            status: Status::Error,
            error_codes: Vec::new(),
            expected: expected.clone(),
            why: Why(Reason::Internal {
                error: message.into(),
            }),
            stopped: None,
            never_runs: None,
            diagnostics: String::new(),
            warnings: 0,
            stdout: None,
            stderr: None,
            duration_ms: 0,
            isolation: None,
        }
    }

    /// Why the verdict is what it is.
    pub fn reason(&self) -> &Reason {
        &self.why.0
    }

    /// One line saying why, in words a learner understands: always the reason's words
    /// ([`Reason`]'s `Display`).
    pub fn message(&self) -> String {
        self.why.0.message()
    }

    /// On a fail, how the submission is partly right, if it is; never otherwise (see
    /// [`Reason::partly`]).
    pub fn partly(&self) -> Option<Partly> {
        self.why.0.partly()
    }

    /// On a fail because rustc reported a pinned code on other lines than its pin, which pin
    /// and where rustc reported it; never otherwise.
    pub fn pin(&self) -> Option<&MissedPin> {
        self.why.0.pin()
    }

    /// On a fail because the answer broke one of the exercise's rules (a forbidden or missing
    /// token, a changed or added item), which rule; never otherwise.
    pub fn rule(&self) -> Option<&crate::rules::Breach> {
        self.why.0.rule()
    }

    /// On a fail because one of the exercise's hidden checks failed, the first that did; never
    /// otherwise.
    pub fn failed_check(&self) -> Option<&crate::checks::FailedCheck> {
        self.why.0.failed_check()
    }

    /// Sets why the verdict is what it is; its message, `partly`, pin, rule and failed check
    /// follow from it.
    pub fn set_reason(&mut self, reason: Reason) {
        self.why = Why(reason);
    }

    /// Sets the status and the reason (see [`Verdict::set_reason`]).
    pub fn set(&mut self, status: Status, reason: Reason) {
        self.status = status;
        self.set_reason(reason);
    }
}

/// The limit that stopped a compile, a program or a hidden check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stopped {
    /// rustc ran out of time.
    CompileTime,
    /// rustc used too much memory.
    CompileMemory,
    /// The program ran out of time (wall clock or CPU).
    Time,
    /// The program used too much memory.
    Memory,
    /// The program was ended by a signal (a limit, a crash or an abort).
    Signal,
    /// A hidden check did not finish within its time.
    CheckTime,
}

impl Stopped {
    /// What stopped `run`, if anything did.
    pub fn of_run(run: &RunOutcome) -> Option<Stopped> {
        if run.memory_exceeded {
            Some(Stopped::Memory)
        } else if run.timed_out.is_some() {
            Some(Stopped::Time)
        } else if run.signal.is_some() {
            Some(Stopped::Signal)
        } else {
            None
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
        why: Why(Reason::NotRun),
        stopped: None,
        never_runs: parsed.never_runs(case_file),
        diagnostics: parsed.rendered(),
        warnings: parsed.warnings(),
        stdout: run.map(|r| r.stdout.clone()),
        stderr: run.map(|r| r.stderr.clone()),
        duration_ms: 0,
        isolation: None,
    };
    let verdict = |mut v: Verdict, status, reason: Reason| {
        v.set(status, reason);
        v
    };
    if let Some(secs) = compile.timed_out {
        let mut v = verdict(v, Status::Fail, Reason::CompileTimeLimit { secs });
        v.stopped = Some(Stopped::CompileTime);
        return v;
    }
    if parsed.diagnostics.iter().any(|d| d.is_ice()) {
        return verdict(v, Status::Error, Reason::CompilerCrashed);
    }
    let uncoded = parsed.errors().find(|d| d.code.is_none());
    let failed = !compile.success || parsed.errors().next().is_some();
    if let Some(d) = uncoded.filter(|_| codes.is_empty()) {
        let line = d.primary.as_ref().map(|(_, l)| *l);
        let error = d.message.clone();
        return verdict(v, Status::Fail, Reason::Uncoded { line, error });
    }
    match expected {
        Expectation::CompileFail { codes: want, lines } => {
            let want: Vec<ErrorCode> = want.iter().cloned().collect();
            if !failed {
                let reason = Reason::CompiledButExpectedToFail { expected: want };
                return verdict(v, Status::Fail, reason);
            }
            if let Some(d) = uncoded {
                let error = d.message.clone();
                return verdict(v, Status::Fail, Reason::AlsoUncoded { error });
            }
            if codes != want {
                let reason = Reason::WrongCodes {
                    expected: want,
                    reported: codes,
                };
                return verdict(v, Status::Fail, reason);
            }
            if let Some(missed) = unmet_pin(lines, parsed, case_file) {
                return verdict(v, Status::Fail, Reason::MissedPin(missed));
            }
            verdict(v, Status::Pass, Reason::CodesMet { codes: want })
        }
        _ if failed => {
            let reason = Reason::RejectedButExpectedToCompile { reported: codes };
            verdict(v, Status::Fail, reason)
        }
        Expectation::CompilePass => {
            let warnings = v.warnings;
            verdict(v, Status::Pass, Reason::Compiles { warnings })
        }
        Expectation::RunPass { .. } | Expectation::RunPanic { .. } => {
            let Some(run) = run else {
                return verdict(v, Status::Error, Reason::NotRun);
            };
            let (status, reason) = judge_run(expected, run);
            let mut v = verdict(v, status, reason);
            v.stopped = Stopped::of_run(run);
            v
        }
    }
}

/// Names, in the reason of the verdict on a compile that failed, what the sandbox denied rustc
/// (a build script or proc macro's doing), when its diagnostics show a denial.
pub fn denied_at_compile_time(verdict: &mut Verdict) {
    if let Some(denied) = crate::sandbox::hostile_behaviour(&verdict.diagnostics) {
        let reason = Box::new(verdict.reason().clone());
        verdict.set_reason(Reason::DeniedAtCompileTime { denied, reason });
    }
}

#[cfg(test)]
mod tests;
