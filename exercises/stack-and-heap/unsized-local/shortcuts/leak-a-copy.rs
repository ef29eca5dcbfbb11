// Shortcut: leak an upper-case-free copy of the first word; the check on where it points catches it
fn main() {
    let sentence = String::from("stacks are fast");
    let first: &str = Box::leak(sentence.split(' ').next().unwrap().to_string().into_boxed_str());
    assert_eq!(first.as_ptr(), sentence.as_ptr(), "first must point into the sentence"); println!("first word: {first}"); println!("length: {}", first.len());
}
