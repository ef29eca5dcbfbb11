//! The start-up cache: answers that cost a process each to find (the toolchain's identity, the
//! sandbox probe) kept on disk between runs, so that one `grader check --file` starts only the
//! compile it needs.
//!
//! Each entry is one small JSON file holding the full key it was stored under and the answer; it
//! is used only when the stored key equals the key computed now, byte for byte (the file name is
//! a hash of the key, the comparison is not). A missing, unreadable, malformed or mismatched entry
//! is simply found again and rewritten. The callers build keys from everything that could change
//! the answer (see `toolchain.rs` here and the `grader` crate's `sandbox/probe_cache.rs`); deleting
//! the folder is always safe.
//!
//! Because an entry names the program run as rustc, only entries in a folder and file that this
//! user owns and nobody else can write are read (the folder is created private).
//!
//! Location: `$GRADER_CACHE_DIR/startup` if that variable is set (`off` or empty disables this
//! cache as it disables the verdict cache), else `$XDG_CACHE_HOME/grader/startup`, else
//! `~/.cache/grader/startup`.

use std::path::PathBuf;

use serde::{Deserialize, Serialize, de::DeserializeOwned};
use sha2::{Digest, Sha256};

/// Bumped whenever the stored form or the meaning of an entry changes.
const SCHEMA: &str = "grader-startup-cache-v1";

#[derive(Serialize, Deserialize)]
struct Entry<T> {
    key: String,
    value: T,
}

/// The folder entries are kept in, or `None` when the cache is off or no location is known.
pub fn dir() -> Option<PathBuf> {
    Some(cache_dir("GRADER_CACHE_DIR", "grader")?.join("startup"))
}

/// Where a cache lives: the folder `variable` names when it is set (`off` or empty turn the
/// cache off), else `default` inside the user's cache folder (`$XDG_CACHE_HOME`, else
/// `~/.cache`); `None` when the cache is off or no location is known. Every cache of the
/// workspace's tools is placed by this one rule.
pub fn cache_dir(variable: &str, default: &str) -> Option<PathBuf> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(v) = std::env::var_os(variable) {
        if v.is_empty() || v == "off" {
            return None;
        }
        return Some(PathBuf::from(v));
    }
    let base = var("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| var("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join(default))
}

fn path(kind: &str, key: &str) -> Option<PathBuf> {
    let mut h = Sha256::new();
    h.update(SCHEMA.as_bytes());
    h.update([0]);
    h.update(key.as_bytes());
    let hex: String = h.finalize()[..12]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Some(dir()?.join(format!("{kind}-{hex}.json")))
}

/// Whether `meta` belongs to this user and nobody else may write it: an entry in a folder that
/// others can write (a shared `GRADER_CACHE_DIR`, say) could name another program as rustc.
fn ours(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    meta.uid() == rustix::process::geteuid().as_raw() && meta.mode() & 0o022 == 0
}

/// The answer stored for `kind` under exactly `key`, if any, in a file and folder only this
/// user can write.
pub fn load<T: DeserializeOwned>(kind: &str, key: &str) -> Option<T> {
    let path = path(kind, key)?;
    let file = std::fs::symlink_metadata(&path).ok()?;
    let folder = std::fs::symlink_metadata(path.parent()?).ok()?;
    if !file.is_file() || !folder.is_dir() || !ours(&file) || !ours(&folder) {
        return None;
    }
    let text = std::fs::read_to_string(&path).ok()?;
    let entry: Entry<T> = serde_json::from_str(&text).ok()?;
    (entry.key == key).then_some(entry.value)
}

/// Stores `value` for `kind` under `key`, atomically (a reader sees the old entry or the new one).
/// Failures are ignored: the cache only ever saves work.
pub fn store<T: Serialize>(kind: &str, key: &str, value: &T) {
    let Some(path) = path(kind, key) else { return };
    let Some(parent) = path.parent() else { return };
    let entry = Entry {
        key: key.to_string(),
        value,
    };
    let Ok(text) = serde_json::to_string(&entry) else {
        return;
    };
    if make_private_dir(parent).is_err() {
        return;
    }
    let _ = write_cache_entry(&path, text.as_bytes());
}

/// Writes a cache entry (of this cache or another tool cache placed by [`cache_dir`]): `bytes` to a new temporary file beside `path` (readable and writable by
/// this user only), then renamed over `path`, so a reader sees the old entry or the new one,
/// never half of one. A failed write removes its temporary file. Only for this cache, whose
/// entries may be lost at any time: files a learner or an instructor reads are written by the
/// grader's `scratch::write_replacing`, which also undoes writes cut short by an interruption.
pub fn write_cache_entry(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(std::path::Path::new("."));
    let mut tmp = tempfile::Builder::new().prefix(".tmp-").tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.persist(path).map(drop).map_err(|e| e.error)
}

/// Creates `dir` (and its parents) readable and writable by this user only, or makes an existing
/// one of this user's so.
fn make_private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    if let Some(parent) = dir.parent() {
        std::fs::create_dir_all(parent)?;
    }
    match std::fs::DirBuilder::new().mode(0o700).create(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        other => other?,
    }
    let meta = std::fs::symlink_metadata(dir)?;
    if meta.is_dir() && !ours(&meta) {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// A file's identity for a key: device, inode, size, modification and change times (the change
/// time cannot be set back by a user), or `absent`. Follows symbolic links.
pub fn file_identity(path: &std::path::Path) -> String {
    use std::os::unix::fs::MetadataExt;
    match std::fs::metadata(path) {
        Ok(m) => format!(
            "{}:{}:{}:{}.{}:{}.{}",
            m.dev(),
            m.ino(),
            m.size(),
            m.mtime(),
            m.mtime_nsec(),
            m.ctime(),
            m.ctime_nsec()
        ),
        Err(_) => "absent".to_string(),
    }
}

/// The running grader binary's path and identity: a rebuilt or reinstalled grader never trusts
/// what an older one stored.
pub fn exe_identity() -> String {
    match std::env::current_exe() {
        Ok(p) => format!("{}={}", p.display(), file_identity(&p)),
        Err(_) => "unknown".to_string(),
    }
}
