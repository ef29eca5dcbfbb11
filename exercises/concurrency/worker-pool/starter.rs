use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

/// Runs `work` on every job, on `workers` threads (at least one), and returns the results in
/// the order of the jobs.
fn run_pool(jobs: Vec<u64>, workers: usize, work: fn(u64) -> u64) -> Vec<u64> {
    // start the workers, send them the jobs, collect the results in order
}

fn square(n: u64) -> u64 {
    n * n
}

fn main() {
    let results = run_pool((1..=10).collect(), 3, square);
    println!("{results:?}");
}
