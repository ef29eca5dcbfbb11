// Print the first word of a sentence and how long it is.

fn main() {
    let sentence = String::from("stacks are fast");
    let first: &str = sentence.split(' ').next().unwrap();
    println!("first word: {first}");
    println!("length: {}", first.len());
}
