// Shortcut: one thread sends every square; a clone of the Sender is made and thrown away.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    drop(tx.clone());
    thread::spawn(move || {
        for id in 1..=4 {
            tx.send(id * id).unwrap();
        }
    });
    let total: i32 = rx.iter().sum();
    println!("sum of squares: {total}");
}
