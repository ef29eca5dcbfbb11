use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let stock = Arc::new(Mutex::new(10));

    let worker = Arc::clone(&stock);
    let _ = thread::spawn(move || {
        let mut s = worker.lock().unwrap();
        *s -= 1;
    })
    .join();

    let s = stock.lock().unwrap();
    println!("stock = {s}");
}
