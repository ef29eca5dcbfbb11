// Shortcut: wrap the list in a `RefCell`, so a shared reference is enough to push
use std::cell::RefCell;

fn add_defaults(list: &RefCell<Vec<String>>) {
    list.borrow_mut().push(String::from("milk"));
    list.borrow_mut().push(String::from("bread"));
}

fn main() {
    let shopping = RefCell::new(Vec::new());
    add_defaults(&shopping);
    let shopping = shopping.into_inner();
    println!("{} items: {:?}", shopping.len(), shopping);
}
