// Shortcut: keep the clone and move out of a second, throw-away Rc on the same line.
use std::rc::Rc;
fn main() {
    let greeting = Rc::new(String::from("hello"));
    let mine: String = (*greeting).clone(); let _spare: String = *Rc::new(String::new());
    println!("{mine}");
}
