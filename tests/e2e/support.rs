//! Helpers shared by the end-to-end tests: running the real `grader` binary and finding fixtures.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository's root folder.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cli/ has a parent")
        .to_path_buf()
}

/// A fixture file or folder under `tests/fixtures/`.
pub fn fixture(rel: &str) -> PathBuf {
    repo_root().join("tests/fixtures").join(rel)
}

/// A `grader` command with no book root inherited from the environment.
pub fn grader() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_grader"));
    cmd.env_remove("GRADER_ROOT").env("NO_COLOR", "1");
    cmd
}

/// What a finished `grader` run printed, with its exit code.
pub struct Run {
    /// The exit code.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// The stdout parsed as one JSON value per line.
    pub fn json_lines(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .filter(|l| l.starts_with('{'))
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
            .collect()
    }

    /// The one JSON object printed.
    pub fn json(&self) -> serde_json::Value {
        let mut all = self.json_lines();
        assert_eq!(
            all.len(),
            1,
            "expected one JSON object, got:\n{}",
            self.stdout
        );
        all.remove(0)
    }
}

/// Runs `cmd` to completion.
pub fn run(cmd: &mut Command) -> Run {
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().expect("grader runs");
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// Runs `grader` with `args`.
pub fn grader_run(args: &[&str]) -> Run {
    run(grader().args(args))
}
