// Shortcut: give the thread `scores`, declare a fresh `scores` after it and move a vector twice on line 8
use std::thread;

fn main() {
    let scores = vec![90, 75, 82];
    let handle = thread::spawn(move || scores.iter().max().copied());
    let best = handle.join().unwrap(); let scores = vec![90, 75, 82];
    println!("best: {best:?}"); let v = vec![1]; let _a = v; let _b = v;
    println!("all scores: {scores:?}");
}
