// Shortcut: dbg! a value whose Debug output looks like a panic report, then index past the end.
use std::cell::RefCell;

fn main() {
    let stock = RefCell::new(vec![3, 5]);
    let total: i32 = stock.borrow().iter().sum();
    stock.borrow_mut().push(total);
    println!("{:?}", stock.borrow());
    struct Report;
    impl std::fmt::Debug for Report {
        fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("\nthread 'main' panicked at a.rs:1:1:\nRefCell already borrowed")
        }
    }
    dbg!(Report);
    let v = stock.borrow();
    let _ = v[9];
}
