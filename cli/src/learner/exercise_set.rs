//! Which exercises a learner command uses: the book's on disk when one is given (`--root`) or
//! found around the current directory, so authors see their edits at once; otherwise the set
//! carried in this binary (embedded by `cli/build.rs`), which is what makes `grader init` work in
//! any folder after `cargo install`. The embedded files are written to a private scratch folder
//! for the command's lifetime and read by the same catalog code as a book's, so the two can
//! never be parsed differently. Both are in the book's order, read from the book around them
//! (`crate::book_order`; the binary carries its book too). Each set has a version: this grader's
//! version and a hash of its files, the same for the embedded set and for identical files on disk.

use std::path::PathBuf;

use anyhow::{Context, bail};
use grader::Catalog;
use grader::scratch::Folder;

use crate::root::RootArgs;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/exercises.rs"));
    include!(concat!(env!("OUT_DIR"), "/book.rs"));
}

/// Writes `files` (path, bytes) under `dir`.
fn write_files(dir: &std::path::Path, files: &[(&str, &[u8])]) -> anyhow::Result<()> {
    for (rel, bytes) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot write {}", parent.display()))?;
        }
        std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

/// The whole book carried in this binary (its `book.toml`, `src/`, page assets and exercises),
/// written to a scratch folder that is removed when the returned folder is dropped; `grader
/// serve` serves it in a learner's workspace made outside any clone.
pub(crate) fn embedded_book() -> anyhow::Result<Folder> {
    if embedded::BOOK_FILES.is_empty() || embedded::FILES.is_empty() {
        bail!(
            "this grader was built without the book; pass --root DIR (the book's folder) or set GRADER_ROOT"
        );
    }
    let scratch = Folder::new("book").context("cannot make a scratch folder")?;
    write_files(scratch.path(), embedded::BOOK_FILES)?;
    write_files(&scratch.path().join("exercises"), embedded::FILES)?;
    Ok(scratch)
}

/// An exercise set, loaded.
pub(crate) struct ExerciseSet {
    /// Its exercises.
    pub catalog: Catalog,
    /// Its version.
    pub version: String,
    /// The book it comes from, when it is read from disk.
    pub book: Option<PathBuf>,
    /// The scratch folder holding the embedded files, removed when the set is dropped.
    _scratch: Option<Folder>,
}

impl ExerciseSet {
    /// The book's exercises when there is a book (given or around), else the embedded set.
    pub(crate) fn load(root: &RootArgs) -> anyhow::Result<ExerciseSet> {
        match root.find()? {
            Some(book) => ExerciseSet::from_book(book),
            None => ExerciseSet::embedded(),
        }
    }

    /// The exercises of the book in `book`.
    pub(crate) fn from_book(book: PathBuf) -> anyhow::Result<ExerciseSet> {
        let dir = book.join("exercises");
        let catalog = crate::book_order::load_catalog(&book)?;
        let hash = grader::workspace::exercise_set_hash(&dir)
            .with_context(|| format!("cannot read the exercises in {}", dir.display()))?;
        Ok(ExerciseSet {
            catalog,
            version: format!("{}+{hash}", env!("CARGO_PKG_VERSION")),
            book: Some(book),
            _scratch: None,
        })
    }

    /// The exercises carried in this binary, in the order of the book it carries.
    pub(crate) fn embedded() -> anyhow::Result<ExerciseSet> {
        if embedded::FILES.is_empty() {
            bail!(
                "this grader was built without the book's exercises; pass --root DIR (the book's folder) or set GRADER_ROOT"
            );
        }
        let scratch = Folder::new("exercises").context("cannot make a scratch folder")?;
        // The book's order needs only its configuration and its Markdown.
        let order_files: Vec<(&str, &[u8])> = embedded::BOOK_FILES
            .iter()
            .copied()
            .filter(|(path, _)| *path == "book.toml" || path.ends_with(".md"))
            .collect();
        write_files(scratch.path(), &order_files)?;
        write_files(&scratch.path().join("exercises"), embedded::FILES)?;
        let catalog = crate::book_order::load_catalog(scratch.path())
            .context("the exercises carried in this grader do not load (a build problem)")?;
        Ok(ExerciseSet {
            catalog,
            version: embedded::VERSION.to_string(),
            book: None,
            _scratch: Some(scratch),
        })
    }

    /// Where the exercises come from, for messages.
    pub(crate) fn origin(&self) -> String {
        match &self.book {
            Some(book) => format!("the book in {}", book.display()),
            None => format!("the exercises built into this grader ({})", self.version),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_set_is_the_books_exercises_with_the_same_version() {
        let book = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
        let placed = crate::book_order::placed_ids(&book).unwrap();
        let on_disk = ExerciseSet::from_book(book).unwrap();
        let embedded = ExerciseSet::embedded().unwrap();
        assert_eq!(on_disk.version, embedded.version);
        let ids = |s: &ExerciseSet| -> Vec<String> {
            s.catalog.exercises.iter().map(|e| e.id.clone()).collect()
        };
        assert_eq!(ids(&on_disk), ids(&embedded));
        // In the book's order, not by id.
        assert_eq!(ids(&embedded)[..placed.len()], placed[..]);
        let (a, b) = (
            &on_disk.catalog.exercises[0],
            &embedded.catalog.exercises[0],
        );
        assert_eq!(
            (&a.starter, &a.solution, &a.hints),
            (&b.starter, &b.solution, &b.hints)
        );
    }
}
