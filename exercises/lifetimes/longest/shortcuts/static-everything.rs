// Shortcut: make every reference `'static` and change `main` to pass only literals
fn longest(x: &'static str, y: &'static str) -> &'static str {
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    println!("{}", longest("ownership", "borrowing"));
    println!("{}", longest("lifetime", "elision"));
    println!("{}", longest("ref", "borrow"));
}
