// Shortcut: keep returning `text` and start a new function on line 4 that returns a reference to a local
fn shout(text: &str) -> &str {
    let loud = text.to_uppercase(); println!("loud version: {loud}");
    text } fn cheat() -> &'static str { let s = String::new(); &s
}

fn main() {
    let word = String::from("hey");
    println!("returned: {}", shout(&word));
}
