// Shortcut: add into a shared Mutex and send only the final total.
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let sum = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for id in 1..=4 {
        let sum = Arc::clone(&sum);
        handles.push(thread::spawn(move || *sum.lock().unwrap() += id * id));
    }
    for h in handles {
        h.join().unwrap();
    }
    tx.send(*sum.lock().unwrap()).unwrap();
    drop(tx);
    let total: i32 = rx.iter().sum();
    println!("sum of squares: {total}");
}
