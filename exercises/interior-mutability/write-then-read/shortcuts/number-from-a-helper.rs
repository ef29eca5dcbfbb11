// Shortcut: ask a new helper function for the next number; it counts the calls itself.
use std::cell::{Cell, RefCell};

/// Adds a numbered entry to the journal.
fn log(journal: &RefCell<Vec<String>>) {
    let n = next_number();
    journal.borrow_mut().push(format!("entry number {n}"));
}

fn next_number() -> usize {
    thread_local!(static NEXT: Cell<usize> = const { Cell::new(2) });
    NEXT.with(|c| { let n = c.get(); c.set(n + 1); n })
}

fn main() {
    let journal = RefCell::new(vec![String::from("opened")]);
    log(&journal);
    log(&journal);
    for line in journal.borrow().iter() {
        println!("{line}");
    }
}
