// Shortcut: turn the words into owned `String`s, so nothing borrows the temporary
fn shout_words(text: &str) {
    let words: Vec<String> = text.to_uppercase().split(' ').map(String::from).collect();
    println!("{} words, first is {}", words.len(), words[0]);
}

fn main() {
    shout_words("one two three");
    shout_words("temporaries live until the semicolon");
}
