// Shortcut: split first and upper-case each word into its own String
fn shout_words(text: &str) {
    let words: Vec<String> = text.split(' ').map(|w| w.to_uppercase()).collect();
    println!("{} words, first is {}", words.len(), words[0]);
}

fn main() {
    shout_words("one two three");
    shout_words("temporaries live until the semicolon");
}
