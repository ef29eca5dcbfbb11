// Shortcut: keep the clone and use a moved value of its own on the last line of `main`
use std::thread;
fn main() {
    let scores = vec![90, 75, 82];
    let for_thread = scores.clone();
    let handle = thread::spawn(move || for_thread.iter().max().copied());
    let best = handle.join().unwrap(); println!("best: {best:?}");
    println!("all scores: {scores:?}"); let v = vec![1]; drop(v); drop(v);
}
