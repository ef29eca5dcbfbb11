// Shortcut: keep a copy of the words, let the thread count the original and throw its answer away, and count the copy in the calling thread.
use std::thread;

fn count_letters(words: Vec<&'static str>) -> usize {
    let copy: Vec<&str> = words.iter().copied().collect();
    let handle = thread::spawn(move || words.iter().map(|w| w.len()).sum::<usize>());
    drop(handle);
    copy.iter().copied().map(str::len).sum()
}

fn main() {
    println!("{} letters in total", count_letters(vec!["borrow", "move", "own"]));
    println!("{} letters in total", count_letters(vec!["fearless", "threads"]));
}
