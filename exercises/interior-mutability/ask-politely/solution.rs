use std::cell::RefCell;

fn bump(counter: &RefCell<u32>) -> bool {
    match counter.try_borrow_mut() {
        Ok(mut n) => {
            *n += 1;
            true
        }
        Err(_) => false,
    }
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
