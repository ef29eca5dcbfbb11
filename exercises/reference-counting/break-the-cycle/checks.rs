use super::*;
use std::rc::Rc;

pub const CHECKS: &[(&str, fn())] = &[
    ("`adopt` puts the child among the parent's children", child_is_kept_by_the_parent),
    ("`parent_name` follows the link while the parent lives, and gives `None` after", link_follows_the_parent),
];

fn child_is_kept_by_the_parent() {
    let parent = new_node("p");
    let child = new_node("c");
    adopt(&parent, &child);
    check_eq!(parent.children.borrow().len(), 1);
    check_eq!(Rc::strong_count(&child), 2);
    check_eq!(Rc::strong_count(&parent), 1);
}

fn link_follows_the_parent() {
    let child = new_node("c");
    let parent = new_node("mother");
    adopt(&parent, &child);
    check_eq!(parent_name(&child), Some(String::from("mother")));
    drop(parent);
    check_eq!(parent_name(&child), None);
}
