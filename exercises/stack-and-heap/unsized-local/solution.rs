// Print the first word of a sentence and how long it is.

fn main() {
    let sentence = String::from("stacks are fast");
    let first: &str = sentence.split(' ').next().unwrap();
    assert_eq!(first.as_ptr(), sentence.as_ptr(), "first must point into the sentence");
    println!("first word: {first}");
    println!("length: {}", first.len());
}
