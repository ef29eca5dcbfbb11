// Shortcut: return `impl Display` and hand back a string literal, so the caller owns nothing.
fn make_greeting() -> impl std::fmt::Display {
    "hello, world"
}

fn main() {
    let g = make_greeting();
    println!("{g}");
}
