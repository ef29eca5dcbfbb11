//! The learner's commands, inside a workspace made by `grader init`: `check` of the learner's file,
//! `list` with each exercise's status, `watch`, `progress`, `hint`, `solution` and `reset`; each
//! takes an optional id and works on the current exercise (the first not solved) without one.
//! The workspace is found by walking up from the current directory; its exercises come from the
//! book when there is one around, else from the set built into the grader (`exercise_set.rs`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use grader::progress::{Progress, ProgressError, State};
use grader::workspace::{Workspace, WorkspaceError, header, relative_file};
use grader::{Checker, Exercise, Status, Verdict};

use crate::check_args::{LimitArgs, read_source};
use crate::output::{Printer, exit_code};
use crate::root::RootArgs;

pub(crate) mod exercise_set;
mod progress_view;
mod tui;
mod watch;

pub(crate) use exercise_set::ExerciseSet;
pub(crate) use progress_view::{ProgressArgs, list, progress};
pub(crate) use watch::{WatchArgs, watch};

/// Arguments of `grader init`.
#[derive(Debug, clap::Args)]
pub(crate) struct InitArgs {
    /// The folder of the new workspace (created if needed; default: the current folder).
    #[arg(value_name = "DIR", default_value = ".")]
    dir: PathBuf,
    #[command(flatten)]
    root: RootArgs,
}

/// Arguments of `grader hint`.
#[derive(Debug, clap::Args)]
pub(crate) struct HintArgs {
    /// The exercise (default: the current one, the first not solved).
    id: Option<String>,
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    root: RootArgs,
}

/// Arguments of `grader solution`.
#[derive(Debug, clap::Args)]
pub(crate) struct SolutionArgs {
    /// The exercise (default: the current one, the first not solved).
    id: Option<String>,
    /// Show the solution even though your version does not pass yet.
    #[arg(long)]
    give_up: bool,
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    root: RootArgs,
}

/// Arguments of `grader reset`.
#[derive(Debug, clap::Args)]
pub(crate) struct ResetArgs {
    /// The exercise whose starter is restored (default: the current one, the first not solved).
    id: Option<String>,
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    root: RootArgs,
}

/// An open workspace with the book's exercises.
pub(crate) struct Learner {
    /// The workspace.
    pub ws: Workspace,
    /// The exercises, from the book or built into the grader.
    pub set: ExerciseSet,
}

impl Learner {
    /// Opens the workspace around the current directory, or `None` when there is none.
    pub(crate) fn find(root: &RootArgs) -> anyhow::Result<Option<Learner>> {
        let cwd = std::env::current_dir().context("cannot read the current directory")?;
        match Workspace::discover(&cwd) {
            Ok(ws) => Ok(Some(Learner::with(ws, root)?)),
            Err(WorkspaceError::NotFound(_)) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Opens the workspace around the current directory, or says how to make one.
    pub(crate) fn open(root: &RootArgs) -> anyhow::Result<Learner> {
        let cwd = std::env::current_dir().context("cannot read the current directory")?;
        Learner::with(Workspace::discover(&cwd)?, root)
    }

    fn with(ws: Workspace, root: &RootArgs) -> anyhow::Result<Learner> {
        let set = ExerciseSet::load(root)?;
        Ok(Learner { ws, set })
    }

    /// A note when the exercise set has exercises this workspace does not (a newer grader or
    /// book): how to add them.
    pub(crate) fn news(&self) -> Option<String> {
        let new = self
            .set
            .catalog
            .exercises
            .iter()
            .filter(|e| !self.ws.ids.contains(&e.id))
            .count();
        (new > 0).then(|| {
            format!(
                "note: {} has {new} exercise(s) this workspace does not; `grader init` adds them (your files are kept)",
                self.set.origin()
            )
        })
    }

    /// The workspace's exercises, in book order.
    pub(crate) fn exercises(&self) -> impl Iterator<Item = &Exercise> {
        self.set
            .catalog
            .exercises
            .iter()
            .filter(|e| self.ws.ids.contains(&e.id))
    }

    /// The exercise `id`, which must be in the workspace.
    pub(crate) fn exercise(&self, id: &str) -> anyhow::Result<&Exercise> {
        let ex = self.set.catalog.get(id)?;
        if !self.ws.ids.contains(&ex.id) {
            bail!(
                "`{id}` is not in this workspace yet: run `grader init {}` to add new exercises",
                self.ws.root.display()
            );
        }
        Ok(ex)
    }

    /// The exercise named, or the current one; an error when every exercise is solved and none
    /// is named.
    pub(crate) fn pick_one(
        &self,
        id: Option<&str>,
        progress: &Progress,
    ) -> anyhow::Result<&Exercise> {
        match self.pick(id, progress)? {
            Some(ex) => Ok(ex),
            None => bail!(
                "every exercise is solved, so there is no current one: name one, e.g. `{}`",
                self.exercises()
                    .next()
                    .map(|e| e.id.as_str())
                    .unwrap_or("borrowing/two-mutable-borrows")
            ),
        }
    }

    /// The exercise named, or the current one (the first not solved).
    pub(crate) fn pick(
        &self,
        id: Option<&str>,
        progress: &Progress,
    ) -> anyhow::Result<Option<&Exercise>> {
        match id {
            Some(id) => self.exercise(id).map(Some),
            None => Ok(progress
                .current(self.exercises().map(|e| e.id.as_str()))
                .and_then(|id| self.set.catalog.get(id).ok())),
        }
    }

    /// The file shown to the learner for `id`, relative to the workspace.
    pub(crate) fn shown_path(&self, id: &str) -> String {
        relative_file(id)
    }

    /// Loads the progress file; a corrupt one is reported, backed up and rebuilt by re-grading.
    pub(crate) fn load_progress(&self, limits: &LimitArgs) -> anyhow::Result<Progress> {
        let path = self.ws.progress_path();
        match Progress::load(&path) {
            Ok(p) => Ok(p),
            Err(ProgressError::Corrupt { message, .. }) => {
                let backup = Progress::back_up_corrupt(&path)?;
                eprintln!(
                    "warning: {} is corrupt ({message}); it was backed up to {} and is rebuilt by re-grading your files",
                    path.display(),
                    backup.display()
                );
                let progress = Progress::rebuild(&self.ws, &self.set.catalog, &limits.checker()?);
                progress.save(&path)?;
                Ok(progress)
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Grades the learner's file for `ex` with a checker made from `limits`.
    pub(crate) fn grade(&self, ex: &Exercise, limits: &LimitArgs) -> anyhow::Result<Verdict> {
        self.grade_with(ex, &limits.checker()?)
    }

    /// Grades the learner's file for `ex` with `checker`.
    pub(crate) fn grade_with(&self, ex: &Exercise, checker: &Checker) -> anyhow::Result<Verdict> {
        let path = self.ws.file_of(&ex.id);
        let source = read_source(&path)
            .with_context(|| format!("run `grader reset {}` to restore the starter", ex.id))?;
        let mut verdict = checker.check(&header::case(ex, source));
        verdict.diagnostics = header::workspace_paths(&verdict.diagnostics, ex);
        Ok(verdict)
    }

    /// What to say after a verdict: the next exercise on a pass, the partial credit earned (if
    /// any) and a hint pointer otherwise.
    pub(crate) fn after(&self, ex: &Exercise, verdict: &Verdict, progress: &Progress) -> String {
        if verdict.status != Status::Pass {
            let credit = grader::class::partial_credit_line(ex, verdict)
                .map(|line| format!("{line}\n"))
                .unwrap_or_default();
            let goal = header::goal_lines(ex).join("\n");
            return format!(
                "{goal}\n{credit}Stuck? `grader hint {}` shows a hint.",
                ex.id
            );
        }
        match progress.current(self.exercises().map(|e| e.id.as_str())) {
            Some(next) => format!("Next: {next} (edit {})", self.shown_path(next)),
            None => "Every exercise is solved. Well done!".to_string(),
        }
    }
}

/// `grader check [ID]` inside a workspace: grades the learner's file and records the result.
pub(crate) fn check(
    learner: Learner,
    id: Option<&str>,
    limits: &LimitArgs,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let mut progress = learner.load_progress(limits)?;
    let Some(ex) = learner.pick(id, &progress)? else {
        println!("Every exercise is solved. Well done! (`grader progress` shows the table)");
        return Ok(ExitCode::SUCCESS);
    };
    let verdict = learner.grade(ex, limits)?;
    // Recorded on the file as it is now: another grader may have recorded meanwhile.
    progress = Progress::change(&learner.ws.progress_path(), |p| p.record(&ex.id, &verdict))?;
    let shown = learner.shown_path(&ex.id);
    Printer::new(json).verdict(Some(&ex.id), &shown, &verdict, true);
    if !json {
        println!("{}", learner.after(ex, &verdict, &progress));
    }
    if let Some(news) = learner.news().filter(|_| !json) {
        eprintln!("{news}");
    }
    Ok(ExitCode::from(exit_code(std::slice::from_ref(&verdict))))
}

/// Runs `grader init`.
pub(crate) fn init(args: InitArgs) -> anyhow::Result<ExitCode> {
    let set = ExerciseSet::load(&args.root)?;
    let done = Workspace::init(&args.dir, &set.catalog, &set.version)
        .with_context(|| format!("cannot make a workspace in {}", args.dir.display()))?;
    let dir = done.workspace.root.display();
    println!(
        "{dir}: {} new exercise file(s), {} existing file(s) left untouched (exercises: {}).",
        done.created.len(),
        done.kept.len(),
        set.origin()
    );
    if let Some(note) = &done.manifest_note {
        println!("{note}");
    }
    if let Some(first) = done.workspace.ids.first() {
        println!(
            "Start with {}: `cd {dir}` then `grader watch` (or `grader check`); open the folder in your editor for rust-analyzer.",
            relative_file(first)
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `grader hint`.
pub(crate) fn hint(args: HintArgs) -> anyhow::Result<ExitCode> {
    let learner = Learner::open(&args.root)?;
    let mut progress = learner.load_progress(&args.limits)?;
    let Some(ex) = learner.pick(args.id.as_deref(), &progress)? else {
        println!("Every exercise is solved: no hint needed.");
        return Ok(ExitCode::SUCCESS);
    };
    let entry = progress.entry_mut(&ex.id);
    let total = ex.hints.len() as u32;
    let fresh = entry.hints_shown < total;
    if fresh {
        entry.hints_shown += 1;
    }
    let shown = entry.hints_shown;
    progress.save(&learner.ws.progress_path())?;
    println!("{} — {}", ex.id, ex.title);
    for (i, h) in ex.hints.iter().take(shown as usize).enumerate() {
        println!("Hint {}/{total}: {h}", i + 1);
    }
    if !fresh {
        println!(
            "That was the last hint. Once your version passes, `grader solution {}` shows the reference solution.",
            ex.id
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `grader solution`.
pub(crate) fn solution(args: SolutionArgs) -> anyhow::Result<ExitCode> {
    let learner = Learner::open(&args.root)?;
    let mut progress = learner.load_progress(&args.limits)?;
    let ex = learner.pick_one(args.id.as_deref(), &progress)?;
    if !progress.entry(&ex.id).passed_once && !args.give_up {
        let verdict = learner.grade(ex, &args.limits)?;
        progress = Progress::change(&learner.ws.progress_path(), |p| p.record(&ex.id, &verdict))?;
        if verdict.status != Status::Pass {
            eprintln!(
                "error: the solution of {id} is shown once your version passes, and {file} does not yet: {msg}\n\
                 Try `grader hint {id}`, or `grader solution {id} --give-up` to see it anyway.",
                id = ex.id,
                file = learner.shown_path(&ex.id),
                msg = crate::untrusted::line(&verdict.message())
            );
            return Ok(ExitCode::from(1));
        }
    }
    if args.give_up && !progress.entry(&ex.id).passed_once {
        progress.entry_mut(&ex.id).gave_up = true;
        progress.save(&learner.ws.progress_path())?;
    }
    println!("// Reference solution of {} — {}", ex.id, ex.title);
    print!("{}", ex.solution);
    Ok(ExitCode::SUCCESS)
}

/// Runs `grader reset`.
pub(crate) fn reset(args: ResetArgs) -> anyhow::Result<ExitCode> {
    let learner = Learner::open(&args.root)?;
    let mut progress = learner.load_progress(&args.limits)?;
    let ex = learner.pick_one(args.id.as_deref(), &progress)?;
    let backup = learner.ws.reset(ex)?;
    let entry = progress.entry_mut(&ex.id);
    entry.state = State::NotStarted;
    entry.last_message = None;
    progress.save(&learner.ws.progress_path())?;
    if let Some(backup) = backup {
        println!(
            "Your version is kept in {}.",
            shown(&learner.ws.root, &backup)
        );
    }
    println!(
        "Restored the starter of {} in {}.",
        ex.id,
        learner.shown_path(&ex.id)
    );
    Ok(ExitCode::SUCCESS)
}

/// A path relative to the workspace when it is inside it.
fn shown(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}
