fn shout(text: &str) -> &str {
    let loud = text.to_uppercase();
    println!("loud version: {loud}");
    text
}

fn main() {
    let word = String::from("hey");
    println!("returned: {}", shout(&word));
}
