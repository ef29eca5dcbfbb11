use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    for id in 1..=4 {
        let tx = tx.clone();
        thread::spawn(move || {
            tx.send(id * id).unwrap();
        });
    }
    drop(tx);
    let total: i32 = rx.iter().sum();
    println!("sum of squares: {total}");
}
