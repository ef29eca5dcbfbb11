// Shortcut: copy the String with `to_string` and move out of a second reference on the pinned line
use std::rc::Rc;
fn main() {
    let greeting = Rc::new(String::from("hello"));
    let mine: String = (*greeting).to_string(); let b = Box::new(String::new()); let r = &b; let _x = *r;
    println!("{mine}");
}
