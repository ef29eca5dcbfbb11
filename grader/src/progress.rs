//! A learner's progress, kept in `.grader/progress.json`: for each exercise whether it is solved,
//! attempted or not started, how many hints were shown, and whether it ever passed (which unlocks
//! its solution). It is written atomically; a corrupt file is reported, backed up next to itself
//! and rebuilt by re-grading the learner's files, never silently dropped.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::check::Checker;
use crate::verdict::{Status, Verdict};
use crate::workspace::{Workspace, timestamp, write_atomic};

/// Where a learner stands on one exercise.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// Never graded.
    #[default]
    NotStarted,
    /// Graded, and the latest grading did not pass.
    Attempted,
    /// The latest grading passed.
    Solved,
}

/// What is recorded for one exercise.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The state after the latest grading.
    #[serde(default)]
    pub state: State,
    /// How many times it was graded.
    #[serde(default)]
    pub attempts: u32,
    /// How many hints were shown.
    #[serde(default)]
    pub hints_shown: u32,
    /// Whether the learner's version ever passed.
    #[serde(default)]
    pub passed_once: bool,
    /// Whether the learner asked for the solution before passing.
    #[serde(default)]
    pub gave_up: bool,
    /// The latest verdict's message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_message: Option<String>,
}

/// The progress of one learner.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// The format version, 1.
    pub version: u32,
    /// Per exercise id.
    pub exercises: BTreeMap<String, Entry>,
}

/// Why the progress file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ProgressError {
    /// The file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The progress file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is not a progress document.
    #[error("{path} is corrupt: {message}")]
    Corrupt {
        /// The progress file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
}

impl Progress {
    /// An empty progress document.
    pub fn new() -> Progress {
        Progress {
            version: 1,
            exercises: BTreeMap::new(),
        }
    }

    /// Reads the progress file; a missing file is an empty progress.
    pub fn load(path: &Path) -> Result<Progress, ProgressError> {
        let text = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Progress::new()),
            Err(source) => {
                return Err(ProgressError::Io {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        let corrupt = |message: String| ProgressError::Corrupt {
            path: path.to_path_buf(),
            message,
        };
        let progress: Progress =
            serde_json::from_slice(&text).map_err(|e| corrupt(e.to_string()))?;
        if progress.version != 1 {
            return Err(corrupt(format!(
                "unknown version {}, expected 1",
                progress.version
            )));
        }
        Ok(progress)
    }

    /// Writes the progress file atomically.
    pub fn save(&self, path: &Path) -> Result<(), ProgressError> {
        let text = serde_json::to_string_pretty(self).map_err(|e| ProgressError::Corrupt {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        write_atomic(path, text.as_bytes()).map_err(|source| ProgressError::Io {
            path: path.to_path_buf(),
            source,
        })
    }

    /// Changes the progress file with `change`, on its content as it is on disk now (not as some
    /// process read it before a long check), and saves it; returns the new progress. Another
    /// grader working on the same workspace (`grader serve` saving a check from the page while
    /// `grader watch` runs) thus never has its record overwritten by an older copy.
    pub fn change(
        path: &Path,
        change: impl FnOnce(&mut Progress),
    ) -> Result<Progress, ProgressError> {
        // Read, change and write under an advisory lock on a file beside it (the progress file
        // itself is replaced by a rename, so it cannot carry the lock), so that two graders
        // changing it at once never lose one's record.
        let lock_path = path.with_extension("json.lock");
        let io = |source| ProgressError::Io {
            path: lock_path.clone(),
            source,
        };
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(io)?;
        rustix::fs::flock(&lock, rustix::fs::FlockOperation::LockExclusive)
            .map_err(|e| io(e.into()))?;
        let mut progress = Progress::load(path)?;
        change(&mut progress);
        progress.save(path)?;
        Ok(progress)
    }

    /// Moves a corrupt progress file aside to `progress.json.corrupt-<timestamp>`; returns where.
    pub fn back_up_corrupt(path: &Path) -> Result<PathBuf, ProgressError> {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let backup =
            path.with_file_name(format!("{name}.corrupt-{}", timestamp(SystemTime::now())));
        std::fs::copy(path, &backup).map_err(|source| ProgressError::Io {
            path: backup.clone(),
            source,
        })?;
        Ok(backup)
    }

    /// The entry for `id` (a default one when nothing is recorded).
    pub fn entry(&self, id: &str) -> Entry {
        self.exercises.get(id).cloned().unwrap_or_default()
    }

    /// The entry for `id`, to change.
    pub fn entry_mut(&mut self, id: &str) -> &mut Entry {
        self.exercises.entry(id.to_string()).or_default()
    }

    /// Records a grading of `id`.
    pub fn record(&mut self, id: &str, verdict: &Verdict) {
        let entry = self.entry_mut(id);
        entry.attempts += 1;
        entry.last_message = Some(verdict.message());
        if verdict.status == Status::Pass {
            entry.state = State::Solved;
            entry.passed_once = true;
        } else {
            entry.state = State::Attempted;
        }
    }

    /// The current exercise: the first of `ids` (book order) not solved.
    pub fn current<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
        ids.into_iter()
            .find(|id| self.entry(id).state != State::Solved)
    }

    /// Rebuilds progress by grading every learner file that differs from its starter (an
    /// unchanged starter is "not started"). Hint counts cannot be recovered.
    pub fn rebuild(ws: &Workspace, catalog: &Catalog, checker: &Checker) -> Progress {
        let mut graded = Vec::new();
        let mut cases = Vec::new();
        for ex in catalog.exercises.iter().filter(|e| ws.ids.contains(&e.id)) {
            let Ok(source) = std::fs::read_to_string(ws.file_of(&ex.id)) else {
                continue;
            };
            if crate::workspace::header::is_unchanged(ex, &source) {
                continue;
            }
            graded.push(ex.id.clone());
            cases.push(crate::workspace::header::case(ex, source));
        }
        let verdicts = checker.check_all(&cases, 0, &|_, _| {});
        let mut progress = Progress::new();
        for (id, verdict) in graded.iter().zip(&verdicts) {
            progress.record(id, verdict);
        }
        progress
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graders_changing_the_progress_at_the_same_time_lose_no_record() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("progress.json");
        std::thread::scope(|s| {
            for t in 0..8 {
                let path = &path;
                s.spawn(move || {
                    for i in 0..15 {
                        Progress::change(path, |p| p.entry_mut(&format!("c/{t}-{i}")).attempts = 1)
                            .unwrap();
                    }
                });
            }
        });
        let all = Progress::load(&path).unwrap();
        let missing: Vec<String> = (0..8)
            .flat_map(|t| (0..15).map(move |i| format!("c/{t}-{i}")))
            .filter(|id| all.entry(id).attempts != 1)
            .collect();
        assert!(missing.is_empty(), "records lost: {missing:?}");
    }

    #[test]
    fn a_change_keeps_what_another_grader_recorded_meanwhile() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("progress.json");
        let older = Progress::load(&path).unwrap();
        // Another grader (the page through `grader serve`) records a pass meanwhile.
        Progress::change(&path, |p| p.entry_mut("a/one").state = State::Solved).unwrap();
        let now = Progress::change(&path, |p| p.entry_mut("a/two").attempts = 1).unwrap();
        assert_eq!(now.entry("a/one").state, State::Solved);
        assert_eq!(Progress::load(&path).unwrap(), now);
        assert_ne!(older, now);
    }

    #[test]
    fn a_missing_file_is_empty_progress_and_garbage_is_corrupt() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("progress.json");
        assert_eq!(Progress::load(&path).unwrap(), Progress::new());
        std::fs::write(&path, "{not json").unwrap();
        let err = Progress::load(&path).unwrap_err().to_string();
        assert!(err.contains("is corrupt"), "{err}");
    }

    #[test]
    fn the_current_exercise_is_the_first_unsolved() {
        let mut p = Progress::new();
        p.entry_mut("a/one").state = State::Solved;
        assert_eq!(p.current(["a/one", "a/two"]), Some("a/two"));
        p.entry_mut("a/two").state = State::Solved;
        assert_eq!(p.current(["a/one", "a/two"]), None);
    }
}
