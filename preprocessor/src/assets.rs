//! The page script and stylesheet of the exercise block, embedded in the preprocessor and
//! written into a book by `mdbook-exercises install` (a preprocessor cannot add files to the
//! output, so the book keeps copies, wired with `additional-js` and `additional-css`).
//!
//! The sources are `preprocessor/assets/`; the book's copies go to `theme/` under the book
//! root. [`stale`] names the copies that differ from what [`install`] would write, which the
//! tests use to keep the committed copies current.

use std::path::{Path, PathBuf};

/// The grading function of the page (pure functions), loaded before [`JS`].
pub const GRADE_JS: &str = include_str!("../assets/exercises-grade.js");
/// The page script: the Check button, the back-ends, hints, progress.
pub const JS: &str = include_str!("../assets/exercises.js");
/// The stylesheet of the exercise block.
pub const CSS: &str = include_str!("../assets/exercises.css");

/// The folder, relative to the book root, that the copies go to.
pub const DIR: &str = "theme";
/// The grading script's file name in [`DIR`].
pub const GRADE_JS_FILE: &str = "exercises-grade.js";
/// The page script's file name in [`DIR`].
pub const JS_FILE: &str = "exercises.js";
/// The stylesheet's file name in [`DIR`].
pub const CSS_FILE: &str = "exercises.css";

/// Each asset: its path relative to the book root and its contents.
pub fn files() -> [(PathBuf, &'static str); 3] {
    [
        (Path::new(DIR).join(GRADE_JS_FILE), GRADE_JS),
        (Path::new(DIR).join(JS_FILE), JS),
        (Path::new(DIR).join(CSS_FILE), CSS),
    ]
}

/// Why the assets could not be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write {path}: {source}")]
pub struct InstallError {
    /// The file that could not be written.
    pub path: PathBuf,
    /// The I/O error.
    pub source: std::io::Error,
}

/// Writes the assets under `book_root`, leaving files that are already current untouched;
/// returns the files written.
pub fn install(book_root: &Path) -> Result<Vec<PathBuf>, InstallError> {
    let mut written = Vec::new();
    for (rel, contents) in files() {
        let path = book_root.join(&rel);
        if std::fs::read(&path).is_ok_and(|old| old == contents.as_bytes()) {
            continue;
        }
        let fail = |source| InstallError {
            path: path.clone(),
            source,
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(fail)?;
        }
        std::fs::write(&path, contents).map_err(fail)?;
        written.push(path);
    }
    Ok(written)
}

/// The assets under `book_root` that are missing or differ from what [`install`] writes.
pub fn stale(book_root: &Path) -> Vec<PathBuf> {
    files()
        .into_iter()
        .map(|(rel, contents)| (book_root.join(rel), contents))
        .filter(|(path, contents)| {
            std::fs::read(path).map_or(true, |old| old != contents.as_bytes())
        })
        .map(|(path, _)| path)
        .collect()
}

/// What `book.toml` must say for the page to get the assets, or `None` when it says it (the
/// grading script first).
pub fn missing_config(book_toml: &str) -> Option<String> {
    let js = format!("[\"{DIR}/{GRADE_JS_FILE}\", \"{DIR}/{JS_FILE}\"]");
    let css = format!("[\"{DIR}/{CSS_FILE}\"]");
    let mut missing = Vec::new();
    for (key, wanted) in [("additional-js", js), ("additional-css", css)] {
        let wired = book_toml.lines().any(|l| {
            let l: String = l.chars().filter(|c| !c.is_whitespace()).collect();
            l.starts_with(&format!("{key}=")) && l.ends_with(&wanted.replace(' ', ""))
        });
        if !wired {
            missing.push(format!("{key} = {wanted}"));
        }
    }
    (!missing.is_empty()).then(|| {
        format!(
            "add to [output.html] in book.toml:\n    {}",
            missing.join("\n    ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn install_writes_once_and_then_nothing_is_stale() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(stale(dir.path()).len(), 3);
        assert_eq!(install(dir.path()).unwrap().len(), 3);
        assert!(stale(dir.path()).is_empty());
        assert!(install(dir.path()).unwrap().is_empty());
    }

    #[test]
    fn missing_config_names_the_lines_to_add() {
        let toml = "[output.html]\nadditional-css = [\"theme/exercises.css\"]\n";
        let msg = missing_config(toml).unwrap();
        assert!(
            msg.contains("additional-js = [\"theme/exercises-grade.js\", \"theme/exercises.js\"]"),
            "{msg}"
        );
        assert!(!msg.contains("additional-css"), "{msg}");
    }
}
