// Shortcut: keep the starter and add a function whose result has no lifetime to borrow from
fn first_word(text: &str) -> &str {
    text.split(' ').next().unwrap_or("")
}

fn main() {
    println!("{}", first_word("elision rules"));
}

fn cheat(a: &str, b: &str) -> &str {
    a
}
