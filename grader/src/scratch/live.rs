//! What this process has under way that an interruption must undo: its scratch home (the one
//! folder holding every scratch folder it made), the child processes it runs, and the temporary
//! files of writes not yet renamed into place. All of it is kept behind one lock, which
//! [`shut_down`] takes and never gives back: everything that creates a folder, starts a child or
//! renames a file into place does so holding the lock, so after a shutdown nothing more is
//! started or written, and nothing is started between its look at the registry and the exit.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use super::owner::Owner;

/// A running child that can be stopped with everything it started.
pub(crate) trait Stop: Send + Sync + 'static {
    /// Kills the child and its process group; errors (already gone) are ignored.
    fn stop(&self);
}

#[derive(Default)]
struct Live {
    /// The scratch home, while any scratch folder lives.
    home: Option<PathBuf>,
    /// Scratch folders alive in the home.
    folders: usize,
    /// Running children, by registration number.
    children: Vec<(u64, Arc<dyn Stop>)>,
    /// Temporary files of writes under way, by registration number.
    staged: Vec<(u64, PathBuf)>,
    /// The next registration number.
    next: u64,
}

impl Live {
    fn number(&mut self) -> u64 {
        self.next += 1;
        self.next
    }
}

static LIVE: Mutex<Live> = Mutex::new(Live {
    home: None,
    folders: 0,
    children: Vec::new(),
    staged: Vec::new(),
    next: 0,
});

fn lock() -> MutexGuard<'static, Live> {
    LIVE.lock().unwrap_or_else(|p| p.into_inner())
}

/// Creates a folder named `prefix` and random characters in the scratch home (created first if
/// needed), and counts it until [`folder_gone`].
pub(super) fn new_folder(prefix: &str) -> std::io::Result<PathBuf> {
    let mut live = lock();
    let home = match &live.home {
        Some(home) => home.clone(),
        None => {
            // Private: the sandbox opens it for search only, to a program of another user.
            use std::os::unix::fs::PermissionsExt;
            let home = tempfile::Builder::new()
                .prefix(&Owner::prefix(Owner::me()))
                .permissions(std::fs::Permissions::from_mode(0o700))
                .tempdir()?
                .keep();
            live.home = Some(home.clone());
            home
        }
    };
    match tempfile::Builder::new().prefix(prefix).tempdir_in(&home) {
        Ok(dir) => {
            live.folders += 1;
            Ok(dir.keep())
        }
        Err(e) => {
            if live.folders == 0 {
                live.home = None;
                let _ = std::fs::remove_dir(&home);
            }
            Err(e)
        }
    }
}

/// Counts a scratch folder as removed; the home goes with the last one.
pub(super) fn folder_gone() {
    let mut live = lock();
    live.folders = live.folders.saturating_sub(1);
    if live.folders == 0
        && let Some(home) = live.home.take()
        && std::fs::remove_dir(&home).is_err()
    {
        let _ = super::remove_tree(&home);
    }
}

/// A child registered for [`shut_down`] until this is dropped; derefs to its handle.
pub(crate) struct Registered<H: Stop> {
    handle: Arc<H>,
    number: u64,
}

impl<H: Stop> std::ops::Deref for Registered<H> {
    type Target = H;

    fn deref(&self) -> &H {
        &self.handle
    }
}

impl<H: Stop> Drop for Registered<H> {
    fn drop(&mut self) {
        lock().children.retain(|(n, _)| *n != self.number);
    }
}

/// Starts `cmd` and registers the handle `handle` makes from its pid, so that [`shut_down`]
/// stops it: nothing can start after a shutdown, nor be left out of it.
pub(crate) fn spawn<H: Stop>(
    cmd: &mut Command,
    handle: impl FnOnce(u32) -> H,
) -> std::io::Result<(Child, Registered<H>)> {
    let mut live = lock();
    let child = cmd.spawn()?;
    let handle = Arc::new(handle(child.id()));
    let number = live.number();
    live.children.push((number, handle.clone()));
    Ok((child, Registered { handle, number }))
}

/// A file could not be written into place.
#[derive(Debug, thiserror::Error)]
#[error("{}: {error}", path.display())]
pub struct WriteError {
    /// The file that was to be written.
    pub path: PathBuf,
    /// Why it could not be (in the message, so not the error's source: said once by `{:#}`).
    pub error: std::io::Error,
}

/// Writes each `(path, bytes)`: to a temporary file in the same folder, then renamed over `path`,
/// so a reader sees the old or the new content, never half of it (with `sync`, the content is
/// on disk before the rename). The renames happen together, after every content is written: an
/// interruption ([`shut_down`]) either comes after all of them or leaves every file as it was,
/// and removes the temporary files. A failed write leaves no temporary file either, and its error
/// names `path`, not the temporary file.
///
/// Only regular files are replaced that way. A path naming a device, a pipe or a socket (such as
/// `/dev/null` or `/dev/stdout`) is written in place, and a symbolic link is followed to the file
/// it names: renaming over them would replace the device or the link itself.
pub fn write_replacing(files: &[(&Path, &[u8])], sync: bool) -> Result<(), WriteError> {
    let mut staged = Vec::new();
    let result = stage_all(files, sync, &mut staged).and_then(|()| {
        let _live = lock();
        staged.iter().try_for_each(|(_, tmp, target, path)| {
            std::fs::rename(tmp, target).map_err(|error| WriteError {
                path: path.to_path_buf(),
                error,
            })
        })
    });
    let mut live = lock();
    for (number, tmp, _, _) in &staged {
        if result.is_err() {
            let _ = std::fs::remove_file(tmp);
        }
        live.staged.retain(|(n, _)| n != number);
    }
    result
}

/// A staged write: registration number, temporary file, where it goes, and the path asked for.
type Staged<'a> = (u64, PathBuf, PathBuf, &'a Path);

/// Writes every file's content to a registered temporary file (devices in place).
fn stage_all<'a>(
    files: &[(&'a Path, &[u8])],
    sync: bool,
    staged: &mut Vec<Staged<'a>>,
) -> Result<(), WriteError> {
    for &(path, bytes) in files {
        let error = |error| WriteError {
            path: path.to_path_buf(),
            error,
        };
        let target = match std::fs::metadata(path) {
            Ok(meta) if !meta.is_file() => {
                std::fs::write(path, bytes).map_err(error)?;
                continue;
            }
            Ok(_) => std::fs::canonicalize(path).map_err(error)?,
            Err(_) => path.to_path_buf(),
        };
        let (number, tmp, mut file) = temporary_beside(&target).map_err(error)?;
        staged.push((number, tmp, target, path));
        file.write_all(bytes).map_err(error)?;
        if sync {
            file.sync_all().map_err(error)?;
        }
    }
    Ok(())
}

/// Creates and registers a new temporary file (`.tmp-<pid>-<number>`, readable and writable
/// by its owner only) in the folder of `target`.
fn temporary_beside(target: &Path) -> std::io::Result<(u64, PathBuf, std::fs::File)> {
    use std::os::unix::fs::OpenOptionsExt;
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut live = lock();
    loop {
        let number = live.number();
        let tmp = dir.join(format!(".tmp-{}-{number}", std::process::id()));
        let created = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp);
        match created {
            Ok(file) => {
                live.staged.push((number, tmp.clone()));
                return Ok((number, tmp, file));
            }
            // Left by an earlier process with this pid: take the next number.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && number < 1 << 20 => {}
            Err(e) => return Err(e),
        }
    }
}

/// What [`shut_down`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShutDown {
    /// Children stopped.
    pub children: usize,
    /// Temporary files of unfinished writes removed.
    pub writes: usize,
    /// Whether the scratch home is gone (true when there was none).
    pub folders_removed: bool,
}

/// Undoes what is under way, for a process about to exit on a signal: kills every registered
/// child with its process group, removes the temporary files of unfinished writes and the
/// scratch home with every scratch folder in it. From then on, creating a scratch folder,
/// starting a child or finishing a write blocks for ever: call it only right before exiting.
pub fn shut_down() -> ShutDown {
    let live = lock();
    for (_, child) in &live.children {
        child.stop();
    }
    for (_, tmp) in &live.staged {
        let _ = std::fs::remove_file(tmp);
    }
    let mut folders_removed = true;
    if let Some(home) = &live.home {
        // A killed child may still be finishing a system call that creates a file there.
        folders_removed = (0..5).any(|attempt| {
            if attempt > 0 {
                std::thread::sleep(Duration::from_millis(20));
            }
            super::remove_tree(home).is_ok() && !home.exists()
        });
    }
    let done = ShutDown {
        children: live.children.len(),
        writes: live.staged.len(),
        folders_removed,
    };
    std::mem::forget(live);
    done
}
