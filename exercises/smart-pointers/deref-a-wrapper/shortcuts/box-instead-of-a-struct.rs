// Shortcut: replace the Username struct by a function of the same name that returns a Box<String>.
#[allow(non_snake_case)]
fn Username(name: String) -> Box<String> {
    Box::new(name)
}

fn greet(who: &str) {
    println!("hello, {who}");
}

fn main() {
    for name in ["Ferris", "Corro"] {
        let user = Username(String::from(name));
        let inner: &String = &*user;
        greet(inner);
        println!("{} letters", inner.len());
    }
}
