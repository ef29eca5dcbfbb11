use std::rc::Rc;

fn main() {
    let greeting = Rc::new(String::from("hello"));
    let mine: String = *greeting; //~ E0507
    println!("{mine}");
}
