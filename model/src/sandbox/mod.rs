//! What a verdict says of the sandbox: the isolation asked for and reached, each protection in
//! force ([`IsolationReport`]), and what the sandbox's limits stopped in a run (`explain.rs`).
//! Setting the sandbox up and enforcing it is the `grader` crate's.

use serde::Serialize;

mod explain;

pub use explain::{Denial, Limit, hostile_behaviour, stopped};

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
    /// The report for `requested` with `protections`, the level achieved worked out from them.
    pub fn new(requested: Isolation, protections: Vec<Protection>) -> IsolationReport {
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
}
