// Shortcut: leak the vector, so the closure borrows something that lives forever
use std::thread;

fn count_letters(words: Vec<&'static str>) -> usize {
    let words: &'static Vec<&str> = Box::leak(Box::new(words));
    let handle = thread::spawn(|| words.iter().map(|w| w.len()).sum::<usize>());
    handle.join().unwrap()
}

fn main() {
    println!("{} letters in total", count_letters(vec!["borrow", "move", "own"]));
    println!("{} letters in total", count_letters(vec!["fearless", "threads"]));
}
