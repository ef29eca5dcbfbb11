// Shortcut: a lifetime parameter tied to nothing, returning a string literal instead of the built String
fn make_greeting<'a>() -> &'a str {
    "hello, world"
}

fn main() {
    let g = make_greeting();
    println!("{g}");
}
