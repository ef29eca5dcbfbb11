//! Naming, in a verdict, what the sandbox stopped: from how a process ended (killed by the
//! watchdog or the clock, `SIGSYS` from seccomp, `SIGXFSZ` from the file-size limit) or from the
//! error it printed when a Landlock or seccomp denial reached it.

use crate::verdict::RunOutcome;

/// What the sandbox's limits did to a run, if they ended it.
pub fn stopped(run: &RunOutcome) -> Option<String> {
    const SIGXCPU: i32 = 24;
    const SIGXFSZ: i32 = 25;
    const SIGSYS: i32 = 31;
    if run.memory_exceeded {
        return Some("memory limit exceeded: the program was stopped".into());
    }
    if let Some(secs) = run.timed_out {
        return Some(format!(
            "time limit exceeded ({secs} s): the program was stopped"
        ));
    }
    let out_of_memory =
        run.stderr.contains("memory allocation of") && run.stderr.contains("failed");
    match run.signal {
        Some(SIGSYS) => Some(
            "process limit reached: the program tried to start another process, which is not allowed here"
                .into(),
        ),
        Some(SIGXCPU) => Some("time limit exceeded (CPU time): the program was stopped".into()),
        Some(SIGXFSZ) => Some("file size limit exceeded: the program wrote too large a file".into()),
        Some(_) if out_of_memory => {
            Some("memory limit exceeded: an allocation failed and the program aborted".into())
        }
        Some(_) if run.stderr.contains("has overflowed its stack") => Some(
            "stack overflow: the program used more stack than it has (endless recursion?)".into(),
        ),
        _ => None,
    }
}

/// Words a verdict uses for a behaviour the sandbox stopped, found in what the process printed.
pub fn hostile_behaviour(stderr: &str) -> Option<&'static str> {
    let any = |marks: &[&str]| marks.iter().any(|m| stderr.contains(m));
    if any(&[
        "Operation not permitted (os error 1)",
        "code: 1, kind: PermissionDenied",
    ]) {
        Some("operation not permitted in the sandbox")
    } else if any(&[
        "Permission denied (os error 13)",
        "kind: PermissionDenied",
        // Landlock refuses links and renames out of the sandbox with EXDEV.
        "(os error 18)",
        "kind: CrossesDevices",
    ]) {
        Some("file access outside the sandbox denied")
    } else if any(&[
        "(os error 101)",
        "kind: NetworkUnreachable",
        "Network is unreachable",
    ]) {
        Some("network denied")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn denials_are_named_from_the_error_the_program_printed() {
        let denied = "Os { code: 13, kind: PermissionDenied, message: \"Permission denied\" }";
        assert_eq!(
            hostile_behaviour(denied),
            Some("file access outside the sandbox denied")
        );
        assert_eq!(
            hostile_behaviour("connect: Network is unreachable (os error 101)"),
            Some("network denied")
        );
        assert_eq!(
            hostile_behaviour("kill failed: Operation not permitted (os error 1)"),
            Some("operation not permitted in the sandbox")
        );
        assert_eq!(hostile_behaviour("index out of bounds"), None);
    }

    #[test]
    fn signals_from_the_sandbox_are_named() {
        let run = |signal| RunOutcome {
            signal: Some(signal),
            ..RunOutcome::default()
        };
        assert!(
            stopped(&run(31))
                .unwrap()
                .starts_with("process limit reached")
        );
        assert!(
            stopped(&run(25))
                .unwrap()
                .starts_with("file size limit exceeded")
        );
        assert_eq!(stopped(&run(11)), None);
        let bomb = RunOutcome {
            memory_exceeded: true,
            ..RunOutcome::default()
        };
        assert!(stopped(&bomb).unwrap().starts_with("memory limit exceeded"));
    }
}
