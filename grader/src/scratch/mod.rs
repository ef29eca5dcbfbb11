//! The one home of the grader's scratch folders, and what makes an interrupted grader leave
//! nothing behind.
//!
//! Every temporary folder a check compiles and runs in is a [`Folder`], made inside this
//! process's scratch home, `$TMPDIR/grader-<pid namespace>-<pid>-<start time>-<random>`. The home
//! exists while any folder does, and its name says which process made it (`owner.rs`): when a
//! grader is killed outright (`SIGKILL`, the out-of-memory killer), the next one finds the homes
//! whose process is gone and removes them ([`sweep`]) — only folders with such a name, owned by
//! this user, made in this pid namespace by a process that is gone; never another program's.
//!
//! On `SIGINT`, `SIGTERM` or `SIGHUP` the command line calls [`shut_down`] (`live.rs`): it kills
//! every child process the grader started (registered by [`crate::process`]), removes the home
//! and the temporary files of writes not yet in place, and lets nothing more start or be
//! written. Files are written into place with [`write_replacing`], atomically.

use std::path::{Path, PathBuf};

mod live;
mod owner;

pub use live::{ShutDown, WriteError, shut_down, write_replacing};
pub(crate) use live::{Stop, spawn};

/// A scratch folder: a fresh, private folder in this process's scratch home, removed with
/// everything in it when dropped (or by [`shut_down`], or by a later grader's [`sweep`]).
#[derive(Debug)]
pub struct Folder {
    path: PathBuf,
}

impl Folder {
    /// A new folder named `prefix` followed by random characters.
    pub fn new(prefix: &str) -> std::io::Result<Folder> {
        live::new_folder(prefix).map(|path| Folder { path })
    }

    /// Where it is.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = remove_tree(&self.path);
        live::folder_gone();
    }
}

/// What [`sweep`] found.
#[derive(Debug, Default)]
pub struct Swept {
    /// The folder looked in (the system's temporary folder).
    pub dir: PathBuf,
    /// Scratch homes left by graders that are gone.
    pub found: usize,
    /// How many of them were removed.
    pub removed: usize,
    /// The ones that could not be, and why.
    pub failed: Vec<(PathBuf, std::io::Error)>,
}

/// Removes the scratch homes left in the system's temporary folder by graders that were killed
/// before they could: folders named as this module names them, owned by this user, whose process
/// (in this pid namespace) is gone. Anything else is left alone, and so is everything when this
/// process cannot tell (no `/proc`).
pub fn sweep() -> Swept {
    use std::os::unix::fs::MetadataExt;
    let dir = std::env::temp_dir();
    let mut swept = Swept {
        dir: dir.clone(),
        ..Swept::default()
    };
    let (Some(me), Ok(entries)) = (owner::Owner::me(), std::fs::read_dir(&dir)) else {
        return swept;
    };
    let uid = rustix::process::geteuid().as_raw();
    for entry in entries.flatten() {
        let Some(owner) = entry.file_name().to_str().and_then(owner::Owner::of) else {
            continue;
        };
        let path = entry.path();
        let ours = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir() && m.uid() == uid);
        if owner == me || !ours || owner.alive() != Some(false) {
            continue;
        }
        swept.found += 1;
        match remove_tree(&path) {
            Ok(()) => swept.removed += 1,
            Err(e) => swept.failed.push((path, e)),
        }
    }
    swept
}

/// Removes `path` and everything under it, never following a symbolic link; a folder a program
/// made unreadable or unwritable (to its owner) is opened up first. A path already gone is fine.
pub(crate) fn remove_tree(path: &Path) -> std::io::Result<()> {
    let gone = |r: std::io::Result<()>| match r {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        other => other,
    };
    if gone(std::fs::remove_dir_all(path)).is_ok() {
        return Ok(());
    }
    open_up(path);
    gone(std::fs::remove_dir_all(path))
}

/// Gives the owner of every folder under `root` (itself included) read, write and search
/// permission; errors are ignored. A folder is opened without following links and changed
/// through its descriptor; only one its owner cannot even open (which root always can) is
/// changed by path, which then changes nothing but this user's own files.
fn open_up(root: &Path) {
    use rustix::fs::{Mode, OFlags};
    use std::os::unix::fs::PermissionsExt;
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    let mut todo = vec![root.to_path_buf()];
    while let Some(dir) = todo.pop() {
        match rustix::fs::open(&dir, flags, Mode::empty()) {
            Ok(fd) => {
                if let Ok(stat) = rustix::fs::fstat(&fd) {
                    let _ = rustix::fs::fchmod(&fd, Mode::from_raw_mode(stat.st_mode) | Mode::RWXU);
                }
            }
            Err(_) => match std::fs::symlink_metadata(&dir) {
                Ok(meta) if meta.is_dir() => {
                    let mode = meta.permissions().mode() | 0o700;
                    let _ = std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(mode));
                }
                _ => continue,
            },
        }
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                todo.push(entry.path());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_lives_in_a_home_named_after_this_process_and_goes_when_dropped() {
        use std::os::unix::fs::PermissionsExt;
        let folder = Folder::new("grader-test-").unwrap();
        let home = folder.path().parent().unwrap().to_path_buf();
        let name = home.file_name().unwrap().to_str().unwrap();
        if let Some(me) = owner::Owner::me() {
            assert_eq!(owner::Owner::of(name), Some(me), "{name}");
        }
        assert_eq!(home.parent(), Some(std::env::temp_dir().as_path()));
        // What a program may leave: a folder closed even to its owner, holding a file.
        let closed = folder.path().join("closed");
        std::fs::create_dir(&closed).unwrap();
        std::fs::write(closed.join("f"), "x").unwrap();
        std::fs::set_permissions(&closed, std::fs::Permissions::from_mode(0o000)).unwrap();
        let path = folder.path().to_path_buf();
        drop(folder);
        assert!(!path.exists(), "{}", path.display());
    }
}
