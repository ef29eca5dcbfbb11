//! The `grader` command-line tool: list, check and verify the exercises and listings of the Rust
//! memory-management book, and build or serve the book itself. Every command ends on `SIGINT`,
//! `SIGTERM` or `SIGHUP` with its checks stopped and its temporary folders removed (`signals.rs`).

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod authoring;
mod book;
mod check_cmd;
mod classroom;
mod doctor;
mod learner;
mod output;
mod root;
mod signals;
mod untrusted;

/// Check Rust exercises against the exact errors rustc reports.
#[derive(Debug, Parser)]
#[command(name = "grader", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// List every exercise with its id, kind and title.
    List(check_cmd::ListArgs),
    /// Grade one submission of one exercise, or any file against expectations given here.
    Check(check_cmd::CheckArgs),
    /// Check that every reference solution passes, every starter is as documented, every
    /// listing in the book behaves as its info string says, and every exercise is placed in
    /// exactly one chapter.
    Verify(check_cmd::VerifyArgs),
    /// Scaffold a new exercise folder (spec, starter, solution, instructions, a shortcut
    /// answer) and print the line that places it in the book.
    New(authoring::NewArgs),
    /// Fill in an exercise's spec from what its reference solution does, after showing the
    /// difference (never silently).
    Bless(authoring::bless::BlessArgs),
    /// Build the book with its exercises into `book/`.
    Build(book::BuildArgs),
    /// Build the book, serve it on http://127.0.0.1:3000 and rebuild on changes.
    Serve(book::ServeArgs),
    /// Create a learner workspace with every exercise's starter (never overwrites a file).
    Init(learner::InitArgs),
    /// Re-grade each exercise file of the workspace as it is saved.
    Watch(learner::WatchArgs),
    /// Show solved, attempted and not started exercises per chapter, with points.
    Progress(learner::ProgressArgs),
    /// Show the next hint of an exercise (one more per call).
    Hint(learner::HintArgs),
    /// Show an exercise's reference solution, once your version passes (or with --give-up).
    Solution(learner::SolutionArgs),
    /// Restore an exercise's starter, keeping your version in a timestamped backup.
    Reset(learner::ResetArgs),
    /// Grade many learners' folders and write reports (json, junit, csv, markdown, classroom).
    Grade(classroom::GradeArgs),
    /// Combine the JSON reports of a --partition matrix into the reports of a single run.
    Merge(classroom::MergeArgs),
    /// Show which sandbox protections rustc and graded programs get on this machine.
    Doctor(doctor::DoctorArgs),
}

fn main() -> ExitCode {
    // `grader list | head` ends quietly, as other Unix tools do, instead of panicking on EPIPE.
    sigpipe::reset();
    let cli = Cli::parse();
    // Ctrl-C, SIGTERM and SIGHUP end every command with nothing left behind.
    if let Err(err) = signals::install() {
        eprintln!("warning: {err:#}");
    }
    // Temporary folders of graders that were killed outright go now (`doctor` reports them).
    if !matches!(cli.command, Command::Doctor(_)) {
        let _ = grader::scratch::sweep();
    }
    let result = match cli.command {
        Command::List(args) => check_cmd::list(args),
        Command::Check(args) => check_cmd::check(args),
        Command::Verify(args) => check_cmd::verify(args),
        Command::New(args) => authoring::new(args),
        Command::Bless(args) => authoring::bless::bless(args),
        Command::Build(args) => book::build(args),
        Command::Serve(args) => book::serve(args),
        Command::Init(args) => learner::init(args),
        Command::Watch(args) => learner::watch(args),
        Command::Progress(args) => learner::progress(args),
        Command::Hint(args) => learner::hint(args),
        Command::Solution(args) => learner::solution(args),
        Command::Reset(args) => learner::reset(args),
        Command::Grade(args) => classroom::grade(args),
        Command::Merge(args) => classroom::merge(args),
        Command::Doctor(args) => doctor::doctor(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            // An error may quote a learner's file or folder name.
            eprintln!("error: {}", untrusted::text(&format!("{err:#}")));
            ExitCode::from(2)
        }
    }
}
