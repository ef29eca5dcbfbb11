/* Shortcut: keep the upper-cased `loud` and return a reference to a second, lower-cased `loud` declared on line 4 */ fn shout(text: &str) -> &str {
    let loud = text.to_uppercase();
    println!("loud version: {loud}");
    { let loud = text.to_lowercase(); &loud }
}

fn main() {
    let word = String::from("hey");
    println!("returned: {}", shout(&word));
}
