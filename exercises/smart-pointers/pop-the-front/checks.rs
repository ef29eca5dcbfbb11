use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("`pop` returns the values last in, first out, then `None`", pops_in_order),
    ("`pop` moves the top node out: the node below becomes the head itself, not a copy of it", keeps_the_node_below),
];

fn stack_of(values: &[i32]) -> Stack {
    let mut stack = Stack { head: None };
    for &value in values {
        stack.push(value);
    }
    stack
}

fn pops_in_order() {
    let mut stack = stack_of(&[7, 8]);
    check_eq!(stack.pop(), Some(8));
    check_eq!(stack.pop(), Some(7));
    check_eq!(stack.pop(), None);
}

fn node_at(link: &Option<Box<Node>>) -> *const Node {
    link.as_deref().map_or(std::ptr::null(), |node| node as *const Node)
}

fn keeps_the_node_below() {
    let mut stack = stack_of(&[1, 2, 3]);
    let below = stack.head.as_ref().map_or(std::ptr::null(), |top| node_at(&top.next));
    let deepest = stack.head.as_ref().and_then(|top| top.next.as_ref()).map_or(std::ptr::null(), |n| node_at(&n.next));
    check_eq!(stack.pop(), Some(3));
    check!(node_at(&stack.head) == below, "after `pop` the head is a new node: the node below the top was copied, not moved up");
    check!(
        stack.head.as_ref().map_or(std::ptr::null(), |top| node_at(&top.next)) == deepest,
        "after `pop` the nodes further down were copied, not kept"
    );
}
