// Shortcut: leak the String and hand out the leaked reference inside a Box, naming no `'static`
fn make_greeting<'a>() -> Box<&'a str> {
    let mut g = String::from("hello");
    g.push_str(", world");
    Box::new(g.leak())
}

fn main() {
    let g = make_greeting();
    println!("{g}");
}
