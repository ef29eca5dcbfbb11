//! Which process a scratch folder belongs to. The folder's name says it —
//! `grader-<pid namespace>-<pid>-<start time>-<random>` — with the start time the kernel gives the
//! process (field 22 of `/proc/<pid>/stat`, in clock ticks since boot), so a pid used again by
//! another process is told apart from the one that made the folder. A folder whose process is
//! gone is stale; one made in another pid namespace (another container sharing the folder) is
//! never judged, as its process cannot be seen from here.

use std::path::Path;

/// The prefix of every scratch folder's name.
const PREFIX: &str = "grader-";

/// The process that made a scratch folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Owner {
    /// The inode of its pid namespace (`/proc/self/ns/pid`).
    pub ns: u64,
    /// Its process id, in that namespace.
    pub pid: u32,
    /// When it started, in clock ticks since boot.
    pub start: u64,
}

impl Owner {
    /// This process, or `None` where `/proc` does not say (then no folder is ever judged stale).
    pub(super) fn me() -> Option<Owner> {
        static ME: std::sync::OnceLock<Option<Owner>> = std::sync::OnceLock::new();
        *ME.get_or_init(|| {
            use std::os::unix::fs::MetadataExt;
            let pid = std::process::id();
            Some(Owner {
                ns: std::fs::metadata("/proc/self/ns/pid").ok()?.ino(),
                pid,
                start: start_time(pid).ok()??,
            })
        })
    }

    /// The start of the names of this process's folders; without an owner, one that no folder
    /// is ever recognised by.
    pub(super) fn prefix(me: Option<Owner>) -> String {
        match me {
            Some(o) => format!("{PREFIX}{}-{}-{}-", o.ns, o.pid, o.start),
            None => format!("{PREFIX}{}-", std::process::id()),
        }
    }

    /// The owner a folder's name gives, if it is the name of a scratch folder.
    pub(super) fn of(name: &str) -> Option<Owner> {
        let mut parts = name.strip_prefix(PREFIX)?.splitn(4, '-');
        let mut number = || {
            let part = parts.next()?;
            let digits = !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
            digits.then(|| part.parse().ok()).flatten()
        };
        let (ns, pid, start) = (number()?, number()?, number()?);
        let owner = Owner {
            ns,
            pid: u32::try_from(pid).ok()?,
            start,
        };
        parts.next().filter(|rest| !rest.is_empty()).map(|_| owner)
    }

    /// Whether the process is still running: `Some(false)` once it is gone (or its pid belongs
    /// to a later process), `None` when that cannot be told (then the folder is left alone).
    pub(super) fn alive(&self) -> Option<bool> {
        let me = Owner::me()?;
        if self.ns != me.ns {
            return None;
        }
        match start_time(self.pid) {
            Ok(Some(start)) => Some(start == self.start),
            Ok(None) => Some(false),
            Err(_) => None,
        }
    }
}

/// Field 22 of `/proc/<pid>/stat` (the process's start time); `Ok(None)` when no such process
/// exists.
fn start_time(pid: u32) -> std::io::Result<Option<u64>> {
    let path = Path::new("/proc").join(pid.to_string()).join("stat");
    let stat = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    // The command name (field 2) is in parentheses and may hold spaces and parentheses: the
    // fields after it start after the last `)`, with field 3 first.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    after
        .split_whitespace()
        .nth(22 - 3)
        .and_then(|f| f.parse().ok())
        .map(Some)
        .ok_or_else(|| std::io::Error::other("unreadable /proc/<pid>/stat"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_give_their_owner_and_other_names_none() {
        let o = Owner::of("grader-4026531836-42-1234-aB3dE9").unwrap();
        assert_eq!((o.ns, o.pid, o.start), (4026531836, 42, 1234));
        for name in [
            "grader-notours",
            "grader-batch-x1y2z3",
            "grader-1-2-3",
            "grader-1-2-3-",
            "grader-1-+2-3-x",
            "grader-1-99999999999-3-x",
            "grader-x-2-3-abc",
            "other-1-2-3-x",
        ] {
            assert_eq!(Owner::of(name), None, "{name}");
        }
    }

    #[test]
    fn this_process_is_alive_and_a_later_start_is_not() {
        let Some(me) = Owner::me() else { return };
        assert_eq!(
            Owner::of(&format!("{}abc", Owner::prefix(Some(me)))),
            Some(me)
        );
        assert_eq!(me.alive(), Some(true));
        let reused = Owner {
            start: me.start + 1,
            ..me
        };
        assert_eq!(reused.alive(), Some(false));
        let elsewhere = Owner {
            ns: me.ns + 1,
            ..me
        };
        assert_eq!(elsewhere.alive(), None);
    }
}
