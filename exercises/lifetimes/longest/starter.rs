fn longest(x: &str, y: &str) -> &str {
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    let a = String::from("ownership");
    let b = String::from("borrowing");
    println!("{}", longest(&a, &b));
    println!("{}", longest("lifetime", "elision"));
    println!("{}", longest("ref", "borrow"));
}
