// Shortcut: a single thread sends all four squares, so the Sender never needs a clone.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        for id in 1..=4 {
            tx.send(id * id).unwrap();
        }
    });
    let total: i32 = rx.iter().sum();
    println!("sum of squares: {total}");
}
