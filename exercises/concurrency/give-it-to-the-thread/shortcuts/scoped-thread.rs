// Shortcut: switch to `thread::scope`, whose threads may borrow, so no `move` is needed
use std::thread;

fn count_letters(words: Vec<&'static str>) -> usize {
    thread::scope(|s| s.spawn(|| words.iter().map(|w| w.len()).sum::<usize>()).join().unwrap())
}

fn main() {
    println!("{} letters in total", count_letters(vec!["borrow", "move", "own"]));
    println!("{} letters in total", count_letters(vec!["fearless", "threads"]));
}
