//! Finding the book: the folder holding `exercises/` (and `src/`), given by `--root` (or its
//! alias `--book`, the name `build` and `serve` used), the `GRADER_ROOT` variable, or found by
//! walking up from the current directory.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

/// Options shared by every command that reads the book.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct RootArgs {
    /// The book's folder (holding `exercises/` and `src/`); found from the current directory if omitted.
    #[arg(
        long,
        visible_alias = "book",
        global = true,
        env = "GRADER_ROOT",
        value_name = "DIR"
    )]
    pub root: Option<PathBuf>,
}

impl RootArgs {
    /// The book's folder when one is given or found around the current directory; `None` when
    /// there is none (a given one that is not a book is an error).
    pub(crate) fn find(&self) -> anyhow::Result<Option<PathBuf>> {
        if self.root.is_some() {
            return self.resolve().map(Some);
        }
        let cwd = std::env::current_dir().context("cannot read the current directory")?;
        Ok(find_upwards(&cwd))
    }

    /// The book's folder.
    pub(crate) fn resolve(&self) -> anyhow::Result<PathBuf> {
        if let Some(root) = &self.root {
            if !root.join("exercises").is_dir() {
                bail!(
                    "{}: no `exercises` folder there; --root must name the book's folder",
                    root.display()
                );
            }
            return Ok(root.clone());
        }
        let cwd = std::env::current_dir().context("cannot read the current directory")?;
        find_upwards(&cwd).with_context(|| {
            format!(
                "no book found in {} or any parent (looked for a folder with `exercises/`); run inside the book's repository or pass --root DIR",
                cwd.display()
            )
        })
    }
}

fn find_upwards(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| {
            dir.join("exercises")
                .join(grader::catalog::CHAPTERS_FILE)
                .is_file()
                || (dir.join("exercises").is_dir() && dir.join("book.toml").is_file())
        })
        .map(Path::to_path_buf)
}
