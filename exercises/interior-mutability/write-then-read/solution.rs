use std::cell::RefCell;

fn main() {
    let journal = RefCell::new(vec![String::from("opened")]);
    let mut entries = journal.borrow_mut();
    let next = entries.len() + 1;
    entries.push(format!("entry number {next}"));
    drop(entries);
    for line in journal.borrow().iter() {
        println!("{line}");
    }
}
