// Shortcut: share one `Sender` behind an `Arc` (a `Sender` is `Sync`) and clone the `Arc`, so no thread has a `Sender` of its own
use std::sync::mpsc;
use std::sync::Arc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let tx = Arc::new(tx);
    for id in 1..=4 {
        let tx = Arc::clone(&tx);
        thread::spawn(move || {
            tx.send(id * id).unwrap();
        });
    }
    drop(tx);
    let total: i32 = rx.iter().sum();
    println!("sum of squares: {total}");
}
