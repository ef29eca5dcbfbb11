// Shortcut: keep the panicking borrow_mut() and catch the panic with catch_unwind.
use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};

fn bump(counter: &RefCell<u32>) -> bool {
    panic::catch_unwind(AssertUnwindSafe(|| *counter.borrow_mut() += 1)).is_ok()
}

fn main() {
    let counter = RefCell::new(0);
    println!("bumped: {}", bump(&counter));
    let watcher = counter.borrow();
    println!("bumped: {}", bump(&counter));
    println!("watcher sees {}", *watcher);
    drop(watcher);
    let writer = counter.borrow_mut();
    println!("bumped: {}", bump(&counter));
    drop(writer);
    println!("bumped: {}", bump(&counter));
    println!("final: {}", counter.borrow());
}
