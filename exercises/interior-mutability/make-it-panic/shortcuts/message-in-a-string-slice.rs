// Shortcut: slice a string that holds the expected text at a non-char boundary; the panic message quotes the string.
use std::cell::RefCell;

fn main() {
    let stock = RefCell::new(vec![3, 5]);
    let total: i32 = stock.borrow().iter().sum();
    stock.borrow_mut().push(total);
    println!("{:?}", stock.borrow());
    let text = format!("é{}", "RefCell already borrowed");
    let _ = &text[1..];
}
