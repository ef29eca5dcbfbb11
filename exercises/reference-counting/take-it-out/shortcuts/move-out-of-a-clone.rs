// Shortcut: clone the Rc's String into a new Rc first, and move out of that one.
use std::rc::Rc;
fn main() {
    let greeting = Rc::new(String::from("hello"));
    let mine: String = *Rc::new((*greeting).clone());
    println!("{mine}");
}
