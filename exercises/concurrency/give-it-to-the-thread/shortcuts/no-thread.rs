// Shortcut: count in the calling thread and spawn nothing
fn count_letters(words: Vec<&'static str>) -> usize {
    words.iter().map(|w| w.len()).sum::<usize>()
}

fn main() {
    println!("{} letters in total", count_letters(vec!["borrow", "move", "own"]));
    println!("{} letters in total", count_letters(vec!["fearless", "threads"]));
}
