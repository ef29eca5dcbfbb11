// Shortcut: answer from a call counter kept in a static, never asking the RefCell.
use std::cell::RefCell;

fn bump(counter: &RefCell<u32>) -> bool {
    use std::sync::atomic::{AtomicU32, Ordering};
    static CALLS: AtomicU32 = AtomicU32::new(0);
    let call = CALLS.fetch_add(1, Ordering::Relaxed);
    if call == 1 || call == 2 {
        return false;
    }
    let _ = counter.try_borrow_mut();
    unsafe { *counter.as_ptr() += 1 };
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
