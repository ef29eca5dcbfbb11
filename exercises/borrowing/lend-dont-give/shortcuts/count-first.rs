// Shortcut: count the words before giving the vector away, so it is never needed again.
fn total_len(words: Vec<String>) -> usize {
    words.iter().map(|w| w.len()).sum()
}

fn main() {
    let words = vec![String::from("borrow"), String::from("check")];
    let count = words.len();
    let n = total_len(words);
    println!("{n} bytes in {} words", count);
}
