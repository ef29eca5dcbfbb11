// Shortcut: read the length through RefCell::as_ptr while the RefMut is alive.
use std::cell::RefCell;

/// Adds a numbered entry to the journal.
fn log(journal: &RefCell<Vec<String>>) {
    let len = unsafe { (*journal.as_ptr()).len() };
    let mut entries = journal.borrow_mut();
    entries.push(format!("entry number {}", len + 1));
}

fn main() {
    let journal = RefCell::new(vec![String::from("opened")]);
    log(&journal);
    log(&journal);
    for line in journal.borrow().iter() {
        println!("{line}");
    }
}
