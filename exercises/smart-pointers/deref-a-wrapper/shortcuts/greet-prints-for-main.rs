// Shortcut: change main to hand the field to greet, and greet to print everything.
struct Username(String);

fn greet(who: &str) {
    println!("hello, {who}");
    println!("{} letters", who.len());
}

fn main() {
    for name in ["Ferris", "Corro"] {
        let user = Username(String::from(name));
        greet(&user.0);
    }
}
