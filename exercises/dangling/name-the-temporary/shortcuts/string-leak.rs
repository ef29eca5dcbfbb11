// Shortcut: leak the upper-cased String, so the words borrow from memory that is never freed
fn shout_words(text: &str) {
    let words: Vec<&str> = text.to_uppercase().leak().split(' ').collect();
    println!("{} words, first is {}", words.len(), words[0]);
}

fn main() {
    shout_words("one two three");
    shout_words("temporaries live until the semicolon");
}
