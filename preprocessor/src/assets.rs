//! The page script and stylesheet of the exercise block, embedded in the preprocessor. A
//! preprocessor cannot add files to the output: mdBook copies into the build the files that
//! `additional-js` and `additional-css` name in `book.toml` (relative to the book root), so a
//! book loads the assets from a folder of its own. This repository's book loads them where they
//! live, `preprocessor/assets/`, so there is one copy; any other book gets copies in `theme/`
//! from `mdbook-exercises install` ([`install`]).
//!
//! [`loaded`] names the copies a book loads and [`stale`] those that differ from this version's,
//! which the preprocessor warns about (the page would run another version's script).

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use mdbook_preprocessor::config::Config;

/// The grading function of the page (pure functions), loaded before [`JS`].
pub const GRADE_JS: &str = include_str!("../assets/exercises-grade.js");
/// The page script: the Check button, the back-ends, hints, progress.
pub const JS: &str = include_str!("../assets/exercises.js");
/// The stylesheet of the exercise block.
pub const CSS: &str = include_str!("../assets/exercises.css");

/// The folder, relative to the book root, that [`install`] writes the copies to.
pub const DIR: &str = "theme";
/// The grading script's file name in [`DIR`].
pub const GRADE_JS_FILE: &str = "exercises-grade.js";
/// The page script's file name in [`DIR`].
pub const JS_FILE: &str = "exercises.js";
/// The stylesheet's file name in [`DIR`].
pub const CSS_FILE: &str = "exercises.css";

/// Each asset: its file name and its contents.
const ASSETS: [(&str, &str); 3] = [(GRADE_JS_FILE, GRADE_JS), (JS_FILE, JS), (CSS_FILE, CSS)];

/// Each asset as [`install`] writes it: its path relative to the book root and its contents.
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

/// The files `book.toml` loads into every page (`additional-css`, then `additional-js`), as it
/// names them: relative to the book root.
pub fn page_files(config: &Config) -> Vec<PathBuf> {
    ["output.html.additional-css", "output.html.additional-js"]
        .iter()
        .flat_map(|key| {
            config
                .get::<Vec<PathBuf>>(key)
                .ok()
                .flatten()
                .unwrap_or_default()
        })
        .collect()
}

/// The assets the book loads: each of its [`page_files`] whose file name is an asset's, as its
/// path relative to the book root and this version's contents of it.
pub fn loaded(config: &Config) -> Vec<(PathBuf, &'static str)> {
    page_files(config)
        .into_iter()
        .filter_map(|path| {
            let name = path.file_name();
            let (_, contents) = ASSETS.iter().find(|(n, _)| name == Some(OsStr::new(n)))?;
            Some((
                path.strip_prefix(".").unwrap_or(&path).to_path_buf(),
                *contents,
            ))
        })
        .collect()
}

/// Whether the book loads every asset, and none of them from the copies [`install`] writes.
pub fn loaded_elsewhere(loaded: &[(PathBuf, &str)]) -> bool {
    let written = files();
    ASSETS.iter().all(|(name, _)| {
        loaded
            .iter()
            .any(|(path, _)| path.file_name() == Some(OsStr::new(name)))
    }) && loaded
        .iter()
        .all(|(path, _)| !written.iter().any(|(w, _)| w == path))
}

/// Of `copies` (paths relative to `book_root` and the contents they should have), the files
/// under `book_root` that are missing or differ.
pub fn stale(book_root: &Path, copies: &[(PathBuf, &str)]) -> Vec<PathBuf> {
    copies
        .iter()
        .map(|(rel, contents)| (book_root.join(rel), contents))
        .filter(|(path, contents)| {
            std::fs::read(path).map_or(true, |old| old != contents.as_bytes())
        })
        .map(|(path, _)| path)
        .collect()
}

/// Warns, on stderr, of each of the `loaded` copies (see [`loaded`]) under `book_root` that
/// differs from this version's: the page would run another version's script.
pub fn warn_stale(book_root: &Path, loaded: &[(PathBuf, &str)]) {
    let written = book_root.join(DIR);
    for path in stale(book_root, loaded) {
        let advice = if path.starts_with(&written) {
            "run `mdbook-exercises install` in the book's folder"
        } else {
            "build with the mdbook-exercises of the same sources (`cargo install --path preprocessor` in their repository)"
        };
        eprintln!(
            "warning: {} differs from this mdbook-exercises' copy: {advice}",
            path.display()
        );
    }
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
        assert_eq!(stale(dir.path(), &files()).len(), 3);
        assert_eq!(install(dir.path()).unwrap().len(), 3);
        assert!(stale(dir.path(), &files()).is_empty());
        assert!(install(dir.path()).unwrap().is_empty());
    }

    #[test]
    fn loaded_names_the_assets_book_toml_loads_wherever_they_are() {
        let config: Config = "[output.html]\nadditional-css = [\"custom.css\", \"lib/exercises.css\"]\nadditional-js = [\"lib/exercises-grade.js\", \"lib/exercises.js\"]\n".parse().unwrap();
        let loaded = loaded(&config);
        let paths: Vec<&Path> = loaded.iter().map(|(p, _)| p.as_path()).collect();
        assert_eq!(
            paths,
            [
                "lib/exercises.css",
                "lib/exercises-grade.js",
                "lib/exercises.js"
            ]
            .map(Path::new)
        );
        assert_eq!(loaded[0].1, CSS);
        assert!(loaded_elsewhere(&loaded));
        assert!(
            !loaded_elsewhere(&loaded[1..]),
            "the stylesheet is not loaded"
        );
        assert!(!loaded_elsewhere(&files()), "the copies install writes");
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
