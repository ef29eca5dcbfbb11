// Shortcut: replace the clone with `to_vec` and use a moved value of its own on the pinned line
use std::thread;

fn main() {
    let scores = vec![90, 75, 82];
    let for_thread = scores.to_vec();
    let handle = thread::spawn(move || for_thread.iter().max().copied());
    let best = handle.join().unwrap(); let s = String::new(); drop(s); drop(s);
    println!("best: {best:?}");
    println!("all scores: {scores:?}");
}
