use std::cell::RefCell;
use std::thread;

fn main() {
    let seen = RefCell::new(Vec::new());
    thread::scope(|s| {
        s.spawn(|| seen.borrow_mut().push("first")); //~ E0277
    });
    seen.borrow_mut().push("second");
    println!("{:?}", seen.borrow());
}
