fn make_greeting() -> String {
    let mut g = String::from("hello");
    g.push_str(", world");
    g // move the String out to the caller
}

fn main() {
    let g = make_greeting();
    println!("{g}");
}
