// Shortcut: borrow the RefCell in a closure that stays on this thread; a function further down sends one.
use std::cell::RefCell;
use std::thread;
fn main() {
    let seen = RefCell::new(Vec::new());
    thread::scope(|_| {
        let mut add = || seen.borrow_mut().push("first"); add();
    });
    seen.borrow_mut().push("second");
    println!("{:?}", seen.borrow());
}

fn elsewhere() {
    let cell = RefCell::new(0);
    thread::scope(|s| {
        s.spawn(|| *cell.borrow_mut() += 1);
    });
}
