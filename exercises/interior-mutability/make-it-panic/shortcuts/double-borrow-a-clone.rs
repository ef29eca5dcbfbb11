// Shortcut: leave the starter's borrows apart and double-borrow a clone of the RefCell.
use std::cell::RefCell;

fn main() {
    let stock = RefCell::new(vec![3, 5]);
    let total: i32 = stock.borrow().iter().sum();
    stock.borrow_mut().push(total);
    let other = stock.clone();
    let _items = other.borrow();
    other.borrow_mut().push(total);
    println!("{:?}", stock.borrow());
}
