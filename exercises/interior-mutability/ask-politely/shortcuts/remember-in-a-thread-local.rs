// Shortcut: remember the calls in a thread_local! Cell and only borrow when the sequence says so.
use std::cell::{Cell, RefCell};

fn bump(counter: &RefCell<u32>) -> bool {
    thread_local! {
        static CALLS: Cell<u32> = const { Cell::new(0) };
    }
    let call = CALLS.with(|c| {
        let n = c.get();
        c.set(n + 1);
        n
    });
    if call == 1 || call == 2 {
        return false;
    }
    if let Ok(mut n) = counter.try_borrow_mut() {
        *n += 1;
    }
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
