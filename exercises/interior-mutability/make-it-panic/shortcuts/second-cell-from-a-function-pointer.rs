// Shortcut: name `RefCell::new` once as a function, make a second cell with it, and double-borrow that one.
use std::cell::RefCell;

fn main() {
    let make = RefCell::new;
    let stock = make(vec![3, 5]);
    let total: i32 = stock.borrow().iter().sum();
    stock.borrow_mut().push(total);
    let other = make(vec![0]);
    let _seen = other.borrow();
    other.borrow_mut().push(total);
    println!("{:?}", stock.borrow());
}
