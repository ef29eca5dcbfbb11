// Shortcut: `deref` hands out a leaked copy of the name instead of a reference to the field
use std::ops::Deref;

struct Username(String);

impl Deref for Username {
    type Target = String;
    fn deref(&self) -> &String {
        Box::leak(Box::new(self.0.clone()))
    }
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
