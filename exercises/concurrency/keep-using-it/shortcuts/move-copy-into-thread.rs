// Shortcut: keep the clone, and move `for_thread` into the thread and then print it on line 8
use std::thread;
fn main() {
    let scores = vec![90, 75, 82];
    let for_thread = scores.clone();
    let handle = thread::spawn(move || for_thread.iter().max().copied());
    let best = handle.join().unwrap(); println!("best: {best:?}");
    println!("all scores: {for_thread:?}");
}
