use super::*;
use std::cell::RefCell;

pub const CHECKS: &[(&str, fn())] = &[
    ("`log` numbers the entry after a journal of three entries 4", after_three),
    ("`log` numbers the first entry of an empty journal 1", empty_journal),
];

fn after_three() {
    let journal = RefCell::new(vec![String::from("a"), String::from("b"), String::from("c")]);
    log(&journal);
    check_eq!(journal.borrow().len(), 4);
    check_eq!(journal.borrow()[3].as_str(), "entry number 4");
}

fn empty_journal() {
    let journal = RefCell::new(Vec::new());
    log(&journal);
    log(&journal);
    check_eq!(journal.borrow().clone(), vec![String::from("entry number 1"), String::from("entry number 2")]);
}
