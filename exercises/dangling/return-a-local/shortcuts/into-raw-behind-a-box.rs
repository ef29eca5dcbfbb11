// Shortcut: still hand out a reference to a never-freed String, made with `Box::into_raw`, wrapped in a Box
fn make_greeting<'a>() -> Box<&'a String> {
    let mut g = String::from("hello");
    g.push_str(", world");
    Box::new(unsafe { &*Box::into_raw(Box::new(g)) })
}

fn main() {
    let g = make_greeting();
    println!("{g}");
}
