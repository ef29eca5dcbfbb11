/* Shortcut: an array of scores is Copy, so the thread copies it; a second `scores` is moved twice on line 8 */ use std::thread;

fn main() {
    let scores = [90, 75, 82];
    let handle = thread::spawn(move || scores.iter().max().copied());
    let best = handle.join().unwrap();
    println!("best: {best:?}");
    println!("all scores: {scores:?}"); let scores = vec![1]; drop(scores); drop(scores);
}
