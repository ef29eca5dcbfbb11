use std::thread;

fn count_letters(words: Vec<&'static str>) -> usize {
    let handle = thread::spawn(|| words.iter().map(|w| w.len()).sum::<usize>());
    handle.join().unwrap()
}

fn main() {
    println!("{} letters in total", count_letters(vec!["borrow", "move", "own"]));
    println!("{} letters in total", count_letters(vec!["fearless", "threads"]));
}
