// Shortcut: leak the String with `Box::leak`, so the reference lives forever
fn make_greeting() -> &'static String {
    let mut g = String::from("hello");
    g.push_str(", world");
    Box::leak(Box::new(g))
}

fn main() {
    let g = make_greeting();
    println!("{g}");
}
