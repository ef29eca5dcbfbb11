//! Checking many cases at once: [`Checker::check_all`] batches them (see [`crate::batch`]) on
//! every core, with the verdict cache at its default location, and returns the verdicts in the
//! order of the cases. Each call batches only its own cases: call it once per learner, never
//! with two learners' code together — or tell their authors apart with
//! [`Checker::check_all_by_author`].

use crate::batch::{BatchOptions, VerdictCache};
use crate::check::{Case, Checker};
use crate::verdict::Verdict;

impl Checker {
    /// Checks every case, `jobs` at a time (0 means one per core), calling `on_done` with each
    /// case's index and verdict as it finishes. Returns the verdicts in the order of `cases`.
    ///
    /// Cases are compiled many per rustc process where that gives the verdict an isolated
    /// [`Checker::check`] gives; verdicts already in the cache (`$GRADER_CACHE_DIR`,
    /// `$XDG_CACHE_HOME/grader` or `~/.cache/grader`; `GRADER_CACHE_DIR=off` disables it) are
    /// not checked again. With `GRADER_BATCH_STATS` set, what was batched and what was checked
    /// alone, and why, is printed on stderr; with `GRADER_BATCH_STATS=2`, also each batch
    /// compile and each check alone as it ends, with its duration.
    pub fn check_all(
        &self,
        cases: &[Case],
        jobs: usize,
        on_done: &(dyn Fn(usize, &Verdict) + Sync),
    ) -> Vec<Verdict> {
        self.check_all_by_author(cases, &[], jobs, on_done)
    }

    /// [`Checker::check_all`] for the cases of several authors: `authors[i]` names the author of
    /// `cases[i]`, and cases of different authors never share a batch (an empty list: one
    /// author).
    pub fn check_all_by_author(
        &self,
        cases: &[Case],
        authors: &[usize],
        jobs: usize,
        on_done: &(dyn Fn(usize, &Verdict) + Sync),
    ) -> Vec<Verdict> {
        let options = BatchOptions {
            jobs,
            cache: VerdictCache::from_env(self),
            isolated: false,
            authors: authors.to_vec(),
        };
        let (verdicts, stats) = self.check_batched(cases, &options, on_done);
        if std::env::var_os("GRADER_BATCH_STATS").is_some() {
            eprintln!(
                "batch: {} cases, {} from the cache, {} judged from {} batch compiles, {} checked alone, {} shared with a twin",
                cases.len(),
                stats.cache_hits,
                stats.batched,
                stats.batches,
                stats.alone,
                stats.shared
            );
            for (i, why) in &stats.alone_reasons {
                eprintln!("batch: alone: {} ({why})", cases[*i].file_name);
            }
        }
        verdicts
    }
}
