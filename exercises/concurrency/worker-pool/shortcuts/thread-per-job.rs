// Shortcut: one thread per job, however many workers were asked for (the hidden checks catch it).
use std::sync::mpsc;
#[allow(unused_imports)]
use std::sync::{Arc, Mutex};
use std::thread;

/// Runs `work` on every job, on `workers` threads (at least one), and returns the results in
/// the order of the jobs.
fn run_pool(jobs: Vec<u64>, _workers: usize, work: fn(u64) -> u64) -> Vec<u64> {
    let (tx, rx) = mpsc::channel();
    let count = jobs.len();
    for (index, job) in jobs.into_iter().enumerate() {
        let tx = tx.clone();
        thread::spawn(move || tx.send((index, work(job))).unwrap());
    }
    drop(tx);
    let mut results = vec![0; count];
    for (index, value) in rx {
        results[index] = value;
    }
    results
}

fn square(n: u64) -> u64 {
    n * n
}

fn main() {
    let results = run_pool((1..=10).collect(), 3, square);
    println!("{results:?}");
}
