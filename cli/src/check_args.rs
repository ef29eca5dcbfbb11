//! What every checking command shares, apart from the command that runs it: the limit
//! arguments (`--compile-timeout`, `--run-timeout`, `--isolation`), the settings a checker is
//! made from (free of the command line, for the book server), and reading a learner's source.

use std::path::Path;
use std::time::Duration;

use grader::sandbox::Isolation;
use grader::{Checker, Limits, Toolchain};

pub(crate) use grader::source::MAX_SOURCE_BYTES;

/// Limits that every checking command takes; their defaults are [`Limits::default`]'s.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct LimitArgs {
    /// Seconds one rustc run may take before it is stopped.
    #[arg(long, value_name = "SECS", default_value_t = LimitArgs::default().compile_timeout)]
    pub compile_timeout: u64,
    /// Seconds one run of a program may take before it is stopped.
    #[arg(long, value_name = "SECS", default_value_t = LimitArgs::default().run_timeout)]
    pub run_timeout: u64,
    /// Sandboxing of rustc and programs: `best-effort` uses what this machine offers, `strict`
    /// refuses to grade when a protection is missing (see `grader doctor`).
    #[arg(long, value_name = "LEVEL", default_value = "best-effort")]
    pub isolation: Isolation,
}

impl Default for LimitArgs {
    /// The limits of a command line that sets none: the grader's own defaults.
    fn default() -> Self {
        let limits = Limits::default();
        LimitArgs {
            compile_timeout: limits.compile.as_secs(),
            run_timeout: limits.run.as_secs(),
            isolation: Isolation::default(),
        }
    }
}

impl LimitArgs {
    /// The settings these arguments give (a timeout of 0 counts as 1 second).
    pub(crate) fn settings(&self) -> CheckerSettings {
        CheckerSettings {
            limits: Limits {
                compile: Duration::from_secs(self.compile_timeout.max(1)),
                run: Duration::from_secs(self.run_timeout.max(1)),
                ..Limits::default()
            },
            isolation: self.isolation,
        }
    }

    /// A checker using the toolchain found on this machine (see [`CheckerSettings::checker`]).
    pub(crate) fn checker(&self) -> anyhow::Result<Checker> {
        self.settings().checker()
    }
}

/// What a checker is made from: its limits and its isolation level.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct CheckerSettings {
    /// The time and output limits.
    pub limits: Limits,
    /// How strictly rustc and programs are sandboxed.
    pub isolation: Isolation,
}

impl CheckerSettings {
    /// A checker using the toolchain found on this machine. The sandbox is probed on a second
    /// thread while the toolchain is found: both usually come from the start-up cache, and when
    /// they do not, each costs a few processes.
    pub(crate) fn checker(&self) -> anyhow::Result<Checker> {
        let isolation = self.isolation;
        let probe = std::thread::spawn(move || grader::sandbox::report(isolation));
        let toolchain = Toolchain::discover();
        let _ = probe.join();
        let toolchain = toolchain?;
        Ok(Checker::new(toolchain, self.limits).with_isolation(isolation)?)
    }
}

/// Reads a learner's source with the checks every front end applies
/// ([`grader::source::read_source`]).
pub(crate) fn read_source(path: &Path) -> anyhow::Result<String> {
    Ok(grader::source::read_source(path, None)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_line_that_sets_no_limit_gets_the_graders_defaults() {
        let defaults = Limits::default();
        let settings = LimitArgs::default().settings();
        assert_eq!(settings.limits.compile, defaults.compile);
        assert_eq!(settings.limits.run, defaults.run);
    }
}
