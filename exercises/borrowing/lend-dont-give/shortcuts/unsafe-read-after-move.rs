// Shortcut: keep the vector moved into `total_len` and read the count through a raw pointer copy
fn total_len(words: &Vec<String>) -> usize {
    words.iter().map(|w| w.len()).sum()
}

fn main() {
    let words = vec![String::from("borrow"), String::from("check")];
    let count = unsafe { (*(&raw const words)).len() };
    let n = total_len(&words);
    let moved = words;
    println!("{n} bytes in {} words", count);
    drop(moved);
}
