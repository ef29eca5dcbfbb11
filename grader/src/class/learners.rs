//! Who the learners of a class are: one folder each, named after the folder. A name shows its
//! bytes that are not UTF-8 and its control characters escaped ([`crate::shown::os_str`]), and
//! names that still show alike are told apart by a suffix, so every learner has a distinct name
//! in every report, the same in every share of a `--partition` run.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsString;
use std::path::PathBuf;

use super::ClassError;
use crate::shown;

/// One learner's folder.
#[derive(Debug, Clone)]
pub struct Submission {
    /// The learner's name: the folder's name as [`shown::os_str`] shows it, unique in the class.
    pub learner: String,
    /// The folder.
    pub dir: PathBuf,
}

/// Names each folder after its last component, refusing non-folders and two folders of the same
/// name; sorted by name. Names are shown escaped ([`shown::os_str`]): a name that is not UTF-8
/// shows its other bytes as `\xNN`, so two names that differ only there stay apart.
pub fn submissions(dirs: &[PathBuf]) -> Result<Vec<Submission>, ClassError> {
    let mut folders: BTreeMap<OsString, PathBuf> = BTreeMap::new();
    for dir in dirs {
        if !dir.is_dir() {
            return Err(ClassError::NotAFolder(dir.clone()));
        }
        let full = dir.canonicalize().unwrap_or_else(|_| dir.clone());
        let name = full.file_name().unwrap_or(full.as_os_str()).to_os_string();
        if let Some(prev) = folders.insert(name.clone(), dir.clone()) {
            return Err(ClassError::DuplicateLearner(
                prev,
                dir.clone(),
                shown::os_str(&name),
            ));
        }
    }
    Ok(distinct_names(folders))
}

/// Gives each folder (by its distinct raw name) a distinct shown name. Two raw names can still
/// show alike (`a\xff` spelled out, and `a` followed by the byte 0xff): the one shown exactly as
/// it is spelled keeps the name, else the smaller in bytes; each other one gets the first free
/// ` (2)`, ` (3)`... suffix. The same folders always get the same names, in every share of a
/// `--partition` run.
fn distinct_names(folders: BTreeMap<OsString, PathBuf>) -> Vec<Submission> {
    let mut order: Vec<(String, bool, OsString, PathBuf)> = folders
        .into_iter()
        .map(|(raw, dir)| {
            let name = shown::os_str(&raw);
            let inexact = raw.to_str() != Some(name.as_str());
            (name, inexact, raw, dir)
        })
        .collect();
    order.sort();
    let taken: BTreeSet<String> = order.iter().map(|(name, ..)| name.clone()).collect();
    let mut named: BTreeMap<String, PathBuf> = BTreeMap::new();
    for (name, _, _, dir) in order {
        let name = if named.contains_key(&name) {
            (2u32..)
                .map(|k| format!("{name} ({k})"))
                .find(|n| !taken.contains(n) && !named.contains_key(n))
                .unwrap_or(name)
        } else {
            name
        };
        named.insert(name, dir);
    }
    named
        .into_iter()
        .map(|(learner, dir)| Submission { learner, dir })
        .collect()
}

#[cfg(all(test, unix))]
mod tests {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;

    use super::*;

    #[test]
    fn names_that_show_alike_are_told_apart_the_same_way_every_time() {
        let raw = |b: &[u8]| OsStr::from_bytes(b).to_os_string();
        let spelled: [&[u8]; 4] = [b"a\xff", b"a\\xff", b"a\\xff (2)", b"a\xfe"];
        let folders: BTreeMap<OsString, PathBuf> = spelled
            .iter()
            .map(|b| (raw(b), PathBuf::from(raw(b))))
            .collect();
        let names: Vec<(String, PathBuf)> = distinct_names(folders)
            .into_iter()
            .map(|s| (s.learner, s.dir))
            .collect();
        let want = [
            ("a\\xfe", raw(b"a\xfe")),
            ("a\\xff", raw(b"a\\xff")),
            ("a\\xff (2)", raw(b"a\\xff (2)")),
            ("a\\xff (3)", raw(b"a\xff")),
        ]
        .map(|(name, dir)| (name.to_string(), PathBuf::from(dir)));
        assert_eq!(names, want);
    }
}
