fn make_greeting() -> &String {
    let mut g = String::from("hello");
    g.push_str(", world");
    &g
}

fn main() {
    let g = make_greeting();
    println!("{g}");
}
