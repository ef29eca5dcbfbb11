//! The errors that fail a book build: a directive naming an unknown exercise, a malformed
//! directive or spec, or an exercises folder that cannot be read. Each names the chapter file,
//! the line of the directive and the id.

use std::path::PathBuf;

use grader_model::{CatalogError, SpecError};

/// Why the preprocessor refused a book.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No exercise has this id.
    #[error("{}:{line}: `{{{{#exercise {id}}}}}`: no exercise `{id}` in {}{}", .file.display(), .exercises.display(), suggest(.suggestions))]
    UnknownId {
        /// The chapter file, relative to the book root.
        file: PathBuf,
        /// The 1-based line of the directive.
        line: usize,
        /// The id as written.
        id: String,
        /// The exercises folder searched.
        exercises: PathBuf,
        /// The closest known ids, best first.
        suggestions: Vec<String>,
    },
    /// The directive is not `{{#exercise chapter/name}}`.
    #[error("{}:{line}: `{directive}`: {reason}", .file.display())]
    BadDirective {
        /// The chapter file, relative to the book root.
        file: PathBuf,
        /// The 1-based line of the directive.
        line: usize,
        /// The directive as written.
        directive: String,
        /// What is wrong.
        reason: String,
    },
    /// The exercise named by a directive has a malformed spec or missing files.
    #[error("{}:{line}: exercise `{id}` cannot be shown: {spec}", .file.display())]
    Spec {
        /// The chapter file, relative to the book root.
        file: PathBuf,
        /// The 1-based line of the directive.
        line: usize,
        /// The id.
        id: String,
        /// The spec problem, with the spec's own file and line.
        spec: Box<SpecError>,
    },
    /// The exercises folder could not be loaded (a spec no directive names is malformed, or
    /// `chapters.toml` is wrong).
    #[error("exercises folder {}: {catalog}", .dir.display())]
    Catalog {
        /// The exercises folder.
        dir: PathBuf,
        /// What is wrong.
        catalog: Box<CatalogError>,
    },
    /// Several of the above, one per line.
    #[error("{} problems with exercises:\n{}", .0.len(), list(.0))]
    Many(Vec<Error>),
}

fn suggest(ids: &[String]) -> String {
    match ids {
        [] => "; `grader list` shows every id".to_string(),
        _ => {
            let ids: Vec<String> = ids.iter().map(|i| format!("`{i}`")).collect();
            format!("; did you mean {}?", ids.join(" or "))
        }
    }
}

fn list(errors: &[Error]) -> String {
    errors
        .iter()
        .map(|e| format!("  {e}"))
        .collect::<Vec<_>>()
        .join("\n")
}

impl Error {
    /// One error for a list: itself when there is one, [`Error::Many`] otherwise.
    pub fn from_list(mut errors: Vec<Error>) -> Option<Error> {
        match errors.len() {
            0 => None,
            1 => errors.pop(),
            _ => Some(Error::Many(errors)),
        }
    }
}
