//! A content-addressed cache of verdicts. The key is a SHA-256 of everything a verdict depends
//! on: the grader binary that judges (its size and modification time), the rustc version, host
//! and sysroot, the checker's limits, the isolation asked for and the protections in force, and
//! the case (file name, edition, source, expectation). Each entry also records the rustc version
//! and is ignored when it differs, so a cache is never trusted across toolchains. Entries are plain files; deleting the directory is
//! always safe. Verdicts that depend on the machine's load (time-outs, memory limits, errors of
//! the check itself) are never stored.
//!
//! Location: `$GRADER_CACHE_DIR` if set (`off` or empty disables the cache), else
//! `$XDG_CACHE_HOME/grader/verdicts`, else `~/.cache/grader/verdicts`.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::check::{Case, Checker};
use crate::verdict::{Status, Verdict};

/// Bumped whenever the stored form or the meaning of an entry changes.
const SCHEMA: &str = "grader-verdict-cache-v4";

/// A verdict cache in one directory.
#[derive(Debug, Clone)]
pub struct VerdictCache {
    dir: PathBuf,
    toolchain: String,
    salt: String,
}

/// What is stored per entry: the verdict itself and the toolchain that produced it.
#[derive(Serialize, Deserialize)]
struct Entry {
    toolchain: String,
    verdict: Verdict,
}

impl VerdictCache {
    /// The cache in `dir` for verdicts of `checker`.
    pub fn new(dir: impl Into<PathBuf>, checker: &Checker) -> VerdictCache {
        let exe = std::env::current_exe()
            .and_then(std::fs::metadata)
            .map(|m| format!("{}:{:?}", m.len(), m.modified().ok()))
            .unwrap_or_default();
        let t = &checker.toolchain;
        VerdictCache {
            dir: dir.into(),
            toolchain: t.version.clone(),
            salt: format!(
                "{SCHEMA}\n{exe}\n{}\n{}\n{}\n{:?}\n{:?}\n{:?}",
                t.version,
                t.host,
                t.sysroot.display(),
                checker.limits,
                checker.isolation,
                checker.isolation_report()
            ),
        }
    }

    /// The cache at the default location for `checker` (see the module docs), or `None` when
    /// disabled or no location is known.
    pub fn from_env(checker: &Checker) -> Option<VerdictCache> {
        let dir = crate::startup_cache::cache_dir("GRADER_CACHE_DIR", "grader/verdicts")?;
        Some(VerdictCache::new(dir, checker))
    }

    /// The directory entries are kept in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, case: &Case) -> PathBuf {
        let mut h = Sha256::new();
        for part in [
            self.salt.as_str(),
            case.file_name.as_str(),
            case.edition.as_str(),
            &serde_json::to_string(&case.expect).unwrap_or_default(),
            &serde_json::to_string(&case.rules).unwrap_or_default(),
            case.source.as_str(),
        ] {
            h.update((part.len() as u64).to_le_bytes());
            h.update(part.as_bytes());
        }
        let hex: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        self.dir.join(&hex[..2]).join(format!("{hex}.json"))
    }

    /// The stored verdict for `case`, if any was stored by the same toolchain.
    pub fn get(&self, case: &Case) -> Option<Verdict> {
        let text = std::fs::read_to_string(self.path(case)).ok()?;
        let e: Entry = serde_json::from_str(&text).ok()?;
        if e.toolchain != self.toolchain
            || e.verdict.expected != case.expect
            || e.verdict.status == Status::Error
        {
            return None;
        }
        let mut v = e.verdict;
        v.duration_ms = 0;
        Some(v)
    }

    /// Stores `verdict` for `case` unless it depends on more than the case (see the module
    /// docs). Failures to write are ignored: the cache only ever saves work.
    pub fn put(&self, case: &Case, verdict: &Verdict) {
        if verdict.status == Status::Error || verdict.stopped.is_some() {
            return;
        }
        let mut stored = verdict.clone();
        stored.isolation = None;
        let entry = Entry {
            toolchain: self.toolchain.clone(),
            verdict: stored,
        };
        let path = self.path(case);
        let Some(parent) = path.parent() else { return };
        let Ok(text) = serde_json::to_string(&entry) else {
            return;
        };
        if std::fs::create_dir_all(parent).is_err() {
            return;
        }
        let _ = crate::scratch::write_replacing(&[(&path, text.as_bytes())], false);
    }
}
