//! Helpers shared by the end-to-end tests: running the real `grader` binary and finding fixtures.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository's root folder.
pub(crate) fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cli/ has a parent")
        .to_path_buf()
}

/// A fixture file or folder under `tests/fixtures/`.
pub(crate) fn fixture(rel: &str) -> PathBuf {
    repo_root().join("tests/fixtures").join(rel)
}

/// A `grader` command with no book root inherited from the environment.
pub(crate) fn grader() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_grader"));
    cmd.env_remove("GRADER_ROOT").env("NO_COLOR", "1");
    cmd
}

/// What a finished `grader` run printed, with its exit code.
pub(crate) struct Run {
    /// The exit code.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// The stdout parsed as one JSON value per line.
    pub(crate) fn json_lines(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .filter(|l| l.starts_with('{'))
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
            .collect()
    }

    /// The one JSON object printed.
    pub(crate) fn json(&self) -> serde_json::Value {
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
pub(crate) fn run(cmd: &mut Command) -> Run {
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
pub(crate) fn grader_run(args: &[&str]) -> Run {
    run(grader().args(args))
}

/// A compile-fail answer whose errors are E0499, then a flood of about 85 MB of warnings (a
/// macro's unused variables, each quoting a 130 KB line twice), then E0382: over the grader's
/// 64 MiB cap on rustc's diagnostics, so the E0382 comes after the cut. rustc prints it in about a
/// second.
pub(crate) fn flood_source() -> String {
    let names: Vec<String> = (0..320).map(|i| format!("v{i}")).collect();
    let pad = "x".repeat(130_000);
    format!(
        "macro_rules! flood {{ ($($x:ident)*) => {{ $( let $x = 1; )* }} }}
fn two_borrows() {{
    let mut s = String::new();
    let a = &mut s;
    let b = &mut s;
    a.push('a');
    b.push('b');
}}
fn warnings() {{
    flood!({}); /* {pad} */
}}
fn use_after_move() {{
    let s = String::new();
    let t = s;
    println!(\"{{}} {{}}\", s, t);
}}
fn main() {{
    two_borrows();
    warnings();
    use_after_move();
}}
",
        names.join(" ")
    )
}
