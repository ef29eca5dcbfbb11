// Shortcut: copy the String with to_string, and append a function that moves out of an Rc.
use std::rc::Rc;
fn main() {
    let greeting = Rc::new(String::from("hello"));
    let mine: String = greeting.to_string();
    println!("{mine}");
}

fn elsewhere(shared: Rc<String>) -> String {
    *shared
}
