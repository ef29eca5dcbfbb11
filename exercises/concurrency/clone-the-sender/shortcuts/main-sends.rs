// Shortcut: keep the threads' closure but start no thread (an empty range), and send the squares from `main`.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    for id in 0..0 {
        let tx = tx.clone();
        thread::spawn(move || { tx.send(id * id).unwrap(); });
    }
    for id in 1..=4 {
        tx.send(id * id).unwrap();
    }
    drop(tx);
    let total: i32 = rx.iter().sum();
    println!("sum of squares: {total}");
}
