use std::thread;

fn main() {
    let words = vec!["borrow", "move", "own"];
    let handle = thread::spawn(|| words.iter().map(|w| w.len()).sum::<usize>());
    let letters = handle.join().unwrap();
    println!("{letters} letters in total");
}
