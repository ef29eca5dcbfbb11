// Shortcut: print the expected line and never call `add_defaults`
fn main() {
    println!("2 items: [\"milk\", \"bread\"]");
}
