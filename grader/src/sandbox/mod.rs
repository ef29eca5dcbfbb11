//! Confining the processes a check starts: rustc compiling a submission and the submission's own
//! binary. On Linux each child gets, between fork and exec, resource limits, no capabilities, a
//! Landlock filesystem and network policy, seccomp filters against sockets and new processes, and
//! (where the kernel allows it) a private network namespace; the parent watches its memory. What
//! the machine offers is probed once per process (the answers are kept for the boot in the
//! start-up cache); every verdict carries the resulting [`IsolationReport`], so a sandbox that
//! does nothing never looks like one that works.

use std::path::Path;
use std::process::Command;

#[cfg(target_os = "linux")]
mod child;
#[cfg(target_os = "linux")]
mod identity;
#[cfg(target_os = "linux")]
mod probe;
#[cfg(target_os = "linux")]
mod probe_cache;
#[cfg(target_os = "linux")]
mod rules;
#[cfg(target_os = "linux")]
mod signals;
pub mod watch;

pub use grader_model::sandbox::{
    Isolation, IsolationReport, Protection, SandboxError, hostile_behaviour, stopped,
};

/// Which process a sandbox is prepared for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// rustc (and the linker it starts): may start processes, needs the toolchain.
    Compile,
    /// The submission's binary: no new processes, an address-space limit, only system libraries.
    Run,
}

/// Resource limits for one sandboxed process.
#[derive(Debug, Clone, Copy)]
pub struct ChildLimits {
    /// CPU seconds (`RLIMIT_CPU`).
    pub cpu_secs: u64,
    /// Largest file it may write, in bytes (`RLIMIT_FSIZE`).
    pub file_size: u64,
    /// Open files (`RLIMIT_NOFILE`).
    pub open_files: u64,
    /// Address space in bytes (`RLIMIT_AS`), for the submission only: rustc needs far more
    /// address space than memory.
    pub address_space: Option<u64>,
}

/// The protections this machine offers, probed once per process.
pub fn report(requested: Isolation) -> IsolationReport {
    #[cfg(target_os = "linux")]
    let protections = probe::protections();
    #[cfg(not(target_os = "linux"))]
    let protections = unavailable_everywhere();
    IsolationReport::new(requested, protections)
}

/// Checks that `requested` can be met here: in strict mode every essential protection must be
/// active.
pub fn ensure(requested: Isolation) -> Result<IsolationReport, SandboxError> {
    let report = report(requested);
    if requested == Isolation::Strict {
        let missing: Vec<&str> = report.missing().iter().map(|p| p.name).collect();
        if !missing.is_empty() {
            return Err(SandboxError::Missing(missing.join(", ")));
        }
    }
    Ok(report)
}

/// Applies the sandbox for `role` to `cmd`, which must already have its working directory (the
/// check's private temporary directory, the only place it may write). `sysroot` is the
/// toolchain's, readable at compile time. For [`Role::Run`], `cmd`'s program is the binary to
/// run: it is readable and executable, never writable, wherever it lies. Only protections the
/// probe found working are applied.
pub fn apply(
    cmd: &mut Command,
    role: Role,
    sysroot: &Path,
    limits: ChildLimits,
) -> Result<(), SandboxError> {
    #[cfg(target_os = "linux")]
    {
        let dir = cmd
            .get_current_dir()
            .ok_or_else(|| SandboxError::Prepare("no working directory set".into()))?
            .to_path_buf();
        let program = Path::new(cmd.get_program()).to_path_buf();
        let identity = (role == Role::Run
            && probe::probed().task_limit == Ok(probe::TaskCount::OwnUser))
        .then(identity::fresh);
        if let Some(id) = identity {
            identity::hand_over(&dir, &program, id).map_err(|e| {
                SandboxError::Prepare(format!("cannot hand the program's folder over: {e}"))
            })?;
        }
        let plan = rules::plan(role, &dir, &program, sysroot, limits, identity)?;
        child::install(cmd, plan);
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (cmd, role, sysroot, limits);
    Ok(())
}

#[cfg(not(target_os = "linux"))]
fn unavailable_everywhere() -> Vec<Protection> {
    [
        "landlock-fs",
        "seccomp-net",
        "seccomp-proc",
        "rlimits",
        "no-capabilities",
    ]
    .into_iter()
    .map(|name| Protection {
        name,
        active: false,
        essential: true,
        detail: "only available on Linux".into(),
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(target_os = "linux")]
    #[test]
    fn the_probe_reports_every_protection_with_a_reason() {
        let report = report(Isolation::BestEffort);
        for name in ["landlock-fs", "seccomp-net", "seccomp-proc", "rlimits"] {
            let p = report.protections.iter().find(|p| p.name == name);
            assert!(p.is_some_and(|p| !p.detail.is_empty()), "{name}");
        }
    }
}
