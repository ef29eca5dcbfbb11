// Shortcut: let `vec!` clone the starter's cell, and double-borrow the copy.
use std::cell::RefCell;

fn main() {
    let stock = RefCell::new(vec![3, 5]);
    let total: i32 = stock.borrow().iter().sum();
    stock.borrow_mut().push(total);
    let copies = vec![stock; 2];
    let _seen = copies[1].borrow();
    copies[1].borrow_mut().push(total);
    println!("{:?}", copies[0].borrow());
}
