struct Username(String);

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
