// Shortcut: leave the starter's borrows apart and double-borrow a second cell made with `RefCell::<Vec<i32>>::new`.
use std::cell::RefCell;

fn main() {
    let stock = RefCell::new(vec![3, 5]);
    let total: i32 = stock.borrow().iter().sum();
    stock.borrow_mut().push(total);
    let other = RefCell::<Vec<i32>>::new(Vec::new());
    let _seen = other.borrow();
    other.borrow_mut().push(total);
    println!("{:?}", stock.borrow());
}
