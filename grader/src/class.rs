//! Grading a class: one folder per learner (a workspace, or any folder of `<chapter>/<name>.rs`
//! files), a selection of exercises (`--exercises GLOB`) and a deterministic share of the work
//! (`--partition K/N`, by learner and exercise); shares ([`Partition`]) are merged by [`crate::report::merge`].
//! Each learner's files are checked with one `check_all` call of their own, so two learners'
//! code never meets in one batch.

use std::path::{Path, PathBuf};

use crate::catalog::Catalog;
use crate::check::Checker;
use crate::report::{ExerciseInfo, ExerciseResult, LearnerReport, Partition, ResultStatus};
use crate::shown;
use crate::spec::Exercise;
use crate::verdict::{Partly, Status, Verdict};

mod learners;

pub use learners::{Submission, submissions};

/// Why a class could not be graded.
#[derive(Debug, thiserror::Error)]
pub enum ClassError {
    /// A glob selects no exercise.
    #[error("--exercises `{0}` matches no exercise; `grader list` shows the ids")]
    NoMatch(String),
    /// A submission is not a folder.
    #[error("{}: not a folder; each submission is one learner's folder", shown::path(.0))]
    NotAFolder(PathBuf),
    /// Two submissions have the same name.
    #[error(
        "{first} and {second} are both learner `{name}`: learners are named by their folder, which \
         must differ",
        first = shown::path(.0),
        second = shown::path(.1),
        name = .2
    )]
    DuplicateLearner(PathBuf, PathBuf, String),
}

/// Whether `id` matches the glob `pattern` (`*` any run of characters, `?` one character,
/// `[...]` a class), as the `globset` crate reads it. An invalid pattern matches nothing.
pub fn glob_match(pattern: &str, id: &str) -> bool {
    globset::Glob::new(pattern).is_ok_and(|g| g.compile_matcher().is_match(id))
}

/// The exercises of `catalog` matching any of `globs` (all when none), in the catalog's order
/// (the book's, once [`Catalog::arrange`]d). A glob that matches nothing is an error, so a typo
/// never grades an empty set.
pub fn select<'a>(catalog: &'a Catalog, globs: &[String]) -> Result<Vec<&'a Exercise>, ClassError> {
    for g in globs {
        if !catalog.exercises.iter().any(|e| glob_match(g, &e.id)) {
            return Err(ClassError::NoMatch(g.clone()));
        }
    }
    Ok(catalog
        .exercises
        .iter()
        .filter(|e| globs.is_empty() || globs.iter().any(|g| glob_match(g, &e.id)))
        .collect())
}

/// The report's list of exercises.
pub fn exercise_infos(exercises: &[&Exercise]) -> Vec<ExerciseInfo> {
    exercises
        .iter()
        .map(|e| ExerciseInfo {
            id: e.id.clone(),
            title: e.title.clone(),
            kind: e.kind().name().to_string(),
            points: e.points,
            partial: e.partial,
        })
        .collect()
}

/// Reads a learner's file, which must stay inside the learner's folder `dir` (see
/// [`crate::source::read_source`]); `None` when there is no such file.
fn read_learner_file(dir: &Path, path: &Path) -> Result<Option<String>, String> {
    match crate::source::read_source(path, Some(dir)) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.is_missing() => Ok(None),
        Err(e) => Err(e.problem.to_string()),
    }
}

/// The partial credit a failed `verdict` earns on `ex`: how it is partly right and the points its
/// spec's `[partial]` gives for that; `None` on a pass, an error, or a fail worth nothing.
pub fn partial_credit(ex: &Exercise, verdict: &Verdict) -> Option<(Partly, u32)> {
    let partly = verdict
        .partly()
        .filter(|_| verdict.status == Status::Fail)?;
    Some((partly, ex.partial.points_for(partly)?))
}

/// The one line that tells a learner what a partly right answer earned, e.g. "partial credit: 1
/// of 10 points (it compiles, but its output is not the expected one)".
pub fn partial_credit_line(ex: &Exercise, verdict: &Verdict) -> Option<String> {
    let (partly, points) = partial_credit(ex, verdict)?;
    let but = match (partly, ex.kind()) {
        (Partly::CodesOnOtherLines, _) => {
            "rustc reports the expected codes, but not on the pinned lines"
        }
        (Partly::Compiles, crate::Kind::RunPanic) => "it compiles, but does not panic as expected",
        (Partly::Compiles, _) => "it compiles, but its output is not the expected one",
    };
    Some(crate::report::credit_line(points, ex.points, but))
}

fn result_of(ex: &Exercise, verdict: &Verdict) -> ExerciseResult {
    let mut output = verdict.diagnostics.trim_end().to_string();
    for (name, text) in [("stdout", &verdict.stdout), ("stderr", &verdict.stderr)] {
        if let Some(text) = text.as_deref().filter(|t| !t.trim().is_empty()) {
            output.push_str(&format!("\n--- program {name} ---\n{}", text.trim_end()));
        }
    }
    let status = match verdict.status {
        Status::Pass => ResultStatus::Pass,
        Status::Fail => ResultStatus::Fail,
        Status::Error => ResultStatus::Error,
    };
    let partial = partial_credit(ex, verdict);
    ExerciseResult {
        exercise: ex.id.clone(),
        status,
        points: match (status, partial) {
            (ResultStatus::Pass, _) => ex.points,
            (_, Some((_, points))) => points,
            _ => 0,
        },
        max_points: ex.points,
        partly: partial.map(|(partly, _)| partly),
        rule: verdict.rule().cloned(),
        check: verdict.failed_check().cloned(),
        error_codes: verdict
            .error_codes
            .iter()
            .map(|c| c.as_str().to_string())
            .collect(),
        message: verdict.message(),
        reason: Some(verdict.reason().clone()),
        output: output.trim_start().to_string(),
        duration_ms: verdict.duration_ms,
    }
}

fn unchecked(ex: &Exercise, status: ResultStatus, message: String) -> ExerciseResult {
    ExerciseResult {
        exercise: ex.id.clone(),
        status,
        points: 0,
        max_points: ex.points,
        partly: None,
        rule: None,
        check: None,
        error_codes: Vec::new(),
        message,
        reason: None,
        output: String::new(),
        duration_ms: 0,
    }
}

/// Grades one learner's share of `exercises`.
pub fn grade_learner(
    checker: &Checker,
    exercises: &[&Exercise],
    sub: &Submission,
    partition: Option<Partition>,
    jobs: usize,
) -> LearnerReport {
    let mine: Vec<&Exercise> = exercises
        .iter()
        .copied()
        .filter(|e| partition.is_none_or(|p| p.includes(&sub.learner, &e.id)))
        .collect();
    let mut results: Vec<Option<ExerciseResult>> = vec![None; mine.len()];
    let (mut cases, mut slots) = (Vec::new(), Vec::new());
    for (i, ex) in mine.iter().enumerate() {
        let rel = crate::workspace::relative_file(&ex.id);
        match read_learner_file(&sub.dir, &sub.dir.join(&rel)) {
            Ok(Some(source)) if source.trim().is_empty() => {
                let msg = format!("not attempted: `{rel}` is empty");
                results[i] = Some(unchecked(ex, ResultStatus::Empty, msg));
            }
            Ok(Some(source)) if crate::workspace::header::is_unchanged(ex, &source) => {
                let msg = format!("not attempted: `{rel}` is the starter as handed out");
                results[i] = Some(unchecked(ex, ResultStatus::Unchanged, msg));
            }
            Ok(Some(source)) => {
                slots.push(i);
                cases.push(crate::workspace::header::case(ex, source));
            }
            Ok(None) => {
                let msg = format!("not attempted: no file `{rel}`");
                results[i] = Some(unchecked(ex, ResultStatus::Missing, msg));
            }
            Err(why) => {
                results[i] = Some(unchecked(ex, ResultStatus::Fail, format!("{rel}: {why}")))
            }
        }
    }
    let verdicts = checker.check_all(&cases, jobs, &|_, _| {});
    for (slot, verdict) in slots.into_iter().zip(&verdicts) {
        results[slot] = Some(result_of(mine[slot], verdict));
    }
    let mut report = LearnerReport {
        name: sub.learner.clone(),
        score: 0,
        max_score: 0,
        results: results.into_iter().flatten().collect(),
    };
    report.total();
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_learner_file_linking_outside_the_folder_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let (dir, secret) = (tmp.path().join("ann"), tmp.path().join("secret.rs"));
        std::fs::create_dir_all(dir.join("a")).unwrap();
        std::fs::write(&secret, "token").unwrap();
        std::os::unix::fs::symlink(&secret, dir.join("a/b.rs")).unwrap();
        let err = read_learner_file(&dir, &dir.join("a/b.rs")).unwrap_err();
        assert!(err.contains("links outside"), "{err}");
        std::fs::write(dir.join("a/c.rs"), "fn main() {}").unwrap();
        assert_eq!(
            read_learner_file(&dir, &dir.join("a/c.rs"))
                .unwrap()
                .as_deref(),
            Some("fn main() {}")
        );
        assert_eq!(read_learner_file(&dir, &dir.join("a/d.rs")).unwrap(), None);
    }

    #[test]
    fn globs_match_ids() {
        assert!(glob_match("borrowing/*", "borrowing/two-mutable-borrows"));
        assert!(glob_match("*/two-*", "borrowing/two-mutable-borrows"));
        assert!(!glob_match("borrow/*", "borrowing/two"));
        assert!(glob_match("a/b?", "a/bc"));
    }

    #[test]
    fn partitions_parse_and_split_every_pair_once() {
        assert!("0/3".parse::<Partition>().is_err());
        assert!("4/3".parse::<Partition>().is_err());
        assert!("x".parse::<Partition>().is_err());
        let parts: Vec<Partition> = (1..=3).map(|k| format!("{k}/3").parse().unwrap()).collect();
        for learner in ["ann", "bob", "cy"] {
            for ex in ["a/one", "a/two", "b/three"] {
                assert_eq!(parts.iter().filter(|p| p.includes(learner, ex)).count(), 1);
            }
        }
    }
}
