//! Confining the processes a check starts: rustc compiling a submission and the submission's own
//! binary. On Linux each child gets, between fork and exec, resource limits, no capabilities, a
//! Landlock filesystem and network policy, seccomp filters against sockets and new processes, and
//! (where the kernel allows it) a private network namespace; the parent watches its memory. What
//! the machine offers is probed once per process (the answers are kept for the boot in the
//! start-up cache); every verdict carries the resulting [`IsolationReport`], so a sandbox that
//! does nothing never looks like one that works.

use std::path::Path;
use std::process::Command;

use serde::Serialize;

#[cfg(target_os = "linux")]
mod child;
mod explain;
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

pub use explain::{hostile_behaviour, stopped};

/// How much isolation a run demands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Isolation {
    /// Use every protection the machine offers and report the rest as missing.
    #[default]
    BestEffort,
    /// Refuse to grade unless every essential protection is active.
    Strict,
}

impl Isolation {
    /// The name used on the command line and in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Isolation::BestEffort => "best-effort",
            Isolation::Strict => "strict",
        }
    }
}

impl std::str::FromStr for Isolation {
    type Err = SandboxError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "best-effort" => Ok(Isolation::BestEffort),
            "strict" => Ok(Isolation::Strict),
            other => Err(SandboxError::UnknownLevel(other.to_string())),
        }
    }
}

/// Whether one protection is in force.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Protection {
    /// A short stable name, e.g. `landlock-fs`.
    pub name: &'static str,
    /// Whether it is applied to every compile and run.
    pub active: bool,
    /// Whether `--isolation=strict` needs it (others are covered by another protection).
    pub essential: bool,
    /// What it does when active, or why it is not.
    pub detail: String,
}

/// The isolation a checker achieves: what was asked, what was reached, and each protection.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct IsolationReport {
    /// The level asked for.
    pub requested: Isolation,
    /// `full` (every essential protection active; the others are covered by one that is),
    /// `partial` (some confinement of files or network, not all) or `none`.
    pub achieved: &'static str,
    /// Every protection, active or not.
    pub protections: Vec<Protection>,
}

impl IsolationReport {
    fn new(requested: Isolation, protections: Vec<Protection>) -> IsolationReport {
        let essential = protections.iter().filter(|p| p.essential).all(|p| p.active);
        let confined = protections
            .iter()
            .any(|p| p.active && (p.name == "landlock-fs" || p.name == "seccomp-net"));
        let achieved = match (essential, confined) {
            (true, _) => "full",
            (false, true) => "partial",
            (false, false) => "none",
        };
        IsolationReport {
            requested,
            achieved,
            protections,
        }
    }

    /// The essential protections that are not active.
    pub fn missing(&self) -> Vec<&Protection> {
        self.protections
            .iter()
            .filter(|p| p.essential && !p.active)
            .collect()
    }
}

/// Why the sandbox could not be set up as asked.
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    /// `--isolation` was given something else than `best-effort` or `strict`.
    #[error("unknown isolation level {0:?}: use best-effort or strict")]
    UnknownLevel(String),
    /// Strict isolation was asked for and an essential protection is missing.
    #[error("--isolation=strict: {0} unavailable (run `grader doctor` for details)")]
    Missing(String),
    /// A Landlock ruleset or seccomp filter could not be built.
    #[error("cannot prepare the sandbox: {0}")]
    Prepare(String),
}

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

    fn protection(name: &'static str, active: bool, essential: bool) -> Protection {
        Protection {
            name,
            active,
            essential,
            detail: String::new(),
        }
    }

    #[test]
    fn the_level_achieved_follows_the_essential_protections() {
        let full = IsolationReport::new(
            Isolation::Strict,
            vec![
                protection("landlock-fs", true, true),
                protection("cgroup-memory", false, false),
            ],
        );
        assert_eq!(full.achieved, "full");
        assert!(full.missing().is_empty());
        let partial = IsolationReport::new(
            Isolation::BestEffort,
            vec![
                protection("landlock-fs", true, true),
                protection("seccomp-proc", false, true),
            ],
        );
        assert_eq!(partial.achieved, "partial");
        assert_eq!(partial.missing()[0].name, "seccomp-proc");
        let none = IsolationReport::new(
            Isolation::BestEffort,
            vec![protection("landlock-fs", false, true)],
        );
        assert_eq!(none.achieved, "none");
    }

    #[test]
    fn levels_parse_from_their_names_only() {
        assert_eq!("strict".parse::<Isolation>().unwrap(), Isolation::Strict);
        assert_eq!(
            "best-effort".parse::<Isolation>().unwrap(),
            Isolation::BestEffort
        );
        assert!("lenient".parse::<Isolation>().is_err());
    }

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
