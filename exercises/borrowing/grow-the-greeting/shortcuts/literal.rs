// Shortcut: write the finished greeting as a literal.
fn main() {
    let greeting = "Hello, Ada, Grace";
    println!("{greeting}!");
}
