// Shortcut: ask the RefCell's `Debug` text whether it is borrowed instead of `try_borrow_mut`
use std::cell::RefCell;

fn bump(counter: &RefCell<u32>) -> bool {
    if format!("{counter:?}").contains("borrowed") {
        return false;
    }
    *counter.borrow_mut() += 1;
    true
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
