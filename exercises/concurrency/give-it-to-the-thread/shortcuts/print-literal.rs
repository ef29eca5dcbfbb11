// Shortcut: print the expected lines and never start a thread
fn main() {
    println!("13 letters in total");
    println!("15 letters in total");
}
