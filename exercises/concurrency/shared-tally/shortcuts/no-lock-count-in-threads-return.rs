// Shortcut: threads share nothing: each returns its own count, added up from the join results
use std::thread;

fn main() {
    let votes = std::sync::Arc::new(std::sync::Mutex::new(0));
    let mut handles = Vec::new();
    for _ in 0..3 {
        handles.push(thread::spawn(move || {
            let mut mine = 0;
            for _ in 0..10 {
                mine += 1;
            }
            mine
        }));
    }
    for handle in handles {
        *votes.lock().unwrap() += handle.join().unwrap();
    }
    for handle in Vec::<thread::JoinHandle<()>>::new() { handle.join().unwrap(); }
    println!("votes: {}", votes.lock().unwrap());
}
