//! The instructor's commands: `grader grade` grades many learners' folders (each learner's files
//! checked in parallel, a progress bar on a terminal and plain lines in CI logs) and writes any of
//! the reports; `grader merge` combines the JSON reports of a `--partition` matrix into the
//! reports a single run writes. Learner-controlled text (folder names, messages) is printed
//! through [`crate::untrusted`], so in GitHub Actions it cannot issue workflow commands, and each
//! learner's summary lines are indented so they cannot pass for a "Points" line.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::Context;
use grader::class;
use grader::class::Submission;
use grader::report::Partition;
use grader::report::{self, ClassReport, LearnerReport, ReportSpec, ResultStatus};
use indicatif::{ProgressBar, ProgressStyle};

use crate::check_args::LimitArgs;
use crate::root::RootArgs;
use crate::untrusted;

/// Arguments of `grader grade`.
#[derive(Debug, clap::Args)]
pub(crate) struct GradeArgs {
    /// Learners' folders, one per learner (a workspace or a folder of `<chapter>/<name>.rs` files);
    /// each learner is named after the folder.
    #[arg(required = true, value_name = "SUBMISSION")]
    submissions: Vec<PathBuf>,
    /// Grade only exercises whose id matches (`*` and `?`; repeat for several), e.g. 'borrowing/*'.
    #[arg(long = "exercises", value_name = "GLOB")]
    exercises: Vec<String>,
    /// Grade only share K of N (by learner and exercise), for a CI matrix; merge the JSON reports.
    #[arg(long, value_name = "K/N")]
    partition: Option<Partition>,
    /// Write a report: json, junit, csv, markdown or classroom (repeat for several).
    #[arg(long = "report", value_name = "FORMAT=PATH")]
    reports: Vec<ReportSpec>,
    /// Learners graded at once (default: one per core).
    #[arg(long, short = 'j', default_value_t = 0)]
    jobs: usize,
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    root: RootArgs,
}

/// Arguments of `grader merge`.
#[derive(Debug, clap::Args)]
pub(crate) struct MergeArgs {
    /// The JSON reports of every share (`grader grade --partition K/N --report json=PATH`).
    #[arg(required = true, value_name = "REPORT.json")]
    inputs: Vec<PathBuf>,
    /// Write a report: json, junit, csv, markdown or classroom (repeat for several).
    #[arg(long = "report", value_name = "FORMAT=PATH", required = true)]
    reports: Vec<ReportSpec>,
}

/// Prints a learner's summary lines (learner-controlled) indented, so that none can pass for a
/// "Points" line, and fenced in GitHub Actions.
fn learner_block(lines: &[String]) {
    let _ = untrusted::block(&mut std::io::stdout().lock(), &lines.join("\n"), "  | ");
}

fn summary_lines(index: usize, total: usize, l: &LearnerReport) -> Vec<String> {
    let passed = l
        .results
        .iter()
        .filter(|r| r.status == ResultStatus::Pass)
        .count();
    let mut lines = vec![format!(
        "[{index}/{total}] {}: {passed}/{} passed, {}/{} points",
        l.name,
        l.results.len(),
        l.score,
        l.max_score
    )];
    for r in l.results.iter().filter(|r| r.status != ResultStatus::Pass) {
        let word = format!("{:?}", r.status).to_uppercase();
        lines.push(format!(
            "  {word} {}: {}",
            r.exercise,
            r.message_with_credit()
        ));
    }
    lines
}

/// Runs `grader grade`.
pub(crate) fn grade(args: GradeArgs) -> anyhow::Result<ExitCode> {
    let root = args.root.resolve()?;
    let catalog = crate::book_order::load_catalog(&root)?;
    let exercises = class::select(&catalog, &args.exercises)?;
    let subs: Vec<Submission> = class::submissions(&args.submissions)?;
    let checker = args.limits.checker()?;
    for s in &subs {
        let any = exercises
            .iter()
            .any(|e| s.dir.join(format!("{}.rs", e.id)).exists());
        if !any {
            eprintln!(
                "warning: {} has none of the selected exercise files (`<chapter>/<name>.rs`): is it a learner's folder?",
                untrusted::path(&s.dir)
            );
        }
    }
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::new(subs.len() as u64);
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} learners {msg}") {
            bar.set_style(style);
        }
        bar
    });
    // Learners are graded side by side, one per worker, each with one `check_all` of its own
    // (two learners' code never share a crate); reports keep the order of the command line.
    let workers = match args.jobs {
        0 => std::thread::available_parallelism().map_or(2, |n| n.get()),
        n => n,
    }
    .clamp(1, subs.len().max(1));
    let next = AtomicUsize::new(0);
    // Each learner's lines are printed in learner order (the command line's), as soon as every
    // learner before it is done: `shown` is how many are printed so far.
    let shown = Mutex::new(0usize);
    let slots: Mutex<Vec<Option<_>>> = Mutex::new((0..subs.len()).map(|_| None).collect());
    let print_ready = |slots: &[Option<LearnerReport>]| {
        let mut shown = shown.lock().unwrap_or_else(|p| p.into_inner());
        while let Some(Some(l)) = slots.get(*shown) {
            let lines = summary_lines(*shown + 1, subs.len(), l);
            match &bar {
                Some(bar) => {
                    bar.set_message(untrusted::line(&l.name));
                    bar.suspend(|| learner_block(&lines));
                    bar.inc(1);
                }
                None => learner_block(&lines),
            }
            *shown += 1;
        }
    };
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(sub) = subs.get(index) else { break };
                    let l = class::grade_learner(&checker, &exercises, sub, args.partition, 1);
                    let mut all = slots.lock().unwrap_or_else(|p| p.into_inner());
                    all[index] = Some(l);
                    print_ready(&all);
                }
            });
        }
    });
    let learners: Vec<_> = slots
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .into_iter()
        .flatten()
        .collect();
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let report = ClassReport {
        schema: report::SCHEMA.to_string(),
        rustc: checker.toolchain.version.clone(),
        partition: args.partition,
        exercises: class::exercise_infos(&exercises),
        learners,
    };
    finish(&report, &args.reports)
}

/// Runs `grader merge`.
pub(crate) fn merge(args: MergeArgs) -> anyhow::Result<ExitCode> {
    let mut reports = Vec::new();
    for path in &args.inputs {
        reports.push(report::json::load(path)?);
    }
    let merged = report::merge::merge(reports)?;
    println!(
        "merged {} report(s): {}, {}",
        args.inputs.len(),
        report::count(merged.learners.len(), "learner"),
        report::count(merged.exercises.len(), "exercise")
    );
    finish(&merged, &args.reports)
}

fn finish(report: &ClassReport, specs: &[ReportSpec]) -> anyhow::Result<ExitCode> {
    report::write_all(report, specs).context("cannot write the reports")?;
    let results = report.learners.iter().flat_map(|l| &l.results);
    let count = |s: ResultStatus| results.clone().filter(|r| r.status == s).count();
    let (score, max): (u32, u32) = report
        .learners
        .iter()
        .fold((0, 0), |(a, b), l| (a + l.score, b + l.max_score));
    let not_attempted = results.clone().filter(|r| r.status.not_attempted()).count();
    println!(
        "{} passed, {} failed, {not_attempted} not attempted: {}, {score}/{max} points{}",
        count(ResultStatus::Pass),
        count(ResultStatus::Fail) + count(ResultStatus::Error),
        report::count(report.learners.len(), "learner"),
        report
            .partition
            .map(|p| format!(" (share {p})"))
            .unwrap_or_default()
    );
    for spec in specs {
        println!("wrote {}", spec.path.display());
    }
    if count(ResultStatus::Error) > 0 {
        eprintln!("error: some checks could not be carried out (status `error` in the reports)");
        return Ok(ExitCode::from(2));
    }
    Ok(ExitCode::SUCCESS)
}
