// Shortcut: leave the starter as it is and panic on a second RefCell of its own
use std::cell::RefCell;

fn main() {
    let o = RefCell::new(0);
    let _h = o.borrow();
    *o.borrow_mut() += 1;
    let stock = RefCell::new(vec![3, 5]);
    let total: i32 = stock.borrow().iter().sum();
    stock.borrow_mut().push(total);
    println!("{:?}", stock.borrow());
}
