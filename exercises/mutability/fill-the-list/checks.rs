use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("`add_defaults` adds milk and bread to the list it is lent, after what it already holds", fills_the_callers_list),
];

fn fills_the_callers_list() {
    let mut list = vec![String::from("eggs")];
    add_defaults(&mut list);
    check_eq!(list, vec![String::from("eggs"), String::from("milk"), String::from("bread")]);
}
