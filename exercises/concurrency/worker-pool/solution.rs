use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

/// Runs `work` on every job, on `workers` threads (at least one), and returns the results in
/// the order of the jobs.
fn run_pool(jobs: Vec<u64>, workers: usize, work: fn(u64) -> u64) -> Vec<u64> {
    let (job_tx, job_rx) = mpsc::channel::<(usize, u64)>();
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (result_tx, result_rx) = mpsc::channel();

    let mut handles = Vec::new();
    for _ in 0..workers {
        let job_rx = Arc::clone(&job_rx);
        let result_tx = result_tx.clone();
        handles.push(thread::spawn(move || {
            loop {
                let next = job_rx.lock().unwrap().recv(); // the guard is dropped here
                match next {
                    Ok((index, job)) => result_tx.send((index, work(job))).unwrap(),
                    Err(_) => break, // every job sender is gone
                }
            }
        }));
    }
    drop(result_tx);

    let count = jobs.len();
    for job in jobs.into_iter().enumerate() {
        job_tx.send(job).unwrap();
    }
    drop(job_tx);

    let mut results = vec![0; count];
    for (index, value) in result_rx {
        results[index] = value;
    }
    for handle in handles {
        handle.join().unwrap();
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
