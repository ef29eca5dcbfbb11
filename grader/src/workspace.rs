//! A learner's workspace: a folder holding every exercise's file at `<chapter>/<name>.rs` (each
//! opening with a comment header, `header.rs`), a short README, a generated `Cargo.toml` for
//! editors (`manifest.rs`), and `.grader/` with the marker `workspace.toml` (the version of the
//! exercise set it was made from, never a path, and which exercises were handed out), the
//! progress file and backups. It is found by walking up from the current directory, as cargo
//! finds `Cargo.toml`. Nothing a learner wrote is ever overwritten: `init` only adds missing
//! files (and rewrites its own manifest, keeping the old one in a backup) and `reset` backs the
//! learner's version up first.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::spec::Exercise;

pub mod header;
pub mod manifest;
mod save;
mod version;

pub use save::{FileView, Saved, file_version};
pub use version::exercise_set_hash;

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
    /// The version of the exercise set it was made from (see [`exercise_set_hash`]); `None` for
    /// a workspace made by a grader that recorded a path instead.
    pub exercise_set: Option<String>,
    /// The ids of the exercises handed out, in book order.
    pub ids: Vec<String>,
}

/// What the marker file holds.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Marker {
    /// The format version: 2 (1 recorded the exercises' folder instead of a version).
    version: u32,
    /// The version of the exercise set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    exercise_set: Option<String>,
    /// The book's exercises folder, in version 1 markers; read and ignored.
    #[serde(default, rename = "exercises", skip_serializing)]
    _exercises: Option<PathBuf>,
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

pub(crate) fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> WorkspaceError + '_ {
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
    /// Where the previous `Cargo.toml` was kept when the manifest was rewritten, or the
    /// learner's own `Cargo.toml` (one not written by the grader), left as it is.
    pub manifest_note: Option<String>,
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
            exercise_set: marker.exercise_set,
            ids: marker.ids,
        })
    }

    /// Creates a workspace in `dir` (or adds to the one there) with every exercise of `catalog`,
    /// recording `exercise_set` as the version it was made from: missing files are written (each
    /// exercise's header then its starter), existing ones are never touched; the manifest is
    /// written anew, the old one kept in a backup when it differs.
    pub fn init(
        dir: &Path,
        catalog: &Catalog,
        exercise_set: &str,
    ) -> Result<InitOutcome, WorkspaceError> {
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
            if create_new(&path, starter_file(ex).as_bytes())? {
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
        create_new(&root.join(".gitignore"), b"/target\n")?;
        create_new(
            &root.join("rust-analyzer.toml"),
            manifest::RUST_ANALYZER.as_bytes(),
        )?;
        let handed_out = catalog.exercises.iter().filter(|e| ids.contains(&e.id));
        let manifest_note = manifest::write(&root, handed_out)?;
        let marker = Marker {
            version: 2,
            exercise_set: Some(exercise_set.to_string()),
            _exercises: None,
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
                exercise_set: Some(exercise_set.to_string()),
                ids,
            },
            created,
            kept,
            manifest_note,
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
            Ok(bytes) => Some(self.back_up(ex, &bytes, "")?),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(source) => return Err(WorkspaceError::Io { path: file, source }),
        };
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).map_err(io_err(parent))?;
        }
        write_atomic(&file, starter_file(ex).as_bytes()).map_err(io_err(&file))?;
        Ok(backup)
    }
}

/// What a workspace file holds before the learner edits it: the header, then the starter.
pub fn starter_file(ex: &Exercise) -> String {
    format!("{}{}", header::header(ex), ex.starter)
}

/// Writes `bytes` to `path` only if no file is there; returns whether it wrote.
pub(crate) fn create_new(path: &Path, bytes: &[u8]) -> Result<bool, WorkspaceError> {
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
    let secs = match at.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).ok(),
        Err(before) => i64::try_from(before.duration().as_secs()).ok().map(|s| -s),
    };
    secs.and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .unwrap_or(chrono::DateTime::UNIX_EPOCH)
        .format("%Y%m%dT%H%M%SZ")
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
         Its header says what to do, what a correct answer does and how it is graded; the book\n\
         explains the why, next to the exercise. The folder is a Cargo project, so your editor's\n\
         rust-analyzer works on every file (`cargo check --bin NAME` checks one).\n\n\
         - `grader watch` grades the current exercise and each file as you save it (keys: h hint,\n  \
           n next, l list, r reset, c check, q quit).\n\
         - `grader check` grades the current exercise (the first one not solved); `grader check ID` grades one.\n\
         - `grader list` shows every exercise with its status and points; `grader progress` sums them up by chapter.\n\
         - `grader hint` shows one more hint each time.\n\
         - `grader solution` shows the reference solution once your version passes.\n\
         - `grader reset` restores the starter; your version is kept in `.grader/backups/`.\n\n\
         Each command takes an exercise id (`grader hint borrowing/two-mutable-borrows`); without\n\
         one it works on the current exercise.\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_timestamp_is_utc_seconds_fit_for_a_file_name() {
        let at = SystemTime::UNIX_EPOCH + std::time::Duration::from_millis(1_764_790_320_999);
        assert_eq!(timestamp(at), "20251203T193200Z");
        assert_eq!(timestamp(SystemTime::UNIX_EPOCH), "19700101T000000Z");
    }

    #[test]
    fn a_workspace_made_when_markers_recorded_a_path_still_opens() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(STATE_DIR)).unwrap();
        std::fs::write(
            dir.path().join(STATE_DIR).join(MARKER_FILE),
            "version = 1\nexercises = \"/gone/exercises\"\nids = [\"a/b\"]\n",
        )
        .unwrap();
        let ws = Workspace::open(dir.path()).unwrap();
        assert_eq!(ws.ids, ["a/b"]);
        assert_eq!(ws.exercise_set, None);
    }

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
