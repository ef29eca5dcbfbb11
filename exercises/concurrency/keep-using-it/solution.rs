use std::thread;

fn main() {
    let scores = vec![90, 75, 82];
    let handle = thread::spawn(move || scores.iter().max().copied());
    let best = handle.join().unwrap();
    println!("best: {best:?}");
    println!("all scores: {scores:?}"); //~ E0382
}
