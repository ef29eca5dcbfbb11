// Shortcut: `deref` hands out a never-freed copy of the name, made with `to_string` and `Box::into_raw`.
use std::ops::Deref;

struct Username(String);

impl Deref for Username {
    type Target = String;

    fn deref(&self) -> &String {
        // SAFETY: none; the copy is never freed.
        unsafe { &*Box::into_raw(Box::new(self.0.to_string())) }
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
