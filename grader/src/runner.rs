//! Checking many cases at once on every core. Verdicts come back in the order of the cases.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::check::{Case, Checker};
use crate::verdict::Verdict;

impl Checker {
    /// Checks every case, `jobs` at a time (0 means one per core), calling `on_done` with each
    /// case's index and verdict as it finishes. Returns the verdicts in the order of `cases`.
    pub fn check_all(
        &self,
        cases: &[Case],
        jobs: usize,
        on_done: &(dyn Fn(usize, &Verdict) + Sync),
    ) -> Vec<Verdict> {
        let jobs = if jobs == 0 {
            std::thread::available_parallelism().map_or(2, |n| n.get())
        } else {
            jobs
        };
        let next = AtomicUsize::new(0);
        let results: Mutex<Vec<Option<Verdict>>> = Mutex::new(vec![None; cases.len()]);
        std::thread::scope(|scope| {
            for _ in 0..jobs.min(cases.len()).max(1) {
                scope.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(case) = cases.get(i) else { break };
                        let verdict = self.check(case);
                        on_done(i, &verdict);
                        results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(verdict);
                    }
                });
            }
        });
        let results = results.into_inner().unwrap_or_else(|e| e.into_inner());
        results
            .into_iter()
            .zip(cases)
            .map(|(v, case)| {
                v.unwrap_or_else(|| Verdict::error(&case.expect, "the check did not finish"))
            })
            .collect()
    }
}
