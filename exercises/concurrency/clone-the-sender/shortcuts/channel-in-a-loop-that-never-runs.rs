// Shortcut: put the threads and the sum in a loop over an empty range, and print the total worked out by hand.
use std::sync::mpsc;
use std::thread;

fn main() {
    for id in 0..0 {
        let (tx, rx) = mpsc::channel();
        let tx2 = tx.clone();
        drop(tx2);
        thread::spawn(move || { tx.send(id * id).unwrap(); });
        let total: i32 = rx.iter().sum();
        println!("sum of squares: {total}");
    }
    println!("sum of squares: {}", 1 + 4 + 9 + 16);
}
