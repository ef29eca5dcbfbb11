use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("`remember` keeps a borrow of a `String` that outlives the log, in a `Vec<&str>`", borrows_the_entry),
];

fn borrows_the_entry() {
    let owned = String::from("crab");
    let mut log: Vec<&str> = Vec::new();
    remember(&mut log, &owned);
    remember(&mut log, "static");
    check_eq!(log.len(), 2);
    check!(log[0].as_ptr() == owned.as_ptr(), "the log holds a copy of the entry, not the entry itself");
    check_eq!(log[1], "static");
}
