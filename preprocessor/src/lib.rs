//! `mdbook-exercises`: an mdBook 0.5 preprocessor that replaces `{{#exercise chapter/name}}`
//! directives with the exercise of that id, loaded by the grader library from `exercises/`.
//!
//! It is two passes, both registered in `book.toml` (see [`configure`]):
//!
//! - [`EscapePass`] (`exercises-escape`) runs *before* mdBook's `links` preprocessor and protects
//!   escaped directives: `links` removes the backslash of every `\{{#...}}`, so without it an
//!   escaped directive would be expanded;
//! - [`Exercises`] (`exercises`) runs *after* `links`, so that directives in `{{#include}}`d
//!   files are expanded too. It renders for the current renderer (see [`render::Target`]).
//!
//! Directives are only recognised in Markdown text (not in code), and every other byte of a
//! chapter is kept exactly (see [`directive`]).
//!
//! In the HTML, each exercise carries the data the page script ([`assets`]) needs to check
//! answers in the page, through the local `grader serve` or the Rust Playground named by
//! `playground-url` in `[preprocessor.exercises]` (default [`DEFAULT_PLAYGROUND_URL`]).

pub mod assets;
pub mod directive;
#[cfg(test)]
mod directive_props;
pub mod error;
pub mod explain;
mod lookup;
pub mod protocol;
pub mod render;

use std::path::{Path, PathBuf};

use mdbook_preprocessor::book::{Book, BookItem, Chapter};
use mdbook_preprocessor::config::Config;
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};

pub use error::Error;
pub use explain::Explainer;
use lookup::{Lookup, Miss};
pub use mdbook_preprocessor;
pub use render::{Options, Target};

/// The name of the main pass, and of its `[preprocessor.exercises]` table.
pub const NAME: &str = "exercises";
/// The name of the escape pass, and of its `[preprocessor.exercises-escape]` table.
pub const ESCAPE_NAME: &str = "exercises-escape";
/// When this environment variable is set, the main pass prints how long it took to stderr
/// (used by `bench/preprocess.sh`).
pub const TIMING_VAR: &str = "MDBOOK_EXERCISES_TIMING";
/// The exercises folder, relative to the book root, unless `exercises-dir` says otherwise.
pub const DEFAULT_EXERCISES_DIR: &str = "exercises";
/// The Rust Playground the page sends answers to on a static host, unless `playground-url`
/// says otherwise.
pub const DEFAULT_PLAYGROUND_URL: &str = "https://play.rust-lang.org";

/// Makes `config` run both passes in the right order around `links`, adding what `book.toml`
/// does not already say, so a book without the tables can still be built in-process.
pub fn configure(config: &mut Config) -> mdbook_preprocessor::errors::Result<()> {
    let links = vec!["links".to_string()];
    if !config.contains_key(&format!("preprocessor.{ESCAPE_NAME}")) {
        config.set(format!("preprocessor.{ESCAPE_NAME}.before"), &links)?;
        config.set(
            format!("preprocessor.{ESCAPE_NAME}.command"),
            "mdbook-exercises escape",
        )?;
    }
    if !config.contains_key(&format!("preprocessor.{NAME}")) {
        config.set(format!("preprocessor.{NAME}.after"), &links)?;
        config.set(format!("preprocessor.{NAME}.command"), "mdbook-exercises")?;
    }
    Ok(())
}

/// The escape pass: see [`directive::protect_escapes`].
#[derive(Debug, Default, Clone, Copy)]
pub struct EscapePass;

impl Preprocessor for EscapePass {
    fn name(&self) -> &str {
        ESCAPE_NAME
    }

    fn run(
        &self,
        _ctx: &PreprocessorContext,
        mut book: Book,
    ) -> mdbook_preprocessor::errors::Result<Book> {
        book.for_each_chapter_mut(|chapter| {
            if let Some(protected) = directive::protect_escapes(&chapter.content) {
                chapter.content = protected;
            }
        });
        Ok(book)
    }
}

/// The main pass: expands every `{{#exercise ID}}` for the current renderer.
#[derive(Debug, Default)]
pub struct Exercises {
    explainer: std::sync::Arc<Explainer>,
    exercises_dir: Option<PathBuf>,
}

impl Exercises {
    /// A preprocessor reading the exercises folder named in `book.toml` (`exercises-dir` in
    /// `[preprocessor.exercises]`), or `exercises/` at the book root.
    pub fn new() -> Self {
        Exercises::default()
    }

    /// A preprocessor reading exercises from `dir` whatever `book.toml` says.
    pub fn with_exercises_dir(dir: impl Into<PathBuf>) -> Self {
        Exercises {
            exercises_dir: Some(dir.into()),
            ..Exercises::default()
        }
    }

    /// Shares `explainer` (and its cache of error-code titles) with other builds in this
    /// process, as `grader serve` does across rebuilds.
    pub fn with_explainer(mut self, explainer: std::sync::Arc<Explainer>) -> Self {
        self.explainer = explainer;
        self
    }

    /// The error-code titles looked up so far.
    pub fn explainer(&self) -> &Explainer {
        &self.explainer
    }

    fn exercises_dir(&self, ctx: &PreprocessorContext) -> PathBuf {
        if let Some(dir) = &self.exercises_dir {
            return dir.clone();
        }
        let configured: Option<String> = ctx
            .config
            .get(&format!("preprocessor.{NAME}.exercises-dir"))
            .ok()
            .flatten();
        ctx.root
            .join(configured.as_deref().unwrap_or(DEFAULT_EXERCISES_DIR))
    }

    /// The rendering options `book.toml` sets in `[preprocessor.exercises]`.
    fn options(ctx: &PreprocessorContext) -> Options {
        let url: Option<String> = ctx
            .config
            .get(&format!("preprocessor.{NAME}.playground-url"))
            .ok()
            .flatten();
        Options {
            playground_url: url
                .as_deref()
                .unwrap_or(DEFAULT_PLAYGROUND_URL)
                .trim_end_matches('/')
                .to_string(),
        }
    }

    /// Expands the directives of every chapter of `book` for the renderer named `renderer`.
    pub fn expand_book(&self, ctx: &PreprocessorContext, book: &mut Book) -> Result<(), Error> {
        let lookup = Lookup::new(self.exercises_dir(ctx));
        let target = Target::for_renderer(&ctx.renderer);
        if target != Target::Test {
            self.prefetch_titles(book, &lookup);
        }
        if target == Target::Html {
            assets::warn_stale(&ctx.root, &assets::loaded(&ctx.config));
        }
        let options = Exercises::options(ctx);
        let mut errors = Vec::new();
        book.for_each_chapter_mut(|chapter| {
            match self.expand_chapter(ctx, chapter, &lookup, target, &options) {
                Ok(Some(content)) => chapter.content = content,
                Ok(None) => {}
                Err(mut e) => errors.append(&mut e),
            }
        });
        let dir = lookup.dir().to_path_buf();
        if let Some(catalog) = lookup.unreported_error() {
            errors.push(Error::Catalog {
                dir,
                catalog: Box::new(catalog),
            });
        }
        Error::from_list(errors).map_or(Ok(()), Err)
    }

    /// Looks up, all at once, the titles of the error codes of every exercise the book shows.
    fn prefetch_titles(&self, book: &Book, lookup: &Lookup) {
        let mut codes = Vec::new();
        for item in book.iter() {
            let BookItem::Chapter(chapter) = item else {
                continue;
            };
            for d in directive::find(&chapter.content) {
                if let Ok(exercise) = lookup.get(&d.argument) {
                    codes.extend(render::codes(&exercise.expect));
                    codes.extend(render::codes(&exercise.starter_state));
                }
            }
        }
        self.explainer.prefetch(codes.iter().map(String::as_str));
    }

    /// The chapter's new content, or `None` when it has no directive.
    fn expand_chapter(
        &self,
        ctx: &PreprocessorContext,
        chapter: &Chapter,
        lookup: &Lookup,
        target: Target,
        options: &Options,
    ) -> Result<Option<String>, Vec<Error>> {
        let content = &chapter.content;
        let directives = directive::find(content);
        if directives.is_empty() {
            return Ok(None);
        }
        let file = chapter_file(ctx, chapter);
        let original = chapter.source_path.as_ref().and_then(|p| {
            std::fs::read_to_string(ctx.root.join(&ctx.config.book.src).join(p)).ok()
        });
        let mut replacements = Vec::new();
        let mut errors = Vec::new();
        for d in &directives {
            if d.escaped {
                replacements.push((d.range.clone(), d.literal(content).to_string()));
                continue;
            }
            let line = source_line(content, d, original.as_deref());
            let id = d.argument.as_str();
            if id.is_empty() || id.contains(char::is_whitespace) {
                errors.push(Error::BadDirective {
                    file: file.clone(),
                    line,
                    directive: d.literal(content).to_string(),
                    reason: "expected one exercise id, like `{{#exercise borrowing/two-mutable-borrows}}`".into(),
                });
                continue;
            }
            match lookup.get(id) {
                Ok(exercise) => {
                    let text = render::render(&exercise, target, &self.explainer, options);
                    replacements.push((d.range.clone(), place(content, d.range.start, &text)));
                }
                Err(miss) => errors.push(located(miss, file.clone(), line, id, lookup.dir(), ctx)),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Some(directive::splice(content, replacements)))
    }
}

impl Preprocessor for Exercises {
    fn name(&self) -> &str {
        NAME
    }

    fn run(
        &self,
        ctx: &PreprocessorContext,
        mut book: Book,
    ) -> mdbook_preprocessor::errors::Result<Book> {
        let started = std::time::Instant::now();
        self.expand_book(ctx, &mut book)?;
        if std::env::var_os(TIMING_VAR).is_some() {
            eprintln!(
                "mdbook-exercises: preprocessed for {} in {:.2} ms, of which {:.2} ms running `rustc --explain` for {} codes",
                ctx.renderer,
                started.elapsed().as_secs_f64() * 1000.0,
                self.explainer.time_spent().as_secs_f64() * 1000.0,
                self.explainer.lookups(),
            );
        }
        Ok(book)
    }
}

fn located(
    miss: Miss,
    file: PathBuf,
    line: usize,
    id: &str,
    dir: &Path,
    ctx: &PreprocessorContext,
) -> Error {
    let id = id.to_string();
    match miss {
        Miss::Unknown(suggestions) => Error::UnknownId {
            file,
            line,
            id,
            exercises: dir.strip_prefix(&ctx.root).unwrap_or(dir).to_path_buf(),
            suggestions,
        },
        Miss::BadId(reason) => Error::BadDirective {
            file,
            line,
            directive: format!("{{{{#exercise {id}}}}}"),
            reason,
        },
        Miss::Spec(spec) => Error::Spec {
            file,
            line,
            id,
            spec: Box::new(spec),
        },
    }
}

/// The chapter's file relative to the book root, e.g. `src/borrowing.md`.
fn chapter_file(ctx: &PreprocessorContext, chapter: &Chapter) -> PathBuf {
    match &chapter.source_path {
        Some(path) => ctx.config.book.src.join(path),
        None => PathBuf::from(&chapter.name),
    }
}

/// The line of a directive in the chapter's file on disk: the line of the same directive text
/// there (counting repeats), or its line in the processed chapter when it came from an include.
fn source_line(content: &str, d: &directive::Directive, original: Option<&str>) -> usize {
    let text = &content[d.range.clone()];
    let nth = content[..d.range.start].matches(text).count();
    original
        .and_then(|orig| orig.match_indices(text).nth(nth))
        .map_or(d.line, |(offset, _)| {
            directive::line_of(original.unwrap_or_default(), offset)
        })
}

/// The replacement placed where the directive starts: indented like the directive when it is
/// indented (in a list item, say), and in a paragraph of its own when text precedes it.
fn place(content: &str, start: usize, text: &str) -> String {
    let line_start = content[..start].rfind('\n').map_or(0, |i| i + 1);
    let prefix = &content[line_start..start];
    if !prefix.chars().all(|c| c == ' ' || c == '\t') {
        return format!("\n\n{text}");
    }
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if i > 0 && !prefix.is_empty() && line != "\n" {
            out.push_str(prefix);
        }
        out.push_str(line);
    }
    out
}
