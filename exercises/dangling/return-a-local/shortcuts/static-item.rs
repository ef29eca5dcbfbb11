// Shortcut: keep the greeting in a `static` item and return a reference to it
static GREETING: &str = "hello, world";

fn make_greeting<'a>() -> &'a str {
    GREETING
}

fn main() {
    let g = make_greeting();
    println!("{g}");
}
