// Shortcut: change main to take the field directly instead of dereferencing.
struct Username(String);

fn greet(who: &str) {
    println!("hello, {who}");
}

fn main() {
    for name in ["Ferris", "Corro"] {
        let user = Username(String::from(name));
        let inner: &String = &user.0;
        greet(inner);
        println!("{} letters", inner.len());
    }
}
