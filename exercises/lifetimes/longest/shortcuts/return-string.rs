// Shortcut: return an owned String, so no lifetime is needed
fn longest(x: &str, y: &str) -> String {
    if x.len() >= y.len() { x.to_string() } else { y.to_string() }
}

fn main() {
    let a = String::from("ownership");
    let b = String::from("borrowing");
    println!("{}", longest(&a, &b));
    println!("{}", longest("lifetime", "elision"));
    println!("{}", longest("ref", "borrow"));
}
