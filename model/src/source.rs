//! Reading a learner's source file: the one set of checks every front end applies before a
//! file is graded (a regular file, at most [`MAX_SOURCE_BYTES`], UTF-8 text without NUL bytes,
//! and, for a class, inside the learner's folder).

use std::fmt;
use std::path::{Path, PathBuf};

/// The largest source file that is graded, in bytes.
pub const MAX_SOURCE_BYTES: u64 = 1024 * 1024;

/// Why a source file is not graded.
#[derive(Debug)]
pub enum SourceProblem {
    /// It could not be read (it is missing, say).
    Unreadable(std::io::Error),
    /// It is a link that leads out of the folder it must stay in.
    OutsideFolder,
    /// It is a folder or another kind of file.
    NotAFile,
    /// It is larger than [`MAX_SOURCE_BYTES`]; the size in bytes.
    TooLarge(u64),
    /// It holds NUL bytes: a binary file.
    Binary,
    /// It is not UTF-8; the offset of the first invalid byte.
    NotUtf8(usize),
}

impl fmt::Display for SourceProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SourceProblem::Unreadable(e) => write!(f, "cannot read the file: {e}"),
            SourceProblem::OutsideFolder => {
                f.write_str("it links outside the learner's folder; submit the file itself")
            }
            SourceProblem::NotAFile => f.write_str("not a regular file"),
            SourceProblem::TooLarge(bytes) => write!(
                f,
                "the file is {bytes} bytes; sources over {} KiB are not graded",
                MAX_SOURCE_BYTES / 1024
            ),
            SourceProblem::Binary => f.write_str("it is a binary file, not Rust source"),
            SourceProblem::NotUtf8(at) => {
                write!(
                    f,
                    "the file is not UTF-8 text (invalid byte at offset {at})"
                )
            }
        }
    }
}

/// A source file that is not graded, and why.
#[derive(Debug, thiserror::Error)]
#[error("{}: {problem}", path.display())]
pub struct SourceError {
    /// The file.
    pub path: PathBuf,
    /// Why it is not graded.
    pub problem: SourceProblem,
}

impl SourceError {
    /// Whether the file does not exist.
    pub fn is_missing(&self) -> bool {
        matches!(&self.problem, SourceProblem::Unreadable(e) if e.kind() == std::io::ErrorKind::NotFound)
    }
}

/// Reads the source file at `path`; with `within`, the file (after following links) must lie
/// inside that folder, so that a link cannot make rustc quote a file of the grading machine.
pub fn read_source(path: &Path, within: Option<&Path>) -> Result<String, SourceError> {
    let fail = |problem| SourceError {
        path: path.to_path_buf(),
        problem,
    };
    let meta = std::fs::metadata(path).map_err(|e| fail(SourceProblem::Unreadable(e)))?;
    if let Some(folder) = within {
        let inside = match (path.canonicalize(), folder.canonicalize()) {
            (Ok(p), Ok(d)) => p.starts_with(d),
            _ => false,
        };
        if !inside {
            return Err(fail(SourceProblem::OutsideFolder));
        }
    }
    if !meta.is_file() {
        return Err(fail(SourceProblem::NotAFile));
    }
    if meta.len() > MAX_SOURCE_BYTES {
        return Err(fail(SourceProblem::TooLarge(meta.len())));
    }
    let bytes = std::fs::read(path).map_err(|e| fail(SourceProblem::Unreadable(e)))?;
    if bytes.contains(&0) {
        return Err(fail(SourceProblem::Binary));
    }
    String::from_utf8(bytes).map_err(|e| fail(SourceProblem::NotUtf8(e.utf8_error().valid_up_to())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_linking_outside_its_folder_is_refused_and_a_missing_one_says_so() {
        let tmp = tempfile::tempdir().unwrap();
        let (dir, secret) = (tmp.path().join("ann"), tmp.path().join("secret.rs"));
        std::fs::create_dir_all(dir.join("a")).unwrap();
        std::fs::write(&secret, "token").unwrap();
        std::os::unix::fs::symlink(&secret, dir.join("a/b.rs")).unwrap();
        let err = read_source(&dir.join("a/b.rs"), Some(&dir)).unwrap_err();
        assert!(err.to_string().contains("links outside"), "{err}");
        std::fs::write(dir.join("a/c.rs"), "fn main() {}").unwrap();
        assert_eq!(
            read_source(&dir.join("a/c.rs"), Some(&dir)).unwrap(),
            "fn main() {}"
        );
        assert!(
            read_source(&dir.join("a/d.rs"), Some(&dir))
                .unwrap_err()
                .is_missing()
        );
    }

    #[test]
    fn nul_bytes_and_invalid_utf8_are_refused_everywhere() {
        let tmp = tempfile::tempdir().unwrap();
        let (nul, bad) = (tmp.path().join("nul.rs"), tmp.path().join("bad.rs"));
        std::fs::write(&nul, b"fn main() {}\0").unwrap();
        std::fs::write(&bad, b"fn main() {} \xff").unwrap();
        for within in [None, Some(tmp.path())] {
            let e = read_source(&nul, within).unwrap_err().to_string();
            assert!(e.ends_with("is a binary file, not Rust source"), "{e}");
            let e = read_source(&bad, within).unwrap_err().to_string();
            assert!(
                e.contains("is not UTF-8 text (invalid byte at offset 13)"),
                "{e}"
            );
        }
    }
}
