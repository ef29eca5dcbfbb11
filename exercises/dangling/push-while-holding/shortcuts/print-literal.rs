// Shortcut: print the expected lines from `main` instead of fixing `add_name`
fn main() {
    println!("first: Ada");
    println!("all: [\"Ada\", \"Grace\", \"Barbara\"]");
    println!("first: Ferris");
    println!("all: [\"Ferris\", \"Corro\"]");
}
