//! `grader progress`: a table per chapter (solved, attempted, not started, points) and an overall
//! bar, or the same as JSON; and `grader list` inside a workspace: every exercise with its
//! status and points.

use std::process::ExitCode;

use grader::progress::{Progress, State};

use super::Learner;
use crate::check_args::LimitArgs;
use crate::root::RootArgs;

/// Arguments of `grader progress`.
#[derive(Debug, clap::Args)]
pub(crate) struct ProgressArgs {
    /// Print one JSON document instead of the table.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    root: RootArgs,
}

#[derive(Default, serde::Serialize)]
struct Row {
    chapter: String,
    solved: u32,
    attempted: u32,
    not_started: u32,
    points: u32,
    max_points: u32,
}

/// Runs `grader progress`.
pub(crate) fn progress(args: ProgressArgs) -> anyhow::Result<ExitCode> {
    let learner = Learner::open(&args.root)?;
    let progress = learner.load_progress(&args.limits)?;
    let mut rows: Vec<Row> = Vec::new();
    for ex in learner.exercises() {
        if rows.last().is_none_or(|r| r.chapter != ex.chapter) {
            rows.push(Row {
                chapter: ex.chapter.clone(),
                ..Row::default()
            });
        }
        let Some(row) = rows.last_mut() else { continue };
        row.max_points += ex.points;
        match progress.entry(&ex.id).state {
            State::Solved => {
                row.solved += 1;
                row.points += ex.points;
            }
            State::Attempted => row.attempted += 1,
            State::NotStarted => row.not_started += 1,
        }
    }
    let sum = |f: fn(&Row) -> u32| rows.iter().map(f).sum::<u32>();
    let (solved, total) = (sum(|r| r.solved), learner.exercises().count() as u32);
    let (points, max) = (sum(|r| r.points), sum(|r| r.max_points));
    let current = progress.current(learner.exercises().map(|e| e.id.as_str()));
    if args.json {
        let doc = serde_json::json!({
            "chapters": rows, "solved": solved, "exercises": total,
            "points": points, "max_points": max, "current": current,
        });
        println!("{doc}");
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{:<22} {:>7} {:>10} {:>12} {:>9}",
        "chapter", "solved", "attempted", "not started", "points"
    );
    for r in &rows {
        println!(
            "{:<22} {:>7} {:>10} {:>12} {:>9}",
            r.chapter,
            format!("{}/{}", r.solved, r.solved + r.attempted + r.not_started),
            r.attempted,
            r.not_started,
            format!("{}/{}", r.points, r.max_points)
        );
    }
    println!(
        "\n{} {solved}/{total} solved, {points}/{max} points",
        bar(solved, total, 30)
    );
    match current {
        Some(id) => println!("Current exercise: {id} (edit {})", learner.shown_path(id)),
        None => println!("Every exercise is solved. Well done!"),
    }
    Ok(ExitCode::SUCCESS)
}

fn bar(done: u32, total: u32, width: usize) -> String {
    let filled = if total == 0 {
        0
    } else {
        (done as usize * width) / total as usize
    };
    format!("[{}{}]", "#".repeat(filled), "-".repeat(width - filled))
}

/// The word `grader list` shows for a state.
pub(super) fn state_word(state: State) -> &'static str {
    match state {
        State::Solved => "solved",
        State::Attempted => "attempted",
        State::NotStarted => "not started",
    }
}

/// One exercise as `grader list --json` shows it in a workspace.
#[derive(serde::Serialize)]
struct ListRow<'a> {
    id: &'a str,
    kind: &'a str,
    title: &'a str,
    points: u32,
    status: State,
    points_earned: u32,
    file: String,
    current: bool,
}

/// `grader list` inside a workspace: each exercise in book order with its status (solved,
/// attempted, not started) and points; the current one is marked `>`.
pub(crate) fn list(learner: Learner, json: bool) -> anyhow::Result<ExitCode> {
    let progress: Progress = learner.load_progress(&LimitArgs::default())?;
    let current = progress.current(learner.exercises().map(|e| e.id.as_str()));
    for ex in learner.exercises() {
        let state = progress.entry(&ex.id).state;
        let row = ListRow {
            id: &ex.id,
            kind: ex.kind().name(),
            title: &ex.title,
            points: ex.points,
            status: state,
            points_earned: if state == State::Solved { ex.points } else { 0 },
            file: learner.shown_path(&ex.id),
            current: current == Some(ex.id.as_str()),
        };
        if json {
            println!("{}", serde_json::to_string(&row)?);
        } else {
            println!(
                "{} {:<45} {:<11} {:>7}  {}",
                if row.current { ">" } else { " " },
                row.id,
                state_word(row.status),
                format!("{}/{}", row.points_earned, row.points),
                row.title
            );
        }
    }
    if let Some(news) = learner.news().filter(|_| !json) {
        eprintln!("{news}");
    }
    Ok(ExitCode::SUCCESS)
}
