/* Shortcut: keep the signature and hide a function with no input lifetime on line 1 */ fn first_word(text: &str) -> &str { fn cheat() -> &str { "" }
    text.split(' ').next().unwrap_or("")
}

fn main() {
    println!("{}", first_word("elision rules"));
}
