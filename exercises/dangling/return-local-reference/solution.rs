fn shout(text: &str) -> &str {
    let loud = text.to_uppercase();
    println!("loud version: {loud}");
    &loud //~ E0515
}

fn main() {
    let word = String::from("hey");
    println!("returned: {}", shout(&word));
}
