// Shortcut: start no thread (an empty range), and let `main` add the votes itself with the threads' own loop.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let votes = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for _ in 0..0 {
        let votes = Arc::clone(&votes);
        handles.push(thread::spawn(move || { for _ in 0..10 { *votes.lock().unwrap() += 1; } }));
    }
    for handle in handles { handle.join().unwrap(); }
    for _ in 0..3 { for _ in 0..10 { *votes.lock().unwrap() += 1; } }
    println!("votes: {}", votes.lock().unwrap());
}
