//! The `mdbook-exercises` binary, run by a stock `mdbook build`: a thin layer over
//! [`mdbook_exercises::protocol`].

use std::process::ExitCode;

use mdbook_exercises::protocol::{self, Outcome};

fn main() -> ExitCode {
    let stdin = std::io::stdin().lock();
    let stdout = std::io::stdout().lock();
    match protocol::run(std::env::args().skip(1), stdin, stdout) {
        Ok(Outcome::Supports(false)) => ExitCode::FAILURE,
        Ok(Outcome::Installed(written)) => {
            for path in &written {
                println!("wrote {}", path.display());
            }
            if written.is_empty() {
                println!("the exercise assets are up to date");
            }
            ExitCode::SUCCESS
        }
        Ok(Outcome::LoadedElsewhere(loaded)) => {
            let loaded: Vec<String> = loaded.iter().map(|p| p.display().to_string()).collect();
            println!(
                "book.toml loads the exercise assets from {}: nothing written",
                loaded.join(", ")
            );
            ExitCode::SUCCESS
        }
        Ok(_) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: mdbook-exercises: {err:#}");
            ExitCode::FAILURE
        }
    }
}
