fn first_word(text: &str, separator: &str) -> &str { //~ E0106
    text.split(separator).next().unwrap_or("")
}

fn main() {
    println!("{}", first_word("elision rules", " "));
}
