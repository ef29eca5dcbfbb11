fn shout_words(text: &str) {
    let upper = text.to_uppercase(); // a named owner lives to the end of `shout_words`
    let words: Vec<&str> = upper.split(' ').collect();
    println!("{} words, first is {}", words.len(), words[0]);
}

fn main() {
    shout_words("one two three");
    shout_words("temporaries live until the semicolon");
}
