//! Compiling one batch with one rustc process and deciding, case by case, whether the batch's
//! result is the one an isolated compile gives.
//!
//! The rules, which the differential test (tests/e2e/batch.rs) checks on every case of the book:
//! - a batch that hit a limit is not trusted at all: its cases are checked alone;
//! - a batch that crashed rustc, or printed an error that belongs to no case file, is not trusted
//!   either, but is re-checked in two halves (and those in halves, down to single cases checked
//!   alone), so that the one case at fault costs a few compiles, not one per case of the batch;
//! - a batch whose diagnostics were cut short (over the cap: one case's flood can hide another
//!   case's errors) is not read at all: its cases are re-checked in two halves, so a flood ends
//!   up alone (where it gets an error verdict saying so) and the other cases in batches;
//! - a case whose errors include one that may stop later passes (an error without a code, such
//!   as a parse or macro error; a feature gate) is trusted when it is the only such case of its batch: rustc
//!   stops for the whole crate where it would have stopped for that case alone. The rest of
//!   the batch is re-checked without it (their later errors may have been cut short), and when
//!   two cases stop rustc, each is checked alone;
//! - a case with a diagnostic on the shim is checked alone, and the rest of its batch is
//!   re-checked without it;
//! - a case whose diagnostics name a batch module is checked again: in a batch where no other
//!   case defines the items it names when that is why (`__grader_case_3::Point` when two cases
//!   define a `Point`), else alone (a suggestion that writes a path from the crate root), for
//!   diagnostics that read as rustc's;
//! - a case whose diagnostics print a library item by its whole path (`std::thread::spawn`)
//!   while another case of the batch defines an item of that name (`fn spawn`), which made rustc
//!   write the path out, is re-checked in a batch without such a case;
//! - a case whose diagnostics show places in several files outside its own (the standard
//!   library's impls of a trait, say) is checked alone: rustc orders them as the compile first
//!   read those files, and other cases of the batch can change that order;
//! - a case that reported errors is trusted: rustc's passes run per item, and the phase at which
//!   rustc gives up is reached for it as it would be alone (the case's own errors reach it);
//! - a case that reported nothing while another case reported errors is re-checked in a batch
//!   of clean cases, because rustc stops after its error-reporting passes (late lints and
//!   post-analysis errors never run), which an isolated compile of that case would have run.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;

use super::attribute::{self, Split};
use super::crate_gen;
use crate::check::{Case, Checker, Ended};
use crate::diagnostics::Parsed;
use crate::spec::Edition;

/// Error codes after which rustc may skip work on other items. Unresolved imports and paths
/// (E0432, E0433) are not among them: rustc 1.95 goes on to type-check and borrow-check every
/// other item after them (the differential tests pin this down on both corpora).
const STOPPING_CODES: &[&str] = &["E0658", "E0786"];

/// A built batch binary, kept on disk while runs of its cases remain. Each case runs it where it
/// lies, from a folder of its own; the sandbox lets no case write it, and [`Built::intact`]
/// finds out if one did all the same.
#[derive(Debug)]
pub struct Built {
    /// The temporary directory holding the crate and the binary.
    pub dir: crate::scratch::Folder,
    /// The binary.
    pub program: PathBuf,
    /// What the binary was when built.
    stamp: Stamp,
}

/// What identifies a file's content without reading it: any write, truncation, rename over it
/// or change of mode moves its change time, which no process can set back.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Stamp {
    ino: u64,
    len: u64,
    mtime: (i64, i64),
    ctime: (i64, i64),
}

impl Stamp {
    /// The stamp of the file at `path` (not following a link).
    pub(crate) fn of(path: &std::path::Path) -> std::io::Result<Stamp> {
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::symlink_metadata(path)?;
        Ok(Stamp {
            ino: m.ino(),
            len: m.len(),
            mtime: (m.mtime(), m.mtime_nsec()),
            ctime: (m.ctime(), m.ctime_nsec()),
        })
    }
}

impl Built {
    fn new(dir: crate::scratch::Folder) -> std::io::Result<Built> {
        use std::os::unix::fs::PermissionsExt;
        let program = dir.path().join("submission");
        // Read-only for everyone before the stamp is taken (the sandbox would make it so).
        std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o555))?;
        let stamp = Stamp::of(&program)?;
        Ok(Built {
            dir,
            program,
            stamp,
        })
    }

    /// Whether the binary is still the one that was built: `false` once anything wrote, replaced
    /// or changed it, and then no later run of it may be judged or cached.
    pub fn intact(&self) -> bool {
        Stamp::of(&self.program).is_ok_and(|now| now == self.stamp)
    }
}

/// What became of one case of a batch compile.
#[derive(Debug)]
pub enum Fate {
    /// The batch's diagnostics for the case are the ones an isolated compile gives; for run
    /// kinds that compiled, the binary to run it from (run from its case's folder).
    Trusted(Parsed, Option<Arc<Built>>),
    /// Check the case again in a batch of the cases that were clean here.
    Rebatch,
    /// Check the case again in a smaller batch (half of this one): the diagnostics were cut
    /// short, or held an error that could not be attributed to a case.
    Halve,
    /// Check the case again in a batch where no other case defines an item of the same name:
    /// its diagnostics named such an item through its batch module (`__grader_case_3::Foo`).
    Apart,
    /// Check the case alone, for this reason.
    Alone(&'static str),
    /// Its hidden checks could not use it (this error, see `checks::run::cannot_use_error`):
    /// check it again without them, as an isolated check does, and fail it if it passes.
    WithoutChecks(String),
}

/// Compiles `cases` (index and case) as one crate, emitting only metadata unless `build`; with
/// `root_case`, the first case is the crate's root file (only in a batch that is not built, see
/// [`crate_gen::write`]). Returns one fate per case, in order.
pub fn compile(
    checker: &Checker,
    edition: Edition,
    cases: &[(usize, &Case)],
    build: bool,
    root_case: bool,
    without_checks: &BTreeSet<usize>,
) -> std::io::Result<Vec<Fate>> {
    let dir = crate::scratch::Folder::new("grader-batch-")?;
    let (members, root) = crate_gen::write(dir.path(), cases, root_case && !build, without_checks)?;
    let mut cmd = checker.rustc(dir.path(), edition);
    cmd.args(["--crate-type", "bin", "--crate-name", "submission"]);
    if build {
        cmd.args(["-o", "submission"]);
    } else {
        cmd.args(["--emit=metadata", "-o", "submission.rmeta"]);
    }
    cmd.arg(&root);
    let captured = checker.run_rustc(cmd)?;
    let untrusted = |why| cases.iter().map(|_| Fate::Alone(why)).collect();
    match checker.ended(&captured) {
        Ended::OverMemory | Ended::OverTime => return Ok(untrusted("its batch hit a limit")),
        Ended::CutShort(_) => return Ok(cases.iter().map(|_| Fate::Halve).collect()),
        Ended::Whole if captured.status.is_none() => {
            return Ok(untrusted("its batch hit a limit"));
        }
        Ended::Whole => {}
    }
    let stderr = String::from_utf8_lossy(&captured.stderr);
    let split = attribute::split(&stderr, &members);
    let success = captured.status.is_some_and(|s| s.success());
    let any_errors = split.parsed.iter().any(|p| p.errors().next().is_some());
    if split.ice || split.unattributed.is_some() || success == any_errors {
        // One case's error that names no case file (E0391's layout cycle, say) should cost that
        // case, not the batch: the halves find it in a few compiles, and a half of one case is
        // checked alone.
        return Ok(cases.iter().map(|_| Fate::Halve).collect());
    }
    let built = match build && success {
        true => Some(Arc::new(Built::new(dir)?)),
        false => None,
    };
    let clashed = clashes(&split, cases);
    let unusable = unusable_checks(&split, cases, without_checks);
    let lengthened = lengthened(&split, cases);
    Ok(decide(split, any_errors, built)
        .into_iter()
        .zip(clashed)
        .zip(unusable)
        .zip(lengthened)
        .map(
            |(((fate, clashed), unusable), lengthened)| match (fate, unusable) {
                (Fate::Alone(NAMES_BATCH), _) if clashed => Fate::Apart,
                (Fate::Alone(ON_SHIM), Some(error)) => Fate::WithoutChecks(error),
                (Fate::Trusted(..), _) if lengthened == Some(true) => Fate::Apart,
                (Fate::Trusted(..), _) if lengthened == Some(false) => Fate::Alone(LENGTHENED),
                (fate, _) => fate,
            },
        )
        .collect())
}

/// Why a case whose diagnostics name a batch module is checked alone.
const NAMES_BATCH: &str = "its diagnostics named a batch module";

/// Why a case whose diagnostics print a library path another case may have lengthened is
/// checked alone.
const LENGTHENED: &str =
    "its diagnostics print a library item by a path another case's item may have lengthened";

/// Why a case with a diagnostic on its shim is checked alone.
const ON_SHIM: &str = "a diagnostic fell on the batch's call of its `main`";

/// For each case: when its hidden checks, attached after it, failed to compile with it (an
/// error on its shim) while naming no batch module, the error the checks could not get past,
/// as an isolated check words it.
fn unusable_checks(
    split: &Split,
    cases: &[(usize, &Case)],
    without_checks: &BTreeSet<usize>,
) -> Vec<Option<String>> {
    cases
        .iter()
        .enumerate()
        .map(|(k, (i, case))| {
            let checks = case.checks().filter(|_| !without_checks.contains(i))?;
            let parsed = &split.parsed[k];
            let on_shim = split.touches_shim[k] && !split.names_batch[k];
            (on_shim && parsed.errors().next().is_some())
                .then(|| crate::checks::run::cannot_use_error(checks, &case.source, parsed))
        })
        .collect()
}

/// For each case: whether the batch module paths its diagnostics print all name items that
/// other cases of the batch define (see [`super::names::clash_named`]).
fn clashes(split: &Split, cases: &[(usize, &Case)]) -> Vec<bool> {
    let sources: Vec<(usize, &str)> = cases.iter().map(|(i, c)| (*i, c.source.as_str())).collect();
    split
        .parsed
        .iter()
        .zip(&split.names_batch)
        .zip(cases)
        .map(|((parsed, named), (i, _))| {
            *named && super::names::clash_named(&parsed.rendered(), *i, &sources)
        })
        .collect()
}

/// For each case: whether its diagnostics print a library item by a path that another case of
/// the batch made rustc write out, and whether a batch apart avoids it (see
/// [`super::library_paths::lengthened`]).
fn lengthened(split: &Split, cases: &[(usize, &Case)]) -> Vec<Option<bool>> {
    let rendered: Vec<String> = split.parsed.iter().map(Parsed::rendered).collect();
    let sources: Vec<&str> = cases.iter().map(|(_, c)| c.source.as_str()).collect();
    super::library_paths::lengthened(&rendered, &sources)
}

fn decide(split: Split, any_errors: bool, built: Option<Arc<Built>>) -> Vec<Fate> {
    let stopping = |p: &Parsed| {
        p.errors().any(|d| {
            d.code
                .as_ref()
                .is_none_or(|c| STOPPING_CODES.contains(&c.as_str()))
        })
    };
    // One case whose errors stop rustc's later passes stops them for the whole crate, which is
    // where its own compile would have stopped alone: its diagnostics are the isolated ones.
    // Another case's errors could have been cut short there, and two such cases cut each other.
    let stoppers = split.parsed.iter().filter(|p| stopping(p)).count();
    let loners = stoppers > 0 || split.touches_shim.iter().any(|shim| *shim);
    split
        .parsed
        .into_iter()
        .zip(split.touches_shim)
        .zip(split.names_batch)
        .zip(split.reordered)
        .map(|(((parsed, shim), names_batch), reordered)| {
            if shim {
                Fate::Alone(ON_SHIM)
            } else if stopping(&parsed) && stoppers > 1 {
                Fate::Alone("an error without a code or one that stops later passes")
            } else if names_batch {
                Fate::Alone(NAMES_BATCH)
            } else if reordered {
                Fate::Alone("its diagnostics show library files in the order the batch read them")
            } else if stopping(&parsed) {
                Fate::Trusted(parsed, built.clone())
            } else if loners {
                Fate::Rebatch
            } else if parsed.errors().next().is_some() || !any_errors {
                Fate::Trusted(parsed, built.clone())
            } else {
                Fate::Rebatch
            }
        })
        .collect()
}
