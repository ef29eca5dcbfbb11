// Shortcut: build a new String with format! on each turn instead of growing one.
fn main() {
    let mut greeting = String::from("Hello");
    for name in ["Ada", "Grace"] {
        greeting = format!("{greeting}, {name}");
    }
    println!("{greeting}!");
}
