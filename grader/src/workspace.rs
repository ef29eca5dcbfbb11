//! A learner's workspace: a folder holding every exercise's file at `<chapter>/<name>.rs`, a
//! short README, and `.grader/` with the marker `workspace.toml` (where the book's exercises live
//! and which exercises were handed out), the progress file and backups. It is found by walking up
//! from the current directory, as cargo finds `Cargo.toml`. Nothing a learner wrote is ever
//! overwritten: `init` only adds missing files and `reset` backs the learner's version up first.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::spec::Exercise;

/// The folder, in a workspace, holding the grader's own files.
pub const STATE_DIR: &str = ".grader";
/// The marker file in [`STATE_DIR`] that makes a folder a workspace.
pub const MARKER_FILE: &str = "workspace.toml";
/// The progress file in [`STATE_DIR`].
pub const PROGRESS_FILE: &str = "progress.json";
/// The folder in [`STATE_DIR`] holding backups made by `reset`.
pub const BACKUP_DIR: &str = "backups";

/// A learner's workspace.
#[derive(Debug, Clone)]
pub struct Workspace {
    /// The workspace folder.
    pub root: PathBuf,
    /// The book's exercises folder, as recorded by `init`.
    pub exercises: PathBuf,
    /// The ids of the exercises handed out, in book order.
    pub ids: Vec<String>,
}

/// What the marker file holds.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Marker {
    /// The format version, 1.
    version: u32,
    /// The book's exercises folder.
    exercises: PathBuf,
    /// The exercises handed out.
    ids: Vec<String>,
}

/// Why a workspace could not be found, read or written.
#[derive(Debug, thiserror::Error)]
pub enum WorkspaceError {
    /// No marker in the folder or any parent.
    #[error(
        "{0}: not inside a learner workspace (no `.grader/workspace.toml` here or in a parent); create one with `grader init DIR`"
    )]
    NotFound(PathBuf),
    /// The marker is malformed.
    #[error("{path}: {message}; fix it, or run `grader init` in the workspace to rewrite it")]
    BadMarker {
        /// The marker file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> WorkspaceError + '_ {
    move |source| WorkspaceError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// What `init` did.
#[derive(Debug)]
pub struct InitOutcome {
    /// The workspace.
    pub workspace: Workspace,
    /// Exercise files created now (relative paths).
    pub created: Vec<String>,
    /// Exercise files that already existed and were left as they are.
    pub kept: Vec<String>,
}

/// The path of an exercise's file relative to the workspace: `chapter/name.rs`.
pub fn relative_file(id: &str) -> String {
    format!("{id}.rs")
}

impl Workspace {
    /// Finds the workspace holding `start` (or one of its parents).
    pub fn discover(start: &Path) -> Result<Workspace, WorkspaceError> {
        match start
            .ancestors()
            .find(|d| d.join(STATE_DIR).join(MARKER_FILE).is_file())
        {
            Some(root) => Workspace::open(root),
            None => Err(WorkspaceError::NotFound(start.to_path_buf())),
        }
    }

    /// Opens the workspace whose folder is `root`.
    pub fn open(root: &Path) -> Result<Workspace, WorkspaceError> {
        let path = root.join(STATE_DIR).join(MARKER_FILE);
        let text = std::fs::read_to_string(&path).map_err(io_err(&path))?;
        let marker: Marker = toml::from_str(&text).map_err(|e| WorkspaceError::BadMarker {
            path: path.clone(),
            message: e.message().trim().to_string(),
        })?;
        for id in &marker.ids {
            crate::catalog::validate_id(id).map_err(|e| WorkspaceError::BadMarker {
                path: path.clone(),
                message: e.to_string(),
            })?;
        }
        Ok(Workspace {
            root: root.to_path_buf(),
            exercises: marker.exercises,
            ids: marker.ids,
        })
    }

    /// Creates a workspace in `dir` (or adds to the one there) with every exercise of `catalog`:
    /// missing files are written, existing ones are never touched.
    pub fn init(dir: &Path, catalog: &Catalog) -> Result<InitOutcome, WorkspaceError> {
        std::fs::create_dir_all(dir.join(STATE_DIR)).map_err(io_err(dir))?;
        let root = dir.canonicalize().map_err(io_err(dir))?;
        let mut ids = match Workspace::open(&root) {
            Ok(ws) => ws.ids,
            Err(WorkspaceError::Io { source, .. })
                if source.kind() == std::io::ErrorKind::NotFound =>
            {
                Vec::new()
            }
            Err(e) => return Err(e),
        };
        let (mut created, mut kept) = (Vec::new(), Vec::new());
        for ex in &catalog.exercises {
            let rel = relative_file(&ex.id);
            let path = root.join(&rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(io_err(parent))?;
            }
            if create_new(&path, ex.starter.as_bytes())? {
                created.push(rel);
            } else {
                kept.push(rel);
            }
            if !ids.contains(&ex.id) {
                ids.push(ex.id.clone());
            }
        }
        let rank = |id: &String| {
            catalog
                .exercises
                .iter()
                .position(|e| &e.id == id)
                .unwrap_or(usize::MAX)
        };
        ids.sort_by_key(rank);
        create_new(&root.join("README.md"), readme(catalog).as_bytes())?;
        let empty_progress = b"{\n  \"version\": 1,\n  \"exercises\": {}\n}\n";
        create_new(&root.join(STATE_DIR).join(PROGRESS_FILE), empty_progress)?;
        let exercises = catalog
            .root
            .canonicalize()
            .unwrap_or_else(|_| catalog.root.clone());
        let marker = Marker {
            version: 1,
            exercises: exercises.clone(),
            ids: ids.clone(),
        };
        let text = toml::to_string(&marker).map_err(|e| WorkspaceError::BadMarker {
            path: root.join(STATE_DIR).join(MARKER_FILE),
            message: e.to_string(),
        })?;
        let marker_path = root.join(STATE_DIR).join(MARKER_FILE);
        write_atomic(&marker_path, text.as_bytes()).map_err(io_err(&marker_path))?;
        Ok(InitOutcome {
            workspace: Workspace {
                root,
                exercises,
                ids,
            },
            created,
            kept,
        })
    }

    /// The learner's file for exercise `id`.
    pub fn file_of(&self, id: &str) -> PathBuf {
        self.root.join(relative_file(id))
    }

    /// The progress file.
    pub fn progress_path(&self) -> PathBuf {
        self.root.join(STATE_DIR).join(PROGRESS_FILE)
    }

    /// Restores the starter of `ex`, first copying the learner's version (if any) to
    /// `.grader/backups/<chapter>/<name>.<timestamp>.rs`. Returns the backup's path.
    pub fn reset(&self, ex: &Exercise) -> Result<Option<PathBuf>, WorkspaceError> {
        let file = self.file_of(&ex.id);
        let backup = match std::fs::read(&file) {
            Ok(bytes) => {
                let name = ex.id.rsplit('/').next().unwrap_or(&ex.id);
                let dir = self.root.join(STATE_DIR).join(BACKUP_DIR).join(&ex.chapter);
                std::fs::create_dir_all(&dir).map_err(io_err(&dir))?;
                let stamp = timestamp(SystemTime::now());
                let mut path = dir.join(format!("{name}.{stamp}.rs"));
                let mut n = 1;
                while !create_new(&path, &bytes)? {
                    n += 1;
                    path = dir.join(format!("{name}.{stamp}-{n}.rs"));
                }
                Some(path)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(source) => return Err(WorkspaceError::Io { path: file, source }),
        };
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).map_err(io_err(parent))?;
        }
        write_atomic(&file, ex.starter.as_bytes()).map_err(io_err(&file))?;
        Ok(backup)
    }
}

/// Writes `bytes` to `path` only if no file is there; returns whether it wrote.
fn create_new(path: &Path, bytes: &[u8]) -> Result<bool, WorkspaceError> {
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
    {
        Ok(mut f) => {
            f.write_all(bytes).map_err(io_err(path))?;
            Ok(true)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(source) => Err(WorkspaceError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// Writes a file atomically: to a temporary file in the same folder, flushed to disk, then
/// renamed over `path`, so a reader sees the old or the new content, never half of it; an
/// interrupted grader leaves the old one and no temporary file (see
/// [`crate::scratch::write_replacing`], which also says how devices and links are written).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    crate::scratch::write_replacing(&[(path, bytes)], true).map_err(|e| e.error)
}

/// A UTC timestamp usable in file names, e.g. `20261126T173200Z`.
pub fn timestamp(at: SystemTime) -> String {
    jiff::Timestamp::try_from(at)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string()
}

fn readme(catalog: &Catalog) -> String {
    let first = catalog
        .exercises
        .first()
        .map(|e| relative_file(&e.id))
        .unwrap_or_default();
    format!(
        "# Rust memory-management exercises\n\n\
         Each exercise is one file, `<chapter>/<name>.rs`, in book order (start with `{first}`).\n\
         Its instructions are in the book, next to the exercise.\n\n\
         - `grader check` grades the current exercise (the first one not solved); `grader check ID` grades one.\n\
         - `grader watch` grades each file as you save it.\n\
         - `grader progress` shows what is solved, chapter by chapter.\n\
         - `grader hint ID` shows one more hint each time.\n\
         - `grader solution ID` shows the reference solution once your version passes.\n\
         - `grader reset ID` restores the starter; your version is kept in `.grader/backups/`.\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_utc_calendar_dates() {
        let t = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(951_782_400 + 3_661);
        assert_eq!(timestamp(t), "20000229T010101Z");
    }

    #[test]
    fn atomic_writes_replace_the_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.json");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        // A link is followed, not replaced.
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        write_atomic(&link, b"three").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(&path).unwrap(), b"three");
    }

    #[test]
    fn a_device_is_written_in_place_not_replaced() {
        write_atomic(Path::new("/dev/null"), b"gone").unwrap();
        let meta = std::fs::metadata("/dev/null").unwrap();
        assert!(!meta.is_file(), "/dev/null must stay a device");
    }
}
