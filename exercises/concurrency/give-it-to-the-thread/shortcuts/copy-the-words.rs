// Shortcut: hand the thread a copy of the words (`to_vec`) and keep the original
use std::thread;

fn count_letters(words: Vec<&'static str>) -> usize {
    let copy = words.to_vec();
    let handle = thread::spawn(move || copy.iter().map(|w| w.len()).sum::<usize>());
    let n = handle.join().unwrap();
    drop(words);
    n
}

fn main() {
    println!("{} letters in total", count_letters(vec!["borrow", "move", "own"]));
    println!("{} letters in total", count_letters(vec!["fearless", "threads"]));
}
