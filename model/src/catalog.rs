//! The set of exercises under an `exercises/` folder: discovery, the chapter folders it may hold
//! (`exercises/chapters.toml`), the order they are offered in, lookup by id with suggestions, and
//! validation of ids typed by users.
//!
//! The order is the book's, and the book is its one home: chapters as `src/SUMMARY.md` lists
//! them, and inside a chapter where its `{{#exercise ID}}` directives stand. This library knows
//! nothing of mdBook, so a catalog is loaded in the order of its ids and whoever reads the book
//! (the `grader` command) hands the placed ids to [`Catalog::arrange`].

use std::path::{Component, Path, PathBuf};

use serde::Deserialize;

use crate::spec::{self, Exercise, SpecError};

/// The file, in the exercises folder, that lists the chapter folders an exercise may be in.
pub const CHAPTERS_FILE: &str = "chapters.toml";

/// All exercises of a book: in the order of their ids when loaded, in the book's order once
/// [`Catalog::arrange`]d.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// The exercises folder.
    pub root: PathBuf,
    /// The chapter folders listed in `chapters.toml` (empty when there is no such file).
    pub chapters: Vec<String>,
    /// Every exercise: by id, or in the order given to [`Catalog::arrange`].
    pub exercises: Vec<Exercise>,
}

/// Why the catalog could not be loaded or an id could not be found.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    /// The exercises folder is missing.
    #[error(
        "{0}: no exercises folder here (pass --exercises DIR, or run inside the book's repository)"
    )]
    NoRoot(PathBuf),
    /// An exercise's spec is malformed.
    #[error(transparent)]
    Spec(#[from] SpecError),
    /// `chapters.toml` is malformed or disagrees with the folders.
    #[error("{path}: {message}")]
    Chapters {
        /// The chapters file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// The folder could not be listed.
    #[error("{path}: cannot list: {source}")]
    Io {
        /// The folder.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// An id is shaped wrongly (absolute, `..`, empty parts, odd characters).
    #[error(
        "`{id}` is not a valid exercise id: {why} (ids look like `borrowing/two-mutable-borrows`)"
    )]
    BadId {
        /// The id as typed.
        id: String,
        /// Why it is refused.
        why: &'static str,
    },
    /// No exercise has this id.
    #[error("no exercise `{id}`{}", suggestion(.suggestions))]
    UnknownId {
        /// The id as typed.
        id: String,
        /// The closest known ids.
        suggestions: Vec<String>,
    },
}

fn suggestion(ids: &[String]) -> String {
    match ids {
        [] => "; `grader list` shows every id".to_string(),
        _ => format!(
            "; did you mean {}?",
            ids.iter()
                .map(|i| format!("`{i}`"))
                .collect::<Vec<_>>()
                .join(" or ")
        ),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChaptersFile {
    chapters: Vec<String>,
}

/// Checks that `id` is a plain relative `chapter/name` path: no `..`, no absolute path, only
/// lowercase letters, digits, `-` and `_` in its two parts.
pub fn validate_id(id: &str) -> Result<(), CatalogError> {
    let bad = |why| {
        Err(CatalogError::BadId {
            id: id.to_string(),
            why,
        })
    };
    if id.is_empty() {
        return bad("it is empty");
    }
    if Path::new(id).is_absolute() || id.starts_with('/') || id.starts_with('\\') {
        return bad("it is an absolute path");
    }
    if Path::new(id)
        .components()
        .any(|c| matches!(c, Component::ParentDir))
        || id.contains("..")
    {
        return bad("it contains `..`");
    }
    let parts: Vec<&str> = id.split('/').collect();
    if parts.len() != 2 || parts.iter().any(|p| p.is_empty()) {
        return bad("it must have exactly two parts, chapter and name");
    }
    let ok = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
    if !parts.iter().all(|p| p.chars().all(ok)) {
        return bad("only lowercase letters, digits, `-` and `_` are allowed");
    }
    Ok(())
}

impl Catalog {
    /// Loads every exercise under `root` (folders `root/<chapter>/<name>/exercise.toml`); the
    /// first problem found is the error.
    pub fn load(root: &Path) -> Result<Catalog, CatalogError> {
        Catalog::load_all(root).map_err(|mut all| all.remove(0))
    }

    /// [`Catalog::load`], with every problem of every exercise when there are any (never an
    /// empty list), so that an author sees them all at once.
    pub fn load_all(root: &Path) -> Result<Catalog, Vec<CatalogError>> {
        if !root.is_dir() {
            return Err(vec![CatalogError::NoRoot(root.to_path_buf())]);
        }
        let chapters_path = root.join(CHAPTERS_FILE);
        let chapters = match std::fs::read_to_string(&chapters_path) {
            Ok(text) => {
                toml::from_str::<ChaptersFile>(&text)
                    .map_err(|e| {
                        vec![CatalogError::Chapters {
                            path: chapters_path.clone(),
                            message: e.message().trim().to_string(),
                        }]
                    })?
                    .chapters
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(source) => {
                return Err(vec![CatalogError::Io {
                    path: chapters_path,
                    source,
                }]);
            }
        };
        let mut errors = Vec::new();
        let mut found: Vec<(String, PathBuf)> = Vec::new();
        for chapter_dir in sorted_dirs(root).map_err(|e| vec![e])? {
            let chapter = file_name(&chapter_dir);
            for dir in sorted_dirs(&chapter_dir).map_err(|e| vec![e])? {
                if dir.join(spec::SPEC_FILE).is_file() {
                    found.push((format!("{chapter}/{}", file_name(&dir)), dir));
                }
            }
        }
        let mut exercises = Vec::with_capacity(found.len());
        for (id, dir) in &found {
            let loaded = validate_id(id)
                .and_then(|()| spec::load_exercise(id, dir).map_err(CatalogError::from));
            match loaded {
                Ok(ex) => exercises.push(ex),
                Err(e) => errors.push(e),
            }
        }
        let mut unlisted = Vec::new();
        for ex in &exercises {
            if !chapters.is_empty()
                && !chapters.contains(&ex.chapter)
                && !unlisted.contains(&ex.chapter)
            {
                unlisted.push(ex.chapter.clone());
                errors.push(CatalogError::Chapters {
                    path: chapters_path.clone(),
                    message: format!(
                        "chapter `{}` (of `{}`) is not listed: add it to `chapters`",
                        ex.chapter, ex.id
                    ),
                });
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        exercises.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(Catalog {
            root: root.to_path_buf(),
            chapters,
            exercises,
        })
    }

    /// Puts the exercises in the order of `placed` (the ids as the book places them: its chapters
    /// in order, each chapter's directives in order); the exercises it does not name come last,
    /// by id. Ids it names twice count where they stand first, ids of no exercise are ignored.
    pub fn arrange<S: AsRef<str>>(&mut self, placed: &[S]) {
        let mut rank = std::collections::HashMap::new();
        for (at, id) in placed.iter().enumerate() {
            rank.entry(id.as_ref()).or_insert(at);
        }
        let key = |e: &Exercise| rank.get(e.id.as_str()).copied().unwrap_or(usize::MAX);
        let mut keyed: Vec<(usize, Exercise)> = std::mem::take(&mut self.exercises)
            .into_iter()
            .map(|e| (key(&e), e))
            .collect();
        keyed.sort_by(|(a, x), (b, y)| a.cmp(b).then_with(|| x.id.cmp(&y.id)));
        self.exercises = keyed.into_iter().map(|(_, e)| e).collect();
    }

    /// The exercise with this id, or an error naming the closest ids.
    pub fn get(&self, id: &str) -> Result<&Exercise, CatalogError> {
        validate_id(id)?;
        self.exercises
            .iter()
            .find(|e| e.id == id)
            .ok_or_else(|| CatalogError::UnknownId {
                id: id.to_string(),
                suggestions: self.closest(id),
            })
    }

    /// Up to three known ids closest to `id`.
    pub fn closest(&self, id: &str) -> Vec<String> {
        closest_ids(id, self.exercises.iter().map(|e| e.id.as_str()))
    }
}

/// Up to three of `known` closest to `wanted`, best first, leaving out those too far to help.
pub fn closest_ids<'a>(wanted: &str, known: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut scored: Vec<(f64, &str)> = known
        .map(|k| {
            let name = k.rsplit('/').next().unwrap_or(k);
            let score = strsim::jaro_winkler(wanted, k).max(strsim::jaro_winkler(wanted, name));
            (score, k)
        })
        .filter(|(s, _)| *s > 0.75)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored
        .into_iter()
        .take(3)
        .map(|(_, k)| k.to_string())
        .collect()
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn sorted_dirs(dir: &Path) -> Result<Vec<PathBuf>, CatalogError> {
    let io = |source| CatalogError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut dirs = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        if entry.file_type().map_err(io)?.is_dir() && !file_name(&entry.path()).starts_with('.') {
            dirs.push(entry.path());
        }
    }
    dirs.sort();
    Ok(dirs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_with_traversal_or_absolute_paths_are_refused() {
        for bad in [
            "../etc/passwd",
            "/etc/passwd",
            "a/../b",
            "a",
            "a/b/c",
            "A/b",
            "a/b c",
            "",
        ] {
            assert!(validate_id(bad).is_err(), "{bad}");
        }
        assert!(validate_id("borrowing/two-mutable-borrows").is_ok());
    }

    /// A catalog of compile-pass exercises with these ids, in a temporary folder.
    fn catalog_of(ids: &[&str]) -> (tempfile::TempDir, Catalog) {
        let tmp = tempfile::tempdir().unwrap();
        for id in ids {
            let dir = tmp.path().join(id);
            std::fs::create_dir_all(&dir).unwrap();
            let spec = "title = \"t\"\nkind = \"compile-pass\"\npoints = 1\nhints = [\"h\"]\n\n[starter]\nkind = \"compile-fail\"\ncodes = [\"E0382\"]\n";
            std::fs::write(dir.join(spec::SPEC_FILE), spec).unwrap();
            for file in ["starter.rs", "solution.rs"] {
                std::fs::write(dir.join(file), "fn main() {}\n").unwrap();
            }
            std::fs::write(dir.join("instructions.md"), "Do it.\n").unwrap();
        }
        let catalog = Catalog::load(tmp.path()).unwrap();
        (tmp, catalog)
    }

    fn ids(catalog: &Catalog) -> Vec<&str> {
        catalog.exercises.iter().map(|e| e.id.as_str()).collect()
    }

    #[test]
    fn a_catalog_takes_the_books_order_and_puts_unplaced_exercises_last_by_id() {
        let (_tmp, mut catalog) = catalog_of(&["b/capstone", "b/easy", "a/zeta", "a/alpha", "c/x"]);
        assert_eq!(
            ids(&catalog),
            ["a/alpha", "a/zeta", "b/capstone", "b/easy", "c/x"]
        );
        catalog.arrange(&["b/easy", "b/capstone", "nowhere/gone", "a/zeta", "b/easy"]);
        assert_eq!(
            ids(&catalog),
            ["b/easy", "b/capstone", "a/zeta", "a/alpha", "c/x"]
        );
    }

    #[test]
    fn closest_ids_prefer_the_nearest_name() {
        let known = ["borrowing/two-mutable-borrows", "ownership/use-after-move"];
        let got = closest_ids("borrowing/two-mutable-borow", known.into_iter());
        assert_eq!(got[0], "borrowing/two-mutable-borrows");
    }
}
