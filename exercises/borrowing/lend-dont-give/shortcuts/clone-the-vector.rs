// Shortcut: give `total_len` a copy of the vector.
fn total_len(words: Vec<String>) -> usize {
    words.iter().map(|w| w.len()).sum()
}

fn main() {
    let words = vec![String::from("borrow"), String::from("check")];
    let n = total_len(words.clone());
    println!("{n} bytes in {} words", words.len());
}
