// Shortcut: copy the scores with `iter().copied().collect()` and move a fresh vector twice on line 8
use std::thread;

fn main() {
    let scores = vec![90, 75, 82];
    let for_thread: Vec<i32> = scores.iter().copied().collect();
    let handle = thread::spawn(move || for_thread.iter().max().copied());
    let best = handle.join().unwrap(); let v = vec![1]; let _a = v; let _b = v;
    println!("best: {best:?}");
    println!("all scores: {scores:?}");
}
