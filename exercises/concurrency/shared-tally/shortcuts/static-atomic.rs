// Shortcut: keep the tally in a global atomic, so nothing has to be shared between the threads
use std::sync::atomic::{AtomicU32, Ordering};
use std::thread;

static VOTES: AtomicU32 = AtomicU32::new(0);

fn main() {
    let mut handles = Vec::new();
    for _ in 0..3 {
        handles.push(thread::spawn(move || {
            for _ in 0..10 {
                VOTES.fetch_add(1, Ordering::SeqCst);
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("votes: {}", VOTES.load(Ordering::SeqCst));
}
