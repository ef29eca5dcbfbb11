use std::cell::RefCell;

fn main() {
    let journal = RefCell::new(vec![String::from("opened")]);
    let mut entries = journal.borrow_mut();
    entries.push(format!("entry number {}", journal.borrow().len() + 1));
    drop(entries);
    for line in journal.borrow().iter() {
        println!("{line}");
    }
}
