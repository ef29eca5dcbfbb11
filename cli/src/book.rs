//! `grader build` and `grader serve`: build the book with its exercises in-process, and serve it.

use std::process::ExitCode;

/// Arguments of `grader build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {}

/// Arguments of `grader serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {}

/// Runs `grader build`.
pub fn build(_args: BuildArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`grader build` is not implemented yet")
}

/// Runs `grader serve`.
pub fn serve(_args: ServeArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`grader serve` is not implemented yet")
}
