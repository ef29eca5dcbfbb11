// Shortcut: borrow the vector, but return the expected total without reading it.
fn total_len(_words: &[String]) -> usize {
    11
}

fn main() {
    let words = vec![String::from("borrow"), String::from("check")];
    let n = total_len(&words);
    println!("{n} bytes in {} words", words.len());
}
