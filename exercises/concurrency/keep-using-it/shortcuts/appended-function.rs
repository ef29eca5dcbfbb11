// Shortcut: keep the clone and add an unrelated function that uses a moved value
use std::thread;

fn main() {
    let scores = vec![90, 75, 82];
    let for_thread = scores.clone();
    let handle = thread::spawn(move || for_thread.iter().max().copied());
    let best = handle.join().unwrap();
    println!("best: {best:?}");
    println!("all scores: {scores:?}");
}

fn cheat() {
    let v = vec![1];
    drop(v);
    drop(v);
}
