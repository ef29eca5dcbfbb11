//! Running an answer's hidden checks: the built program started again in checks mode, in the
//! program sandbox under the run limits, with a fresh nonce on its standard input; and what the
//! report does to the verdict. Every front end gets here through the [`Checker`], alone or in a
//! batch, so a pass means the same everywhere.

use std::path::Path;

use super::{Checks, failure};
use crate::check::{Checker, Start};
use crate::verdict::{Partly, Status, Stopped, Verdict};

/// A nonce no learner's code can guess: 128 random bits in hex.
fn nonce() -> std::io::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Runs the checks of `program` (built with them attached, working in `dir`) when `verdict`
/// passed, and fails it when they do not: the first failed check in its message and its
/// `check`. `strip` is removed from what the checks print (a batch's module folder).
pub(crate) fn apply(
    checker: &Checker,
    dir: &Path,
    program: &Path,
    checks: &Checks,
    strip: Option<&str>,
    verdict: &mut Verdict,
) {
    if verdict.status != Status::Pass {
        return;
    }
    let nonce = match nonce() {
        Ok(n) => n,
        Err(e) => return fail_to_run(verdict, &e),
    };
    let run = match checker.start_program(dir, program, Start::Checks(&nonce)) {
        Ok(run) => run,
        Err(e) => return fail_to_run(verdict, &e),
    };
    let stdout = match strip {
        Some(prefix) => run.stdout.replace(prefix, ""),
        None => run.stdout.clone(),
    };
    let message = if let Some(stopped) = crate::sandbox::stopped(&run) {
        verdict.stopped = Stopped::of_run(&run);
        format!("the hidden checks did not finish: {stopped}")
    } else {
        match failure(&stdout, &nonce, &checks.names, run.exit_code, run.signal) {
            None => return,
            Some((message, check, timed_out)) => {
                verdict.check = check;
                if timed_out {
                    verdict.stopped = Some(Stopped::CheckTime);
                }
                message
            }
        }
    };
    verdict.status = Status::Fail;
    verdict.message = message;
    verdict.partly = Some(Partly::Compiles);
}

fn fail_to_run(verdict: &mut Verdict, error: &std::io::Error) {
    verdict.status = Status::Error;
    verdict.message = format!("could not run the hidden checks: {error}");
    verdict.partly = None;
}
