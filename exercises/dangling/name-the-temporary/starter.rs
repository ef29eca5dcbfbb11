fn shout_words(text: &str) {
    let words: Vec<&str> = text.to_uppercase().split(' ').collect();
    println!("{} words, first is {}", words.len(), words[0]);
}

fn main() {
    shout_words("one two three");
    shout_words("temporaries live until the semicolon");
}
