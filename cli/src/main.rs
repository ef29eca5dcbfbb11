//! The `grader` command-line tool: list, check and verify the exercises and listings of the Rust
//! memory-management book, and build or serve the book itself.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod book;

/// Check Rust exercises against the exact errors rustc reports.
#[derive(Debug, Parser)]
#[command(name = "grader", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the book with its exercises into `book/`.
    Build(book::BuildArgs),
    /// Build the book, serve it on http://127.0.0.1:3000 and rebuild on changes.
    Serve(book::ServeArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => book::build(args),
        Command::Serve(args) => book::serve(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}
