//! mdBook's preprocessor protocol, for the `mdbook-exercises` binary: `supports <renderer>`
//! answers through the exit status, and otherwise `[context, book]` is read as JSON from
//! standard input and the processed book is written as JSON to standard output. The first
//! argument `escape` selects the escape pass; `install [BOOK_DIR]` writes the page script and
//! stylesheet into the book instead (see [`crate::assets`]).

use std::io::{Read, Write};

use mdbook_preprocessor::config::Config;
use mdbook_preprocessor::errors::Result;
use mdbook_preprocessor::{MDBOOK_VERSION, Preprocessor};

use crate::{EscapePass, Exercises, assets};

/// What a run of the protocol did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Answered `supports`: whether the renderer is supported (always true: every renderer gets
    /// a rendering of its own).
    Supports(bool),
    /// Processed a book.
    Processed,
    /// Wrote the assets that were missing or out of date (the paths written), for `install`.
    Installed(Vec<std::path::PathBuf>),
    /// Wrote nothing, for `install`: `book.toml` loads the assets from these paths (relative to
    /// the book root), not from the copies `install` writes.
    LoadedElsewhere(Vec<std::path::PathBuf>),
}

/// Runs the protocol with the arguments after the program name.
pub fn run<I, S>(args: I, input: impl Read, output: impl Write) -> Result<Outcome>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let args: Vec<String> = args.into_iter().map(|a| a.as_ref().to_string()).collect();
    if args.first().is_some_and(|a| a == "install") {
        return install(&args[1..]);
    }
    let mut rest = args.as_slice();
    let escape = rest.first().is_some_and(|a| a == "escape");
    if escape {
        rest = &rest[1..];
    }
    let preprocessor: Box<dyn Preprocessor> = if escape {
        Box::new(EscapePass)
    } else {
        Box::new(Exercises::new())
    };
    match rest {
        [] => {}
        [supports, renderer] if supports == "supports" => {
            return Ok(Outcome::Supports(preprocessor.supports_renderer(renderer)?));
        }
        _ => anyhow_bail(&args)?,
    }
    let (ctx, book) = mdbook_preprocessor::parse_input(input)?;
    if version_prefix(&ctx.mdbook_version) != version_prefix(MDBOOK_VERSION) {
        eprintln!(
            "warning: mdbook-exercises was built against mdBook {MDBOOK_VERSION}, but is called by mdBook {}",
            ctx.mdbook_version
        );
    }
    let book = preprocessor.run(&ctx, book)?;
    serde_json::to_writer(output, &book)?;
    Ok(Outcome::Processed)
}

fn anyhow_bail(args: &[String]) -> Result<()> {
    Err(usage_error(args))
}

fn usage_error(args: &[String]) -> mdbook_preprocessor::errors::Error {
    mdbook_preprocessor::errors::Error::msg(format!(
        "unexpected arguments {args:?}: usage: mdbook-exercises [escape] [supports RENDERER] | install [BOOK_DIR]"
    ))
}

/// `install [BOOK_DIR]`: writes the assets into the book (the current directory by default)
/// and says what `book.toml` still lacks to load them; writes nothing when `book.toml` loads
/// them from elsewhere (as this repository's book does, from `preprocessor/assets/`).
fn install(args: &[String]) -> Result<Outcome> {
    let root = match args {
        [] => std::path::PathBuf::from("."),
        [dir] => std::path::PathBuf::from(dir),
        _ => return Err(usage_error(args)),
    };
    let toml = root.join("book.toml");
    let config = std::fs::read_to_string(&toml).map_err(|e| {
        mdbook_preprocessor::errors::Error::msg(format!(
            "{}: cannot read: {e}; run install in the book's folder or name it",
            toml.display()
        ))
    })?;
    let loaded = config
        .parse::<Config>()
        .map(|c| assets::loaded(&c))
        .unwrap_or_default();
    if assets::loaded_elsewhere(&loaded) {
        assets::warn_stale(&root, &loaded);
        return Ok(Outcome::LoadedElsewhere(
            loaded.into_iter().map(|(path, _)| path).collect(),
        ));
    }
    let written = assets::install(&root)?;
    if let Some(advice) = assets::missing_config(&config) {
        eprintln!("note: {advice}");
    }
    Ok(Outcome::Installed(written))
}

/// `0.5` of `0.5.4`.
fn version_prefix(version: &str) -> String {
    version.split('.').take(2).collect::<Vec<_>>().join(".")
}
