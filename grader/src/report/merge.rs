//! Merging the JSON reports of the shares of a `--partition K/N` matrix (or of disjoint runs) into
//! the report a single run would have written.

use std::collections::{BTreeMap, BTreeSet};

use super::{ClassReport, LearnerReport};

/// The reports given to merge do not fit together.
#[derive(Debug, thiserror::Error)]
#[error("cannot merge: {0}")]
pub struct MergeError(pub String);

/// Merges the JSON reports of every share of one partitioned run (or of disjoint runs) into the
/// report a single run would have written.
pub fn merge(reports: Vec<ClassReport>) -> Result<ClassReport, MergeError> {
    let bad = MergeError;
    let Some(first) = reports.first() else {
        return Err(bad("no report given".into()));
    };
    let (rustc, exercises) = (first.rustc.clone(), first.exercises.clone());
    let mut shares = BTreeSet::new();
    let mut count = None;
    for r in &reports {
        if r.rustc != rustc {
            return Err(bad(format!(
                "graded with different compilers: `{rustc}` and `{}`",
                r.rustc
            )));
        }
        if r.exercises != exercises {
            return Err(bad(
                "the reports grade different exercises (use the same --exercises in every share)"
                    .into(),
            ));
        }
        if let Some(p) = r.partition {
            if count.is_some_and(|c| c != p.count) {
                return Err(bad(
                    "the reports come from partitions of different sizes".into()
                ));
            }
            count = Some(p.count);
            if !shares.insert(p.index) {
                return Err(bad(format!("share {p} is given twice")));
            }
        }
    }
    if let Some(n) = count {
        let missing: Vec<String> = (1..=n)
            .filter(|k| !shares.contains(k))
            .map(|k| format!("{k}/{n}"))
            .collect();
        if !missing.is_empty() {
            return Err(bad(format!(
                "share(s) {} missing: merge the JSON report of every job",
                missing.join(", ")
            )));
        }
    }
    let order = |id: &str| {
        exercises
            .iter()
            .position(|e| e.id == id)
            .unwrap_or(usize::MAX)
    };
    let mut learners: BTreeMap<String, LearnerReport> = BTreeMap::new();
    for r in reports {
        for l in r.learners {
            let entry = learners
                .entry(l.name.clone())
                .or_insert_with(|| LearnerReport {
                    name: l.name.clone(),
                    score: 0,
                    max_score: 0,
                    results: Vec::new(),
                });
            for res in l.results {
                if entry.result(&res.exercise).is_some() {
                    return Err(bad(format!(
                        "`{}` of learner `{}` is graded twice",
                        res.exercise, l.name
                    )));
                }
                entry.results.push(res);
            }
        }
    }
    let learners = learners
        .into_values()
        .map(|mut l| {
            l.results.sort_by_key(|r| order(&r.exercise));
            l.total();
            l
        })
        .collect();
    Ok(ClassReport {
        schema: crate::report::SCHEMA.to_string(),
        rustc,
        partition: None,
        exercises,
        learners,
    })
}
