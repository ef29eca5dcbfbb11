//! Running batch tasks on `jobs` worker threads: batch compiles, runs of cases from a batch
//! binary (each its own process, with its own limits), and cases checked alone. A task may add
//! tasks (a re-batch, the runs of a built binary); the run ends when no task is queued or running.

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Instant;

use super::Class;
use super::compile::{self, Built, Fate};
use super::crate_gen::{self, PREFIX};
use crate::check::{Case, Checker, safe_file_name};
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
}

/// Runs `tasks` (and the tasks they add) on `jobs` threads; `record` sees each verdict.
pub(crate) fn run(
    checker: &Checker,
    cases: &[Case],
    tasks: Vec<Task>,
    jobs: usize,
    record: &(dyn Fn(usize, &Verdict) + Sync),
) -> Outcome {
    let state = Mutex::new(State {
        queue: tasks.into(),
        active: 0,
        out: Outcome::default(),
    });
    let wake = Condvar::new();
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            scope.spawn(|| worker(checker, cases, &state, &wake, record));
        }
    });
    state.into_inner().unwrap_or_else(|e| e.into_inner()).out
}

fn worker(
    checker: &Checker,
    cases: &[Case],
    state: &Mutex<State>,
    wake: &Condvar,
    record: &(dyn Fn(usize, &Verdict) + Sync),
) {
    let lock = || state.lock().unwrap_or_else(|e| e.into_inner());
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
            Task::Alone(i) => verdicts.push((i, checker.check(&cases[i]), false)),
            Task::Run {
                index,
                parsed,
                built,
                start,
            } => match run_one(checker, &cases[index], index, parsed, &built, start) {
                Some(v) => verdicts.push((index, v, true)),
                None => {
                    reasons.push((index, TAMPERED.to_string()));
                    more.push(Task::Alone(index));
                }
            },
            Task::Compile { members, .. } if members.len() == 1 => {
                reasons.push((members[0], "the only case left in its batch".to_string()));
                more.push(Task::Alone(members[0]));
            }
            Task::Compile { class, members } => {
                batches += 1;
                let start = Instant::now();
                let list: Vec<(usize, &Case)> = members.iter().map(|&i| (i, &cases[i])).collect();
                let build = class == Class::Runs;
                match compile::compile(checker, cases[members[0]].edition, &list, build) {
                    Err(e) => {
                        for &i in &members {
                            let msg = format!("could not run the check: {e}");
                            verdicts.push((i, Verdict::error(&cases[i].expect, msg), true));
                        }
                    }
                    Ok(fates) => {
                        let mut rebatch = Vec::new();
                        let mut halve = Vec::new();
                        for (&i, fate) in members.iter().zip(fates) {
                            match fate {
                                Fate::Trusted(parsed, Some(built)) => {
                                    more.push(Task::Run {
                                        index: i,
                                        parsed,
                                        built,
                                        start,
                                    });
                                }
                                Fate::Trusted(parsed, None) => {
                                    let v = finish(checker, &cases[i], parsed, None, start);
                                    verdicts.push((i, v, true));
                                }
                                Fate::Rebatch => rebatch.push(i),
                                Fate::Halve => halve.push(i),
                                Fate::Alone(why) => {
                                    reasons.push((i, why.to_string()));
                                    more.push(Task::Alone(i));
                                }
                            }
                        }
                        let (first, second) = halve.split_at(halve.len() / 2);
                        for members in [rebatch, first.to_vec(), second.to_vec()] {
                            if !members.is_empty() {
                                more.push(Task::Compile { class, members });
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

/// Why a case whose batch binary was changed is checked alone.
const TAMPERED: &str = "its batch's binary was changed while cases ran from it";

/// Runs case `index` from `built` (where it lies, read-only) in a directory of its own, as an
/// isolated check would. `None` when the binary is no longer the one built, before or after
/// this run: then the run proves nothing, and the case is checked alone.
fn run_one(
    checker: &Checker,
    case: &Case,
    index: usize,
    parsed: Parsed,
    built: &Built,
    start: Instant,
) -> Option<Verdict> {
    if !built.intact() {
        return None;
    }
    let dir = built.dir.path().join(crate_gen::run_dir_name(index));
    let prefix = format!("{PREFIX}{index}/");
    let run = std::fs::create_dir(&dir)
        .and_then(|()| checker.start_program(&dir, &built.program, case.start()));
    let verdict = match run {
        Ok(mut run) => {
            run.stdout = run.stdout.replace(&prefix, "");
            run.stderr = run.stderr.replace(&prefix, "");
            let mut verdict = finish(checker, case, parsed, Some(run), start);
            if let Some(checks) = case.checks() {
                let program = &built.program;
                crate::checks::run::apply(
                    checker,
                    &dir,
                    program,
                    checks,
                    Some(&prefix),
                    &mut verdict,
                );
                verdict.duration_ms = start.elapsed().as_millis() as u64;
            }
            verdict
        }
        Err(e) => Verdict::error(&case.expect, format!("could not run the check: {e}")),
    };
    let _ = std::fs::remove_dir_all(&dir);
    built.intact().then_some(verdict)
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
    if !compile.success
        && let Some(what) = crate::sandbox::hostile_behaviour(&verdict.diagnostics)
    {
        verdict.message = format!("{what} at compile time: {}", verdict.message);
    }
    if let Some(rules) = &case.rules {
        crate::rules::enforce(rules, &case.source, &mut verdict);
    }
    verdict.duration_ms = start.elapsed().as_millis() as u64;
    verdict.isolation = Some(checker.isolation_report());
    verdict
}
