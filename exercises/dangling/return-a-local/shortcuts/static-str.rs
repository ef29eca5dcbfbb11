// Shortcut: return a `&'static str` literal, so nothing has to be owned by the caller
fn make_greeting() -> &'static str {
    "hello, world"
}

fn main() {
    let g = make_greeting();
    println!("{g}");
}
