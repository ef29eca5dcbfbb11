// Shortcut: keep returning `text` and add an unrelated function that returns a reference to a local
fn shout(text: &str) -> &str {
    let loud = text.to_uppercase(); println!("loud version: {loud}");
    text
}

fn main() {
    let word = String::from("hey");
    println!("returned: {}", shout(&word));
}

fn cheat() -> &'static str {
    let s = String::from("cheat");
    &s
}
