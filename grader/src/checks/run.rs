//! Running an answer's hidden checks: the built program started again in checks mode, in the
//! program sandbox under the run limits, with a fresh nonce on its standard input; and what the
//! report does to the verdict. Every front end gets here through the [`Checker`], alone or in a
//! batch, so a pass means the same everywhere.

use std::path::Path;

use super::{Checks, Report, read_report};
use crate::check::{Checker, Start};
use crate::verdict::{Partly, Status, Verdict};

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
        format!("the hidden checks did not finish: {stopped}")
    } else {
        match read_report(&stdout, &nonce, &checks.names) {
            Report::Passed => return,
            Report::Failed(failed) => {
                let first = &failed[0];
                let more = match failed.len() {
                    1 => String::new(),
                    n => format!(" ({n} of {} checks failed)", checks.names.len()),
                };
                let message = format!(
                    "hidden check failed: {}: {}{more}",
                    first.name, first.message
                );
                verdict.check = Some(first.clone());
                message
            }
            Report::Unfinished => {
                let how = match (run.exit_code, run.signal) {
                    (_, Some(sig)) => format!("was ended by signal {sig}"),
                    (Some(code), None) => format!("exited with status {code}"),
                    (None, None) => "ended".to_string(),
                };
                format!(
                    "the hidden checks did not finish: the program {how} while they ran \
                     (does your code end the program?)"
                )
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
