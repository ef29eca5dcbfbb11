//! Batched checking: many cases per rustc process, with the verdicts an isolated compile gives.
//!
//! rustc's start-up (loading std's metadata) costs more than checking a small file, so the cases
//! of one check run are grouped by what must be equal inside one crate — the edition and whether
//! they are compiled only (compile-fail and compile-pass apart, `--emit=metadata`) or built and
//! run — and each group becomes one crate whose cases are `#[path]` modules ([`crate_gen`]). Its
//! diagnostics are attributed to the cases by file ([`attribute`]); whether each case's share can
//! be trusted, or the case must be re-checked in a smaller batch or alone, is decided by the
//! rules in [`compile`]. Each run case is still run in its own process, with its own limits, from
//! the batch binary. Cases that cannot share a crate are found from their tokens ([`eligible`])
//! and checked alone. Cases are spread over a group's batches so that few define an item of the
//! same name ([`names`]), and one whose diagnostics still name another case's item is re-checked
//! apart from it. A verdict cache ([`cache`]) skips cases already judged, and cases that compile
//! and run the same program are checked once ([`twins`]), each judged against its own
//! expectation.
//!
//! A batch only ever holds cases of one [`Checker::check_batched`] call and one author
//! ([`BatchOptions::authors`]): never let two learners' code share a batch, as one learner's
//! module could reach another's (the scan in [`eligible`] keeps every way it knows alone, but
//! a run case can still read the batch binary, which holds every case's compiled code).

pub mod attribute;
pub mod cache;
pub mod compile;
pub mod crate_gen;
pub mod eligible;
mod library_paths;
mod names;
mod schedule;
mod twins;

use std::collections::BTreeMap;

pub use cache::VerdictCache;

use crate::check::{Case, Checker};
use crate::expect::Kind;
use crate::verdict::Verdict;

/// How a batched check run goes.
#[derive(Debug, Clone, Default)]
pub struct BatchOptions {
    /// Checks at once (0: one per core).
    pub jobs: usize,
    /// The verdict cache to read and fill, if any.
    pub cache: Option<VerdictCache>,
    /// Check every case alone, as [`Checker::check`] does (still in parallel, still cached).
    pub isolated: bool,
    /// For each case, a number naming its author: cases of different authors never share a
    /// batch. Empty: all cases are one author's. A case past the end of a non-empty list is
    /// taken to be an author of its own.
    pub authors: Vec<usize>,
}

impl BatchOptions {
    /// The author of case `i` (see [`BatchOptions::authors`]).
    fn author(&self, i: usize) -> usize {
        match self.authors.get(i) {
            Some(&a) => a,
            None if self.authors.is_empty() => 0,
            None => usize::MAX - i,
        }
    }
}

/// What a batched check run did, for reports and tests.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BatchStats {
    /// Verdicts taken from the cache.
    pub cache_hits: usize,
    /// rustc processes that compiled a batch.
    pub batches: usize,
    /// Verdicts judged from a batch.
    pub batched: usize,
    /// Cases checked alone: they could not share a crate, a batch could not be trusted for
    /// them, or they were left alone in a batch.
    pub alone: usize,
    /// Why each case checked alone was: case index and reason.
    pub alone_reasons: BTreeMap<usize, String>,
    /// Verdicts judged from the compile (and run) of a twin: a case with the same file name,
    /// source, edition, rules and author, compiled alike (see `twins.rs`).
    pub shared: usize,
}

/// The crates a group's cases can share: equal edition and equal way of compiling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Class {
    /// Expected to be rejected: `--emit=metadata`.
    Rejected,
    /// Expected to compile: `--emit=metadata`.
    Accepted,
    /// Built and run.
    Runs,
}

impl Class {
    fn of(kind: Kind) -> Class {
        match kind {
            Kind::CompileFail => Class::Rejected,
            Kind::CompilePass => Class::Accepted,
            Kind::RunPass | Kind::RunPanic => Class::Runs,
        }
    }
}

/// Why a case that names `crate` is checked alone when it cannot be the root of a batch (it has
/// no batch to be the root of): the eligibility scan's own words for it.
fn names_crate() -> String {
    eligible::Alone::Names("crate".into()).to_string()
}

/// Cases per rustc process at most.
const MAX_BATCH: usize = 64;

impl Checker {
    /// Checks `cases` in batches (see the [module docs](crate::batch)), calling `on_done` with
    /// each case's index and verdict as it is judged. Returns the verdicts in the order of
    /// `cases`, and what was done.
    pub fn check_batched(
        &self,
        cases: &[Case],
        options: &BatchOptions,
        on_done: &(dyn Fn(usize, &Verdict) + Sync),
    ) -> (Vec<Verdict>, BatchStats) {
        let jobs = if options.jobs == 0 {
            std::thread::available_parallelism().map_or(2, |n| n.get())
        } else {
            options.jobs
        };
        let mut stats = BatchStats::default();
        let mut done: Vec<Option<Verdict>> = vec![None; cases.len()];
        if let Some(cache) = &options.cache {
            for (i, case) in cases.iter().enumerate() {
                if let Some(mut v) = cache.get(case) {
                    v.isolation = Some(self.isolation_report());
                    on_done(i, &v);
                    done[i] = Some(v);
                    stats.cache_hits += 1;
                }
            }
        }
        type Group = (usize, String, Class);
        let mut groups: BTreeMap<Group, Vec<usize>> = BTreeMap::new();
        let mut roots: BTreeMap<Group, Vec<usize>> = BTreeMap::new();
        let mut alone = Vec::new();
        let pending = (0..cases.len()).filter(|&i| done[i].is_none());
        let (distinct, twins) = twins::Twins::find(cases, pending, options);
        stats.shared = twins.count();
        for i in distinct {
            let case = &cases[i];
            let verdict = match options.isolated {
                true => Err(None),
                false => eligible::shareable(case).map_err(Some),
            };
            let group = (
                options.author(i),
                case.edition.as_str().to_string(),
                Class::of(case.expect.kind()),
            );
            match verdict {
                Ok(()) => groups.entry(group).or_default().push(i),
                Err(Some(eligible::Alone::Names(name)))
                    if name == "crate"
                        && group.2 != Class::Runs
                        && eligible::root_shareable(case) =>
                {
                    roots.entry(group).or_default().push(i);
                }
                Err(why) => {
                    let why = why.map_or_else(|| "batching is off".to_string(), |w| w.to_string());
                    stats.alone_reasons.insert(i, why);
                    alone.push(i);
                }
            }
        }
        let mut tasks = Vec::new();
        let sources: Vec<&str> = cases.iter().map(|c| c.source.as_str()).collect();
        for (group, members) in groups {
            let class = group.2;
            let parts = names::apart(&members, &sources, MAX_BATCH, batch_count(&members, jobs));
            let roots = roots.remove(&group).unwrap_or_default();
            let placed = names::place_roots(&roots, &parts, &sources);
            let mut root_of = vec![None; parts.len()];
            for (&r, place) in roots.iter().zip(placed) {
                match place {
                    Some(b) => root_of[b] = Some(r),
                    None => {
                        stats.alone_reasons.insert(r, names_crate());
                        alone.push(r);
                    }
                }
            }
            for (part, root) in parts.into_iter().zip(root_of) {
                tasks.push(schedule::Task::Compile {
                    class,
                    members: root.into_iter().chain(part).collect(),
                    root: root.is_some(),
                });
            }
        }
        // Roots of a group with no other case: nothing to share a batch with.
        for r in roots.into_values().flatten() {
            stats.alone_reasons.insert(r, names_crate());
            alone.push(r);
        }
        tasks.extend(alone.into_iter().map(schedule::Task::Alone));
        let record = |i: usize, v: &Verdict| {
            if let Some(cache) = &options.cache {
                cache.put(&cases[i], v);
            }
            on_done(i, v);
        };
        let run = schedule::run(self, cases, &twins, tasks, jobs, &record);
        stats.batches += run.batches;
        stats.batched += run.batched;
        stats.alone += run.alone;
        stats.alone_reasons.extend(run.alone_reasons);
        for (i, v) in run.verdicts {
            done[i] = Some(v);
        }
        let verdicts = done
            .into_iter()
            .zip(cases)
            .map(|(v, case)| {
                v.unwrap_or_else(|| Verdict::error(&case.expect, "the check did not finish"))
            })
            .collect();
        (verdicts, stats)
    }
}

/// How many batches a group needs at least: at most [`MAX_BATCH`] cases each, and enough of them
/// to keep `jobs` cores busy when the group is large enough to be worth it.
fn batch_count(members: &[usize], jobs: usize) -> usize {
    const WORTH_SPLITTING: usize = 16;
    let by_size = members.len().div_ceil(MAX_BATCH);
    let by_cores = jobs.min(members.len() / WORTH_SPLITTING);
    by_size.max(by_cores).max(1)
}
