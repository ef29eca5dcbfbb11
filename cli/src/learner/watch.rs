//! `grader watch`: re-grades each exercise file the learner saves, showing rustc's diagnostics and
//! the verdict, and on a pass names the next exercise. File events (`notify`) wake it at once; a
//! scan of the files every `--interval` catches what events miss, and `--poll` uses the scan only
//! (for network or container file systems where events are unreliable). When both stdin and
//! stdout are terminals it is the full-screen UI of `tui.rs`; otherwise output is plain lines,
//! flushed as they are written.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Duration;

use anyhow::Context;
use grader::progress::Progress;
use notify::{RecursiveMode, Watcher};

use super::Learner;
use crate::check_args::LimitArgs;
use crate::output::Printer;
use crate::root::RootArgs;
use crate::untrusted;

/// Arguments of `grader watch`.
#[derive(Debug, clap::Args)]
pub(crate) struct WatchArgs {
    /// The exercise to start on (default: the current one, the first not solved).
    id: Option<String>,
    /// Do not use file events; only scan the files every --interval.
    #[arg(long)]
    poll: bool,
    /// Milliseconds between scans of the files.
    #[arg(long, value_name = "MS", default_value_t = 1000)]
    interval: u64,
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    root: RootArgs,
}

/// Runs `grader watch` until it is interrupted.
pub(crate) fn watch(args: WatchArgs) -> anyhow::Result<ExitCode> {
    let learner = Learner::open(&args.root)?;
    let mut progress = learner.load_progress(&args.limits)?;
    let checker = args.limits.checker()?;
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let (tx, rx) = mpsc::channel::<()>();
    let _watcher = if args.poll {
        None
    } else {
        let started = notify::recommended_watcher(move |_res: notify::Result<notify::Event>| {
            let _ = tx.send(());
        })
        .and_then(|mut w| {
            w.watch(&learner.ws.root, RecursiveMode::Recursive)
                .map(|()| w)
        });
        match started {
            Ok(w) => Some(w),
            Err(e) => {
                eprintln!(
                    "warning: file events unavailable ({e}); scanning every {} ms instead",
                    args.interval
                );
                None
            }
        }
    };
    let start = learner
        .pick(args.id.as_deref(), &progress)?
        .map(|e| e.id.clone());
    if interactive {
        super::tui::run(&learner, &checker, progress, start, rx)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut seen: HashMap<String, Option<Vec<u8>>> = learner
        .exercises()
        .map(|e| (e.id.clone(), std::fs::read(learner.ws.file_of(&e.id)).ok()))
        .collect();
    let mut out = std::io::stdout();
    let current = progress.current(learner.exercises().map(|e| e.id.as_str()));
    writeln!(
        out,
        "Watching {}{}. Save an exercise file to grade it; Ctrl-C stops.",
        learner.ws.root.display(),
        current
            .map(|id| format!(" (current exercise: {})", learner.shown_path(id)))
            .unwrap_or_default()
    )?;
    out.flush()?;
    let interval = Duration::from_millis(args.interval.max(50));
    loop {
        if rx.recv_timeout(interval).is_ok() {
            // Let the editor finish writing, then take every queued event at once.
            std::thread::sleep(Duration::from_millis(50));
            while rx.try_recv().is_ok() {}
        }
        let ids: Vec<String> = learner.exercises().map(|e| e.id.clone()).collect();
        for id in ids {
            let now = std::fs::read(learner.ws.file_of(&id)).ok();
            if seen.get(&id) == Some(&now) || now.is_none() {
                seen.insert(id, now);
                continue;
            }
            seen.insert(id.clone(), now);
            let ex = learner.exercise(&id)?;
            writeln!(
                out,
                "--- {} changed: grading {}",
                learner.shown_path(&id),
                id
            )?;
            out.flush()?;
            match learner.grade_with(ex, &checker) {
                Ok(verdict) => {
                    progress =
                        Progress::change(&learner.ws.progress_path(), |p| p.record(&id, &verdict))
                            .context("cannot record progress")?;
                    Printer::new(false).verdict(
                        Some(&id),
                        &learner.shown_path(&id),
                        &verdict,
                        true,
                    );
                    writeln!(out, "{}", learner.after(ex, &verdict, &progress))?;
                }
                Err(e) => writeln!(out, "error: {}", untrusted::text(&format!("{e:#}")))?,
            }
            out.flush()?;
        }
    }
}
