//! mdBook's preprocessor protocol, for the `mdbook-exercises` binary: `supports <renderer>`
//! answers through the exit status, and otherwise `[context, book]` is read as JSON from
//! standard input and the processed book is written as JSON to standard output. The first
//! argument `escape` selects the escape pass.

use std::io::{Read, Write};

use mdbook_preprocessor::errors::Result;
use mdbook_preprocessor::{MDBOOK_VERSION, Preprocessor};

use crate::{EscapePass, Exercises};

/// What a run of the protocol did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Answered `supports`: whether the renderer is supported (always true: every renderer gets
    /// a rendering of its own).
    Supports(bool),
    /// Processed a book.
    Processed,
}

/// Runs the protocol with the arguments after the program name.
pub fn run<I, S>(args: I, input: impl Read, output: impl Write) -> Result<Outcome>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let args: Vec<String> = args.into_iter().map(|a| a.as_ref().to_string()).collect();
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
    Err(mdbook_preprocessor::errors::Error::msg(format!(
        "unexpected arguments {args:?}: usage: mdbook-exercises [escape] [supports RENDERER]"
    )))
}

/// `0.5` of `0.5.4`.
fn version_prefix(version: &str) -> String {
    version.split('.').take(2).collect::<Vec<_>>().join(".")
}
