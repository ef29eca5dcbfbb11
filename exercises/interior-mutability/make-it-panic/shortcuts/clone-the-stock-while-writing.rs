// Shortcut: panic in `RefCell::clone`, which borrows the RefCell, instead of in `borrow_mut`
use std::cell::RefCell;

fn main() {
    let stock = RefCell::new(vec![3, 5]);
    let total: i32 = stock.borrow().iter().sum();
    let mut writer = stock.borrow_mut();
    let _copy = stock.clone();
    writer.push(total);
    drop(writer);
    println!("{:?}", stock.borrow());
}
