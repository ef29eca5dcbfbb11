use std::panic;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let stock = Arc::new(Mutex::new(10));

    // Silence panic messages while the worker runs: only main's is reported.
    panic::set_hook(Box::new(|_| {}));
    let worker = Arc::clone(&stock);
    let _ = thread::spawn(move || {
        let mut s = worker.lock().unwrap();
        *s -= 1;
    })
    .join();
    let _ = panic::take_hook(); // back to the default hook

    let s = stock.lock().unwrap();
    println!("stock = {s}");
}
