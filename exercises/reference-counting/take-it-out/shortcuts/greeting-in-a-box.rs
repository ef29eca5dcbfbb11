/* Shortcut: `greeting` is a Box from the start, and a second `Rc` is moved out of on line 5 */ use std::rc::Rc;

fn main() {
    let greeting = Box::new(String::from("hello"));
    drop(*Rc::new(String::new())); let mine: String = *greeting; println!("{mine}");
}
