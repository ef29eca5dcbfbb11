//! `grader doctor`: what sandbox this machine gives rustc and the programs it grades — each
//! protection active or unavailable with the reason, and the isolation level achieved — and how
//! many temporary folders of graders killed outright it found and removed
//! ([`grader::scratch::sweep`]).

use std::process::ExitCode;

use anyhow::Context;
use grader::sandbox::{self, Isolation};

/// Arguments of `grader doctor`.
#[derive(Debug, clap::Args)]
pub(crate) struct DoctorArgs {
    /// Print the report as one JSON object.
    #[arg(long)]
    json: bool,
    /// With `strict`, exit with status 2 when an essential protection is missing.
    #[arg(long, value_name = "LEVEL", default_value = "best-effort")]
    isolation: Isolation,
}

/// Runs `grader doctor`.
pub(crate) fn doctor(args: DoctorArgs) -> anyhow::Result<ExitCode> {
    let report = sandbox::report(args.isolation);
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|_| std::env::consts::OS.to_string());
    let toolchain = grader::Toolchain::discover()
        .map(|t| t.version)
        .unwrap_or_else(|e| format!("{e:#}"));
    let missing: Vec<&str> = report.missing().iter().map(|p| p.name).collect();
    let swept = grader::scratch::sweep();
    let failed: Vec<String> = swept
        .failed
        .iter()
        .map(|(path, e)| format!("{}: {e}", path.display()))
        .collect();
    if args.json {
        let line = serde_json::json!({
            "kernel": kernel,
            "toolchain": toolchain,
            "isolation": report,
            "stale_folders": {
                "dir": swept.dir,
                "found": swept.found,
                "removed": swept.removed,
                "failed": failed,
            },
        });
        println!(
            "{}",
            serde_json::to_string(&line).context("cannot encode the report")?
        );
    } else {
        println!("kernel:    {kernel}");
        println!("toolchain: {toolchain}");
        for p in &report.protections {
            let state = if p.active { "active" } else { "unavailable" };
            let note = if !p.active && !p.essential {
                " (covered by another protection)"
            } else {
                ""
            };
            println!("{:<20} {state:<12} {}{note}", p.name, p.detail);
        }
        println!(
            "isolation: {} (requested {})",
            report.achieved,
            report.requested.as_str()
        );
        println!(
            "stale temporary folders (left by graders killed outright) in {}: {} found, {} removed",
            swept.dir.display(),
            swept.found,
            swept.removed
        );
        for line in &failed {
            eprintln!("warning: cannot remove a stale temporary folder: {line}");
        }
    }
    if args.isolation == Isolation::Strict && !missing.is_empty() {
        eprintln!(
            "error: --isolation=strict: {} unavailable",
            missing.join(", ")
        );
        return Ok(ExitCode::from(2));
    }
    Ok(ExitCode::SUCCESS)
}
