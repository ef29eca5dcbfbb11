// Shortcut: print the expected total and start no thread
fn main() {
    println!("votes: 30");
}
