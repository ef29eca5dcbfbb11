//! The `grader` command-line tool: list, check and verify the exercises and listings of the Rust
//! memory-management book, and build or serve the book itself. Every command ends on `SIGINT`,
//! `SIGTERM` or `SIGHUP` with its checks stopped and its temporary folders removed (`signals.rs`).

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod authoring;
mod book;
mod book_order;
mod check_args;
mod check_cmd;
mod classroom;
mod colour;
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
    #[command(
        after_help = "Examples:\n  grader list                 # in a workspace: each exercise's status and points\n  grader list --json --root path/to/book"
    )]
    List(check_cmd::ListArgs),
    /// Grade one submission of one exercise, or any file against expectations given here.
    #[command(
        after_help = "Examples:\n  grader check                          # in a workspace: the current exercise\n  grader check borrowing/two-mutable-borrows\n  grader check --file a.rs --expect compile-fail --code E0499"
    )]
    Check(check_cmd::CheckArgs),
    /// Check that every reference solution passes, every starter is as documented, every
    /// listing in the book behaves as its info string says, and every exercise is placed in
    /// exactly one chapter.
    #[command(after_help = "Example:\n  grader verify --root path/to/book -j 2")]
    Verify(check_cmd::VerifyArgs),
    /// Scaffold a new exercise folder (spec, starter, solution, instructions, a shortcut
    /// answer) and print the line that places it in the book.
    New(authoring::NewArgs),
    /// Fill in an exercise's spec from what its reference solution does, after showing the
    /// difference (never silently).
    Bless(authoring::bless::BlessArgs),
    /// Build the book with its exercises into `book/`.
    #[command(after_help = "Example:\n  grader build --root path/to/book --dest /tmp/book")]
    Build(book::BuildArgs),
    /// Build the book, serve it on http://127.0.0.1:3000 and rebuild on changes; inside a
    /// workspace, Check in the page saves into your files and records your progress.
    #[command(
        after_help = "Examples:\n  grader serve --port 3000 --open\n  cd ~/rust-memory && grader serve --root ~/src/book   # the page works on your workspace's files"
    )]
    Serve(book::ServeArgs),
    /// Create a learner workspace with every exercise's starter (never overwrites a file).
    #[command(
        after_help = "Example:\n  grader init ~/rust-memory && cd ~/rust-memory && grader watch"
    )]
    Init(learner::InitArgs),
    /// Re-grade each exercise file of the workspace as it is saved.
    #[command(
        after_help = "Example:\n  grader watch             # in a workspace; --poll on network file systems"
    )]
    Watch(learner::WatchArgs),
    /// Show solved, attempted and not started exercises per chapter, with points.
    #[command(after_help = "Example:\n  grader progress --json")]
    Progress(learner::ProgressArgs),
    /// Show the next hint of an exercise (one more per call).
    #[command(
        after_help = "Examples:\n  grader hint                              # the current exercise\n  grader hint borrowing/two-mutable-borrows"
    )]
    Hint(learner::HintArgs),
    /// Show an exercise's reference solution, once your version passes (or with --give-up).
    #[command(
        after_help = "Examples:\n  grader solution                          # the current exercise, once it passes\n  grader solution borrowing/two-mutable-borrows --give-up"
    )]
    Solution(learner::SolutionArgs),
    /// Restore an exercise's starter, keeping your version in a timestamped backup.
    #[command(
        after_help = "Examples:\n  grader reset                             # the current exercise\n  grader reset borrowing/two-mutable-borrows"
    )]
    Reset(learner::ResetArgs),
    /// Grade many learners' folders and write reports (json, junit, csv, markdown, classroom).
    #[command(
        after_help = "Example:\n  grader grade submissions/* --report json=report.json --report markdown=summary.md"
    )]
    Grade(classroom::GradeArgs),
    /// Combine the JSON reports of a --partition matrix into the reports of a single run.
    #[command(
        after_help = "Example:\n  grader merge share-*/report.json --report json=report.json --report junit=junit.xml"
    )]
    Merge(classroom::MergeArgs),
    /// Show which sandbox protections rustc and graded programs get on this machine.
    #[command(after_help = "Example:\n  grader doctor --json")]
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
