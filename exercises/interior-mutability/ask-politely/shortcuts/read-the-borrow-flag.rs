// Shortcut: peek at the RefCell's private borrow flag through a raw pointer.
use std::cell::RefCell;

fn bump(counter: &RefCell<u32>) -> bool {
    let flag = unsafe { *(counter as *const RefCell<u32> as *const isize) };
    if flag != 0 {
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
