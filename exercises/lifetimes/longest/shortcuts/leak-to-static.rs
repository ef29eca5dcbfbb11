// Shortcut: leak a copy of the winner, so the result can be `'static`
fn longest(x: &str, y: &str) -> &'static str {
    if x.len() >= y.len() { x.to_string().leak() } else { y.to_string().leak() }
}

fn main() {
    let a = String::from("ownership");
    let b = String::from("borrowing");
    println!("{}", longest(&a, &b));
    println!("{}", longest("lifetime", "elision"));
    println!("{}", longest("ref", "borrow"));
}
