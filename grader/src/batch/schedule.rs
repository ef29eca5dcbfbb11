//! Running batch tasks on `jobs` worker threads: batch compiles, runs of cases from a batch
//! binary (each its own process, with its own limits), and cases checked alone. A task may add
//! tasks (a re-batch, the runs of a built binary); the run ends when no task is queued or running.
//! A verdict judged for a case is judged again for each of its [`Twins`] from the same compile
//! and run.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Instant;

use super::Class;
use super::compile::{self, Built, Fate};
use super::crate_gen::{self, PREFIX};
use super::twins::Twins;
use crate::check::{Case, CaseStart, Checker, Start, safe_file_name};
use crate::diagnostics::Parsed;
use crate::verdict::{CompileOutcome, RunOutcome, Verdict, judge};

/// One unit of work.
pub(crate) enum Task {
    /// Compile these cases (indices) as one crate.
    Compile {
        /// How they are compiled.
        class: Class,
        /// Their indices.
        members: Vec<usize>,
        /// Whether the first member is the crate's root file (a case that names `crate`, in a
        /// batch that is only compiled).
        root: bool,
    },
    /// Run one case from a built batch binary and judge it.
    Run {
        /// The case index.
        index: usize,
        /// Its diagnostics from the batch compile.
        parsed: Parsed,
        /// The binary.
        built: Arc<Built>,
        /// When its batch compile started, for its duration.
        start: Instant,
        /// When it was built without its hidden checks, which could not use it: their error.
        without_checks: Option<String>,
    },
    /// Check one case alone.
    Alone(usize),
}

/// What the tasks produced.
#[derive(Default)]
pub(crate) struct Outcome {
    pub verdicts: Vec<(usize, Verdict)>,
    pub batches: usize,
    pub batched: usize,
    pub alone: usize,
    pub alone_reasons: BTreeMap<usize, String>,
}

struct State {
    queue: VecDeque<Task>,
    active: usize,
    out: Outcome,
    /// Cases whose hidden checks could not use them, with the error: compiled without them.
    without_checks: BTreeMap<usize, String>,
}

/// Runs `tasks` (and the tasks they add) on `jobs` threads; `record` sees each verdict.
pub(crate) fn run(
    checker: &Checker,
    cases: &[Case],
    twins: &Twins,
    tasks: Vec<Task>,
    jobs: usize,
    record: &(dyn Fn(usize, &Verdict) + Sync),
) -> Outcome {
    let state = Mutex::new(State {
        queue: tasks.into(),
        active: 0,
        out: Outcome::default(),
        without_checks: BTreeMap::new(),
    });
    let wake = Condvar::new();
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            scope.spawn(|| worker(checker, cases, twins, &state, &wake, record));
        }
    });
    state.into_inner().unwrap_or_else(|e| e.into_inner()).out
}

fn worker(
    checker: &Checker,
    cases: &[Case],
    twins: &Twins,
    state: &Mutex<State>,
    wake: &Condvar,
    record: &(dyn Fn(usize, &Verdict) + Sync),
) {
    let lock = || state.lock().unwrap_or_else(|e| e.into_inner());
    let and_twins = |i: usize| std::iter::once(i).chain(twins.of(i).iter().copied());
    loop {
        let task = {
            let mut s = lock();
            loop {
                if let Some(t) = s.queue.pop_front() {
                    s.active += 1;
                    break Some(t);
                }
                if s.active == 0 {
                    break None;
                }
                s = wake.wait(s).unwrap_or_else(|e| e.into_inner());
            }
        };
        let Some(task) = task else {
            wake.notify_all();
            return;
        };
        let mut more = Vec::new();
        let mut verdicts = Vec::new();
        let mut batches = 0;
        let mut reasons = Vec::new();
        match task {
            Task::Alone(i) => {
                let start = Instant::now();
                let v = checker.check(&cases[i]);
                if trace() {
                    let ms = start.elapsed().as_millis();
                    eprintln!("batch: checked {} alone in {ms} ms", cases[i].file_name);
                }
                for &t in twins.of(i) {
                    if cases[t].expect == cases[i].expect {
                        verdicts.push((t, v.clone(), false));
                    } else {
                        reasons.push((t, format!("its twin {i} was checked alone")));
                        more.push(Task::Alone(t));
                    }
                }
                verdicts.push((i, v, false));
            }
            Task::Run {
                index,
                parsed,
                built,
                start,
                without_checks,
            } => match run_one(checker, index, &built, cases[index].start()) {
                Some(run) => {
                    let mut judged = Vec::new();
                    let mut intact = true;
                    for t in and_twins(index) {
                        let mut v = match &run {
                            Ok(run) => {
                                finish(checker, &cases[t], parsed.clone(), Some(run.clone()), start)
                            }
                            Err(e) => Verdict::error(&cases[t].expect, e.clone()),
                        };
                        match &without_checks {
                            Some(error) => {
                                crate::checks::run::refuse_cannot_use(&mut v, error.clone())
                            }
                            None => {
                                intact &= checks_in_place(
                                    checker, &cases[t], index, &built, start, &mut v,
                                );
                            }
                        }
                        judged.push((t, v, true));
                    }
                    if intact {
                        verdicts.extend(judged);
                    } else {
                        reasons.push((index, TAMPERED.to_string()));
                        more.push(Task::Alone(index));
                    }
                }
                None => {
                    reasons.push((index, TAMPERED.to_string()));
                    more.push(Task::Alone(index));
                }
            },
            Task::Compile { members, root, .. } if members.len() == 1 => {
                let why = match root {
                    true => super::names_crate(),
                    false => "the only case left in its batch".to_string(),
                };
                reasons.push((members[0], why));
                more.push(Task::Alone(members[0]));
            }
            Task::Compile {
                class,
                members,
                root,
            } => {
                batches += 1;
                let start = Instant::now();
                let list: Vec<(usize, &Case)> = members.iter().map(|&i| (i, &cases[i])).collect();
                let build = class == Class::Runs;
                let edition = cases[members[0]].edition;
                let stripped: BTreeMap<usize, String> = {
                    let s = lock();
                    members
                        .iter()
                        .filter_map(|i| Some((*i, s.without_checks.get(i)?.clone())))
                        .collect()
                };
                let without: BTreeSet<usize> = stripped.keys().copied().collect();
                match compile::compile(checker, edition, &list, build, root, &without) {
                    Err(e) => {
                        for i in members.iter().flat_map(|&i| and_twins(i)) {
                            let msg = format!("could not run the check: {e}");
                            verdicts.push((i, Verdict::error(&cases[i].expect, msg), true));
                        }
                    }
                    Ok(fates) => {
                        let took = start.elapsed();
                        let mut rebatch = Vec::new();
                        let mut halve = Vec::new();
                        let mut apart = Vec::new();
                        let mut unusable = Vec::new();
                        for (k, (&i, fate)) in members.iter().zip(fates).enumerate() {
                            // A root case stays the root of the batch it is re-checked in
                            // (it comes first there, as here), never of one made apart.
                            let fate = match fate {
                                Fate::Apart if root && k == 0 => Fate::Alone(ROOT_UNTRUSTED),
                                fate => fate,
                            };
                            match fate {
                                Fate::Trusted(parsed, Some(built)) => {
                                    more.push(Task::Run {
                                        index: i,
                                        parsed,
                                        built,
                                        start,
                                        without_checks: stripped.get(&i).cloned(),
                                    });
                                }
                                Fate::Trusted(parsed, None) => {
                                    for t in and_twins(i) {
                                        let mut v =
                                            finish(checker, &cases[t], parsed.clone(), None, start);
                                        if let Some(error) = stripped.get(&i) {
                                            crate::checks::run::refuse_cannot_use(
                                                &mut v,
                                                error.clone(),
                                            );
                                        }
                                        verdicts.push((t, v, true));
                                    }
                                }
                                Fate::WithoutChecks(error) => unusable.push((i, error)),
                                Fate::Rebatch => rebatch.push(i),
                                Fate::Halve => halve.push(i),
                                Fate::Apart => apart.push(i),
                                Fate::Alone(why) => {
                                    reasons.push((i, why.to_string()));
                                    more.push(Task::Alone(i));
                                }
                            }
                        }
                        if trace() {
                            eprintln!(
                                "batch: compiled {class:?} batch of {}{} in {} ms: {} re-checked with the clean ones, {} halved, {} apart",
                                members.len(),
                                if root {
                                    " (root: a case that names `crate`)"
                                } else {
                                    ""
                                },
                                took.as_millis(),
                                rebatch.len(),
                                halve.len(),
                                apart.len()
                            );
                        }
                        if !unusable.is_empty() {
                            let mut s = lock();
                            let members = unusable.iter().map(|(i, _)| *i).collect();
                            s.without_checks.extend(unusable);
                            more.push(Task::Compile {
                                class,
                                members,
                                root: false,
                            });
                        }
                        let (first, second) = halve.split_at(halve.len() / 2);
                        let apart =
                            super::names::apart(&apart, &sources(cases), super::MAX_BATCH, 0);
                        for members in [rebatch, first.to_vec(), second.to_vec()]
                            .into_iter()
                            .chain(apart)
                        {
                            if !members.is_empty() {
                                let root = root && members[0] == list[0].0;
                                more.push(Task::Compile {
                                    class,
                                    members,
                                    root,
                                });
                            }
                        }
                    }
                }
            }
        }
        for (i, v, _) in &verdicts {
            record(*i, v);
        }
        let mut s = lock();
        s.out.batches += batches;
        for (i, v, from_batch) in verdicts {
            if from_batch {
                s.out.batched += 1;
            } else {
                s.out.alone += 1;
            }
            s.out.verdicts.push((i, v));
        }
        s.out.alone_reasons.extend(reasons);
        // Runs first: they free their batch's binary; compiles before single checks.
        for t in more {
            match t {
                Task::Alone(_) => s.queue.push_back(t),
                _ => s.queue.push_front(t),
            }
        }
        s.active -= 1;
        drop(s);
        wake.notify_all();
    }
}

/// Whether each batch compile is reported on stderr (`GRADER_BATCH_STATS=2`).
fn trace() -> bool {
    static TRACE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *TRACE.get_or_init(|| std::env::var_os("GRADER_BATCH_STATS").is_some_and(|v| v == "2"))
}

/// Why a case that was the root of its batch is checked alone after all.
const ROOT_UNTRUSTED: &str = "it names `crate`, and its diagnostics named a batch module";

/// Every case's source, by index.
fn sources(cases: &[Case]) -> Vec<&str> {
    cases.iter().map(|c| c.source.as_str()).collect()
}

/// Why a case whose batch binary was changed is checked alone.
const TAMPERED: &str = "its batch's binary was changed while cases ran from it";

/// Runs case `index` from `built` (where it lies, read-only) in a directory of its own, as an
/// isolated check would, started as `how`: what it did, or why it could not be run. `None` when
/// the binary is no longer the one built, before or after this run: then the run proves
/// nothing, and the case is checked alone.
fn run_one(
    checker: &Checker,
    index: usize,
    built: &Built,
    how: Start<'static>,
) -> Option<Result<RunOutcome, String>> {
    if !built.intact() {
        return None;
    }
    let dir = built.dir.path().join(crate_gen::run_dir_name(index));
    let run =
        std::fs::create_dir(&dir).and_then(|()| checker.start_program(&dir, &built.program, how));
    let _ = std::fs::remove_dir_all(&dir);
    if !built.intact() {
        return None;
    }
    Some(match run {
        Ok(mut run) => {
            let prefix = format!("{PREFIX}{index}/");
            run.stdout = run.stdout.replace(&prefix, "");
            run.stderr = run.stderr.replace(&prefix, "");
            Ok(run)
        }
        Err(e) => Err(format!("could not run the check: {e}")),
    })
}

/// Runs the hidden checks of `case` (whose program is case `index` of `built`) on its passing
/// `verdict`, from a directory of its own; `false` when the binary was changed meanwhile (the
/// verdict then proves nothing).
fn checks_in_place(
    checker: &Checker,
    case: &Case,
    index: usize,
    built: &Built,
    start: Instant,
    verdict: &mut Verdict,
) -> bool {
    let Some(checks) = case.checks() else {
        return true;
    };
    if verdict.status != crate::Status::Pass {
        return true;
    }
    let dir = built.dir.path().join(crate_gen::run_dir_name(index));
    let prefix = format!("{PREFIX}{index}/");
    if let Err(e) = std::fs::create_dir(&dir) {
        *verdict = Verdict::error(
            &case.expect,
            format!("could not run the hidden checks: {e}"),
        );
        return true;
    }
    let (program, source) = (&built.program, &case.source);
    crate::checks::run::apply(
        checker,
        &dir,
        program,
        checks,
        source,
        Some(&prefix),
        verdict,
    );
    let _ = std::fs::remove_dir_all(&dir);
    verdict.duration_ms = start.elapsed().as_millis() as u64;
    built.intact()
}

/// Judges a case from its share of a trusted batch compile (and its run), as `Checker::check`
/// judges an isolated one.
fn finish(
    checker: &Checker,
    case: &Case,
    parsed: Parsed,
    run: Option<RunOutcome>,
    start: Instant,
) -> Verdict {
    let file_name = safe_file_name(&case.file_name);
    let success = parsed.errors().next().is_none();
    let compile = CompileOutcome {
        success,
        parsed,
        ..CompileOutcome::default()
    };
    let mut verdict = judge(&case.expect, &compile, run.as_ref(), &file_name);
    if !compile.success {
        crate::verdict::denied_at_compile_time(&mut verdict);
    }
    if let Some(rules) = &case.rules {
        crate::rules::enforce(rules, &case.source, &mut verdict);
    }
    verdict.duration_ms = start.elapsed().as_millis() as u64;
    verdict.isolation = Some(checker.isolation_report());
    verdict
}
