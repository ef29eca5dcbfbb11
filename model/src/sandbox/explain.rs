//! Naming, in a verdict, what the sandbox stopped: from how a process ended (killed by the
//! watchdog or the clock, `SIGSYS` from seccomp, `SIGXFSZ` from the file-size limit) or from the
//! error it printed when a Landlock or seccomp denial reached it.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::verdict::RunOutcome;

/// A limit of the sandbox that ended a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "limit", rename_all = "kebab-case")]
pub enum Limit {
    /// The memory watchdog stopped the program.
    Memory,
    /// The wall-clock limit, of this many seconds, expired.
    Time {
        /// The limit's length in seconds.
        secs: u64,
    },
    /// The CPU time limit expired (`SIGXCPU`).
    CpuTime,
    /// The program tried to start another process (`SIGSYS` from seccomp).
    Processes,
    /// The program wrote too large a file (`SIGXFSZ`).
    FileSize,
    /// An allocation failed and the program aborted.
    AllocationFailed,
    /// The program overflowed its stack.
    StackOverflow,
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Limit::Memory => f.write_str("memory limit exceeded: the program was stopped"),
            Limit::Time { secs } => {
                write!(f, "time limit exceeded ({secs} s): the program was stopped")
            }
            Limit::CpuTime => f.write_str("time limit exceeded (CPU time): the program was stopped"),
            Limit::Processes => f.write_str(
                "process limit reached: the program tried to start another process, which is not allowed here",
            ),
            Limit::FileSize => {
                f.write_str("file size limit exceeded: the program wrote too large a file")
            }
            Limit::AllocationFailed => {
                f.write_str("memory limit exceeded: an allocation failed and the program aborted")
            }
            Limit::StackOverflow => f.write_str(
                "stack overflow: the program used more stack than it has (endless recursion?)",
            ),
        }
    }
}

/// What the sandbox's limits did to a run, if they ended it.
pub fn stopped(run: &RunOutcome) -> Option<Limit> {
    const SIGXCPU: i32 = 24;
    const SIGXFSZ: i32 = 25;
    const SIGSYS: i32 = 31;
    if run.memory_exceeded {
        return Some(Limit::Memory);
    }
    if let Some(secs) = run.timed_out {
        return Some(Limit::Time { secs });
    }
    let out_of_memory =
        run.stderr.contains("memory allocation of") && run.stderr.contains("failed");
    match run.signal {
        Some(SIGSYS) => Some(Limit::Processes),
        Some(SIGXCPU) => Some(Limit::CpuTime),
        Some(SIGXFSZ) => Some(Limit::FileSize),
        Some(_) if out_of_memory => Some(Limit::AllocationFailed),
        Some(_) if run.stderr.contains("has overflowed its stack") => Some(Limit::StackOverflow),
        _ => None,
    }
}

/// A behaviour the sandbox denied, as a process's error message showed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Denial {
    /// An operation the sandbox does not permit (`EPERM`).
    NotPermitted,
    /// File access outside the sandbox (`EACCES`, or `EXDEV` for links and renames).
    FileAccess,
    /// The network.
    Network,
}

impl fmt::Display for Denial {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Denial::NotPermitted => "operation not permitted in the sandbox",
            Denial::FileAccess => "file access outside the sandbox denied",
            Denial::Network => "network denied",
        })
    }
}

/// The behaviour the sandbox denied, found in what the process printed.
pub fn hostile_behaviour(stderr: &str) -> Option<Denial> {
    let any = |marks: &[&str]| marks.iter().any(|m| stderr.contains(m));
    if any(&[
        "Operation not permitted (os error 1)",
        "code: 1, kind: PermissionDenied",
    ]) {
        Some(Denial::NotPermitted)
    } else if any(&[
        "Permission denied (os error 13)",
        "kind: PermissionDenied",
        // Landlock refuses links and renames out of the sandbox with EXDEV.
        "(os error 18)",
        "kind: CrossesDevices",
    ]) {
        Some(Denial::FileAccess)
    } else if any(&[
        "(os error 101)",
        "kind: NetworkUnreachable",
        "Network is unreachable",
    ]) {
        Some(Denial::Network)
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
            hostile_behaviour(denied).map(|d| d.to_string()).as_deref(),
            Some("file access outside the sandbox denied")
        );
        assert_eq!(
            hostile_behaviour("connect: Network is unreachable (os error 101)")
                .map(|d| d.to_string())
                .as_deref(),
            Some("network denied")
        );
        assert_eq!(
            hostile_behaviour("kill failed: Operation not permitted (os error 1)")
                .map(|d| d.to_string())
                .as_deref(),
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
                .to_string()
                .starts_with("process limit reached")
        );
        assert!(
            stopped(&run(25))
                .unwrap()
                .to_string()
                .starts_with("file size limit exceeded")
        );
        assert_eq!(stopped(&run(11)), None);
        let bomb = RunOutcome {
            memory_exceeded: true,
            ..RunOutcome::default()
        };
        assert!(
            stopped(&bomb)
                .unwrap()
                .to_string()
                .starts_with("memory limit exceeded")
        );
    }
}
