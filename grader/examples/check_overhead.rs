//! What one isolated check costs over the bare rustc run it wraps, inside one process (so
//! neither side pays a process start-up), for the benchmark in `bench/single.sh`: the same
//! compile-fail file is compiled RUNS times each way, interleaved — as a plain `Command` running
//! the toolchain's rustc with the grader's arguments in a temporary folder, and through
//! `Checker::check` (temporary folder, sandbox, limits, pipes, judging). Prints one JSON object
//! with the medians in milliseconds. Set `GRADER_SANDBOX_DISABLE` to see a protection's share.
//!
//! Usage: `cargo run --release -p grader --example check_overhead -- FILE.rs CODE [RUNS]`

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Instant;

use grader::{Case, Checker, Expectation, Limits, Status, Toolchain};

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(file), Some(code)) = (args.next().map(PathBuf::from), args.next()) else {
        return Err("usage: check_overhead FILE.rs CODE [RUNS]".into());
    };
    let runs: usize = args.next().map_or(Ok(40), |r| r.parse())?;
    let source = std::fs::read_to_string(&file)?;
    let toolchain = Toolchain::discover()?;
    let rustc = toolchain.rustc.clone();
    let checker = Checker::new(toolchain, Limits::default()).with_isolation(Default::default())?;
    let case = Case {
        file_name: "case.rs".into(),
        source: source.clone(),
        edition: Default::default(),
        expect: Expectation::CompileFail {
            codes: [code.parse()?].into_iter().collect(),
            lines: Vec::new(),
        },
        rules: None,
    };
    let bare_dir = tempfile::tempdir()?;
    std::fs::write(bare_dir.path().join("case.rs"), &source)?;
    let (mut bare, mut check) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let started = Instant::now();
        Command::new(&rustc)
            .args(["--edition", "2024", "--error-format=json", "--color=never"])
            .args([
                "-C",
                "debuginfo=0",
                "--crate-type",
                "bin",
                "--crate-name",
                "case",
            ])
            .args(["--emit=metadata", "-o", "case.rmeta", "case.rs"])
            .current_dir(bare_dir.path())
            .stdin(Stdio::null())
            .output()?;
        bare.push(started.elapsed().as_secs_f64() * 1000.0);
        let started = Instant::now();
        let verdict = checker.check(&case);
        check.push(started.elapsed().as_secs_f64() * 1000.0);
        if verdict.status != Status::Pass {
            return Err(format!("the check did not pass: {}", verdict.message()).into());
        }
    }
    let (bare, check) = (median(bare), median(check));
    println!(
        "{{\"runs\": {runs}, \"bare_ms\": {bare:.2}, \"check_ms\": {check:.2}, \"overhead_ms\": {:.2}}}",
        check - bare
    );
    Ok(())
}
