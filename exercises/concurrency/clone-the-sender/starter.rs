use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    for id in 1..=4 {
        thread::spawn(move || {
            tx.send(id * id).unwrap();
        });
    }
    let total: i32 = rx.iter().sum();
    println!("sum of squares: {total}");
}
