//! `grader build` and `grader serve`: build the book with its exercises in-process (mdBook as a
//! library, with the `mdbook-exercises` passes registered in-process), and serve it with
//! rebuilds on change and an API that checks answers from the page with the grader.

mod api;
mod exchange;
mod http;
mod server;
mod watch;
mod workspace_api;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, bail};
use mdbook_driver::MDBook;
use mdbook_driver::config::Config;
use mdbook_exercises::{EscapePass, Exercises, Explainer};

/// Where the book is and where it goes.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct BookArgs {
    /// The book's folder (holding `book.toml`); found by walking up from the current directory if
    /// omitted.
    #[arg(long = "root", visible_alias = "book", value_name = "DIR")]
    pub book: Option<PathBuf>,
    /// Where to write the HTML (default: `build-dir` of `book.toml`, i.e. `book/`).
    #[arg(long, value_name = "DIR")]
    pub dest: Option<PathBuf>,
}

/// Arguments of `grader build`.
#[derive(Debug, clap::Args)]
pub(crate) struct BuildArgs {
    #[command(flatten)]
    book: BookArgs,
}

/// Arguments of `grader serve`.
#[derive(Debug, clap::Args)]
pub(crate) struct ServeArgs {
    #[command(flatten)]
    book: BookArgs,
    /// The port to serve on, on 127.0.0.1 only (0: any free port).
    #[arg(long, default_value_t = 3000)]
    port: u16,
    /// Open the book in a web browser once it is served.
    #[arg(long)]
    open: bool,
    /// Serve the book on its own even inside a learner's workspace: the page keeps its code
    /// and progress in the browser.
    #[arg(long)]
    no_workspace: bool,
    /// Limits and sandboxing of the checks the page asks for.
    #[command(flatten)]
    limits: crate::check_args::LimitArgs,
}

/// Runs `grader build`.
pub(crate) fn build(args: BuildArgs) -> anyhow::Result<ExitCode> {
    let root = book_root(args.book.book.as_deref())?;
    let started = Instant::now();
    let explainer = Arc::new(Explainer::new());
    explainer.warm_up();
    let dest = build_book(&root, args.book.dest.as_deref(), &explainer)?;
    println!(
        "built the book into {} in {:.1?}",
        dest.display(),
        started.elapsed()
    );
    Ok(ExitCode::SUCCESS)
}

/// Runs `grader serve`: builds, serves the build folder on 127.0.0.1 (against the learner's
/// workspace when run inside one), and rebuilds whenever
/// `src/`, `exercises/`, `theme/`, `book.toml` or a file it loads into the page (the exercise
/// assets) changes. Runs until interrupted.
pub(crate) fn serve(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let workspace = served_workspace(args.no_workspace)?;
    // In a workspace made outside any clone, the book this grader carries is served.
    let (root, embedded) = match (book_root(args.book.book.as_deref()), &workspace) {
        (Ok(root), _) => (root, None),
        (Err(_), Some(_)) if args.book.book.is_none() => {
            let book = crate::learner::exercise_set::embedded_book()?;
            (book.path().to_path_buf(), Some(book))
        }
        (Err(err), _) => return Err(err),
    };
    let dest = build_dir(&root, args.book.dest.as_deref())?;
    let exercises = exercises_dir(&root)?;
    let state = Arc::new(server::State::new(
        dest.clone(),
        exercises,
        args.limits.settings(),
        workspace.clone(),
    )?);
    // One explainer for every rebuild: each error code is looked up once per session.
    let explainer = Arc::new(Explainer::new());
    explainer.warm_up();
    rebuild(&root, args.book.dest.as_deref(), &state, &explainer);
    let url = server::start(Arc::clone(&state), args.port)?;
    println!("serving the book on {url} (Ctrl-C to stop)");
    if embedded.is_some() {
        println!("No book folder here or above: this is the book built into this grader.");
    }
    if let Some(ws) = &workspace {
        println!(
            "Check in the page saves into your workspace in {} and records your progress there, as `grader check` does.",
            ws.root.display()
        );
    }
    if args.open {
        open_browser(&url);
    }
    let dest_arg = args.book.dest.clone();
    let loaded = mdbook_exercises::assets::page_files(&config(&root, None)?);
    watch::watch(&root, &loaded, &[dest], || {
        rebuild(&root, dest_arg.as_deref(), &state, &explainer)
    })?;
    Ok(ExitCode::SUCCESS)
}

/// The learner's workspace around the current directory, unless `off`: the page then opens
/// the learner's files and Check saves into them.
fn served_workspace(off: bool) -> anyhow::Result<Option<grader::workspace::Workspace>> {
    if off {
        return Ok(None);
    }
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    match grader::workspace::Workspace::discover(&cwd) {
        Ok(ws) => Ok(Some(ws)),
        Err(grader::workspace::WorkspaceError::NotFound(_)) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Builds once for `serve`, reporting the outcome on the terminal and to the page.
fn rebuild(root: &Path, dest: Option<&Path>, state: &server::State, explainer: &Arc<Explainer>) {
    let started = Instant::now();
    match build_book(root, dest, explainer) {
        Ok(_) => {
            println!("built in {:.1?}", started.elapsed());
            state.built(None);
        }
        Err(err) => {
            eprintln!("error: build failed: {err:#}");
            state.built(Some(format!("{err:#}")));
        }
    }
}

/// The folder holding `book.toml`: `explicit`, or the first one up from the current directory.
pub(crate) fn book_root(explicit: Option<&Path>) -> anyhow::Result<PathBuf> {
    if let Some(dir) = explicit {
        if !dir.join("book.toml").is_file() {
            bail!(
                "{}: no book.toml there; --root must name the book's folder",
                dir.display()
            );
        }
        return Ok(dir.to_path_buf());
    }
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    cwd.ancestors().find(|d| d.join("book.toml").is_file()).map(Path::to_path_buf).with_context(|| {
        format!("no book.toml in {} or any parent; run inside the book's repository or pass --root DIR", cwd.display())
    })
}

/// The book's configuration with both exercise passes in place, and the build folder set to
/// `dest` when given (relative to the current directory).
fn config(root: &Path, dest: Option<&Path>) -> anyhow::Result<Config> {
    let file = root.join("book.toml");
    let mut config =
        Config::from_disk(&file).with_context(|| format!("cannot read {}", file.display()))?;
    config
        .update_from_env()
        .context("cannot apply MDBOOK_* environment variables")?;
    mdbook_exercises::configure(&mut config)
        .context("cannot configure the exercise preprocessor")?;
    if let Some(dest) = dest {
        let cwd = std::env::current_dir().context("cannot read the current directory")?;
        config.build.build_dir = cwd.join(dest);
    }
    Ok(config)
}

/// The exercises folder the book's directives name: `exercises-dir` of
/// `[preprocessor.exercises]`, or `exercises/`, under the book root.
fn exercises_dir(root: &Path) -> anyhow::Result<PathBuf> {
    let config = config(root, None)?;
    let configured: Option<String> = config
        .get(&format!(
            "preprocessor.{}.exercises-dir",
            mdbook_exercises::NAME
        ))
        .ok()
        .flatten();
    Ok(root.join(
        configured
            .as_deref()
            .unwrap_or(mdbook_exercises::DEFAULT_EXERCISES_DIR),
    ))
}

/// Where the HTML goes.
fn build_dir(root: &Path, dest: Option<&Path>) -> anyhow::Result<PathBuf> {
    Ok(root.join(config(root, dest)?.build.build_dir))
}

/// Loads the book with the exercise passes registered in-process, in place of the commands
/// `book.toml` names (same names, so same order around `links`).
/// `explainer` caches error-code titles across builds of one process.
pub(crate) fn load_book(
    root: &Path,
    dest: Option<&Path>,
    explainer: &Arc<Explainer>,
) -> anyhow::Result<MDBook> {
    let config = config(root, dest)?;
    let mut book = MDBook::load_with_config(root, config)
        .with_context(|| format!("cannot load the book in {}", root.display()))?;
    book.with_preprocessor(EscapePass)
        .with_preprocessor(Exercises::new().with_explainer(Arc::clone(explainer)));
    Ok(book)
}

/// Builds the book; returns the folder it went to.
pub(crate) fn build_book(
    root: &Path,
    dest: Option<&Path>,
    explainer: &Arc<Explainer>,
) -> anyhow::Result<PathBuf> {
    let book = load_book(root, dest, explainer)?;
    book.build()
        .with_context(|| format!("cannot build the book in {}", root.display()))?;
    Ok(book.build_dir_for("html"))
}

fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    if let Err(err) = std::process::Command::new(opener).arg(url).spawn() {
        eprintln!("warning: cannot open a browser with `{opener}`: {err}; open {url} yourself");
    }
}
