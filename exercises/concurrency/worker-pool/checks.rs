use super::*;
use std::collections::HashSet;
use std::sync::Mutex as CheckMutex;
use std::thread::ThreadId;
use std::time::Duration;

pub const CHECKS: &[(&str, fn())] = &[
    ("no jobs give no results", no_jobs),
    ("one worker does every job", one_worker),
    ("more workers than jobs is fine", more_workers_than_jobs),
    ("results keep the order of the jobs when some jobs take longer", order_kept),
    ("no job runs on the calling thread", not_on_the_caller),
    ("at most `workers` threads run jobs, and several do", thread_count),
    ("a worker that is free takes the next job: the jobs are not dealt out in advance", free_worker_takes_the_next_job),
];

fn double(n: u64) -> u64 {
    n * 2
}

fn no_jobs() {
    check_eq!(run_pool(Vec::new(), 2, double), Vec::<u64>::new());
}

fn one_worker() {
    check_eq!(run_pool(vec![1, 2, 3], 1, double), vec![2, 4, 6]);
}

fn more_workers_than_jobs() {
    check_eq!(run_pool(vec![5, 6], 8, double), vec![10, 12]);
}

fn slow_for_small(n: u64) -> u64 {
    // small jobs take longer, so they finish last
    std::thread::sleep(Duration::from_millis(30 - 3 * n.min(9)));
    n + 100
}

fn order_kept() {
    check_eq!(run_pool((0..10).collect(), 4, slow_for_small), (100..110).collect::<Vec<u64>>());
}

static SEEN: CheckMutex<Vec<ThreadId>> = CheckMutex::new(Vec::new());

fn record(n: u64) -> u64 {
    std::thread::sleep(Duration::from_millis(20));
    SEEN.lock().unwrap().push(std::thread::current().id());
    n
}

fn not_on_the_caller() {
    SEEN.lock().unwrap().clear();
    run_pool(vec![1, 2, 3], 2, record);
    let me = std::thread::current().id();
    check!(!SEEN.lock().unwrap().contains(&me), "a job ran on the thread that called run_pool");
}

fn thread_count() {
    SEEN.lock().unwrap().clear();
    run_pool((0..12).collect(), 3, record);
    let distinct: HashSet<ThreadId> = SEEN.lock().unwrap().iter().copied().collect();
    check!(distinct.len() <= 3, "{} threads ran jobs with 3 workers", distinct.len());
    check!(distinct.len() >= 2, "only one thread ran the twelve slow jobs of a pool of 3");
}

static RAN: CheckMutex<Vec<(u64, ThreadId)>> = CheckMutex::new(Vec::new());

fn first_is_slow(n: u64) -> u64 {
    // job 0 keeps its worker busy while the other worker could do all the rest
    std::thread::sleep(Duration::from_millis(if n == 0 { 1500 } else { 2 }));
    RAN.lock().unwrap().push((n, std::thread::current().id()));
    n
}

fn free_worker_takes_the_next_job() {
    RAN.lock().unwrap().clear();
    check_eq!(run_pool((0..6).collect(), 2, first_is_slow), (0..6).collect::<Vec<u64>>());
    let ran = RAN.lock().unwrap().clone();
    let slow = ran.iter().find(|(n, _)| *n == 0).map(|(_, t)| *t);
    let others: Vec<u64> = ran.iter().filter(|(n, t)| *n != 0 && Some(*t) == slow).map(|(n, _)| *n).collect();
    check!(
        others.is_empty(),
        "the worker busy with the slow job 0 also ran jobs {:?}, which the free worker could have taken: hand out each job when a worker asks for one, through a channel",
        others
    );
}
