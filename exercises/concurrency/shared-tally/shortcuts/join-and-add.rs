// Shortcut: let each thread count on its own and add up the results, so nothing is shared
use std::thread;

fn main() {
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
    let mut votes = 0;
    for handle in handles {
        votes += handle.join().unwrap();
    }
    println!("votes: {votes}");
}
