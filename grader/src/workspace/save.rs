//! Saving code into a learner's file from somewhere else than the learner's editor (the page
//! served by `grader serve`), without ever losing what the learner wrote: the save names the
//! version of the file it was based on ([`file_version`]), and a file changed on disk since
//! then is left as it is (the code that was to be saved goes to a backup instead); a save that
//! goes through keeps the file's previous version in a backup, as `grader reset` does. The
//! file's header stays as it is on disk; the code saved is what goes below it.

use std::path::PathBuf;
use std::time::SystemTime;

use super::{BACKUP_DIR, STATE_DIR, Workspace, WorkspaceError, create_new, header, io_err};
use crate::spec::Exercise;

/// The version of a file's content: 64-bit FNV-1a of its bytes, in 16 hex digits ("missing"
/// for a file that is not there).
pub fn file_version(bytes: Option<&[u8]>) -> String {
    let Some(bytes) = bytes else {
        return "missing".to_string();
    };
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// A learner's file as another tool shows it: the header apart from the code below it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileView {
    /// The header (empty when the learner deleted it).
    pub header: String,
    /// The code below the header.
    pub code: String,
    /// The number of the file's first line of code (1 without a header).
    pub first_line: usize,
    /// The file's version ([`file_version`]).
    pub version: String,
}

/// What [`Workspace::save`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// The file was written (or already held that code); the previous version is in `backup`
    /// when it differed.
    Written {
        /// The file as it is now.
        view: FileView,
        /// Where the previous version was kept.
        backup: Option<PathBuf>,
    },
    /// The file changed since the version the save was based on: it was left as it is, and the
    /// code that was to be saved is in `kept`.
    Conflict {
        /// Where the code that was not saved was kept.
        kept: PathBuf,
    },
}

impl Workspace {
    /// The learner's file for `ex` as header and code; the starter (with its header) when the
    /// file is missing, with the version "missing".
    pub fn view(&self, ex: &Exercise) -> Result<FileView, WorkspaceError> {
        let path = self.file_of(&ex.id);
        match std::fs::read(&path) {
            Ok(bytes) => Ok(split(
                &String::from_utf8_lossy(&bytes),
                file_version(Some(&bytes)),
            )),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Ok(split(&super::starter_file(ex), file_version(None)))
            }
            Err(source) => Err(WorkspaceError::Io { path, source }),
        }
    }

    /// Saves `code` as what is below the header of `ex`'s file, if the file is still at
    /// `base` (its version when the code was loaded); see the module documentation.
    pub fn save(&self, ex: &Exercise, code: &str, base: &str) -> Result<Saved, WorkspaceError> {
        let path = self.file_of(&ex.id);
        let old = match std::fs::read(&path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(source) => return Err(WorkspaceError::Io { path, source }),
        };
        if file_version(old.as_deref()) != base {
            let kept = self.back_up(ex, code.as_bytes(), "page")?;
            return Ok(Saved::Conflict { kept });
        }
        let header_text = match &old {
            Some(bytes) => split(&String::from_utf8_lossy(bytes), String::new()).header,
            None => header::header(ex),
        };
        let new = format!("{header_text}{code}");
        if old.as_deref() == Some(new.as_bytes()) {
            return Ok(Saved::Written {
                view: split(&new, file_version(Some(new.as_bytes()))),
                backup: None,
            });
        }
        let backup = match &old {
            Some(bytes) => Some(self.back_up(ex, bytes, "")?),
            None => None,
        };
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io_err(parent))?;
        }
        super::write_atomic(&path, new.as_bytes()).map_err(io_err(&path))?;
        Ok(Saved::Written {
            view: split(&new, file_version(Some(new.as_bytes()))),
            backup,
        })
    }

    /// Copies `bytes` to `.grader/backups/<chapter>/<name>.<timestamp>[.<tag>].rs`, a new file
    /// each time; returns its path.
    pub fn back_up(
        &self,
        ex: &Exercise,
        bytes: &[u8],
        tag: &str,
    ) -> Result<PathBuf, WorkspaceError> {
        let name = ex.id.rsplit('/').next().unwrap_or(&ex.id);
        let dir = self.root.join(STATE_DIR).join(BACKUP_DIR).join(&ex.chapter);
        std::fs::create_dir_all(&dir).map_err(io_err(&dir))?;
        let stamp = super::timestamp(SystemTime::now());
        let tag = if tag.is_empty() {
            String::new()
        } else {
            format!(".{tag}")
        };
        let mut path = dir.join(format!("{name}.{stamp}{tag}.rs"));
        let mut n = 1;
        while !create_new(&path, bytes)? {
            n += 1;
            path = dir.join(format!("{name}.{stamp}-{n}{tag}.rs"));
        }
        Ok(path)
    }
}

/// Splits a file's text into header and code.
fn split(text: &str, version: String) -> FileView {
    let code = header::strip_header(text);
    let header = &text[..text.len() - code.len()];
    FileView {
        header: header.to_string(),
        code: code.to_string(),
        first_line: header::header_lines(text) + 1,
        version,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn workspace() -> (tempfile::TempDir, Workspace, Exercise) {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("ex");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("exercise.toml"),
            "title = \"T\"\nkind = \"compile-fail\"\ncodes = [\"E0499\"]\npoints = 1\nhints = [\"h\"]\n\n[starter]\nkind = \"compile-pass\"\n",
        )
        .unwrap();
        std::fs::write(dir.join("starter.rs"), "fn main() {}\n").unwrap();
        std::fs::write(dir.join("solution.rs"), "fn main() {}\n").unwrap();
        std::fs::write(dir.join("instructions.md"), "Do it.").unwrap();
        let ex = crate::spec::load_exercise("a/two", &dir).unwrap();
        let ws = Workspace {
            root: tmp.path().join("ws"),
            exercise_set: None,
            ids: vec![ex.id.clone()],
        };
        std::fs::create_dir_all(ws.root.join("a")).unwrap();
        std::fs::write(ws.file_of(&ex.id), super::super::starter_file(&ex)).unwrap();
        (tmp, ws, ex)
    }

    #[test]
    fn a_save_keeps_the_header_and_backs_the_old_version_up() {
        let (_tmp, ws, ex) = workspace();
        let before = ws.view(&ex).unwrap();
        assert_eq!(before.code, "fn main() {}\n");
        assert!(before.first_line > 1);
        let Saved::Written { view, backup } =
            ws.save(&ex, "fn main() { }\n", &before.version).unwrap()
        else {
            panic!("written")
        };
        assert_eq!(view.header, before.header);
        assert_eq!(view.code, "fn main() { }\n");
        let on_disk = std::fs::read_to_string(ws.file_of(&ex.id)).unwrap();
        assert_eq!(on_disk, format!("{}fn main() {{ }}\n", before.header));
        let backup = backup.expect("a backup of the old version");
        assert_eq!(
            std::fs::read_to_string(backup).unwrap(),
            format!("{}fn main() {{}}\n", before.header)
        );
    }

    #[test]
    fn a_file_changed_since_the_page_loaded_it_is_not_overwritten() {
        let (_tmp, ws, ex) = workspace();
        let before = ws.view(&ex).unwrap();
        std::fs::write(ws.file_of(&ex.id), "// edited in the editor\n").unwrap();
        let Saved::Conflict { kept } = ws.save(&ex, "fn page() {}\n", &before.version).unwrap()
        else {
            panic!("conflict")
        };
        assert_eq!(
            std::fs::read_to_string(ws.file_of(&ex.id)).unwrap(),
            "// edited in the editor\n"
        );
        assert_eq!(std::fs::read_to_string(kept).unwrap(), "fn page() {}\n");
    }

    #[test]
    fn saving_the_same_code_again_makes_no_backup() {
        let (_tmp, ws, ex) = workspace();
        let before = ws.view(&ex).unwrap();
        let saved = ws.save(&ex, &before.code, &before.version).unwrap();
        assert_eq!(
            saved,
            Saved::Written {
                view: before,
                backup: None
            }
        );
    }
}
