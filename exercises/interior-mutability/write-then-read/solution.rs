use std::cell::RefCell;

/// Adds a numbered entry to the journal.
fn log(journal: &RefCell<Vec<String>>) {
    let mut entries = journal.borrow_mut();
    let next = entries.len() + 1;
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
