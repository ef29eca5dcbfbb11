//! Reading what a program run in checks mode printed: the lines that carry the run's nonce, one
//! per check (`pass` or `fail` with its message) and a last `done`. Lines without the nonce are
//! the learner's code printing, and never count.

use serde::{Deserialize, Serialize};

use crate::verdict::Reason;

/// A hidden check that failed, as the verdict carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailedCheck {
    /// What the check checks.
    pub name: String,
    /// What went wrong, e.g. `` `longest("ab", "xyz")` returned "ab", expected "xyz" ``.
    pub message: String,
}

/// What the checks reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Report {
    /// Every check passed.
    Passed,
    /// These checks failed (at least one), in order; the last one by running out of time
    /// when the flag is set.
    Failed(Vec<FailedCheck>, bool),
    /// The run ended before the checks said they were done: the learner's code ended the
    /// program, or it was stopped at a limit.
    Unfinished,
}

/// The report in `stdout` of a run with `nonce`, whose checks are `names`.
pub fn read_report(stdout: &str, nonce: &str, names: &[String]) -> Report {
    let tag = format!("{nonce} ");
    let mut failed = Vec::new();
    let mut done = false;
    let mut timed_out = false;
    for line in stdout.lines() {
        let Some(at) = line.find(&tag) else {
            continue;
        };
        let rest = &line[at + tag.len()..];
        if rest == "done" {
            done = true;
        } else if let Some(rest) = rest
            .strip_prefix("fail ")
            .or_else(|| rest.strip_prefix("timeout ").inspect(|_| timed_out = true))
        {
            let (index, message) = rest.split_once(' ').unwrap_or((rest, ""));
            let name = index
                .parse::<usize>()
                .ok()
                .and_then(|i| names.get(i))
                .cloned()
                .unwrap_or_else(|| format!("check {index}"));
            failed.push(FailedCheck {
                name,
                message: unescape(message),
            });
        }
    }
    match (done, failed.is_empty()) {
        (_, false) => Report::Failed(failed, timed_out),
        (true, true) => Report::Passed,
        (false, true) => Report::Unfinished,
    }
}

/// What a run of the checks that printed `stdout` and ended with `exit_code` or `signal` does to
/// a passing verdict: `None` when every check passed, else the verdict's reason (naming the first
/// failed check, if one failed rather than the run ending before the checks were done), and
/// whether a check ran out of time.
pub fn failure(
    stdout: &str,
    nonce: &str,
    names: &[String],
    exit_code: Option<i32>,
    signal: Option<i32>,
) -> Option<(Reason, bool)> {
    match read_report(stdout, nonce, names) {
        Report::Passed => None,
        Report::Failed(failed, timed_out) => {
            let reason = Reason::CheckFailed {
                check: failed[0].clone(),
                failed: failed.len(),
                of: names.len(),
            };
            Some((reason, timed_out))
        }
        Report::Unfinished => Some((Reason::ChecksUnfinished { exit_code, signal }, false)),
    }
}

/// Undoes the runner's escaping of `\`, newlines and carriage returns.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}
